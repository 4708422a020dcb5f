// LeaveMessageDialog: the closed-centre form validates what it can before anything is sent, and
// what it accepts is accepted by the real cec-sim.
#include "leavemessagedialog_p.h"

#include "simulatorclient.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using cec::LeaveMessageDialog;
using cec::test::describe;

namespace {

struct Form
{
    explicit Form(LeaveMessageDialog &dialog)
        : phone(dialog.findChild<QLineEdit *>(u"phoneEdit"_s))
        , message(dialog.findChild<QPlainTextEdit *>(u"messageEdit"_s))
        , send(dialog.findChild<QPushButton *>(u"sendButton"_s))
        , counter(dialog.findChild<QLabel *>(u"messageCounter"_s))
    {}
    bool complete() const { return phone && message && send && counter; }

    QLineEdit *phone;
    QPlainTextEdit *message;
    QPushButton *send;
    QLabel *counter;
};

TEST(LeaveMessageDialog, PhoneNumbersAreCheckedLoosely)
{
    EXPECT_TRUE(LeaveMessageDialog::isPlausiblePhoneNumber(u"+44 20 7946 0000"_s));
    EXPECT_TRUE(LeaveMessageDialog::isPlausiblePhoneNumber(u"010-1234*56"_s));
    EXPECT_TRUE(LeaveMessageDialog::isPlausiblePhoneNumber(u" 112 "_s));
    EXPECT_FALSE(LeaveMessageDialog::isPlausiblePhoneNumber(u""_s));
    EXPECT_FALSE(LeaveMessageDialog::isPlausiblePhoneNumber(u"   "_s));
    EXPECT_FALSE(LeaveMessageDialog::isPlausiblePhoneNumber(u"+-*"_s));
    EXPECT_FALSE(LeaveMessageDialog::isPlausiblePhoneNumber(u"12"_s));
    EXPECT_FALSE(LeaveMessageDialog::isPlausiblePhoneNumber(u"call 0207946"_s));
    EXPECT_FALSE(LeaveMessageDialog::isPlausiblePhoneNumber(u"(020) 7946"_s));
    EXPECT_FALSE(LeaveMessageDialog::isPlausiblePhoneNumber(u"٠١٢٣٤٥"_s)); // ASCII digits only
    EXPECT_FALSE(LeaveMessageDialog::isPlausiblePhoneNumber(QString(65, u'1')));
}

TEST(LeaveMessageDialog, SendIsEnabledOnlyWhenBothFieldsAreValid)
{
    LeaveMessageDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog, 30000));
    Form form(dialog);
    ASSERT_TRUE(form.complete());
    EXPECT_FALSE(form.phone->accessibleName().isEmpty());
    EXPECT_FALSE(form.message->accessibleName().isEmpty());
    EXPECT_FALSE(form.send->accessibleName().isEmpty());
    EXPECT_EQ(QApplication::focusWidget(), form.phone);
    EXPECT_FALSE(form.send->isEnabled());

    QTest::keyClicks(form.phone, u"callme"_s); // letters never get in
    EXPECT_EQ(form.phone->text(), QString());
    QTest::keyClicks(form.phone, u"12"_s);
    QTest::keyClicks(form.message, u"Please call back"_s);
    EXPECT_FALSE(form.send->isEnabled()); // two digits are no phone number
    auto *hint = dialog.findChild<QLabel *>(u"hintLabel"_s);
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());

    QTest::keyClicks(form.phone, u"3-45 6*7"_s);
    EXPECT_TRUE(form.send->isEnabled());
    EXPECT_FALSE(hint->isVisible());

    form.message->setPlainText(u"   \n  "_s);
    EXPECT_FALSE(form.send->isEnabled()); // blank message
    form.message->setPlainText(u"Hello"_s);
    EXPECT_TRUE(form.send->isEnabled());
    form.phone->clear();
    EXPECT_FALSE(form.send->isEnabled());
}

TEST(LeaveMessageDialog, MessageIsLimitedWithALiveCounter)
{
    LeaveMessageDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog, 30000));
    Form form(dialog);
    ASSERT_TRUE(form.complete());
    EXPECT_EQ(form.counter->text(), u"0/2000"_s);
    QTest::keyClicks(form.message, u"Hi"_s);
    EXPECT_EQ(form.counter->text(), u"2/2000"_s);
    form.message->insertPlainText(QString(2100, u'z'));
    EXPECT_EQ(form.message->toPlainText().size(), LeaveMessageDialog::kMaxMessageLength);
    EXPECT_EQ(form.counter->text(), u"2000/2000"_s);
    form.phone->setText(QString(80, u'5'));
    EXPECT_EQ(form.phone->text().size(), LeaveMessageDialog::kMaxPhoneLength);
}

class LeaveMessageAgainstSimulator : public cec::test::SimulatorClientTest
{};

TEST_F(LeaveMessageAgainstSimulator, SentMessageReachesTheSimulatorWhileClosed)
{
    startSimulator(u"closed-user"_s,
                   {{u"workingHours"_s, false}, {u"connectTarget"_s, u"agent"_s}});
    // The situation the dialog is for: asking for an agent outside working hours answers 12.
    const auto connect = sendControl(cec::protocol::ControlType::Connect);
    ASSERT_FALSE(connect.ok());
    EXPECT_EQ(connect.error().code(), cec::protocol::result::kOutsideWorkingHours);

    LeaveMessageDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog, 30000));
    Form form(dialog);
    ASSERT_TRUE(form.complete());
    QTest::keyClicks(form.phone, u" +44 20 7946 0000 "_s);
    QTest::keyClicks(form.message, u"Call me back <tomorrow> & thanks"_s);
    QTest::keyClick(form.message, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(form.message, u"Sam"_s);
    ASSERT_TRUE(form.send->isEnabled());
    if (const QString dir = qEnvironmentVariable("CEC_SCREENSHOT_DIR"); !dir.isEmpty()) {
        EXPECT_TRUE(dialog.grab().save(dir + u"/leave-message-dialog.png"_s));
    }
    QTest::mouseClick(form.send, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    const cec::LeaveMessage left = dialog.message();
    EXPECT_EQ(left.phone, u"+44 20 7946 0000"_s);
    EXPECT_EQ(left.text, u"Call me back <tomorrow> & thanks\nSam"_s);
    const auto sent =
        run<cec::Done>([&](auto cb) { m_client->leaveMessage(left, &m_context, cb); });
    ASSERT_TRUE(sent.ok()) << describe(sent.error());

    const QJsonArray stored = simState().value(u"leaveMessages"_s).toArray();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).toObject().value(u"caller"_s).toString(), u"+44 20 7946 0000"_s);
    EXPECT_EQ(stored.at(0).toObject().value(u"leaveMessage"_s).toString(),
              u"Call me back <tomorrow> & thanks\nSam"_s);
}

TEST(LeaveMessageDialog, CancelRejects)
{
    LeaveMessageDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog, 30000));
    auto *cancel = dialog.findChild<QPushButton *>(u"cancelButton"_s);
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
}

} // namespace
