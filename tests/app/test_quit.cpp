// cec-chat quits during a call (issue 7): closing the window, Quit in the menu, SIGTERM and SIGINT
// each hide the window, hang up (SIP BYE + dropClickToCall, both answered by the simulator) and
// only then let the app quit; the real cec-chat binary likewise exits on SIGTERM only after both.
// The real ChatApplication with the real call plugin and WebEngine, a real cec-sim with its
// gateway and agent media peer, in a private loopback-only network namespace.
#include "appsettings.h"
#include "builddemo.h"
#include "chatapplication.h"
#include "chatwidget.h"
#include "demosimulator.h"
#include "mainwindow.h"
#include "simulatorappsettings.h"
#include "simulatorprocess.h"
#include "terminationsignals.h"
#include "waitfor.h"

#include <QAbstractButton>
#include <QAction>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cec::test {
namespace {

const QString kUser = u"app-call-user"_s;
const QString kDropPath = u"/apiaccess/ccmessaging/v1/dropClickToCall"_s;

// A GET that blocks without an event loop: usable inside a slot where no queued work may run yet.
QJsonObject blockingGet(const QUrl &base, const QString &pathAndQuery)
{
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + pathAndQuery.toUtf8() + " HTTP/1.1\r\nHost: " + base.host().toUtf8() +
                 "\r\nConnection: close\r\n\r\n");
    // Until the whole body (Content-Length) is in, or the server closes the connection.
    QByteArray answer;
    qsizetype expected = -1;
    while (socket.waitForReadyRead(5000)) {
        answer += socket.readAll();
        const qsizetype headerEnd = answer.indexOf("\r\n\r\n");
        if (headerEnd >= 0 && expected < 0) {
            static const QRegularExpression length(u"content-length:\\s*(\\d+)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
            const auto match = length.match(QString::fromLatin1(answer.left(headerEnd)));
            expected = match.hasMatch() ? headerEnd + 4 + match.captured(1).toLongLong() : -1;
        }
        if (expected >= 0 && answer.size() >= expected)
            break;
    }
    const qsizetype body = answer.indexOf("\r\n\r\n");
    return body < 0 ? QJsonObject() : QJsonDocument::fromJson(answer.mid(body + 4)).object();
}

class AppQuitTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("CEC_CALLUI_PLUGIN", CEC_CALLUI_PLUGIN_PATH);
        SimulatorProcess::Options options = SimulatorProcess::withMediaAgent();
        options.extraArguments = {u"--quiet"_s};
        m_sim = std::make_unique<SimulatorProcess>(options);
        QString error;
        ASSERT_TRUE(m_sim->start(&error)) << error.toStdString();
        m_sim->configure({{u"queueLength"_s, 0},
                          {u"clickToCall"_s, QJsonObject{{u"webRtcSupported"_s, true},
                                                         {u"clickToCallSupported"_s, true},
                                                         {u"queueEvents"_s, 1},
                                                         {u"queueStepMs"_s, 300},
                                                         {u"eventHoldMs"_s, 2000},
                                                         {u"outcome"_s, u"setup"_s},
                                                         {u"answerDelayMs"_s, 0},
                                                         {u"mediaFailure"_s, u"none"_s}}}});

        ASSERT_TRUE(m_settingsDir.isValid());
        const app::AppSettings settings = simulatorAppSettings(*m_sim, kUser);
        app::SettingsStore(m_settingsDir.path()).save(settings);

        app::AppOptions appOptions;
        appOptions.settingsDir = m_settingsDir.path();
        appOptions.language = u"en"_s;
        appOptions.calls = true;
        m_app = std::make_unique<app::ChatApplication>(appOptions);
        m_readyToQuit =
            std::make_unique<QSignalSpy>(m_app.get(), &app::ChatApplication::readyToQuit);
    }

    void TearDown() override
    {
        m_app.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_sim.reset();
    }

    // Connects with the configured settings and places a voice call with the Voice button.
    void startCallInTheApp()
    {
        m_app->start();
        ChatWidget *chat = nullptr;
        ASSERT_TRUE(waitFor([&] { return (chat = m_app->chatWidget()) != nullptr; }, 20000));
        QAbstractButton *voice = nullptr;
        ASSERT_TRUE(waitFor(
            [&] {
                voice = chat->findChild<QAbstractButton *>(u"voiceCallButton"_s);
                return voice && voice->isVisible() && voice->isEnabled();
            },
            60000))
            << "the Voice call button did not appear";
        QTest::mouseClick(voice, Qt::LeftButton);
        auto *status = chat->findChild<QLabel *>(u"callStatusLabel"_s);
        ASSERT_NE(status, nullptr);
        ASSERT_TRUE(waitFor([&] { return status->text() == u"In call"_s; }, 60000))
            << status->text().toStdString();
        m_sim->clearRequests();
        m_sim->control("DELETE", u"/sim/sip"_s);
        // A request the simulator logs with its clock: the quit request's time on that clock.
        m_sim->control("GET", u"/apiaccess/ccmessaging/teardown-marker"_s);
        m_quitClock.start();
    }

    // The page's BYE and the drop race each other: see SimulatorProcess::customerDialogClosed.
    bool dialogClosed()
    {
        return SimulatorProcess::customerDialogClosed(m_sim->sipMessages(kUser));
    }

    bool dropArrived() { return !m_sim->requests(kDropPath).isEmpty(); }

    // After readyToQuit: both had arrived (and been answered) before the app would exit.
    void expectByeAndDropBeforeQuit(const char *path)
    {
        ASSERT_TRUE(waitFor([&] { return !m_readyToQuit->isEmpty(); }, 20000))
            << "the app never became ready to quit";
        const qint64 readyMs = m_quitClock.elapsed();
        EXPECT_FALSE(m_app->mainWindow().isVisible()) << "the window stays while the call ends";
        EXPECT_TRUE(dialogClosed());
        EXPECT_TRUE(dropArrived());
        // Arrival on the simulator's clock, counted from the marker sent just before the quit.
        const QJsonArray marker = m_sim->requests(u"/apiaccess/ccmessaging/teardown-marker"_s);
        const QJsonArray drops = m_sim->requests(kDropPath);
        if (!marker.isEmpty() && !drops.isEmpty()) {
            const double dropMs =
                drops.first()[u"timeMs"_s].toDouble() - marker.first()[u"timeMs"_s].toDouble();
            std::printf("[ measure  ] %s: quit request -> dropClickToCall at the simulator %.0f ms,"
                        " -> ready to quit %lld ms\n",
                        path, dropMs, static_cast<long long>(readyMs));
        }
        EXPECT_EQ(m_readyToQuit->size(), 1);
    }

    std::unique_ptr<SimulatorProcess> m_sim;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<app::ChatApplication> m_app;
    std::unique_ptr<QSignalSpy> m_readyToQuit;
    QElapsedTimer m_quitClock;
};

TEST_F(AppQuitTest, ClosingTheWindowDuringACallHangsUpBeforeQuitting)
{
    ASSERT_NO_FATAL_FAILURE(startCallInTheApp());
    QElapsedTimer blocked;
    blocked.start();
    m_app->mainWindow().close();
    std::printf("[ measure  ] close window: close() returned after %lld ms\n",
                static_cast<long long>(blocked.elapsed()));
    expectByeAndDropBeforeQuit("close window");
}

TEST_F(AppQuitTest, QuitFromTheMenuDuringACallHangsUpBeforeQuitting)
{
    ASSERT_NO_FATAL_FAILURE(startCallInTheApp());
    auto *quit = m_app->mainWindow().findChild<QAction *>(u"quitAction"_s);
    ASSERT_NE(quit, nullptr);
    quit->trigger();
    expectByeAndDropBeforeQuit("Quit menu");
}

TEST_F(AppQuitTest, SigtermDuringACallHangsUpBeforeQuitting)
{
    // As main() wires it.
    TerminationSignals signals_;
    QObject::connect(&signals_, &TerminationSignals::received, m_app.get(),
                     &app::ChatApplication::requestQuit);
    ASSERT_NO_FATAL_FAILURE(startCallInTheApp());
    ::kill(::getpid(), SIGTERM);
    expectByeAndDropBeforeQuit("SIGTERM");
}

TEST_F(AppQuitTest, SigintDuringACallHangsUpBeforeQuitting)
{
    TerminationSignals signals_;
    QObject::connect(&signals_, &TerminationSignals::received, m_app.get(),
                     &app::ChatApplication::requestQuit);
    ASSERT_NO_FATAL_FAILURE(startCallInTheApp());
    ::kill(::getpid(), SIGINT);
    expectByeAndDropBeforeQuit("SIGINT");
}

TEST_F(AppQuitTest, QuittingWithoutACallIsImmediate)
{
    m_app->start();
    ASSERT_TRUE(waitFor([&] { return m_app->chatWidget() != nullptr; }, 20000));
    m_app->requestQuit();
    EXPECT_EQ(m_readyToQuit->size(), 1); // nothing to wait for
    EXPECT_EQ(m_app->chatWidget(), nullptr);
}

// The real cec-chat binary (--call voice starts the call without a click): SIGTERM during the
// call, and the process exits only after the simulator has the BYE and dropClickToCall.
TEST_F(AppQuitTest, SigtermToTheCecChatProcessDuringACallHangsUpBeforeExiting)
{
    m_app.reset(); // this test drives the binary, not the in-process app
    QProcess chat;
    chat.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    chat.start(QString::fromUtf8(CEC_CHAT_PATH), {u"--settings-dir"_s, m_settingsDir.path(),
                                                  u"--lang"_s, u"en"_s, u"--call"_s, u"voice"_s});
    ASSERT_TRUE(chat.waitForStarted(10000)) << chat.errorString().toStdString();
    // In call: the customer acknowledged the agent's 200 OK.
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonArray messages =
                m_sim->control("GET", u"/sim/sip?userId="_s + kUser)[u"messages"_s].toArray();
            return std::any_of(messages.begin(), messages.end(), [](const QJsonValue &m) {
                return m[u"from"_s].toString() == "customer"_L1 &&
                       m[u"method"_s].toString() == "ACK"_L1;
            });
        },
        60000))
        << "cec-chat did not get into the call";
    ASSERT_EQ(chat.state(), QProcess::Running);
    m_sim->clearRequests();
    m_sim->control("DELETE", u"/sim/sip"_s);
    m_sim->control("GET", u"/apiaccess/ccmessaging/teardown-marker"_s);
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(chat.processId()), SIGTERM);
    ASSERT_TRUE(waitFor([&] { return chat.state() == QProcess::NotRunning; }, 20000))
        << "cec-chat did not exit";
    const qint64 exitMs = clock.elapsed();
    EXPECT_EQ(chat.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(chat.exitCode(), 0);
    EXPECT_TRUE(dialogClosed());
    EXPECT_TRUE(dropArrived());
    const QJsonArray marker = m_sim->requests(u"/apiaccess/ccmessaging/teardown-marker"_s);
    const QJsonArray drops = m_sim->requests(kDropPath);
    if (!marker.isEmpty() && !drops.isEmpty())
        std::printf("[ measure  ] cec-chat process: SIGTERM -> dropClickToCall at the simulator "
                    "%.0f ms, -> process exit %lld ms\n",
                    drops.first()[u"timeMs"_s].toDouble() - marker.first()[u"timeMs"_s].toDouble(),
                    static_cast<long long>(exitMs));
}

// Without a call the demo quits at once too: its simulator is stopped without the GUI thread
// waiting for it, and it does not outlive the app.
TEST_F(AppQuitTest, SigtermToCecChatInDemoModeExitsAndStopsTheSimulator)
{
    m_app.reset();
    QProcess chat;
    chat.setProcessChannelMode(QProcess::SeparateChannels);
    chat.start(QString::fromUtf8(CEC_CHAT_PATH),
               {u"--demo"_s, u"--settings-dir"_s, m_settingsDir.path(), u"--lang"_s, u"en"_s});
    ASSERT_TRUE(chat.waitForStarted(10000)) << chat.errorString().toStdString();
    QByteArray out;
    ASSERT_TRUE(waitFor(
        [&] {
            out += chat.readAllStandardOutput();
            return out.contains("cec-chat demo: simulator") || chat.state() == QProcess::NotRunning;
        },
        30000))
        << out.toStdString();
    ASSERT_EQ(chat.state(), QProcess::Running) << out.toStdString();
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(chat.processId()), SIGTERM);
    ASSERT_TRUE(waitFor([&] { return chat.state() == QProcess::NotRunning; }, 20000));
    const qint64 exitMs = clock.elapsed();
    EXPECT_EQ(chat.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(chat.exitCode(), 0);
    std::printf("[ measure  ] cec-chat --demo, no call: SIGTERM -> process exit %lld ms\n",
                static_cast<long long>(exitMs));
    // The demo's simulator goes too (SIGTERM from stop(), else PR_SET_PDEATHSIG).
    const QRegularExpression announced(u"simulator (http://\\S+)"_s);
    const QUrl demoUrl(announced.match(QString::fromUtf8(out)).captured(1));
    ASSERT_TRUE(demoUrl.isValid() && !demoUrl.isEmpty()) << out.toStdString();
    QNetworkAccessManager network;
    EXPECT_TRUE(waitFor(
        [&] {
            QUrl health = demoUrl;
            health.setPath(u"/sim/health"_s);
            QNetworkReply *reply = network.get(QNetworkRequest(health));
            waitFor([&] { return reply->isFinished(); }, 5000);
            const bool answered = reply->error() == QNetworkReply::NoError;
            reply->deleteLater();
            return !answered;
        },
        10000))
        << "the demo simulator still answers at " << demoUrl.toString().toStdString();
}

// The demo: the call's BYE and dropClickToCall must reach the app's own simulator before the app
// stops it. Checked at the moment the call is reported finished, without running the event loop
// (which would let the app go on to stop the simulator).
TEST_F(AppQuitTest, DemoQuitDuringACallReachesTheDemoSimulatorBeforeItStops)
{
    m_app.reset();
    test::useBuildTreeDemoSimulator();
    app::AppOptions options;
    options.settingsDir = m_settingsDir.path() + u"/demo"_s;
    options.language = u"en"_s;
    options.calls = true;
    options.demo = true;
    options.call = ChatWidget::CallType::Voice;
    app::ChatApplication demo(options);
    QSignalSpy readyToQuit(&demo, &app::ChatApplication::readyToQuit);
    QUrl demoUrl;
    QString customer;
    QObject::connect(&demo, &app::ChatApplication::demoReady,
                     [&](const QUrl &url, const QString &customerId) {
                         demoUrl = url;
                         customer = customerId;
                     });
    demo.start();
    ASSERT_TRUE(waitFor([&] { return demoUrl.isValid() && !demoUrl.isEmpty(); }, 30000));
    // The demo scenario releases calls after 8 s; this test ends its call itself.
    QNetworkAccessManager network;
    QUrl config = demoUrl;
    config.setPath(u"/sim/config"_s);
    QNetworkRequest request(config);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *configured = network.post(
        request,
        QJsonDocument(QJsonObject{{u"clickToCall"_s, QJsonObject{{u"autoReleaseMs"_s, 0},
                                                                 {u"queueEvents"_s, 1},
                                                                 {u"queueStepMs"_s, 300}}}})
            .toJson());
    ASSERT_TRUE(waitFor([&] { return configured->isFinished(); }));
    EXPECT_EQ(configured->error(), QNetworkReply::NoError);
    const auto customerSip = [&] {
        return blockingGet(demoUrl, u"/sim/sip?userId="_s + customer)[u"messages"_s].toArray();
    };
    const auto customerSent = [&](const QString &method) {
        const QJsonArray messages = customerSip();
        return std::any_of(messages.begin(), messages.end(), [&](const QJsonValue &m) {
            return m[u"from"_s].toString() == "customer"_L1 && m[u"method"_s].toString() == method;
        });
    };
    ASSERT_TRUE(waitFor([&] { return customerSent(u"ACK"_s); }, 60000)) << "no call in the demo";
    ChatWidget *chat = demo.chatWidget();
    ASSERT_NE(chat, nullptr);

    bool byeBeforeStop = false;
    bool dropBeforeStop = false;
    bool simulatorRunning = false;
    QObject::connect(chat, &ChatWidget::callEndFinished, [&] {
        simulatorRunning = demo.demoSimulator() && demo.demoSimulator()->isRunning();
        byeBeforeStop = SimulatorProcess::customerDialogClosed(customerSip());
        dropBeforeStop = !blockingGet(demoUrl, u"/sim/requests?path="_s + kDropPath)[u"requests"_s]
                              .toArray()
                              .isEmpty();
    });
    demo.mainWindow().close();
    ASSERT_TRUE(waitFor([&] { return !readyToQuit.isEmpty(); }, 20000));
    EXPECT_TRUE(simulatorRunning);
    EXPECT_TRUE(byeBeforeStop);
    EXPECT_TRUE(dropBeforeStop);
    EXPECT_EQ(demo.demoSimulator(), nullptr); // stopped after that
}

} // namespace
} // namespace cec::test
