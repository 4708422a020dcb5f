// SurveyDialog built from the survey mode the real cec-sim serves, filled in like a user would,
// and the resulting rating accepted by the simulator.
#include "surveydialog_p.h"

#include "simulatorclient.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;
using cec::SurveyDialog;
using cec::SurveyMode;
using cec::test::describe;

namespace {

class SurveyDialogTest : public cec::test::SimulatorClientTest
{
protected:
    void SetUp() override
    {
        startSimulator(u"survey-user"_s);
        // The simulator keeps a rating only from a customer who has chatted.
        const auto connected = sendControl(cec::protocol::ControlType::Connect);
        ASSERT_TRUE(connected.ok()) << describe(connected.error());
        const auto mode =
            run<SurveyMode>([&](auto cb) { m_client->getSatisfactionSurveyMode(&m_context, cb); });
        ASSERT_TRUE(mode.ok()) << describe(mode.error());
        m_mode = mode.value();
        ASSERT_TRUE(m_mode.enabled);
        ASSERT_EQ(m_mode.levels.size(), 5);
    }

    template <typename T> static T *child(const QWidget &parent, const QString &name)
    {
        T *widget = parent.findChild<T *>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    // A radio button spans the whole row but only its indicator and label take clicks.
    static void clickRadio(QWidget *button)
    {
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(
            button, Qt::LeftButton, {},
            QPoint(button->isRightToLeft() ? button->width() - 5 : 5, button->height() / 2));
    }

    SurveyMode m_mode;
};

TEST_F(SurveyDialogTest, LevelsComeFromTheSurveyMode)
{
    SurveyDialog dialog(m_mode);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog, 30000));
    auto *group = child<QGroupBox>(dialog, u"levelGroup"_s);
    ASSERT_NE(group, nullptr);
    const QList<QRadioButton *> levels = group->findChildren<QRadioButton *>();
    ASSERT_EQ(levels.size(), m_mode.levels.size());
    for (const cec::SatisfactionLevel &level : m_mode.levels) {
        auto *button = child<QRadioButton>(dialog, u"level_"_s + level.key);
        ASSERT_NE(button, nullptr);
        EXPECT_EQ(button->text(), level.description);
        EXPECT_EQ(button->accessibleName(), level.description);
        EXPECT_TRUE(button->isVisible());
        EXPECT_FALSE(button->isChecked());
    }
    EXPECT_EQ(child<QRadioButton>(dialog, u"level_1"_s)->text(), u"Very dissatisfied"_s);
    // The simulator asks for NPS and FCR.
    EXPECT_TRUE(m_mode.asksNps);
    EXPECT_TRUE(m_mode.asksFcr);
    EXPECT_TRUE(child<QSpinBox>(dialog, u"npsSpin"_s)->isVisible());
    EXPECT_TRUE(child<QRadioButton>(dialog, u"resolvedYes"_s)->isVisible());
    EXPECT_TRUE(child<QRadioButton>(dialog, u"resolvedNo"_s)->isVisible());
    // CEC_SCREENSHOT_DIR=... keeps a picture of the dialog (documentation, visual checks).
    if (const QString dir = qEnvironmentVariable("CEC_SCREENSHOT_DIR"); !dir.isEmpty()) {
        EXPECT_TRUE(dialog.grab().save(dir + u"/survey-dialog.png"_s));
    }
    for (QWidget *control :
         std::initializer_list<QWidget *>{group, child<QSpinBox>(dialog, u"npsSpin"_s),
                                          child<QPlainTextEdit>(dialog, u"commentEdit"_s),
                                          child<QPushButton>(dialog, u"submitButton"_s)}) {
        EXPECT_FALSE(control->accessibleName().isEmpty()) << control->objectName().toStdString();
    }
}

TEST_F(SurveyDialogTest, SubmitNeedsALevel)
{
    SurveyDialog dialog(m_mode);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog, 30000));
    auto *submit = child<QPushButton>(dialog, u"submitButton"_s);
    ASSERT_NE(submit, nullptr);
    EXPECT_FALSE(submit->isEnabled());
    // A comment, NPS and FCR alone are not a rating.
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"commentEdit"_s), u"meh"_s);
    child<QSpinBox>(dialog, u"npsSpin"_s)->setValue(3);
    clickRadio(child<QRadioButton>(dialog, u"resolvedNo"_s));
    EXPECT_FALSE(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());

    clickRadio(child<QRadioButton>(dialog, u"level_2"_s));
    EXPECT_TRUE(submit->isEnabled());
}

TEST_F(SurveyDialogTest, LevelCanBeChosenByKeyboard)
{
    SurveyDialog dialog(m_mode);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog, 30000));
    auto *first = child<QRadioButton>(dialog, u"level_1"_s);
    ASSERT_NE(first, nullptr);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Space);
    EXPECT_TRUE(first->isChecked());
    EXPECT_TRUE(child<QPushButton>(dialog, u"submitButton"_s)->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    EXPECT_TRUE(child<QRadioButton>(dialog, u"level_2"_s)->isChecked());
    EXPECT_FALSE(first->isChecked());
    EXPECT_EQ(dialog.rating().evaluation, u"2"_s);
}

TEST_F(SurveyDialogTest, CommentIsLimitedTo511Characters)
{
    SurveyDialog dialog(m_mode);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog, 30000));
    auto *comment = child<QPlainTextEdit>(dialog, u"commentEdit"_s);
    auto *counter = child<QLabel>(dialog, u"commentCounter"_s);
    ASSERT_NE(comment, nullptr);
    ASSERT_NE(counter, nullptr);
    EXPECT_EQ(counter->text(), u"0/511"_s);
    QTest::keyClicks(comment, u"abc"_s);
    EXPECT_EQ(counter->text(), u"3/511"_s);
    comment->insertPlainText(QString(600, u'x')); // a paste
    EXPECT_EQ(comment->toPlainText().size(), 511);
    EXPECT_TRUE(comment->toPlainText().startsWith(u"abcxxx"_s));
    EXPECT_EQ(counter->text(), u"511/511"_s);
    QTest::keyClicks(comment, u"more"_s);
    EXPECT_EQ(comment->toPlainText().size(), 511);
    // A character outside the BMP at the limit is dropped whole, never split.
    comment->setPlainText(QString(510, u'y') + u"😀"_s);
    EXPECT_EQ(comment->toPlainText(), QString(510, u'y'));
}

TEST_F(SurveyDialogTest, RatingIsAcceptedByTheSimulator)
{
    SurveyDialog dialog(m_mode);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog, 30000));
    clickRadio(child<QRadioButton>(dialog, u"level_4"_s));
    auto *nps = child<QSpinBox>(dialog, u"npsSpin"_s);
    ASSERT_NE(nps, nullptr);
    EXPECT_EQ(nps->value(), -1); // "Not rated" until the user picks a score
    EXPECT_EQ(nps->text(), u"Not rated"_s);
    nps->setFocus();
    for (int i = 0; i < 10; ++i) // -1 -> 9 with the arrow key
        QTest::keyClick(nps, Qt::Key_Up);
    EXPECT_EQ(nps->value(), 9);
    clickRadio(child<QRadioButton>(dialog, u"resolvedYes"_s));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, u"commentEdit"_s),
                     u"  Quick <b>and</b> kind "_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"submitButton"_s), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());

    const cec::SatisfactionRating rating = dialog.rating();
    EXPECT_EQ(rating.evaluation, u"4"_s);
    EXPECT_EQ(rating.comment, u"Quick <b>and</b> kind"_s);
    ASSERT_TRUE(rating.npsScore.has_value());
    EXPECT_EQ(*rating.npsScore, 9);
    ASSERT_TRUE(rating.resolved.has_value());
    EXPECT_TRUE(*rating.resolved);

    const auto saved =
        run<cec::Done>([&](auto cb) { m_client->saveSatisfaction(rating, &m_context, cb); });
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    const QJsonArray stored = simState().value(u"satisfaction"_s).toArray();
    ASSERT_EQ(stored.size(), 1);
    const QJsonObject record = stored.at(0).toObject();
    EXPECT_EQ(record.value(u"evaluation"_s).toVariant().toString(), u"4"_s);
    EXPECT_EQ(record.value(u"comment"_s).toString(), u"Quick <b>and</b> kind"_s);
    EXPECT_EQ(record.value(u"npsScore"_s).toVariant().toString(), u"9"_s);
    EXPECT_EQ(record.value(u"fcrValue"_s).toVariant().toString(), u"1"_s);
}

TEST_F(SurveyDialogTest, UnansweredOptionalQuestionsAreLeftOut)
{
    SurveyDialog dialog(m_mode);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog, 30000));
    clickRadio(child<QRadioButton>(dialog, u"level_5"_s));
    QTest::mouseClick(child<QPushButton>(dialog, u"submitButton"_s), Qt::LeftButton);
    const cec::SatisfactionRating rating = dialog.rating();
    EXPECT_EQ(rating.evaluation, u"5"_s);
    EXPECT_TRUE(rating.comment.isEmpty());
    EXPECT_FALSE(rating.npsScore.has_value());
    EXPECT_FALSE(rating.resolved.has_value());
    const auto saved =
        run<cec::Done>([&](auto cb) { m_client->saveSatisfaction(rating, &m_context, cb); });
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(simState().value(u"satisfaction"_s).toArray().size(), 1);
}

TEST_F(SurveyDialogTest, NpsAndFcrOnlyWhenAsked)
{
    SurveyMode levelsOnly = m_mode; // a tenant that asks for the level only
    levelsOnly.asksNps = false;
    levelsOnly.asksFcr = false;
    SurveyDialog dialog(levelsOnly);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog, 30000));
    auto *nps = child<QSpinBox>(dialog, u"npsSpin"_s);
    auto *yes = child<QRadioButton>(dialog, u"resolvedYes"_s);
    auto *no = child<QRadioButton>(dialog, u"resolvedNo"_s);
    ASSERT_TRUE(nps && yes && no);
    EXPECT_FALSE(nps->isVisible());
    EXPECT_FALSE(yes->isVisible());
    EXPECT_FALSE(no->isVisible());
    EXPECT_TRUE(child<QPlainTextEdit>(dialog, u"commentEdit"_s)->isVisible());
    nps->setValue(7); // hidden controls never leak into the rating
    yes->setChecked(true);
    clickRadio(child<QRadioButton>(dialog, u"level_3"_s));
    QTest::mouseClick(child<QPushButton>(dialog, u"submitButton"_s), Qt::LeftButton);
    const cec::SatisfactionRating rating = dialog.rating();
    EXPECT_EQ(rating.evaluation, u"3"_s);
    EXPECT_FALSE(rating.npsScore.has_value());
    EXPECT_FALSE(rating.resolved.has_value());

    SurveyMode npsOnly = m_mode;
    npsOnly.asksFcr = false;
    SurveyDialog second(npsOnly);
    second.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&second, 30000));
    EXPECT_TRUE(child<QSpinBox>(second, u"npsSpin"_s)->isVisible());
    EXPECT_FALSE(child<QRadioButton>(second, u"resolvedYes"_s)->isVisible());
}

TEST_F(SurveyDialogTest, SkipRejects)
{
    SurveyDialog dialog(m_mode);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog, 30000));
    QTest::mouseClick(child<QPushButton>(dialog, u"skipButton"_s), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
}

} // namespace
