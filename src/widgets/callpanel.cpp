#include "callpanel_p.h"

#include "callclock_p.h"
#include "callcontrols_p.h"
#include "calldevicemenu_p.h"
#include "callnotice_p.h"
#include "callqualityindicator_p.h"
#include "callreadiness_p.h"
#include "callstatusline_p.h"
#include "callvideoview_p.h"
#include "cecclient.h"
#include "devicepresence_p.h"
#include "precalldialog_p.h"
#include "remotecallmedia.h"
#include "ringbacktone_p.h"

#include "ui_callpanel.h"

#include <QEvent>
#include <QMediaDevices>
#include <QTimer>

#include <utility>

namespace cec {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCallPanel, "cec.widgets.call")

CallPanel::CallPanel(CecClient &client, CallPanelOptions options, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::CallPanel>())
    , m_client(client)
    , m_options(options)
    , m_media(options.hostProgram.isEmpty() ? DeferredCallMedia::defaultHostProgram()
                                            : options.hostProgram)
    , m_session(client, m_media, options.call)
    , m_ringback(new RingbackTone(this))
{
    qRegisterMetaType<cec::CallStatistics>();
    setupUi();
    m_releaseTimer.setSingleShot(true);
    m_releaseTimer.setInterval(std::chrono::seconds(30));
    connect(&m_releaseTimer, &QTimer::timeout, this, [this] { releasePage(); });
    // The media's hang-up can finish after the panel's phase is back to Ended.
    connect(&m_media, &CallMedia::hangUpFinished, this, [this] { updateRelease(); });
    // A headset plugged in (or out) while there is no page: the buttons follow without Chromium.
    auto *devices = new QMediaDevices(this);
    for (auto changed : {&QMediaDevices::audioInputsChanged, &QMediaDevices::audioOutputsChanged,
                         &QMediaDevices::videoInputsChanged}) {
        connect(devices, changed, this, [this] {
            if (m_media.real() || !m_readiness->support() || !m_readiness->support()->available())
                return;
            checkPresence();
            updateReadiness();
        });
    }

    connect(&m_media, &DeferredCallMedia::created, this,
            [this](RemoteCallMedia *media) { onMediaCreated(media); });
    connect(&m_session, &ClickToCallSession::supportChecked, this,
            [this](const ClickToCallSupport &support) { onSupportChecked(support); });
    connect(&m_session, &ClickToCallSession::stateChanged, this,
            [this](ClickToCallSession::State state) { onSessionState(state); });
    connect(&m_session, &ClickToCallSession::ended, this,
            [this](const QString &reason) { onSessionEnded(reason); });
    connect(&m_session, &ClickToCallSession::failed, this,
            [this](const ApiError &, const QString &message) { onSessionFailed(message); });
    connect(&m_session, &ClickToCallSession::transferred, this,
            [this] { m_notice->showTransferred(); });
    connect(&m_session, &ClickToCallSession::eventReceived, this,
            [this](const ClickToCallEvent &event) {
                if (event.known() == protocol::CallEventId::Setup)
                    m_lastSetup = event.setup;
            });
    setPhase(Phase::Hidden);
}

CallPanel::~CallPanel()
{
    // The chat widget never deletes a panel with a running call (it hands it to CallTeardown,
    // which waits for the hang-up). Should it happen anyway, dropClickToCall still goes out (its
    // context is the client); the BYE only if the page gets to send it before it is destroyed.
    // The device test first, while the page it uses and the parts its end schedules still exist
    // (QWidget would delete it only after every member).
    delete m_deviceTest.data();
    m_session.hangUp();
    m_ringback->stop();
}

void CallPanel::setupUi()
{
    m_ui->setupUi(this);
    setObjectName(u"callPanel"_s);
    m_readiness = std::make_unique<CallReadiness>();
    m_controls = std::make_unique<CallControls>(*m_ui, m_media, [this] { updateControls(); });
    m_deviceMenu = std::make_unique<CallDeviceMenu>(m_ui->devicesButton, m_media, this);
    m_statusLine = std::make_unique<CallStatusLine>(m_ui->callStatusLabel);
    m_clock = std::make_unique<CallClock>(m_ui->callTimerLabel);
    m_notice = std::make_unique<CallNotice>(m_ui->callNoticeLabel);
    m_quality = std::make_unique<CallQualityIndicator>(m_ui->qualityIndicator);
    m_video = std::make_unique<CallVideoView>(m_ui->videoContainer, m_ui->videoLayout);

    connect(m_ui->voiceCallButton, &QPushButton::clicked, this,
            [this] { startCall(protocol::MediaAbility::Voice); });
    connect(m_ui->videoCallButton, &QPushButton::clicked, this,
            [this] { startCall(protocol::MediaAbility::Video); });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] { startCall(m_lastAbility); });
    connect(m_ui->hangUpButton, &QPushButton::clicked, this, [this] { hangUp(); });
    connect(m_ui->testDevicesButton, &QPushButton::clicked, this, [this] { openDeviceTest(); });
    // Cheap signs of intent to call: the page starts loading before the click.
    connect(m_ui->devicesButton, &QToolButton::pressed, this, [this] { prepareCall(); });
    for (QWidget *button : {static_cast<QWidget *>(m_ui->voiceCallButton),
                            static_cast<QWidget *>(m_ui->videoCallButton),
                            static_cast<QWidget *>(m_ui->devicesButton),
                            static_cast<QWidget *>(m_ui->testDevicesButton)})
        button->installEventFilter(this);
}

bool CallPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Enter)
        prepareCall();
    return QFrame::eventFilter(watched, event);
}

std::optional<DeviceCheck> CallPanel::lastDeviceCheck() const
{
    return m_readiness->deviceCheck();
}

void CallPanel::setChatConnected(bool connected)
{
    if (m_readiness->chatConnected() == connected)
        return;
    m_readiness->setChatConnected(connected);
    if (!connected) {
        // A running call goes on (it does not need the chat); only new calls are not offered.
        updateReadiness();
        return;
    }
    // Both checks at once when the page already exists (a reconnect); without a page the device
    // presence is checked once the tenant's answer says calls are offered.
    m_session.checkSupport();
    if (auto *media = m_media.real())
        media->checkDevices();
    updateReadiness();
}

void CallPanel::onSupportChecked(const ClickToCallSupport &support)
{
    m_readiness->setSupport(support);
    qCInfo(lcCallPanel) << "click-to-call support: webRTC" << support.webRtcSupported
                        << "clickToCall" << support.clickToCallSupported;
    if (support.available() && m_readiness->chatConnected() && !m_media.real())
        checkPresence();
    updateReadiness();
}

void CallPanel::checkPresence()
{
    std::optional<DeviceCheck> check = DevicePresence::check();
    if (!check) {
        // Qt Multimedia cannot tell: offer the call, the page's own check decides on the click.
        qCInfo(lcCallPanel) << "device presence unknown to Qt Multimedia; the call page checks";
        check.emplace();
        check->canVoice = true;
        check->canVideo = true;
    } else {
        qCInfo(lcCallPanel) << "device presence: voice" << check->canVoice << "video"
                            << check->canVideo << toString(check->problem);
    }
    m_readiness->setDeviceCheck(*check);
}

void CallPanel::prepareCall()
{
    if (m_phase == Phase::Hidden || !m_readiness->chatConnected() || !m_readiness->support() ||
        !m_readiness->support()->available())
        return;
    if (!callRunning())
        scheduleRelease(); // an intent that leads to no call lets the page go again, too
    m_media.create();
}

bool CallPanel::callRunning() const
{
    switch (m_phase) {
    case Phase::Requesting:
    case Phase::Queuing:
    case Phase::Connecting:
    case Phase::InCall:
    case Phase::Ending:
        return true;
    default:
        return m_media.busy();
    }
}

std::chrono::milliseconds CallPanel::pageReleaseDelay() const
{
    return m_releaseTimer.intervalAsDuration();
}

void CallPanel::setPageReleaseDelay(std::chrono::milliseconds delay)
{
    m_releaseTimer.setInterval(delay);
}

void CallPanel::scheduleRelease()
{
    m_releaseTimer.start(); // (again) from now: a call back within the delay finds the page warm
}

void CallPanel::updateRelease()
{
    if (!m_media.real() || callRunning())
        m_releaseTimer.stop();
    else if (!m_releaseTimer.isActive())
        scheduleRelease();
}

void CallPanel::releasePage()
{
    // The device test holds the page; closing it schedules the release again. A call keeps it,
    // and its end schedules the release again.
    if (!m_media.real() || m_deviceTest || m_deviceTestWaiting || callRunning())
        return;
    m_video->discard();
    m_media.release();
    m_deviceMenu->rebuild(std::nullopt);
    if (m_readiness->support() && m_readiness->support()->available())
        checkPresence(); // the page's check named its devices; without it, ask Qt Multimedia
    updateReadiness();
}

void CallPanel::onMediaCreated(RemoteCallMedia *media)
{
    connect(media, &RemoteCallMedia::devicesChecked, this,
            [this](const DeviceCheck &check) { onDevicesChecked(check); });
    connect(media, &RemoteCallMedia::statisticsUpdated, this,
            [this](const CallStatistics &statistics) { onStatistics(statistics); });
    m_controls->follow(*media, [this](bool muted) { Q_EMIT microphoneMutedChanged(muted); });
    connect(media, &RemoteCallMedia::deviceSelected, this,
            [this] { m_deviceMenu->rebuild(m_readiness->deviceCheck()); });
    connect(media, &RemoteCallMedia::deviceLost, this,
            [this](MediaDeviceKind kind, const QString &, const QString &) {
                m_notice->showDeviceLost(kind);
                m_deviceMenu->rebuild(m_readiness->deviceCheck());
            });
    connect(media, &RemoteCallMedia::errorOccurred, this,
            [](const QString &code, const QString &message) {
                qCInfo(lcCallPanel) << "call page reported" << code << message;
            });
    // A running call has failed with it ("the call component stopped working"); the next intent
    // to call starts a new host.
    connect(media, &RemoteCallMedia::hostExited, this, [this] {
        QMetaObject::invokeMethod(this, &CallPanel::releasePage, Qt::QueuedConnection);
    });
}

void CallPanel::onDevicesChecked(const DeviceCheck &check)
{
    m_readiness->setDeviceCheck(check);
    qCInfo(lcCallPanel) << "device check: voice" << check.canVoice << "video" << check.canVideo
                        << toString(check.problem);
    m_deviceMenu->rebuild(check);
    updateReadiness();
}

void CallPanel::updateReadiness()
{
    if (const std::optional<Phase> next = m_readiness->next(m_phase))
        setPhase(*next);
    else
        updateControls(); // a call is running: only the device menu may change
}

void CallPanel::startCall(protocol::MediaAbility ability)
{
    if (!m_readiness->canStart(ability)) {
        setPhase(Phase::Blocked);
        return;
    }
    prepareCall(); // the page loads while createClickToCall and the queue run
    m_lastAbility = ability;
    m_statusLine->clearOutcome();
    m_lastStatistics.reset();
    m_controls->reset();
    qCInfo(lcCallPanel) << "the customer starts a"
                        << (ability == protocol::MediaAbility::Video ? "video" : "voice") << "call";
    m_session.start(ability);
}

void CallPanel::requestCall(protocol::MediaAbility ability)
{
    if (m_phase == Phase::Ready || m_phase == Phase::Ended || m_phase == Phase::Failed) {
        startCall(ability);
        return;
    }
    qCInfo(lcCallPanel) << "a call is requested; it starts once calls are possible";
    m_requestedCall = ability;
}

void CallPanel::hangUp()
{
    m_requestedCall.reset(); // hanging up also cancels a call still waiting to be started
    m_session.hangUp();
}

void CallPanel::endCall(std::function<void()> done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_session, &ClickToCallSession::hangUpFinished, this,
                          [connection, done = std::move(done)] {
                              QObject::disconnect(*connection);
                              if (done)
                                  done();
                          });
    hangUp(); // hangUpFinished() follows in every state, from the event loop
}

void CallPanel::onSessionState(ClickToCallSession::State state)
{
    using State = ClickToCallSession::State;
    switch (state) {
    case State::Idle:
    case State::CheckingSupport:
    case State::Unavailable:
    case State::Ready:
        updateReadiness();
        break;
    case State::Requesting:
        setPhase(Phase::Requesting);
        break;
    case State::Queuing:
        setPhase(Phase::Queuing);
        break;
    case State::Connecting:
        setPhase(Phase::Connecting);
        break;
    case State::InCall:
        setPhase(Phase::InCall);
        break;
    case State::Ending:
        setPhase(Phase::Ending);
        break;
    case State::Ended:
    case State::Failed:
        break; // the ended()/failed() signals carry the reason
    }
}

void CallPanel::onSessionEnded(const QString &reason)
{
    m_statusLine->setEndReason(reason);
    setPhase(Phase::Ended);
    updateReadiness();
}

void CallPanel::onSessionFailed(const QString &userMessage)
{
    if (m_session.state() == ClickToCallSession::State::Unavailable) {
        // The support check itself failed: no calls are offered, the chat goes on.
        m_readiness->setSupport(ClickToCallSupport{});
        updateReadiness();
        return;
    }
    m_statusLine->setFailure(userMessage);
    setPhase(Phase::Failed);
    // The page's own device check refused the call (DeferredCallMedia): say why, as Blocked.
    if (!m_readiness->canStart(m_lastAbility))
        updateReadiness();
}

void CallPanel::onStatistics(const CallStatistics &statistics)
{
    m_lastStatistics = statistics;
    Q_EMIT statisticsUpdated(statistics);
    if (m_phase == Phase::InCall)
        m_quality->show(statistics);
}

void CallPanel::setPhase(Phase phase)
{
    const Phase previous = std::exchange(m_phase, phase);
    m_clock->setPhase(phase);
    if (phase != previous) {
        qCInfo(lcCallPanel) << "phase" << previous << "->" << phase;
        // The ringback plays while the customer waits in the queue.
        const bool ring = phase == Phase::Queuing;
        if (ring && !m_ringback->isPlaying())
            m_ringback->start(RingbackTone::ringback());
        else if (!ring)
            m_ringback->stop();
        if (phase == Phase::InCall)
            m_quality->reset();
        updateRelease();
    }
    m_video->show(m_media.real(), m_lastAbility == protocol::MediaAbility::Video &&
                                      (phase == Phase::Connecting || phase == Phase::InCall));
    updateControls();
    if (phase != previous)
        Q_EMIT phaseChanged(phase);
    if (phase == Phase::Ready && m_requestedCall) {
        // From the event loop: setPhase() runs inside the session's and the page's signals.
        QTimer::singleShot(0, this, [this] {
            if (m_phase == Phase::Ready && m_requestedCall)
                startCall(*std::exchange(m_requestedCall, std::nullopt));
        });
    }
}

void CallPanel::updateControls()
{
    setVisible(m_phase != Phase::Hidden);
    m_controls->update(m_phase, m_lastAbility == protocol::MediaAbility::Video, *m_readiness);
    m_quality->setVisible(m_phase == Phase::InCall);
    m_statusLine->update(m_phase, m_readiness->deviceCheck(), m_controls->isMuted(),
                         m_controls->isOnHold());
    m_clock->refresh();
}

QString CallPanel::statusText() const
{
    return m_statusLine->text();
}

void CallPanel::openDeviceTest()
{
    prepareCall();
    RemoteCallMedia *media = m_media.real();
    if (!media || m_deviceTest)
        return;
    if (!media->lastDeviceCheck()) {
        // The dialog is built from the page's device list: a new page's check comes first.
        if (!std::exchange(m_deviceTestWaiting, true)) {
            connect(
                media, &RemoteCallMedia::devicesChecked, this,
                [this] {
                    m_deviceTestWaiting = false;
                    openDeviceTest();
                },
                Qt::SingleShotConnection);
        }
        return;
    }
    auto *dialog = new PreCallDialog(*media, m_client, m_lastSetup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_deviceTest = dialog;
    connect(dialog, &QObject::destroyed, this, [this] {
        if (!callRunning())
            scheduleRelease();
    });
    dialog->open();
}

void CallPanel::setMicrophoneMuted(bool muted)
{
    if (m_phase == Phase::InCall)
        m_controls->setMuted(muted); // as if clicked: the page mutes, then reports it
}

bool CallPanel::isMicrophoneMuted() const
{
    return m_controls->isMuted();
}

void CallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_deviceMenu->rebuild(m_readiness->deviceCheck());
        updateControls();
    }
    QFrame::changeEvent(event);
}

} // namespace cec
