// The real cec-call-host process against a test-side CallHostChannel (docs/call-host.md): the
// messages, the frames and the lifetime (quit, a closed connection, a broken protocol).
#include "callhostchannel.h"
#include "callmedia.h"
#include "cecclient.h"
#include "clicktocallsession.h"
#include "connectedchat.h"
#include "mediatypes.h"
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QUuid>

#include <gtest/gtest.h>

#include <iostream>
#include <set>

using namespace Qt::StringLiterals;
using cec::CallHostChannel;
using cec::test::waitFor;
using namespace std::chrono_literals;

namespace {

// Every process whose parent is `pid`, and theirs (the host's Chromium helpers).
std::set<qint64> descendants(qint64 pid)
{
    std::set<qint64> found;
    bool grew = true;
    while (grew) {
        grew = false;
        const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &entry : entries) {
            bool isPid = false;
            const qint64 child = entry.toLongLong(&isPid);
            if (!isPid || found.count(child))
                continue;
            QFile stat(u"/proc/%1/stat"_s.arg(child));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            // "pid (comm) state ppid ...": comm may hold spaces, so read after the last ')'.
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            const qint64 parent = fields.size() > 1 ? fields.at(1).toLongLong() : 0;
            if (parent == pid || found.count(parent)) {
                found.insert(child);
                grew = true;
            }
        }
    }
    return found;
}

bool alive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

// The memory of the host and every process below it: PSS (shared pages divided among every process
// on the machine mapping them, so it varies with what else runs) and private pages (its own).
std::string memory(qint64 pid)
{
    std::set<qint64> pids = descendants(pid);
    pids.insert(pid);
    qint64 pss = 0;
    qint64 own = 0;
    for (qint64 each : pids) {
        QFile rollup(u"/proc/%1/smaps_rollup"_s.arg(each));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : rollup.readAll().split('\n')) {
            const qint64 kiB =
                line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLongLong();
            if (line.startsWith("Pss:"))
                pss += kiB;
            else if (line.startsWith("Private_"))
                own += kiB;
        }
    }
    return QStringLiteral("PSS %1 MiB, private %2 MiB, %3 processes")
        .arg(pss / 1024.0, 0, 'f', 1)
        .arg(own / 1024.0, 0, 'f', 1)
        .arg(pids.size())
        .toStdString();
}

class CallHostTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server.setSocketOptions(QLocalServer::UserAccessOption);
        const QString name = u"cec-call-host-test-"_s + QUuid::createUuid().toString(QUuid::Id128);
        ASSERT_TRUE(m_server.listen(name)) << m_server.errorString().toStdString();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (testHooks())
            env.insert(u"CEC_CALL_HOST_TEST_HOOKS"_s, u"1"_s);
        else
            env.remove(u"CEC_CALL_HOST_TEST_HOOKS"_s);
        m_host.setProcessEnvironment(env);
        m_host.setProcessChannelMode(QProcess::ForwardedChannels);
        m_started.start();
        m_host.start(QStringLiteral(CEC_CALL_HOST_PATH),
                     {u"--connect"_s, m_server.fullServerName()});
        ASSERT_TRUE(m_host.waitForStarted()) << m_host.errorString().toStdString();
        ASSERT_TRUE(waitFor([this] { return m_server.hasPendingConnections(); }));
        m_channel = std::make_unique<CallHostChannel>(m_server.nextPendingConnection());
        QObject::connect(m_channel.get(), &CallHostChannel::messageReceived,
                         [this](const QJsonObject &message) { m_received.append(message); });
        QObject::connect(m_channel.get(), &CallHostChannel::frameReceived,
                         [this](QSize size, const QByteArray &pixels) {
                             ++m_frames;
                             if (m_frameOutstanding)
                                 m_frameBeforeDone = true;
                             m_frameOutstanding = true;
                             m_lastFrameSize = size;
                             m_lastFrame = pixels;
                         });
    }

    virtual bool testHooks() const { return true; }

    void TearDown() override
    {
        if (m_host.state() != QProcess::NotRunning) {
            m_host.kill();
            m_host.waitForFinished(30000);
        }
    }

    void send(const QString &name, QJsonObject fields = {})
    {
        fields.insert(u"m"_s, name);
        m_channel->send(fields);
    }

    // The first message called `name` not yet taken; waits for it.
    std::optional<QJsonObject> next(const QString &name)
    {
        std::optional<QJsonObject> found;
        waitFor([&] {
            for (qsizetype i = 0; i < m_received.size(); ++i) {
                if (m_received.at(i).value(u"m"_s).toString() == name) {
                    found = m_received.takeAt(i);
                    return true;
                }
            }
            return false;
        });
        return found;
    }

    // Like next(), without waiting.
    std::optional<QJsonObject> takeIf(const QString &name)
    {
        for (qsizetype i = 0; i < m_received.size(); ++i) {
            if (m_received.at(i).value(u"m"_s).toString() == name)
                return m_received.takeAt(i);
        }
        return std::nullopt;
    }

    bool ready()
    {
        send(u"prepare"_s);
        const bool ok = next(u"ready"_s).has_value();
        m_readyMs = m_started.elapsed();
        return ok;
    }

    bool exitsWith(int code)
    {
        // The event loop runs meanwhile: the channel's last writes (quit) still have to go out.
        return finishes() && m_host.exitStatus() == QProcess::NormalExit &&
               m_host.exitCode() == code;
    }

    bool finishes()
    {
        return waitFor([this] { return m_host.state() == QProcess::NotRunning; });
    }

    QLocalServer m_server;
    QProcess m_host;
    QElapsedTimer m_started;
    qint64 m_readyMs = 0;
    std::unique_ptr<CallHostChannel> m_channel;
    QList<QJsonObject> m_received;
    int m_frames = 0;
    bool m_frameOutstanding = false; // a frame arrived and frameDone was not sent yet
    bool m_frameBeforeDone = false;  // a frame arrived while another was outstanding
    QSize m_lastFrameSize;
    QByteArray m_lastFrame;
};

TEST_F(CallHostTest, ChecksDevicesAndTakesReportedOnes)
{
    ASSERT_TRUE(ready());
    std::cout << "[ measure  ] host start to ready: " << m_readyMs << " ms\n"
              << "[ measure  ] host idle after prepare: " << memory(m_host.processId()) << "\n";
    send(u"checkDevices"_s);
    const auto checked = next(u"devicesChecked"_s);
    ASSERT_TRUE(checked);
    const auto check = cec::DeviceCheck::fromJson(checked->value(u"check"_s).toObject());
    EXPECT_TRUE(check.canVoice) << cec::toString(check.problem).toStdString();
    std::cout << "[ measure  ] host after the device check: " << memory(m_host.processId()) << "\n";

    cec::DeviceCheck injected;
    injected.microphones = {{u"mic-from-test"_s, u"Injected microphone"_s}};
    injected.speakers = {{u"default"_s, u"Speaker"_s}};
    injected.canVoice = true;
    send(u"test.reportDevices"_s, {{u"devices"_s, injected.toJson()}});
    const auto reported = next(u"devicesChecked"_s);
    ASSERT_TRUE(reported);
    const auto back = cec::DeviceCheck::fromJson(reported->value(u"check"_s).toObject());
    ASSERT_EQ(back.microphones.size(), 1);
    EXPECT_EQ(back.microphones.first().id, u"mic-from-test"_s);

    send(u"test.runJavaScript"_s, {{u"id"_s, 7}, {u"script"_s, u"6 * 7"_s}});
    const auto result = next(u"test.javaScriptResult"_s);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->value(u"id"_s).toInt(), 7);
    EXPECT_EQ(result->value(u"value"_s).toInt(), 42);
}

TEST_F(CallHostTest, SendsTheDeviceTestAsFramesOneAtATime)
{
    ASSERT_TRUE(ready());
    send(u"videoSize"_s, {{u"width"_s, 320}, {u"height"_s, 240}});
    send(u"startDeviceTest"_s, {{u"video"_s, true}});
    ASSERT_TRUE(next(u"deviceTestVideoShown"_s));
    // Frames one at a time: the next only after frameDone. Not all one colour: the fake camera
    // draws a moving pattern.
    bool varied = false;
    for (int taken = 0; taken < 30 && !varied; ++taken) {
        ASSERT_TRUE(waitFor([this] { return m_frameOutstanding; }));
        ASSERT_EQ(m_lastFrameSize, QSize(320, 240));
        ASSERT_EQ(m_lastFrame.size(), 320 * 240 * 4);
        const auto *pixels = reinterpret_cast<const quint32 *>(m_lastFrame.constData());
        varied = std::any_of(pixels, pixels + 320 * 240,
                             [&](quint32 p) { return (p & 0xffffff) != (pixels[0] & 0xffffff); });
        if (taken == 0) {
            // Before frameDone nothing else may come, however long the app takes: hold the frame
            // while the page reports its microphone level a few times (several frame intervals).
            for (int level = 0; level < 4; ++level)
                ASSERT_TRUE(next(u"deviceTestLevel"_s));
        }
        ASSERT_FALSE(m_frameBeforeDone);
        m_frameOutstanding = false;
        send(u"frameDone"_s);
    }
    EXPECT_TRUE(varied) << "every frame was one colour";
    std::cout << "[ measure  ] host during the device test with 320x240 frames: "
              << memory(m_host.processId()) << "\n";
    // 0x0: no frames wanted any more.
    send(u"videoSize"_s, {{u"width"_s, 0}, {u"height"_s, 0}});
    send(u"stopDeviceTest"_s);
    send(u"quit"_s);
    EXPECT_TRUE(exitsWith(0));
    EXPECT_FALSE(m_frameBeforeDone);
}

TEST_F(CallHostTest, FramesShowThePage)
{
    ASSERT_TRUE(ready());
    // A page of one known colour: the frames must carry the page's picture, not a blank widget.
    send(u"test.runJavaScript"_s,
         {{u"id"_s, 1},
          {u"script"_s, u"document.body.innerHTML = ''; document.documentElement.style.background "
                        "= 'rgb(200, 30, 60)'; document.body.style.background = 'rgb(200, 30, "
                        "60)'; 1"_s}});
    ASSERT_TRUE(next(u"test.javaScriptResult"_s));
    send(u"videoSize"_s, {{u"width"_s, 160}, {u"height"_s, 120}});
    bool coloured = false;
    for (int taken = 0; taken < 60 && !coloured; ++taken) {
        ASSERT_TRUE(waitFor([this] { return m_frameOutstanding; }));
        ASSERT_EQ(m_lastFrameSize, QSize(160, 120));
        const auto *pixels = reinterpret_cast<const quint32 *>(m_lastFrame.constData());
        coloured = std::all_of(pixels, pixels + 160 * 120,
                               [](quint32 p) { return (p & 0xffffff) == 0xc81e3c; });
        m_frameOutstanding = false;
        send(u"frameDone"_s);
    }
    EXPECT_TRUE(coloured) << "no frame showed the page's colour";
}

TEST_F(CallHostTest, QuitEndsTheHostAndItsChromiumProcesses)
{
    ASSERT_TRUE(ready());
    const std::set<qint64> helpers = descendants(m_host.processId());
    EXPECT_FALSE(helpers.empty()) << "no Chromium helper below the host";
    send(u"quit"_s);
    ASSERT_TRUE(exitsWith(0)) << m_host.exitCode();
    EXPECT_TRUE(waitFor([&] {
        return std::none_of(helpers.begin(), helpers.end(), [](qint64 pid) { return alive(pid); });
    })) << "a Chromium helper outlived the host";
}

TEST_F(CallHostTest, ExitsWhenTheAppClosesTheConnection)
{
    ASSERT_TRUE(ready());
    const std::set<qint64> helpers = descendants(m_host.processId());
    m_channel.reset();
    ASSERT_TRUE(finishes());
    EXPECT_EQ(m_host.exitCode(), 1);
    EXPECT_TRUE(waitFor([&] {
        return std::none_of(helpers.begin(), helpers.end(), [](qint64 pid) { return alive(pid); });
    }));
}

TEST_F(CallHostTest, ExitsOnAMalformedMessage)
{
    ASSERT_TRUE(ready());
    // Reach below the channel: an over-budget length is what a broken or hostile peer sends.
    auto *socket = m_channel->findChild<QLocalSocket *>();
    ASSERT_NE(socket, nullptr);
    socket->write(QByteArray("\xff\xff\xff\xff", 4));
    socket->flush();
    ASSERT_TRUE(finishes());
    EXPECT_EQ(m_host.exitCode(), 1);
}

TEST_F(CallHostTest, IgnoresUnknownAndMistypedMessages)
{
    ASSERT_TRUE(ready());
    send(u"noSuchMessage"_s);
    send(u"setMuted"_s, {{u"on"_s, u"yes"_s}});
    send(u"videoSize"_s, {{u"width"_s, -5}, {u"height"_s, u"big"_s}});
    // Still serving: a later message is answered.
    send(u"checkDevices"_s);
    EXPECT_TRUE(next(u"devicesChecked"_s));
    EXPECT_EQ(m_frames, 0);
    send(u"quit"_s);
    EXPECT_TRUE(exitsWith(0));
}

// The media half of the session, played by the host: start becomes the host's start message and
// the host's answers come back as CallMedia signals (what RemoteCallMedia does in the app, reduced
// to a voice call).
class HostCallMedia final : public cec::CallMedia
{
public:
    explicit HostCallMedia(CallHostChannel &channel)
        : m_channel(channel)
    {}
    void start(const cec::CallSetup &setup, cec::protocol::MediaAbility ability) override
    {
        m_channel.send(
            {{u"m"_s, u"start"_s},
             {u"setup"_s, QJsonObject{{u"domain"_s, setup.domain},
                                      {u"gatewayAddresses"_s,
                                       QJsonArray::fromStringList(setup.gatewayAddresses)},
                                      {u"accessCode"_s, setup.accessCode},
                                      {u"caller"_s, setup.caller}}},
             {u"video"_s, ability == cec::protocol::MediaAbility::Video}});
    }
    void hangUp() override { m_channel.send({{u"m"_s, u"hangUp"_s}}); }
    // Called with each host message.
    void onMessage(const QJsonObject &message)
    {
        const QString name = message.value(u"m"_s).toString();
        if (name == u"established"_s)
            Q_EMIT established();
        else if (name == u"ended"_s)
            Q_EMIT ended(message.value(u"reason"_s).toString());
        else if (name == u"failed"_s)
            Q_EMIT failed(message.value(u"reason"_s).toString());
        else if (name == u"hangUpFinished"_s)
            Q_EMIT hangUpFinished();
    }

private:
    CallHostChannel &m_channel;
};

class CallHostSimulatorTest : public CallHostTest
{
protected:
    void SetUp() override
    {
        CallHostTest::SetUp();
        if (HasFatalFailure())
            return;
        QString error;
        m_client = cec::test::connectedChatForCalls(m_sim, kUserId, m_network, m_context, &error);
        ASSERT_NE(m_client, nullptr) << error.toStdString();
        m_media = std::make_unique<HostCallMedia>(*m_channel);
        QObject::connect(m_channel.get(), &CallHostChannel::messageReceived, m_media.get(),
                         [this](const QJsonObject &message) { m_media->onMessage(message); });
        cec::ClickToCallOptions options;
        options.failureBackoff = 100ms;
        m_session = std::make_unique<cec::ClickToCallSession>(*m_client, *m_media, options);
        ASSERT_TRUE(ready());
        m_session->checkSupport();
        ASSERT_TRUE(waitFor(
            [this] { return m_session->state() == cec::ClickToCallSession::State::Ready; }));
    }

    // Starts a voice call and waits until the host reports it established with audio coming in.
    void inVoiceCall()
    {
        m_session->start(cec::protocol::MediaAbility::Voice);
        bool established = false;
        ASSERT_TRUE(waitFor([&] {
            while (const auto changed = takeIf(u"stateChanged"_s)) {
                established =
                    established || changed->value(u"state"_s).toString() == u"established"_s;
            }
            return established;
        })) << m_sim.output().right(2000).toStdString();
        qint64 audioReceived = 0;
        ASSERT_TRUE(waitFor([&] {
            while (const auto update = takeIf(u"statisticsUpdated"_s)) {
                audioReceived =
                    cec::CallStatistics::fromJson(update->value(u"statistics"_s).toObject())
                        .audioBytesReceived;
            }
            return audioReceived > 0;
        }));
    }

    bool simulatorSawCustomerBye()
    {
        const QJsonArray messages =
            m_sim.control("GET", u"/sim/sip?userId="_s + kUserId).value(u"messages"_s).toArray();
        return std::any_of(messages.begin(), messages.end(), [](const QJsonValue &m) {
            return m.toObject().value(u"from"_s).toString() == u"customer"_s &&
                   m.toObject().value(u"method"_s).toString() == u"BYE"_s;
        });
    }

    const QString kUserId = u"host-e2e"_s;
    cec::test::SimulatorProcess m_sim{cec::test::SimulatorProcess::withMediaAgent()};
    QNetworkAccessManager m_network;
    QObject m_context;
    std::unique_ptr<cec::CecClient> m_client;
    std::unique_ptr<HostCallMedia> m_media;
    std::unique_ptr<cec::ClickToCallSession> m_session;
};

TEST_F(CallHostSimulatorTest, VoiceCallThroughTheSimulator)
{
    inVoiceCall();
    std::cout << "[ measure  ] host during a voice call (cec-sim-agent shares its pages): "
              << memory(m_host.processId()) << "\n";
    send(u"hangUp"_s);
    EXPECT_TRUE(next(u"hangUpFinished"_s));
    EXPECT_TRUE(waitFor([this] { return simulatorSawCustomerBye(); }));
    send(u"quit"_s);
    EXPECT_TRUE(exitsWith(0));
}

TEST_F(CallHostSimulatorTest, QuitDuringACallHangsUpFirst)
{
    inVoiceCall();
    send(u"quit"_s);
    EXPECT_TRUE(next(u"hangUpFinished"_s));
    EXPECT_TRUE(exitsWith(0));
    EXPECT_TRUE(waitFor([this] { return simulatorSawCustomerBye(); }));
}

class CallHostWithoutTestHooksTest : public CallHostTest
{
protected:
    bool testHooks() const override { return false; }
};

TEST_F(CallHostWithoutTestHooksTest, IgnoresTestMessages)
{
    ASSERT_TRUE(ready());
    cec::DeviceCheck injected;
    injected.microphones = {{u"mic-from-test"_s, u"Injected microphone"_s}};
    send(u"test.reportDevices"_s, {{u"devices"_s, injected.toJson()}});
    send(u"checkDevices"_s);
    // Handled in order: had the injection been honoured, its report would come first.
    const auto checked = next(u"devicesChecked"_s);
    ASSERT_TRUE(checked);
    const auto check = cec::DeviceCheck::fromJson(checked->value(u"check"_s).toObject());
    ASSERT_FALSE(check.microphones.isEmpty());
    EXPECT_NE(check.microphones.first().id, u"mic-from-test"_s);
    send(u"quit"_s);
    EXPECT_TRUE(exitsWith(0));
}

} // namespace
