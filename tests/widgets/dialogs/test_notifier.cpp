// Notifier: a tray message and a sound for a new message only while the chat window is inactive.
#include "notifier_p.h"

#include "notificationsound_p.h"

#include "waitfor.h" // also: readable QString failures

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;
using cec::Notifier;

namespace {

class NotifierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_chatWindow = std::make_unique<QWidget>();
        m_chatWindow->setWindowTitle(u"chat"_s);
        auto *layout = new QVBoxLayout(m_chatWindow.get());
        m_chat = new QLineEdit(m_chatWindow.get()); // the notifier is given a child widget
        layout->addWidget(m_chat);
        m_otherWindow = std::make_unique<QWidget>();
        m_otherWindow->setWindowTitle(u"other"_s);
        m_chatWindow->show();
        m_otherWindow->show();
        m_tray = std::make_unique<QSystemTrayIcon>(QIcon(u":/cec/icons/agent.svg"_s));
    }

    static void activate(QWidget *window)
    {
        window->activateWindow();
        QApplication::setActiveWindow(window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(window, 30000));
    }

    std::unique_ptr<QWidget> m_chatWindow;
    QWidget *m_chat = nullptr;
    std::unique_ptr<QWidget> m_otherWindow;
    std::unique_ptr<QSystemTrayIcon> m_tray;
};

TEST_F(NotifierTest, NothingWhileTheChatWindowIsActive)
{
    activate(m_chatWindow.get());
    Notifier notifier(m_chat);
    notifier.setTrayIcon(m_tray.get());
    QSignalSpy notified(&notifier, &Notifier::notified);
    QSignalSpy tray(&notifier, &Notifier::trayMessageShown);
    QSignalSpy sound(&notifier, &Notifier::soundPlayed);

    EXPECT_FALSE(notifier.notifyNewMessage(u"Alice"_s, u"Hi"_s));
    EXPECT_EQ(notified.count(), 0);
    EXPECT_EQ(tray.count(), 0);
    EXPECT_EQ(sound.count(), 0);
    EXPECT_EQ(notifier.findChild<cec::NotificationSound *>(), nullptr); // not even created
}

TEST_F(NotifierTest, TrayMessageAndSoundWhileInactive)
{
    activate(m_otherWindow.get());
    ASSERT_FALSE(m_chatWindow->isActiveWindow());
    Notifier notifier(m_chat);
    notifier.setTrayIcon(m_tray.get());
    QSignalSpy notified(&notifier, &Notifier::notified);
    QSignalSpy tray(&notifier, &Notifier::trayMessageShown);
    QSignalSpy sound(&notifier, &Notifier::soundPlayed);
    EXPECT_EQ(notifier.findChild<cec::NotificationSound *>(), nullptr); // lazily created

    EXPECT_TRUE(notifier.notifyNewMessage(u"Alice"_s, u"Your   refund\nis on its way"_s));
    ASSERT_EQ(notified.count(), 1);
    EXPECT_EQ(notified.at(0).at(0).toString(), u"New message from Alice"_s);
    EXPECT_EQ(notified.at(0).at(1).toString(), u"Your refund is on its way"_s);
    ASSERT_EQ(tray.count(), 1);
    EXPECT_EQ(tray.at(0).at(0).toString(), u"New message from Alice"_s);
    EXPECT_EQ(sound.count(), 1);
    const auto *effect = notifier.findChild<cec::NotificationSound *>();
    ASSERT_NE(effect, nullptr);
    EXPECT_EQ(effect->source(), u":/cec/sounds/message.wav"_s);
    EXPECT_TRUE(effect->isValid()) << "the WAV file is read as 16-bit PCM";

    // Back in the chat: quiet again.
    activate(m_chatWindow.get());
    EXPECT_FALSE(notifier.notifyNewMessage(u"Alice"_s, u"Still there?"_s));
    EXPECT_EQ(notified.count(), 1);
    EXPECT_EQ(sound.count(), 1);
}

TEST_F(NotifierTest, LongTextIsShortenedForTheBalloon)
{
    activate(m_otherWindow.get());
    Notifier notifier(m_chat);
    notifier.setSoundEnabled(false);
    QSignalSpy notified(&notifier, &Notifier::notified);
    ASSERT_TRUE(notifier.notifyNewMessage({}, QString(500, u'x')));
    ASSERT_EQ(notified.count(), 1);
    EXPECT_EQ(notified.at(0).at(0).toString(), u"New message"_s);
    const QString body = notified.at(0).at(1).toString();
    EXPECT_LE(body.size(), 160);
    EXPECT_TRUE(body.endsWith(QChar(0x2026)));
}

TEST_F(NotifierTest, WithoutATrayIconOnlyTheSoundPlays)
{
    activate(m_otherWindow.get());
    Notifier notifier(m_chat);
    QSignalSpy notified(&notifier, &Notifier::notified);
    QSignalSpy tray(&notifier, &Notifier::trayMessageShown);
    QSignalSpy sound(&notifier, &Notifier::soundPlayed);
    EXPECT_TRUE(notifier.notifyNewMessage(u"Bot"_s, u"Hello"_s));
    EXPECT_EQ(notified.count(), 1);
    EXPECT_EQ(tray.count(), 0);
    EXPECT_EQ(sound.count(), 1);
}

TEST_F(NotifierTest, EachChannelCanBeSwitchedOff)
{
    activate(m_otherWindow.get());
    Notifier notifier(m_chat);
    notifier.setTrayIcon(m_tray.get());
    QSignalSpy notified(&notifier, &Notifier::notified);
    QSignalSpy tray(&notifier, &Notifier::trayMessageShown);
    QSignalSpy sound(&notifier, &Notifier::soundPlayed);

    notifier.setSoundEnabled(false);
    EXPECT_FALSE(notifier.soundEnabled());
    EXPECT_TRUE(notifier.notifyNewMessage(u"Alice"_s, u"one"_s));
    EXPECT_EQ(tray.count(), 1);
    EXPECT_EQ(sound.count(), 0);
    EXPECT_EQ(notifier.findChild<cec::NotificationSound *>(), nullptr);

    notifier.setSoundEnabled(true);
    notifier.setTrayEnabled(false);
    EXPECT_FALSE(notifier.trayEnabled());
    EXPECT_TRUE(notifier.notifyNewMessage(u"Alice"_s, u"two"_s));
    EXPECT_EQ(tray.count(), 1);
    EXPECT_EQ(sound.count(), 1);

    notifier.setSoundEnabled(false);
    EXPECT_FALSE(notifier.notifyNewMessage(u"Alice"_s, u"three"_s));
    EXPECT_EQ(notified.count(), 2);
    EXPECT_EQ(tray.count(), 1);
    EXPECT_EQ(sound.count(), 1);
}

TEST_F(NotifierTest, ATrayIconDeletedByTheHostIsForgotten)
{
    activate(m_otherWindow.get());
    Notifier notifier(m_chat);
    notifier.setSoundEnabled(false);
    notifier.setTrayIcon(m_tray.get());
    m_tray.reset();
    QSignalSpy tray(&notifier, &Notifier::trayMessageShown);
    EXPECT_TRUE(notifier.notifyNewMessage(u"Alice"_s, u"hi"_s));
    EXPECT_EQ(tray.count(), 0);
}

} // namespace
