// The call panel inside the real ChatWidget, against a real cec-sim with its WebRTC gateway and
// agent media peer (JsSIP + WebRTC at both ends), in a private loopback-only network namespace.
// The call page runs in the real cec-call-host (docs/call-host.md), started by the panel.
#include "callpanel_p.h"
#include "callpanelplugin_p.h"
#include "chatsession.h"
#include "chatwidget.h"
#include "chatwidgetconfig_p.h"
#include "chatwidgettesting_p.h"
#include "devicepresence_p.h"
#include "precalldialog_p.h"
#include "remotecallmedia.h"
#include "simulatorprocess.h"
#include "videoframeview_p.h"
#include "waitfor.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMetaEnum>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace cec::test {
namespace {

const QString kUser = u"call-user"_s;
using Phase = CallPanel::Phase;

class CallPanelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        SimulatorProcess::Options options;
        options.extraArguments = {u"--quiet"_s};
        options.mediaAgent = SimulatorProcess::MediaAgent::Ready;
        m_sim = std::make_unique<SimulatorProcess>(options);
        QString error;
        ASSERT_TRUE(m_sim->start(&error)) << error.toStdString();
        ASSERT_TRUE(m_storage.isValid());
        // The host built with this test; its test hooks let a test report devices as the page.
        qputenv("CEC_CALL_HOST", CEC_CALL_HOST_PATH);
        qputenv("CEC_CALL_HOST_TEST_HOOKS", "1");
        configureCalls({});
        // Qt Multimedia sees what Chromium's fake devices offer (CI has no sound card at all).
        DevicePresence::setProbeForTesting([] {
            return DevicePresence::evaluate({{u"mic"_s, u"Fake microphone"_s}},
                                            {{u"speaker"_s, u"Fake speaker"_s}},
                                            {{u"camera"_s, u"Fake camera"_s}});
        });
    }

    void TearDown() override
    {
        DevicePresence::setProbeForTesting({});
        m_widget.reset();
        // Let WebEngine finish deleting the page before the next test's page starts.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_sim.reset();
    }

    // Fast click-to-call timings: one queue notice, then the agent answers at once.
    void configureCalls(const QJsonObject &overrides)
    {
        QJsonObject clickToCall{{u"webRtcSupported"_s, true}, {u"clickToCallSupported"_s, true},
                                {u"queueEvents"_s, 1},        {u"queueStepMs"_s, 300},
                                {u"eventHoldMs"_s, 2000},     {u"outcome"_s, u"setup"_s},
                                {u"answerDelayMs"_s, 0},      {u"mediaFailure"_s, u"none"_s}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            clickToCall.insert(it.key(), it.value());
        m_sim->configure({{u"queueLength"_s, 0}, {u"clickToCall"_s, clickToCall}});
    }

    void openChat()
    {
        ChatWidgetConfig config;
        auto &data = ChatWidgetConfigPrivate::get(config);
        data.client = m_sim->clientConfig(kUser);
        data.session.pollInterval = 100ms;
        data.session.queueInfoInterval = 200ms;
        data.storageDirectory = m_storage.path();
        data.notifications = false;
        data.sounds = false;
        data.calls = true;
        data.callPanelFactory = &m_callPanelFactory;
        m_widget = std::make_unique<ChatWidget>(config);
        m_widget->resize(640, 720);
        m_widget->show();
        m_widget->start();
    }

    // The panel (and with it the call plugin) appears once the tenant says it offers calls.
    void waitForPanel()
    {
        ASSERT_TRUE(waitFor([&] { return m_widget->findChild<CallPanel *>() != nullptr; }));
        m_panel = m_widget->findChild<CallPanel *>();
    }

    void openChatReadyToCall()
    {
        openChat();
        ASSERT_NO_FATAL_FAILURE(waitForPanel());
        ASSERT_TRUE(waitFor([&] { return m_panel->phase() == Phase::Ready; }, 30000))
            << "phase " << int(m_panel->phase()) << " status "
            << m_panel->statusText().toStdString();
    }

    // The customer's intent to call (the pointer over the buttons): the call page is created; it
    // is returned once its own device check has answered.
    RemoteCallMedia *warmPage()
    {
        m_panel->prepareCall();
        RemoteCallMedia *media = nullptr;
        if (!waitFor([&] {
                media = m_panel->media();
                return media && media->lastDeviceCheck().has_value();
            }))
            return nullptr;
        return media;
    }

    // The call host and Chromium's processes below it (renderer, zygote, GPU, utility), by type
    // ("call-host" for the host itself).
    static QStringList webEngineProcesses()
    {
        QStringList types;
        const pid_t self = QCoreApplication::applicationPid();
        for (const QString &entry : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid || pid == self)
                continue;
            QFile cmdline(u"/proc/"_s + entry + u"/cmdline"_s);
            if (!cmdline.open(QIODevice::ReadOnly))
                continue;
            // Chromium rewrites its helpers' command lines as one space-separated string.
            const QList<QByteArray> arguments =
                cmdline.readAll().replace('\0', ' ').simplified().split(' ');
            const bool host = arguments.first().endsWith("cec-call-host");
            if (!host && !arguments.first().endsWith("QtWebEngineProcess"))
                continue;
            // Only ours: up to this process through Chromium's own (the simulator's agent peer,
            // also below this process, has a Chromium of its own).
            qint64 parent = pid;
            while (parent > 1 && parent != self) {
                QFile stat(u"/proc/"_s + QString::number(parent) + u"/stat"_s);
                if (!stat.open(QIODevice::ReadOnly))
                    break;
                const QByteArray text = stat.readAll();
                const QByteArray name =
                    text.mid(text.indexOf('(') + 1, text.lastIndexOf(')') - text.indexOf('(') - 1);
                if (parent != pid && !name.startsWith("QtWebEngine") && name != "cec-call-host")
                    break;
                parent = text.mid(text.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
            }
            if (parent != self)
                continue;
            QString type = host ? u"call-host"_s : u"?"_s;
            for (const QByteArray &argument : arguments) {
                if (argument.startsWith("--type="))
                    type = QString::fromUtf8(argument.mid(7));
            }
            types.append(type);
        }
        return types;
    }

    static bool rendererRuns() { return webEngineProcesses().contains(u"renderer"_s); }

    static bool mapsWebEngine()
    {
        QFile maps(u"/proc/self/maps"_s);
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6WebEngineCore");
    }

    static int distinctColours(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        return int(colours.size());
    }

    template <typename T = QAbstractButton> T *child(const QString &name) const
    {
        T *found = m_widget->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    bool clickWhenVisible(const QString &name)
    {
        QAbstractButton *button = child(name);
        if (!button || !waitFor([&] { return button->isVisible() && button->isEnabled(); }))
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    bool waitPhase(Phase phase, int timeoutMs = 30000)
    {
        return waitFor([&] { return m_panel->phase() == phase; }, timeoutMs);
    }

    QJsonObject agentStats()
    {
        return m_sim->control("GET", u"/sim/media?userId="_s + kUser)[u"call"_s][u"stats"_s]
            .toObject();
    }

    QJsonArray sip()
    {
        return m_sim->control("GET", u"/sim/sip?userId="_s + kUser)[u"messages"_s].toArray();
    }

    // See SimulatorProcess::customerDialogClosed: a hang-up's BYE and drop race each other.
    bool dialogClosed() { return SimulatorProcess::customerDialogClosed(sip()); }

    bool customerSent(const QString &method)
    {
        for (const QJsonValue &message : sip()) {
            if (message[u"from"_s].toString() == "customer"_L1 &&
                message[u"method"_s].toString() == method)
                return true;
        }
        return false;
    }

    std::string describe() const
    {
        const QString text = u"phase "_s + QString::number(int(m_panel->phase())) + u" status: "_s +
                             m_panel->statusText();
        return text.toStdString();
    }

    std::unique_ptr<SimulatorProcess> m_sim;
    QTemporaryDir m_storage;
    std::unique_ptr<ChatWidget> m_widget;
    CallPanelPlugin m_callPanelFactory; // the plugin's factory, linked in: CallPanel is ours
    CallPanel *m_panel = nullptr;
};

TEST_F(CallPanelTest, VoiceCallCarriesMediaBothWaysMutesAndHangsUpWithByeAndDrop)
{
    openChatReadyToCall();
    EXPECT_TRUE(child(u"voiceCallButton"_s)->isVisible());
    EXPECT_TRUE(child(u"videoCallButton"_s)->isVisible()); // the fake camera
    EXPECT_FALSE(child(u"hangUpButton"_s)->isVisible());

    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
    EXPECT_EQ(m_panel->statusText(), u"In call"_s);
    for (const char *name : {"hangUpButton", "muteButton", "holdButton", "keypadButton"})
        EXPECT_TRUE(child(QString::fromLatin1(name))->isVisible()) << name;
    EXPECT_FALSE(child(u"cameraButton"_s)->isVisible()); // voice only
    EXPECT_FALSE(child<QWidget>(u"videoContainer"_s)->isVisible());

    // Customer side: sent and received audio, decoded (played) samples.
    ASSERT_TRUE(waitFor([&] {
        const auto s = m_panel->lastStatistics();
        return s && s->audioBytesSent > 0 && s->audioBytesReceived > 0 &&
               s->audioSamplesReceived > 0 && s->inboundAudioEnergy > 0;
    }));
    // Agent side: received and decoded the customer's audio.
    ASSERT_TRUE(waitFor([&] {
        const QJsonObject in = agentStats()[u"inbound"_s][u"audio"_s].toObject();
        return in[u"bytes"_s].toDouble() > 0 && in[u"totalSamplesReceived"_s].toDouble() > 0;
    }));
    EXPECT_FALSE(child<QLabel>(u"callTimerLabel"_s)->text().isEmpty());
    EXPECT_TRUE(child<QLabel>(u"qualityIndicator"_s)->isVisible());

    // The fake microphone beeps: energy grows while unmuted ...
    ASSERT_TRUE(waitFor([&] { return m_panel->lastStatistics()->outboundAudioEnergy > 0; }));
    ASSERT_TRUE(clickWhenVisible(u"muteButton"_s));
    ASSERT_TRUE(waitFor([&] { return child(u"muteButton"_s)->text() == u"Unmute"_s; }));
    // ... and stops once muted: over two later samples the level is 0 and no energy is added.
    QSignalSpy stats(m_panel, &CallPanel::statisticsUpdated);
    ASSERT_TRUE(waitFor([&] { return stats.size() >= 2; }));
    const double energyMuted = m_panel->lastStatistics()->outboundAudioEnergy;
    ASSERT_TRUE(waitFor([&] { return stats.size() >= 4; }));
    EXPECT_EQ(m_panel->lastStatistics()->outboundAudioLevel, 0);
    EXPECT_DOUBLE_EQ(m_panel->lastStatistics()->outboundAudioEnergy, energyMuted);
    EXPECT_EQ(m_panel->statusText(), u"In call (muted)"_s);

    m_sim->clearRequests();
    ASSERT_TRUE(clickWhenVisible(u"hangUpButton"_s));
    ASSERT_TRUE(waitPhase(Phase::Ended)) << describe();
    EXPECT_TRUE(m_panel->statusText().contains(u"You ended the call"_s)) << describe();
    EXPECT_TRUE(waitFor([&] { return dialogClosed(); }));
    EXPECT_TRUE(waitFor([&] {
        return !m_sim->requests(u"/apiaccess/ccmessaging/v1/dropClickToCall"_s).isEmpty();
    }));
    // Back to ready: a new call can be started.
    EXPECT_TRUE(waitFor([&] { return child(u"voiceCallButton"_s)->isVisible(); }));
}

TEST_F(CallPanelTest, VideoCallShowsVideoAndCarriesFramesBothWays)
{
    openChatReadyToCall();
    ASSERT_TRUE(clickWhenVisible(u"videoCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
    EXPECT_TRUE(child(u"cameraButton"_s)->isVisible());
    auto *view = m_widget->findChild<VideoFrameView *>(u"callVideoView"_s);
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisible());
    // The page's picture arrives from the host at the view's size, and it is not blank.
    ASSERT_TRUE(waitFor([&] { return view->framesShown() >= 3; }));
    const QImage frame = view->currentFrame();
    EXPECT_EQ(frame.size(), view->size());
    EXPECT_GT(distinctColours(frame), 16);
    // This process never maps Qt WebEngine: Chromium is the host's.
    EXPECT_FALSE(mapsWebEngine());
    ASSERT_TRUE(waitFor([&] {
        const auto s = m_panel->lastStatistics();
        return s && s->framesSent > 0 && s->framesDecoded > 0 && s->videoBytesReceived > 0 &&
               s->audioSamplesReceived > 0;
    }));
    ASSERT_TRUE(waitFor([&] {
        const QJsonObject in = agentStats()[u"inbound"_s].toObject();
        return in[u"video"_s][u"framesDecoded"_s].toDouble() > 0 &&
               in[u"audio"_s][u"totalSamplesReceived"_s].toDouble() > 0;
    }));
    ASSERT_TRUE(clickWhenVisible(u"hangUpButton"_s));
    ASSERT_TRUE(waitPhase(Phase::Ended)) << describe();
    EXPECT_FALSE(child<QWidget>(u"videoContainer"_s)->isVisible());
}

TEST_F(CallPanelTest, AgentReleaseEndsMediaShowsReasonAndReturnsToReady)
{
    openChatReadyToCall();
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
    m_sim->control("POST", u"/sim/call/release"_s,
                   {{u"userId"_s, kUser}, {u"causeDesc"_s, u"The agent finished the call."_s}});
    ASSERT_TRUE(waitPhase(Phase::Ended)) << describe();
    EXPECT_TRUE(m_panel->statusText().contains(u"The agent finished the call."_s)) << describe();
    EXPECT_TRUE(waitFor([&] { return m_panel->media()->state() == MediaState::Ended; }));
    EXPECT_TRUE(child(u"voiceCallButton"_s)->isVisible());
    EXPECT_FALSE(child(u"hangUpButton"_s)->isVisible());
    // Ready means ready: a second call connects.
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    EXPECT_TRUE(waitPhase(Phase::InCall)) << describe();
}

TEST_F(CallPanelTest, AgentRefusalShowsTheFailureAndRetryCallsAgain)
{
    configureCalls({{u"mediaFailure"_s, u"reject"_s}});
    openChatReadyToCall();
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::Failed)) << describe();
    EXPECT_FALSE(m_panel->statusText().isEmpty());
    QPushButton *retry = child<QPushButton>(u"retryButton"_s);
    EXPECT_TRUE(retry->isVisible());
    EXPECT_FALSE(child(u"hangUpButton"_s)->isVisible());

    configureCalls({{u"mediaFailure"_s, u"none"_s}});
    ASSERT_TRUE(clickWhenVisible(u"retryButton"_s));
    EXPECT_TRUE(waitPhase(Phase::InCall)) << describe();
}

TEST_F(CallPanelTest, OutcomeFailureEventShowsCauseDesc)
{
    configureCalls({{u"outcome"_s, u"failure"_s}});
    openChatReadyToCall();
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::Failed)) << describe();
    EXPECT_TRUE(m_panel->statusText().startsWith(u"The call could not be set up"_s)) << describe();
    EXPECT_TRUE(child(u"retryButton"_s)->isVisible());
}

// Fake devices always include speakers, so the speaker going away is reported to the panel the way
// the page reports a devicechange (CallBridge::reportDevices, the page's own entry point); the
// product's rule (DeviceCheck::fromJson) is not bypassed.
TEST_F(CallPanelTest, MissingSpeakerBlocksTheCallWithAMessage)
{
    openChatReadyToCall();
    ASSERT_NE(warmPage(), nullptr);
    const DeviceCheck real = *m_panel->lastDeviceCheck();
    ASSERT_FALSE(real.speakers.isEmpty());
    QJsonArray microphones;
    for (const MediaDevice &device : real.microphones)
        microphones.append(QJsonObject{{u"id"_s, device.id}, {u"label"_s, device.label}});
    m_panel->media()->testReportDevices({{u"microphones"_s, microphones},
                                         {u"cameras"_s, QJsonArray{}},
                                         {u"speakers"_s, QJsonArray{}},
                                         {u"canVoice"_s, false},
                                         {u"canVideo"_s, false},
                                         {u"reason"_s, u"no-speaker"_s}});
    ASSERT_TRUE(waitPhase(Phase::Blocked)) << describe();
    EXPECT_TRUE(m_panel->statusText().contains(u"No speaker was found"_s)) << describe();
    EXPECT_FALSE(child(u"voiceCallButton"_s)->isVisible());
    EXPECT_FALSE(child(u"videoCallButton"_s)->isVisible());
    m_panel->startCall(protocol::MediaAbility::Voice); // even asked directly, nothing is requested
    // The session moves to Requesting in the same call when it does request.
    EXPECT_EQ(m_panel->session().state(), ClickToCallSession::State::Ready);
    EXPECT_EQ(m_panel->phase(), Phase::Blocked);

    // Plugged back in: the page's next report offers calls again.
    m_panel->media()->checkDevices();
    EXPECT_TRUE(waitPhase(Phase::Ready)) << describe();
}

TEST_F(CallPanelTest, ThreeFailedEventPollsStopTheCallWithAMessage)
{
    configureCalls({{u"queueEvents"_s, 3}, {u"queueStepMs"_s, 2000}});
    openChatReadyToCall();
    m_sim->injectFault({{u"path"_s, u"/apiaccess/ccmessaging/v1/getClickToCallEvents"_s},
                        {u"status"_s, 500},
                        {u"times"_s, 3}});
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::Failed, 20000)) << describe();
    EXPECT_TRUE(m_panel->statusText().contains(u"Lost contact with the call service"_s))
        << describe();
    EXPECT_EQ(m_sim->requests(u"/apiaccess/ccmessaging/v1/getClickToCallEvents"_s).size(), 3);
    EXPECT_TRUE(waitFor([&] {
        return !m_sim->requests(u"/apiaccess/ccmessaging/v1/dropClickToCall"_s).isEmpty();
    }));
    EXPECT_TRUE(child(u"retryButton"_s)->isVisible());
}

TEST_F(CallPanelTest, ChatOnlyTenantNeverCreatesTheWebEnginePage)
{
    configureCalls({{u"clickToCallSupported"_s, false}});
    openChat();
    ASSERT_TRUE(waitFor([&] {
        return !m_sim->requests(u"/apiaccess/ccmessaging/v1/checkClickToCallSupport"_s).isEmpty();
    }));
    // The widget decides when the answer arrives; two chat polls that reach the simulator after
    // it has answered come later than that.
    QJsonArray checks;
    ASSERT_TRUE(waitFor([&] {
        checks = m_sim->requests(u"/apiaccess/ccmessaging/v1/checkClickToCallSupport"_s);
        return !checks.isEmpty() && checks.first()[u"status"_s].toInt() != 0;
    }));
    const double answeredAt = checks.first()[u"timeMs"_s].toDouble();
    ASSERT_TRUE(waitFor([&] {
        int later = 0;
        for (const QJsonValue &poll : m_sim->requests(u"/apiaccess/ccmessaging/poll"_s))
            later += poll[u"timeMs"_s].toDouble() > answeredAt ? 1 : 0;
        return later >= 2;
    }));
    // Not even the call UI exists: nothing of Qt WebEngine is set up for this customer.
    EXPECT_EQ(m_widget->findChild<CallPanel *>(), nullptr);
    EXPECT_TRUE(webEngineProcesses().isEmpty()) << webEngineProcesses().join(u' ').toStdString();
}

// Issue 10: Chromium runs only around calls. The buttons are offered from the support answer and
// Qt Multimedia's device presence; the page comes with the customer's intent.
TEST_F(CallPanelTest, NoWebEngineUntilTheCustomerShowsIntentToCall)
{
    openChatReadyToCall();
    EXPECT_TRUE(child(u"voiceCallButton"_s)->isVisible());
    EXPECT_TRUE(child(u"videoCallButton"_s)->isVisible());
    EXPECT_FALSE(child(u"voiceCallButton"_s)->accessibleName().isEmpty());
    EXPECT_FALSE(child(u"videoCallButton"_s)->accessibleName().isEmpty());
    // Two more chat polls after Ready: nothing starts the page behind the customer's back.
    const int polls = int(m_sim->requests(u"/apiaccess/ccmessaging/poll"_s).size());
    ASSERT_TRUE(waitFor(
        [&] { return m_sim->requests(u"/apiaccess/ccmessaging/poll"_s).size() >= polls + 2; }));
    EXPECT_EQ(m_panel->media(), nullptr);
    EXPECT_TRUE(webEngineProcesses().isEmpty()) << webEngineProcesses().join(u' ').toStdString();

    // The pointer over the Voice button is intent enough: the page loads and checks the devices.
    QEnterEvent enter({}, {}, {});
    QApplication::sendEvent(child(u"voiceCallButton"_s), &enter);
    ASSERT_TRUE(waitFor([&] { return m_panel->media() && m_panel->media()->isReady(); }));
    EXPECT_TRUE(waitFor([&] { return m_panel->media()->lastDeviceCheck().has_value(); }));
    EXPECT_TRUE(waitFor(&rendererRuns));
    EXPECT_TRUE(webEngineProcesses().contains(u"call-host"_s));
    EXPECT_FALSE(mapsWebEngine());
    EXPECT_EQ(m_panel->phase(), Phase::Ready);
}

// Qt Multimedia finds a microphone but no speaker: the call is refused at once, with the reason,
// and Chromium is never started for it.
TEST_F(CallPanelTest, MissingSpeakerFoundWithoutTheBrowserBlocksTheCall)
{
    DevicePresence::setProbeForTesting([] {
        return DevicePresence::evaluate({{u"mic"_s, u"Fake microphone"_s}}, {}, {});
    });
    openChat();
    ASSERT_NO_FATAL_FAILURE(waitForPanel());
    ASSERT_TRUE(waitPhase(Phase::Blocked)) << describe();
    EXPECT_TRUE(m_panel->statusText().contains(u"No speaker was found"_s)) << describe();
    EXPECT_FALSE(child(u"voiceCallButton"_s)->isVisible());
    m_panel->startCall(protocol::MediaAbility::Voice);
    EXPECT_EQ(m_panel->session().state(), ClickToCallSession::State::Ready);
    EXPECT_EQ(m_panel->media(), nullptr);
    EXPECT_TRUE(webEngineProcesses().isEmpty()) << webEngineProcesses().join(u' ').toStdString();
}

// Qt Multimedia sees no audio device at all (no sound server here, as on CI): it cannot tell, so
// the call is offered and the page's own check decides on the click.
TEST_F(CallPanelTest, DevicesUnknownToQtMultimediaAreCheckedByThePageOnTheClick)
{
    DevicePresence::setProbeForTesting([] { return DevicePresence::evaluate({}, {}, {}); });
    openChatReadyToCall();
    EXPECT_EQ(m_panel->media(), nullptr);
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
    ASSERT_NE(m_panel->media(), nullptr);
    ASSERT_TRUE(m_panel->media()->lastDeviceCheck().has_value());
    EXPECT_TRUE(m_panel->media()->lastDeviceCheck()->canVoice);
    EXPECT_FALSE(m_panel->lastDeviceCheck()->microphones.isEmpty()); // the page's, with its ids
    m_panel->hangUp();
    EXPECT_TRUE(waitFor([&] { return dialogClosed(); }));
}

// The page's own check has the last word, after the click: a video call it finds no camera for
// is not started (the camera going away is reported the way the page reports a devicechange).
TEST_F(CallPanelTest, ThePagesCheckRefusesAVideoCallWithoutACameraBeforeMediaStart)
{
    configureCalls({{u"queueEvents"_s, 5}, {u"queueStepMs"_s, 2000}}); // time to report
    openChatReadyToCall();
    ASSERT_TRUE(clickWhenVisible(u"videoCallButton"_s));
    ASSERT_TRUE(waitFor([&] { return m_panel->media() != nullptr; }));
    RemoteCallMedia *media = m_panel->media();
    // Each of the page's reports (it reports again once it has the permission) without the camera.
    QObject::connect(media, &RemoteCallMedia::devicesChecked, media, [media](const DeviceCheck &c) {
        if (!c.canVideo)
            return;
        QJsonArray microphones, speakers;
        for (const MediaDevice &device : c.microphones)
            microphones.append(QJsonObject{{u"id"_s, device.id}, {u"label"_s, device.label}});
        for (const MediaDevice &device : c.speakers)
            speakers.append(QJsonObject{{u"id"_s, device.id}, {u"label"_s, device.label}});
        media->testReportDevices({{u"microphones"_s, microphones},
                                  {u"cameras"_s, QJsonArray{}},
                                  {u"speakers"_s, speakers},
                                  {u"canVoice"_s, true},
                                  {u"canVideo"_s, false}});
    });
    ASSERT_TRUE(waitFor([&] { return media->lastDeviceCheck().has_value(); }));
    ASSERT_EQ(m_panel->phase(), Phase::Queuing) << "the page's check came after the queue";
    ASSERT_TRUE(waitPhase(Phase::Failed)) << describe();
    EXPECT_TRUE(m_panel->statusText().contains(u"no camera was found"_s)) << describe();
    EXPECT_FALSE(customerSent(u"INVITE"_s)); // no media was started
    EXPECT_TRUE(waitFor([&] {
        return !m_sim->requests(u"/apiaccess/ccmessaging/v1/dropClickToCall"_s).isEmpty();
    }));
    EXPECT_FALSE(child(u"videoCallButton"_s)->isVisible());
    EXPECT_TRUE(child(u"voiceCallButton"_s)->isVisible() || child(u"retryButton"_s)->isVisible());
}

// After the call the page stays for a call back (warm), then it and its renderer are given back;
// the next call starts a new page and works as well.
TEST_F(CallPanelTest, ThePageIsReusedWhenCallingBackAndReleasedAfterTheGracePeriod)
{
    openChatReadyToCall();
    EXPECT_EQ(m_panel->pageReleaseDelay(), 30s);
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
    QPointer<RemoteCallMedia> first = m_panel->media();
    ASSERT_TRUE(clickWhenVisible(u"hangUpButton"_s));
    ASSERT_TRUE(waitPhase(Phase::Ended)) << describe();
    ASSERT_TRUE(waitFor([&] { return dialogClosed(); }));

    // Calling back within the grace period: the same, warm page.
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
    EXPECT_EQ(m_panel->media(), first.data());
    EXPECT_FALSE(first.isNull());
    ASSERT_TRUE(clickWhenVisible(u"hangUpButton"_s));
    ASSERT_TRUE(waitPhase(Phase::Ended)) << describe();

    // A short grace period from now: the page, its view and its renderer go.
    m_panel->setPageReleaseDelay(1s);
    ASSERT_TRUE(waitFor([&] { return first.isNull(); })) << describe();
    EXPECT_EQ(m_panel->media(), nullptr);
    // The host exits, and every Chromium process with it.
    EXPECT_TRUE(waitFor([] { return webEngineProcesses().isEmpty(); }))
        << webEngineProcesses().join(u' ').toStdString();
    EXPECT_TRUE(child(u"voiceCallButton"_s)->isVisible()); // still offered

    // The next call starts a new page and carries media again.
    ASSERT_TRUE(clickWhenVisible(u"videoCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
    ASSERT_NE(m_panel->media(), nullptr);
    EXPECT_TRUE(waitFor([&] {
        const auto s = m_panel->lastStatistics();
        return s && s->audioBytesSent > 0 && s->audioBytesReceived > 0 && s->framesDecoded > 0;
    }));
    m_panel->hangUp();
    EXPECT_TRUE(waitPhase(Phase::Ended)) << describe();
}

TEST_F(CallPanelTest, TransferAndKeypadAndHoldDuringACall)
{
    openChatReadyToCall();
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
    m_sim->control("POST", u"/sim/call/transfer"_s, {{u"userId"_s, kUser}});
    QLabel *notice = child<QLabel>(u"callNoticeLabel"_s);
    ASSERT_TRUE(waitFor([&] { return notice->isVisible(); }));
    EXPECT_TRUE(notice->text().contains(u"transferred"_s));
    EXPECT_EQ(m_panel->phase(), Phase::InCall);

    QSignalSpy dtmf(m_panel->media(), &RemoteCallMedia::dtmfSent);
    ASSERT_TRUE(clickWhenVisible(u"keypadButton"_s));
    ASSERT_TRUE(clickWhenVisible(u"keypad5Button"_s));
    ASSERT_TRUE(waitFor([&] { return dtmf.size() == 1; }));
    EXPECT_EQ(dtmf.at(0).at(0).toString(), u"5"_s);

    ASSERT_TRUE(clickWhenVisible(u"holdButton"_s));
    EXPECT_TRUE(waitFor([&] { return m_panel->statusText() == u"On hold"_s; }));
    ASSERT_TRUE(clickWhenVisible(u"holdButton"_s));
    EXPECT_TRUE(waitFor([&] { return m_panel->statusText() == u"In call"_s; }));
}

TEST_F(CallPanelTest, PreCallDialogHearsTheMicrophoneAndGivesAVerdict)
{
    openChatReadyToCall();
    ASSERT_TRUE(clickWhenVisible(u"testDevicesButton"_s));
    PreCallDialog *dialog = nullptr;
    ASSERT_TRUE(waitFor([&] { return (dialog = m_widget->findChild<PreCallDialog *>()); }));
    // The fake microphone beeps: the level meter sees it.
    ASSERT_TRUE(waitFor([&] { return dialog->microphone() == PreCallDialog::Check::Works; }))
        << dialog->verdict().toStdString();
    EXPECT_TRUE(waitFor([&] { return dialog->camera() == PreCallDialog::Check::Works; }));
    EXPECT_TRUE(waitFor([&] { return dialog->service() == PreCallDialog::Check::Works; }));
    EXPECT_GT(dialog->peakMicrophoneLevel(), 0.02);
    // Not claimed before the customer confirms the tone.
    EXPECT_NE(dialog->verdict(), u"Your microphone and speaker work. You can call."_s);
    ASSERT_TRUE(clickWhenVisible(u"speakerTestButton"_s));
    ASSERT_TRUE(clickWhenVisible(u"heardToneButton"_s));
    EXPECT_EQ(dialog->verdict(), u"Your microphone and speaker work. You can call."_s);
    EXPECT_EQ(dialog->findChild<QLabel *>(u"verdictLabel"_s)->text(), dialog->verdict());
    // The gateway is only known once a call started: said so, not claimed.
    EXPECT_EQ(dialog->gateway(), PreCallDialog::Check::Unknown);
    EXPECT_TRUE(dialog->findChild<QLabel *>(u"networkStatusLabel"_s)
                    ->text()
                    .contains(u"only made when a call starts"_s));
    dialog->accept();
    // The test's capture is stopped and a call still works afterwards.
    ASSERT_TRUE(clickWhenVisible(u"videoCallButton"_s));
    EXPECT_TRUE(waitPhase(Phase::InCall)) << describe();
}

// ---- the device test goes through CallBridge with the customer's devices (issue 9) -------------

class PreCallDeviceTest : public CallPanelTest
{
protected:
    PreCallDialog *openDialog()
    {
        if (!clickWhenVisible(u"testDevicesButton"_s))
            return nullptr;
        PreCallDialog *dialog = nullptr;
        waitFor([&] { return (dialog = m_widget->findChild<PreCallDialog *>()); });
        return dialog;
    }

    // A listed device other than the system default, so the test can tell them apart.
    static QString nonDefault(const QList<MediaDevice> &devices)
    {
        for (const MediaDevice &device : devices) {
            if (device.id != "default"_L1)
                return device.id;
        }
        return {};
    }

    static QString labelOf(PreCallDialog *dialog, const char *name)
    {
        auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }
};

TEST_F(PreCallDeviceTest, TestsTheChosenDevicesAndTheMeterFollowsTheMicrophone)
{
    openChatReadyToCall();
    RemoteCallMedia *media = warmPage();
    ASSERT_NE(media, nullptr);
    const DeviceCheck check = *m_panel->lastDeviceCheck();
    ASSERT_GE(check.microphones.size(), 2); // the fake devices: "default" and two more
    const QString microphone = nonDefault(check.microphones);
    const QString camera = check.cameras.constFirst().id;
    ASSERT_FALSE(microphone.isEmpty());
    // Chosen the way the call panel's device menu chooses.
    media->selectDevice(MediaDeviceKind::Microphone, microphone);
    media->selectDevice(MediaDeviceKind::Camera, camera);

    QSignalSpy started(media, &RemoteCallMedia::deviceTestStarted);
    PreCallDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    // The page opened exactly these devices (ids from the tracks' settings, over the bridge).
    ASSERT_TRUE(waitFor([&] { return started.size() == 1; }));
    EXPECT_EQ(started.at(0).at(0).toString(), microphone);
    EXPECT_EQ(started.at(0).at(1).toString(), camera);
    auto *microphonePicker = dialog->findChild<QComboBox *>(u"microphoneCombo"_s);
    ASSERT_NE(microphonePicker, nullptr);
    EXPECT_EQ(microphonePicker->currentData().toString(), microphone);

    // The fake microphone beeps and pauses: the meter rises with a beep and falls after it.
    QProgressBar *meter = dialog->findChild<QProgressBar *>(u"microphoneLevelMeter"_s);
    ASSERT_NE(meter, nullptr);
    ASSERT_TRUE(waitFor([&] { return meter->value() >= 2; })) << meter->value();
    const int high = meter->value();
    ASSERT_TRUE(waitFor([&] { return meter->value() < high / 2; })) << meter->value();
    EXPECT_TRUE(waitFor([&] { return meter->value() >= 2; })) << meter->value();
    ASSERT_TRUE(waitFor([&] { return dialog->microphone() == PreCallDialog::Check::Works; }))
        << dialog->verdict().toStdString();
    EXPECT_TRUE(waitFor([&] { return dialog->camera() == PreCallDialog::Check::Works; }));

    // Another microphone picked in the dialog: tested at once, and chosen for the calls too.
    const int other = microphonePicker->findData(u"default"_s);
    ASSERT_GE(other, 0);
    microphonePicker->setCurrentIndex(other);
    Q_EMIT microphonePicker->activated(other);
    ASSERT_TRUE(waitFor([&] { return started.size() == 2; }));
    EXPECT_NE(started.at(1).at(0).toString(), microphone);
    EXPECT_EQ(media->selectedDevice(MediaDeviceKind::Microphone), u"default"_s);
    EXPECT_TRUE(waitFor([&] { return dialog->microphone() == PreCallDialog::Check::Works; }));
    dialog->accept();
}

TEST_F(PreCallDeviceTest, TheTestSoundPlaysOnTheChosenSpeaker)
{
    openChatReadyToCall();
    RemoteCallMedia *media = warmPage();
    ASSERT_NE(media, nullptr);
    const QString speaker = nonDefault(m_panel->lastDeviceCheck()->speakers);
    ASSERT_FALSE(speaker.isEmpty());
    media->selectDevice(MediaDeviceKind::Speaker, speaker);
    QSignalSpy played(media, &RemoteCallMedia::testSoundPlayed);
    PreCallDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->findChild<QComboBox *>(u"speakerCombo"_s)->currentData().toString(), speaker);
    ASSERT_TRUE(clickWhenVisible(u"speakerTestButton"_s));
    ASSERT_TRUE(waitFor([&] { return played.size() == 1; }))
        << labelOf(dialog, "speakerStatusLabel").toStdString();
    EXPECT_EQ(played.at(0).at(0).toString(), speaker); // the element's sinkId
    ASSERT_TRUE(clickWhenVisible(u"heardToneButton"_s));
    EXPECT_EQ(dialog->speaker(), PreCallDialog::Check::Works);
    dialog->accept();
}

// The customer's device choice outlives the released page: the next page (a new off-the-record
// profile, so new device ids) selects the device of the same name.
TEST_F(PreCallDeviceTest, TheChosenMicrophoneIsKeptWhenThePageIsReleasedAndCreatedAgain)
{
    openChatReadyToCall();
    m_panel->setPageReleaseDelay(1s);
    RemoteCallMedia *media = warmPage();
    ASSERT_NE(media, nullptr);
    const DeviceCheck check = *media->lastDeviceCheck();
    const QString chosen = nonDefault(check.microphones);
    ASSERT_FALSE(chosen.isEmpty());
    const auto device = std::find_if(check.microphones.begin(), check.microphones.end(),
                                     [&](const MediaDevice &d) { return d.id == chosen; });
    ASSERT_FALSE(device->label.isEmpty());
    const QString label = device->label;
    media->selectDevice(MediaDeviceKind::Microphone, chosen);
    QPointer<RemoteCallMedia> first = media;
    ASSERT_TRUE(waitFor([&] { return first.isNull(); })) << "the unused page was not released";

    media = warmPage();
    ASSERT_NE(media, nullptr);
    const DeviceCheck again = *media->lastDeviceCheck();
    const auto same = std::find_if(again.microphones.begin(), again.microphones.end(),
                                   [&](const MediaDevice &d) { return d.label == label; });
    ASSERT_NE(same, again.microphones.end());
    EXPECT_EQ(media->selectedDevice(MediaDeviceKind::Microphone), same->id);
    // And the call uses it.
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
    EXPECT_EQ(media->selectedDevice(MediaDeviceKind::Microphone), same->id);
    m_panel->hangUp();
    EXPECT_TRUE(waitPhase(Phase::Ended)) << describe();
}

TEST_F(PreCallDeviceTest, ChosenDevicesThatAreGoneAreNamedAndAnotherOneCanBePicked)
{
    openChatReadyToCall();
    RemoteCallMedia *media = warmPage();
    ASSERT_NE(media, nullptr);
    // Chosen earlier, unplugged since.
    media->selectDevice(MediaDeviceKind::Microphone, u"unplugged-microphone"_s);
    media->selectDevice(MediaDeviceKind::Camera, u"unplugged-camera"_s);
    media->selectDevice(MediaDeviceKind::Speaker, u"unplugged-speaker"_s);
    QSignalSpy failed(media, &RemoteCallMedia::deviceTestFailed);
    PreCallDialog *dialog = openDialog();
    ASSERT_NE(dialog, nullptr);

    ASSERT_TRUE(waitFor([&] { return dialog->microphone() == PreCallDialog::Check::Fails; }));
    EXPECT_EQ(labelOf(dialog, "microphoneStatusLabel"),
              u"The microphone you chose was not found. Plug it in or choose another one."_s);
    ASSERT_TRUE(waitFor([&] { return dialog->camera() == PreCallDialog::Check::Fails; }));
    EXPECT_EQ(labelOf(dialog, "cameraStatusLabel"),
              u"The camera you chose was not found. Plug it in or choose another one."_s);
    EXPECT_TRUE(labelOf(dialog, "verdictLabel").startsWith(u"Your microphone does not work yet"_s));
    ASSERT_GE(failed.size(), 2);
    EXPECT_EQ(failed.at(0).at(0).value<MediaDeviceKind>(), MediaDeviceKind::Microphone);
    EXPECT_EQ(failed.at(0).at(1).toString(), u"OverconstrainedError"_s);
    // The pickers show no choice rather than a device that is not the one tested.
    auto *microphonePicker = dialog->findChild<QComboBox *>(u"microphoneCombo"_s);
    EXPECT_EQ(microphonePicker->currentIndex(), -1);

    ASSERT_TRUE(clickWhenVisible(u"speakerTestButton"_s));
    ASSERT_TRUE(waitFor([&] { return dialog->speaker() == PreCallDialog::Check::Fails; }));
    EXPECT_EQ(labelOf(dialog, "speakerStatusLabel"),
              u"The speaker you chose was not found. Plug it in or choose another one."_s);
    EXPECT_FALSE(dialog->findChild<QPushButton *>(u"heardToneButton"_s)->isEnabled());

    // Picking a present microphone tests it, and the call will use it.
    const QString present = m_panel->lastDeviceCheck()->microphones.constFirst().id;
    microphonePicker->setCurrentIndex(microphonePicker->findData(present));
    Q_EMIT microphonePicker->activated(microphonePicker->currentIndex());
    EXPECT_TRUE(waitFor([&] { return dialog->microphone() == PreCallDialog::Check::Works; }))
        << labelOf(dialog, "microphoneStatusLabel").toStdString();
    EXPECT_EQ(media->selectedDevice(MediaDeviceKind::Microphone), present);
    dialog->accept();
}

// ---- calls end when the chat or the widget does (issue 7) ---------------------------------------
// Each checks what matters to the agent: the simulator's gateway saw the customer's BYE (or
// CANCEL) and its API saw dropClickToCall.

class CallEndTest : public CallPanelTest
{
protected:
    bool dropArrived()
    {
        return !m_sim->requests(u"/apiaccess/ccmessaging/v1/dropClickToCall"_s).isEmpty();
    }

    bool byeOrCancelArrived() { return dialogClosed() || customerSent(u"CANCEL"_s); }

    // The call panel of a widget that was deleted lives on, without a parent, until its hang-up
    // is through (CallTeardown); then it is deleted.
    static bool orphanPanelExists()
    {
        const auto widgets = QApplication::topLevelWidgets();
        return std::any_of(widgets.begin(), widgets.end(),
                           [](QWidget *w) { return qobject_cast<CallPanel *>(w) != nullptr; });
    }

    void startVoiceCallAndWaitUntilInCall()
    {
        ASSERT_NO_FATAL_FAILURE(openChatReadyToCall());
        ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
        ASSERT_TRUE(waitPhase(Phase::InCall)) << describe();
        m_sim->clearRequests();
        m_sim->control("DELETE", u"/sim/sip"_s);
    }
};

TEST_F(CallEndTest, EndCallHangsUpAndSignalsOnceByeAndDropWereAnswered)
{
    ASSERT_NO_FATAL_FAILURE(startVoiceCallAndWaitUntilInCall());
    EXPECT_TRUE(m_widget->hasCall());
    QSignalSpy finished(m_widget.get(), &ChatWidget::callEndFinished);
    QElapsedTimer clock;
    clock.start();
    m_widget->endCall();
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }, 20000));
    const qint64 finishedAfterMs = clock.elapsed();
    // Both answered by the time the host hears about it: a host may exit right then.
    EXPECT_TRUE(dialogClosed()) << QJsonDocument(sip()).toJson().toStdString();
    EXPECT_TRUE(dropArrived());
    EXPECT_FALSE(m_widget->hasCall());
    EXPECT_EQ(m_panel->phase(), Phase::Ended) << describe();
    std::printf("[ measure  ] endCall() -> callEndFinished: %lld ms\n",
                static_cast<long long>(finishedAfterMs));

    // Without a call it still answers, from the event loop.
    finished.clear();
    m_widget->endCall();
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_TRUE(waitFor([&] { return !finished.isEmpty(); }));
}

TEST_F(CallEndTest, DeletingTheWidgetDuringACallStillSendsByeAndDrop)
{
    ASSERT_NO_FATAL_FAILURE(startVoiceCallAndWaitUntilInCall());
    m_panel = nullptr;
    QElapsedTimer clock;
    clock.start();
    m_widget.reset(); // as a host does when its window closes; its event loop goes on
    const qint64 deleteMs = clock.elapsed();
    EXPECT_TRUE(orphanPanelExists()) << "the call was not handed over";
    EXPECT_TRUE(waitFor([&] { return dialogClosed(); }, 20000))
        << QJsonDocument(sip()).toJson().toStdString();
    EXPECT_TRUE(waitFor([&] { return dropArrived(); }, 20000));
    // Then the page, the client and the teardown itself go away.
    EXPECT_TRUE(waitFor([&] { return !orphanPanelExists(); }, 20000));
    std::printf("[ measure  ] delete ChatWidget (GUI thread) %lld ms; -> call released: %lld ms\n",
                static_cast<long long>(deleteMs), static_cast<long long>(clock.elapsed()));
}

// A host whose event loop ends right after deleting the widget: the hang-up is finished while
// QCoreApplication::aboutToQuit is emitted (a short local loop at exit, bounded).
TEST_F(CallEndTest, DeletingTheWidgetAndQuittingAtOnceStillSendsByeAndDrop)
{
    ASSERT_NO_FATAL_FAILURE(startVoiceCallAndWaitUntilInCall());
    m_panel = nullptr;
    m_widget.reset();
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    QElapsedTimer clock;
    clock.start();
    QCoreApplication::exec(); // returns at once, after aboutToQuit
    const qint64 execMs = clock.elapsed();
    EXPECT_LT(execMs, 10000);
    EXPECT_FALSE(orphanPanelExists());
    // Already there when exec() returned, but the simulator may log a moment later.
    EXPECT_TRUE(waitFor([&] { return dialogClosed(); }, 20000))
        << QJsonDocument(sip()).toJson().toStdString();
    EXPECT_TRUE(waitFor([&] { return dropArrived(); }, 20000));
    std::printf("[ measure  ] quit with a call handed over: exec() returned after %lld ms\n",
                static_cast<long long>(execMs));
}

// Still ringing at the agent: the call is cancelled (SIP CANCEL), and the hang-up waits for the
// INVITE's final answer before it counts as finished.
TEST_F(CallEndTest, DeletingTheWidgetWhileTheAgentRingsCancelsTheCall)
{
    configureCalls({{u"answerDelayMs"_s, 30000}});
    ASSERT_NO_FATAL_FAILURE(openChatReadyToCall());
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitFor(
        [&] {
            for (const QJsonValue &message : sip()) {
                if (message[u"from"_s].toString() == "agent"_L1 &&
                    message[u"status"_s].toInt() == 180)
                    return true;
            }
            return false;
        },
        30000))
        << QJsonDocument(sip()).toJson().toStdString();
    ASSERT_EQ(m_panel->phase(), Phase::Connecting) << describe();
    m_panel = nullptr;
    m_widget.reset();
    EXPECT_TRUE(waitFor([&] { return customerSent(u"CANCEL"_s); }, 20000))
        << QJsonDocument(sip()).toJson().toStdString();
    EXPECT_FALSE(customerSent(u"BYE"_s));
    EXPECT_TRUE(waitFor([&] { return dropArrived(); }, 20000));
    EXPECT_TRUE(waitFor([&] { return !orphanPanelExists(); }, 20000));
}

// The call service does not answer dropClickToCall (as if the network were gone): endCall() still
// reports back, bounded by about 2 s, so a quitting host does not hang.
TEST_F(CallEndTest, EndCallIsBoundedWhenTheServiceDoesNotAnswer)
{
    ASSERT_NO_FATAL_FAILURE(startVoiceCallAndWaitUntilInCall());
    m_sim->injectFault({{u"path"_s, u"/apiaccess/ccmessaging/v1/dropClickToCall"_s},
                        {u"latencyMs"_s, 30000},
                        {u"times"_s, 1}});
    QSignalSpy finished(m_widget.get(), &ChatWidget::callEndFinished);
    QElapsedTimer clock;
    clock.start();
    m_widget->endCall();
    ASSERT_TRUE(waitFor([&] { return !finished.isEmpty(); }, 20000));
    EXPECT_LT(clock.elapsed(), 10000);
    EXPECT_TRUE(customerSent(u"BYE"_s)); // the SIP side was not held up by the REST side
    std::printf("[ measure  ] endCall() with an unanswered drop -> callEndFinished: %lld ms\n",
                static_cast<long long>(clock.elapsed()));
}

TEST_F(CallEndTest, DeletingTheWidgetWhileQueuedDropsTheCall)
{
    configureCalls({{u"queueEvents"_s, 100}, {u"queueStepMs"_s, 500}});
    ASSERT_NO_FATAL_FAILURE(openChatReadyToCall());
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    ASSERT_TRUE(waitPhase(Phase::Queuing)) << describe();
    m_panel = nullptr;
    m_widget.reset();
    EXPECT_TRUE(waitFor([&] { return dropArrived(); }, 20000));
    EXPECT_TRUE(waitFor([&] { return !orphanPanelExists(); }, 20000));
    const QJsonObject state = m_sim->control("GET", u"/sim/state?userId="_s + kUser);
    EXPECT_EQ(state[u"call"_s].toString(), u"dropped"_s) << QJsonDocument(state).toJson().data();
}

TEST_F(CallEndTest, EndingTheChatDuringACallEndsTheCall)
{
    ASSERT_NO_FATAL_FAILURE(startVoiceCallAndWaitUntilInCall());
    m_widget->endChat(false);
    EXPECT_TRUE(waitFor([&] { return dialogClosed(); }, 20000))
        << QJsonDocument(sip()).toJson().toStdString();
    EXPECT_TRUE(waitFor([&] { return dropArrived(); }, 20000));
    EXPECT_TRUE(waitFor([&] { return !m_widget->hasCall(); })) << describe();
}

TEST_F(CallEndTest, AgentEndingTheChatDuringACallEndsTheCall)
{
    ASSERT_NO_FATAL_FAILURE(startVoiceCallAndWaitUntilInCall());
    const QJsonObject left = m_sim->control("POST", u"/sim/agent/leave"_s, {{u"userId"_s, kUser}});
    ASSERT_TRUE(left[u"ok"_s].toBool()) << QJsonDocument(left).toJson().toStdString();
    ASSERT_TRUE(waitFor(
        [&] { return chatSessionOf(*m_widget).state() == ChatSession::State::Ended; }, 20000));
    EXPECT_TRUE(waitFor([&] { return dialogClosed(); }, 20000))
        << QJsonDocument(sip()).toJson().toStdString();
    EXPECT_TRUE(waitFor([&] { return dropArrived(); }, 20000));
    EXPECT_FALSE(m_widget->hasCall());
}

// ---- the host-facing call API (issue 9) ---------------------------------------------------------
// A host follows the call only through ChatWidget's public call signals and getters: no panel, no
// label text.

class HostCallApiTest : public CallPanelTest
{
protected:
    using CallState = ChatWidget::CallState;
    using Reason = ChatWidget::CallEndReason;

    void SetUp() override
    {
        CallPanelTest::SetUp();
        openChat();
        m_states = std::make_unique<QSignalSpy>(m_widget.get(), &ChatWidget::callStateChanged);
        m_started = std::make_unique<QSignalSpy>(m_widget.get(), &ChatWidget::callStarted);
        m_ended = std::make_unique<QSignalSpy>(m_widget.get(), &ChatWidget::callEnded);
    }

    void TearDown() override
    {
        m_states.reset();
        m_started.reset();
        m_ended.reset();
        CallPanelTest::TearDown();
    }

    QList<CallState> states() const
    {
        QList<CallState> list;
        for (const QList<QVariant> &arguments : std::as_const(*m_states))
            list << arguments.at(0).value<CallState>();
        return list;
    }

    std::string describeStates() const
    {
        QStringList names;
        for (CallState state : states())
            names << QString::fromLatin1(QMetaEnum::fromType<CallState>().valueToKey(int(state)));
        return names.join(u", "_s).toStdString();
    }

    void startVoiceCallAndWaitUntilInCall()
    {
        m_widget->startCall(ChatWidget::CallType::Voice); // once calls are possible
        ASSERT_TRUE(waitFor([&] { return m_widget->callState() == CallState::InCall; }))
            << describeStates();
    }

    Reason endReason() const { return m_ended->constFirst().at(0).value<Reason>(); }
    QString endDetail() const { return m_ended->constFirst().at(1).toString(); }

    std::unique_ptr<QSignalSpy> m_states;
    std::unique_ptr<QSignalSpy> m_started;
    std::unique_ptr<QSignalSpy> m_ended;
};

TEST_F(HostCallApiTest, VoiceCallIsFollowedByStateMuteStatisticsAndEndSignals)
{
    QSignalSpy muted(m_widget.get(), &ChatWidget::microphoneMutedChanged);
    QSignalSpy statistics(m_widget.get(), &ChatWidget::callStatisticsChanged);
    EXPECT_EQ(m_widget->callState(), CallState::None);
    EXPECT_FALSE(m_widget->callStatistics().isValid());

    ASSERT_NO_FATAL_FAILURE(startVoiceCallAndWaitUntilInCall());
    // One queue notice, then the agent answers (configureCalls).
    EXPECT_EQ(states(), (QList<CallState>{CallState::Requesting, CallState::Queued,
                                          CallState::Connecting, CallState::InCall}))
        << describeStates();
    ASSERT_EQ(m_started->size(), 1);
    EXPECT_EQ(m_started->constFirst().at(0).value<ChatWidget::CallType>(),
              ChatWidget::CallType::Voice);
    EXPECT_TRUE(m_widget->hasCall());
    EXPECT_FALSE(m_widget->isMicrophoneMuted());

    // Statistics with plausible values: media both ways, at a bit rate, over a measured path.
    ASSERT_TRUE(waitFor([&] {
        const CallStats s = m_widget->callStatistics();
        return s.isValid() && s.bytesSent() > 0 && s.bytesReceived() > 0 && s.sendBitrate() > 0 &&
               s.receiveBitrate() > 0 && s.roundTripTimeMs() >= 0 && s.packetsReceived() > 0;
    }));
    {
        const CallStats s = m_widget->callStatistics();
        EXPECT_GE(s.packetLossPercent(), 0);
        EXPECT_LE(s.packetLossPercent(), 100);
        EXPECT_LT(s.roundTripTimeMs(), 1000); // loopback
        EXPECT_LT(s.sendBitrate(), 10'000'000);
        EXPECT_GE(s.inboundAudioLevel(), 0);
        EXPECT_LE(s.inboundAudioLevel(), 1);
    }
    EXPECT_FALSE(statistics.isEmpty());

    // The fake microphone beeps: sound is sent while unmuted ...
    ASSERT_TRUE(waitFor([&] { return m_widget->callStatistics().outboundAudioLevel() > 0; }));
    m_widget->setMicrophoneMuted(true);
    ASSERT_TRUE(waitFor([&] { return !muted.isEmpty(); }));
    EXPECT_TRUE(muted.constLast().at(0).toBool());
    EXPECT_TRUE(m_widget->isMicrophoneMuted());
    // ... and none once the page has muted the track: over two later samples the level is 0.
    statistics.clear();
    ASSERT_TRUE(waitFor([&] { return statistics.size() >= 2; }));
    statistics.clear();
    for (int sample = 1; sample <= 2; ++sample) {
        ASSERT_TRUE(waitFor([&] { return statistics.size() >= sample; }));
        EXPECT_EQ(m_widget->callStatistics().outboundAudioLevel(), 0) << "sample " << sample;
    }
    m_widget->setMicrophoneMuted(false);
    ASSERT_TRUE(waitFor([&] { return muted.size() >= 2; }));
    EXPECT_FALSE(muted.constLast().at(0).toBool());
    EXPECT_FALSE(m_widget->isMicrophoneMuted());
    EXPECT_TRUE(waitFor([&] { return m_widget->callStatistics().outboundAudioLevel() > 0; }));

    m_widget->endCall();
    ASSERT_TRUE(waitFor([&] { return !m_ended->isEmpty(); }));
    EXPECT_EQ(endReason(), Reason::HungUpByCustomer) << endDetail().toStdString();
    EXPECT_FALSE(endDetail().isEmpty());
    EXPECT_EQ(m_widget->callState(), CallState::None);
    EXPECT_EQ(states().mid(4), (QList<CallState>{CallState::Ending, CallState::None}))
        << describeStates();
    EXPECT_EQ(m_ended->size(), 1);
    EXPECT_EQ(m_started->size(), 1);
}

TEST_F(HostCallApiTest, AgentHangUpIsReportedWithTheAgentAsTheReason)
{
    ASSERT_NO_FATAL_FAILURE(startVoiceCallAndWaitUntilInCall());
    m_sim->control("POST", u"/sim/call/release"_s,
                   {{u"userId"_s, kUser}, {u"causeDesc"_s, u"The agent finished the call."_s}});
    ASSERT_TRUE(waitFor([&] { return !m_ended->isEmpty(); }));
    EXPECT_EQ(endReason(), Reason::HungUpByAgent);
    EXPECT_EQ(endDetail(), u"The agent finished the call."_s);
    EXPECT_EQ(m_widget->callState(), CallState::None);
    EXPECT_FALSE(states().contains(CallState::Ending)) << describeStates();
}

TEST_F(HostCallApiTest, NoAgentInTimeIsReportedAsQueueTimeout)
{
    configureCalls({{u"outcome"_s, u"timeout"_s}});
    m_widget->startCall(ChatWidget::CallType::Voice);
    ASSERT_TRUE(waitFor([&] { return !m_ended->isEmpty(); })) << describeStates();
    EXPECT_EQ(endReason(), Reason::QueueTimeout) << endDetail().toStdString();
    EXPECT_TRUE(m_started->isEmpty());
    EXPECT_FALSE(states().contains(CallState::InCall)) << describeStates();
    EXPECT_EQ(m_widget->callState(), CallState::None);
}

TEST_F(HostCallApiTest, FailureEventIsReportedAsFailedWithTheCause)
{
    configureCalls({{u"outcome"_s, u"failure"_s}});
    m_widget->startCall(ChatWidget::CallType::Voice);
    ASSERT_TRUE(waitFor([&] { return !m_ended->isEmpty(); })) << describeStates();
    EXPECT_EQ(endReason(), Reason::Failed) << endDetail().toStdString();
    EXPECT_TRUE(endDetail().startsWith(u"The call could not be set up"_s))
        << endDetail().toStdString();
    EXPECT_TRUE(m_started->isEmpty());
}

TEST_F(HostCallApiTest, EndingTheChatEndsTheCallWithChatEndedAsTheReason)
{
    ASSERT_NO_FATAL_FAILURE(startVoiceCallAndWaitUntilInCall());
    m_widget->endChat(false);
    ASSERT_TRUE(waitFor([&] { return !m_ended->isEmpty(); })) << describeStates();
    EXPECT_EQ(endReason(), Reason::ChatEnded) << endDetail().toStdString();
    EXPECT_EQ(m_widget->callState(), CallState::None);
}

} // namespace
} // namespace cec::test
