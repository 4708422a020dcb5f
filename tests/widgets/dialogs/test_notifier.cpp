// Notifier: a tray message and a sound for a new message only while the chat window is inactive.
#include "notifier_p.h"

#include "inerttext.h"

#include "notificationsound_p.h"
#include "simulatorclient.h"

#include "waitfor.h" // also: readable QString failures

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <memory>
#include <optional>

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

// What an agent sends, as the service delivers it: a name with markup, controls, a bidi override
// and 10,000 combining marks, a text with controls and line breaks. The title and the preview
// are one line each, inert and bounded.
class NotifierFromTheServiceTest : public cec::test::SimulatorClientTest
{
protected:
    void SetUp() override
    {
        m_chatWindow = std::make_unique<QWidget>();
        m_otherWindow = std::make_unique<QWidget>();
        m_chatWindow->show();
        m_otherWindow->show();
        m_otherWindow->activateWindow();
        QApplication::setActiveWindow(m_otherWindow.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_otherWindow.get(), 30000));
        m_tray = std::make_unique<QSystemTrayIcon>(QIcon(u":/cec/icons/agent.svg"_s));
    }
    std::unique_ptr<QWidget> m_chatWindow;
    std::unique_ptr<QWidget> m_otherWindow;
    std::unique_ptr<QSystemTrayIcon> m_tray;
};

TEST_F(NotifierFromTheServiceTest, TitleAndPreviewOfAHostileMessageAreInertOneLinersAndBounded)
{
    const QString name = u"<b>Eve</b>\u202E\u001B]0;x\u0007\n"_s + QString(10'000, QChar(0x0301));
    startSimulator(
        u"notify-user"_s,
        {{u"connectTarget"_s, u"agent"_s}, {u"queueLength"_s, 0}, {u"agentName"_s, name}});
    const auto connected = sendControl(cec::protocol::ControlType::Connect);
    ASSERT_TRUE(connected.ok()) << cec::test::describe(connected.error());
    ASSERT_TRUE(
        cec::test::waitFor([&] { return simState().value(u"mode"_s).toString() == "agent"_L1; }));
    const QString text = u"line one\r\nline\u2028two \u001B[2J\u009B\u202Eevil "_s +
                         QString(50, u'z') +
                         u" <a href=\"file:///etc/passwd\">x</a> &amp; <img src=\"/tmp/x.png\">"_s +
                         QString(300, u'z');
    m_sim.control("POST", u"/sim/agent/say"_s,
                  {{u"userId"_s, u"notify-user"_s}, {u"text"_s, text}});
    std::optional<cec::DownlinkMessage> said;
    ASSERT_TRUE(cec::test::waitFor([&] {
        const auto reply = run<cec::PollReply>([&](auto cb) { m_client->poll(&m_context, cb); });
        for (const cec::DownlinkMessage &message :
             reply ? reply->messages : QList<cec::DownlinkMessage>()) {
            if (message.content.startsWith(u"line one"_s))
                said = message;
        }
        return said.has_value();
    }));
    ASSERT_GT(said->senderNickname.size(), 10'000);

    Notifier notifier(m_chatWindow.get());
    notifier.setSoundEnabled(false);
    notifier.setTrayIcon(m_tray.get());
    QSignalSpy notified(&notifier, &Notifier::notified);
    ASSERT_TRUE(notifier.notifyNewMessage(said->senderNickname, said->content));
    ASSERT_EQ(notified.count(), 1);
    const QString title = notified.at(0).at(0).toString();
    const QString body = notified.at(0).at(1).toString();
    for (const QString &shown : {title, body}) {
        for (const QChar c : shown) {
            EXPECT_FALSE(c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F) ||
                         c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                << "U+" << QString::number(c.unicode(), 16).toStdString() << " in "
                << shown.toStdString();
        }
        EXPECT_TRUE(QStringView(shown).isValidUtf16());
        // The override is closed within the text it came with.
        EXPECT_EQ(shown.count(QChar(0x202E)), shown.count(QChar(0x202C))) << shown.toStdString();
    }
    EXPECT_TRUE(title.startsWith(u"New message from <b>Eve</b>\u202E\u241B]0;x\u2407"_s))
        << title.toStdString();
    EXPECT_LE(title.size(), u"New message from "_s.size() + cec::kMaxNameLength);
    EXPECT_TRUE(body.startsWith(u"line one line two \u241B[2J\uFFFD\u202Eevil zzz"_s))
        << body.toStdString();
    EXPECT_LE(body.size(), 160);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Desktop notification servers read the body as markup: none of it may form a tag or entity.
    EXPECT_FALSE(body.contains(u'<') || body.contains(u'&') || body.contains(u'>'))
        << body.toStdString();
    EXPECT_TRUE(body.contains(u"\u2039a href=\"file:///etc/passwd\"\u203Ax"_s))
        << body.toStdString();
#endif
}

// The sound goes out through the sound plugin (libcec_sound.so), which brings Qt Multimedia and
// PulseAudio into the process only when the first sound is played (issue 10).
class NotificationSoundTest : public ::testing::Test
{
protected:
    void SetUp() override { qputenv("CEC_SOUND_PLUGIN", CEC_SOUND_PLUGIN_PATH); }

    void TearDown() override
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            m_server.waitForFinished(10000);
        }
    }

    static bool mapped(const char *library)
    {
        QFile maps(u"/proc/self/maps"_s);
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(library);
    }

    // A private PulseAudio with a null sink, as in the platform notes; false when there is none.
    bool startSoundServer()
    {
        const QString program = QStandardPaths::findExecutable(u"pulseaudio"_s);
        if (program.isEmpty() || !m_runtime.isValid())
            return false;
        // Not "pulse": PulseAudio makes a folder of that name in its XDG_RUNTIME_DIR.
        const QString socket = m_runtime.filePath(u"sound-server"_s);
        m_server.setProgram(program);
        // The sink first: once the socket appears, the speaker is there too.
        m_server.setArguments({u"-n"_s, u"--daemonize=no"_s, u"--exit-idle-time=-1"_s, u"-L"_s,
                               u"module-null-sink sink_name=virt_speaker"_s, u"-L"_s,
                               u"module-native-protocol-unix auth-anonymous=1 socket="_s + socket});
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HOME"_s, m_runtime.path());
        environment.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        m_server.setProcessEnvironment(environment);
        m_server.start();
        if (!cec::test::waitFor([&] { return QFileInfo::exists(socket); }))
            return false;
        qputenv("PULSE_SERVER", QString(u"unix:"_s + socket).toLocal8Bit());
        return true;
    }

    QTemporaryDir m_runtime;
    QProcess m_server;
};

TEST_F(NotificationSoundTest, QtMultimediaIsLoadedWithTheFirstSoundAndItPlays)
{
    if (!startSoundServer())
        GTEST_SKIP() << "no PulseAudio to start here (scripts/setup.sh installs it)";
    cec::NotificationSound sound(u":/cec/sounds/message.wav"_s);
    ASSERT_TRUE(sound.isValid());
    EXPECT_FALSE(mapped("libQt6Multimedia")) << "the chat pays for Qt Multimedia before any sound";
    EXPECT_FALSE(mapped("libpulse"));
    EXPECT_TRUE(sound.play()) << "the null sink of the private sound server takes the sound";
    EXPECT_TRUE(sound.hasOutput());
    EXPECT_TRUE(mapped("libQt6Multimedia"));
    EXPECT_TRUE(sound.play()) << "and again, cutting the first";
}

TEST_F(NotificationSoundTest, WithoutASoundServerNothingPlaysAndNothingFails)
{
    qputenv("PULSE_SERVER", "unix:/nonexistent/pulse");
    cec::NotificationSound sound(u":/cec/sounds/message.wav"_s);
    EXPECT_FALSE(sound.play());
    EXPECT_TRUE(sound.hasOutput()); // the plugin was there; the device was not
}

TEST_F(NotificationSoundTest, WithoutThePluginTheChatStaysQuiet)
{
    qputenv("CEC_SOUND_PLUGIN", "/nonexistent/libcec_sound.so");
    cec::NotificationSound sound(u":/cec/sounds/message.wav"_s);
    EXPECT_FALSE(sound.play());
    EXPECT_FALSE(sound.hasOutput());
    EXPECT_FALSE(mapped("libQt6Multimedia"));
}

} // namespace
