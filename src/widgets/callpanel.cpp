#include "callpanel_p.h"

#include "callpage.h"
#include "cecclient.h"
#include "precalldialog_p.h"
#include "ringbacktone_p.h"
#include "webenginecallmedia.h"

#include "ui_callpanel.h"

#include <QActionGroup>
#include <QEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QToolButton>
#include <QWebEngineView>

#include <utility>

namespace cec {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcCallPanel, "cec.widgets.call")

namespace {
// Above these the customer is told the line is poor (ITU-T G.114 and common VoIP guidance).
constexpr double kMaxGoodRttMs = 400;
constexpr double kMaxGoodJitterMs = 30;
constexpr double kMaxGoodLossPercent = 3;
constexpr auto kNoticeShown = 6s;
} // namespace

// --- DeferredCallMedia ---------------------------------------------------------------------------

DeferredCallMedia::DeferredCallMedia(QWebEngineProfile *profile, QObject *parent)
    : CallMedia(parent)
    , m_profile(profile)
{}

DeferredCallMedia::~DeferredCallMedia() = default;

WebEngineCallMedia &DeferredCallMedia::create()
{
    if (m_real)
        return *m_real;
    qCInfo(lcCallPanel) << "a call is possible: creating the call page";
    m_real = new WebEngineCallMedia(m_profile, this);
    connect(m_real, &CallMedia::established, this, &CallMedia::established);
    connect(m_real, &CallMedia::ended, this, &CallMedia::ended);
    connect(m_real, &CallMedia::failed, this, &CallMedia::failed);
    connect(m_real, &CallMedia::hangUpFinished, this, &CallMedia::hangUpFinished);
    Q_EMIT created(m_real);
    return *m_real;
}

void DeferredCallMedia::start(const CallSetup &setup, protocol::MediaAbility ability)
{
    create().start(setup, ability);
}

void DeferredCallMedia::hangUp()
{
    if (m_real) {
        m_real->hangUp();
    } else {
        Q_EMIT ended(tr("hung up"));
        Q_EMIT hangUpFinished();
    }
}

// --- CallPanel -----------------------------------------------------------------------------------

CallPanel::CallPanel(CecClient &client, CallPanelOptions options, QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::CallPanel>())
    , m_client(client)
    , m_options(options)
    , m_media(options.profile)
    , m_session(client, m_media, options.call)
    , m_ringback(new RingbackTone(this))
{
    qRegisterMetaType<cec::CallStatistics>();
    setupUi();
    m_tick.setInterval(1s);
    connect(&m_tick, &QTimer::timeout, this, [this] { updateTimer(); });
    m_noticeTimer.setSingleShot(true);
    connect(&m_noticeTimer, &QTimer::timeout, this, [this] { m_ui->callNoticeLabel->hide(); });

    connect(&m_media, &DeferredCallMedia::created, this,
            [this](WebEngineCallMedia *media) { onMediaCreated(media); });
    connect(&m_session, &ClickToCallSession::supportChecked, this,
            [this](const ClickToCallSupport &support) { onSupportChecked(support); });
    connect(&m_session, &ClickToCallSession::stateChanged, this,
            [this](ClickToCallSession::State state) { onSessionState(state); });
    connect(&m_session, &ClickToCallSession::ended, this,
            [this](const QString &reason) { onSessionEnded(reason); });
    connect(&m_session, &ClickToCallSession::failed, this,
            [this](const ApiError &, const QString &message) { onSessionFailed(message); });
    connect(&m_session, &ClickToCallSession::transferred, this,
            [this] { showNotice(tr("You are being transferred to another agent…")); });
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
    m_session.hangUp();
    m_ringback->stop();
}

void CallPanel::setupUi()
{
    m_ui->setupUi(this);
    setObjectName(u"callPanel"_s);
    m_ui->callTimerLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->callNoticeLabel->hide();
    m_ui->keypadWidget->hide();
    m_ui->videoContainer->hide();
    createKeypad();

    m_deviceMenu = new QMenu(this);
    m_deviceMenu->setObjectName(u"deviceMenu"_s);
    m_ui->devicesButton->setMenu(m_deviceMenu);
    m_ui->devicesButton->setPopupMode(QToolButton::InstantPopup);

    connect(m_ui->voiceCallButton, &QPushButton::clicked, this,
            [this] { startCall(protocol::MediaAbility::Voice); });
    connect(m_ui->videoCallButton, &QPushButton::clicked, this,
            [this] { startCall(protocol::MediaAbility::Video); });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] { startCall(m_lastAbility); });
    connect(m_ui->hangUpButton, &QPushButton::clicked, this, [this] { hangUp(); });
    connect(m_ui->testDevicesButton, &QPushButton::clicked, this, [this] { openDeviceTest(); });
    connect(m_ui->muteButton, &QPushButton::toggled, this, [this](bool muted) {
        if (auto *media = m_media.real())
            media->setMuted(muted);
        updateControls();
    });
    connect(m_ui->cameraButton, &QPushButton::toggled, this, [this](bool off) {
        if (auto *media = m_media.real())
            media->setCameraEnabled(!off);
        updateControls();
    });
    connect(m_ui->holdButton, &QPushButton::toggled, this, [this](bool onHold) {
        if (auto *media = m_media.real())
            media->setOnHold(onHold);
        updateControls();
    });
    connect(m_ui->keypadButton, &QPushButton::toggled, m_ui->keypadWidget, &QWidget::setVisible);
}

void CallPanel::createKeypad()
{
    static const char *const keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"};
    auto *grid = m_ui->keypadLayout;
    for (int i = 0; i < 12; ++i) {
        const QString key = QString::fromLatin1(keys[i]);
        auto *button = new QToolButton(m_ui->keypadWidget);
        button->setText(key);
        const QString name = key == "*"_L1 ? u"Star"_s : key == "#"_L1 ? u"Hash"_s : key;
        button->setObjectName(u"keypad"_s + name + u"Button"_s);
        button->setAccessibleName(tr("Send tone %1").arg(key));
        button->setFocusPolicy(Qt::StrongFocus);
        connect(button, &QToolButton::clicked, this, [this, key] {
            if (auto *media = m_media.real())
                media->sendDtmf(key);
        });
        grid->addWidget(button, i / 3, i % 3);
    }
}

void CallPanel::setChatConnected(bool connected)
{
    if (m_chatConnected == connected)
        return;
    m_chatConnected = connected;
    if (!connected) {
        // A running call goes on (it does not need the chat); only new calls are not offered.
        updateReadiness();
        return;
    }
    // Both checks at once when the page already exists (a reconnect); the first time the page
    // waits for the tenant's answer so that chat-only customers never start Chromium.
    m_session.checkSupport();
    if (auto *media = m_media.real())
        media->checkDevices();
    updateReadiness();
}

void CallPanel::onSupportChecked(const ClickToCallSupport &support)
{
    m_support = support;
    qCInfo(lcCallPanel) << "click-to-call support: webRTC" << support.webRtcSupported
                        << "clickToCall" << support.clickToCallSupported;
    if (support.available() && m_chatConnected && !m_media.real()) {
        WebEngineCallMedia &media = m_media.create();
        media.prepare();
        media.checkDevices();
    }
    updateReadiness();
}

void CallPanel::onMediaCreated(WebEngineCallMedia *media)
{
    connect(media, &WebEngineCallMedia::devicesChecked, this,
            [this](const DeviceCheck &check) { onDevicesChecked(check); });
    connect(media, &WebEngineCallMedia::statisticsUpdated, this,
            [this](const CallStatistics &statistics) { onStatistics(statistics); });
    connect(media, &WebEngineCallMedia::mutedChanged, this, [this](bool muted) {
        {
            const QSignalBlocker blocker(m_ui->muteButton);
            m_ui->muteButton->setChecked(muted);
        }
        updateControls();
        // Unblocked: a host may answer with setMicrophoneMuted() at once (it clicks the button).
        Q_EMIT microphoneMutedChanged(muted);
    });
    connect(media, &WebEngineCallMedia::cameraEnabledChanged, this, [this](bool enabled) {
        const QSignalBlocker blocker(m_ui->cameraButton);
        m_ui->cameraButton->setChecked(!enabled);
        updateControls();
    });
    connect(media, &WebEngineCallMedia::holdChanged, this, [this](bool onHold) {
        const QSignalBlocker blocker(m_ui->holdButton);
        m_ui->holdButton->setChecked(onHold);
        updateControls();
    });
    connect(media, &WebEngineCallMedia::deviceSelected, this, [this] { rebuildDeviceMenu(); });
    connect(media, &WebEngineCallMedia::deviceLost, this,
            [this](MediaDeviceKind kind, const QString &, const QString &) {
                showNotice(kind == MediaDeviceKind::Microphone
                               ? tr("Your microphone was disconnected. The call goes on with the "
                                    "default microphone.")
                           : kind == MediaDeviceKind::Camera
                               ? tr("Your camera was disconnected. The call goes on with the "
                                    "default camera.")
                               : tr("Your speaker was disconnected. The call goes on with the "
                                    "default speaker."));
                rebuildDeviceMenu();
            });
    connect(media, &WebEngineCallMedia::errorOccurred, this,
            [](const QString &code, const QString &message) {
                qCInfo(lcCallPanel) << "call page reported" << code << message;
            });
}

void CallPanel::onDevicesChecked(const DeviceCheck &check)
{
    m_deviceCheck = check;
    qCInfo(lcCallPanel) << "device check: voice" << check.canVoice << "video" << check.canVideo
                        << toString(check.problem);
    rebuildDeviceMenu();
    updateReadiness();
}

// Ready needs both answers: the tenant offers calls AND this computer can make one.
void CallPanel::updateReadiness()
{
    switch (m_phase) {
    case Phase::Hidden:
    case Phase::Checking:
    case Phase::Blocked:
    case Phase::Ready:
    case Phase::Ended:
    case Phase::Failed:
        break;
    default:
        updateControls(); // a call is running: only the device menu may change
        return;
    }
    const bool showingOutcome =
        m_phase == Phase::Ready || m_phase == Phase::Ended || m_phase == Phase::Failed;
    Phase next = Phase::Ready;
    if (!m_chatConnected || !m_support || !m_support->available())
        next = Phase::Hidden; // chat-only customers see nothing of calls
    else if (!m_deviceCheck)
        next = showingOutcome ? m_phase : Phase::Checking; // a re-check keeps the buttons
    else if (!m_deviceCheck->canVoice)
        next = Phase::Blocked;
    else if (m_phase == Phase::Ended || m_phase == Phase::Failed)
        next = m_phase; // keep the outcome on screen; the buttons are offered again
    setPhase(next);
}

void CallPanel::startCall(protocol::MediaAbility ability)
{
    if (!m_deviceCheck || !m_deviceCheck->canVoice ||
        (ability == protocol::MediaAbility::Video && !m_deviceCheck->canVideo)) {
        setPhase(Phase::Blocked);
        return;
    }
    m_lastAbility = ability;
    m_endReason.clear();
    m_failure.clear();
    m_lastStatistics.reset();
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_ui->muteButton),
                                    static_cast<QAbstractButton *>(m_ui->cameraButton),
                                    static_cast<QAbstractButton *>(m_ui->holdButton),
                                    static_cast<QAbstractButton *>(m_ui->keypadButton)}) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
    m_ui->keypadWidget->hide();
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
    m_endReason = reason;
    setPhase(Phase::Ended);
    updateReadiness();
}

void CallPanel::onSessionFailed(const QString &userMessage)
{
    if (m_session.state() == ClickToCallSession::State::Unavailable) {
        // The support check itself failed: no calls are offered, the chat goes on.
        m_support = ClickToCallSupport{};
        updateReadiness();
        return;
    }
    m_failure = userMessage;
    setPhase(Phase::Failed);
}

void CallPanel::onStatistics(const CallStatistics &statistics)
{
    m_lastStatistics = statistics;
    Q_EMIT statisticsUpdated(statistics);
    if (m_phase != Phase::InCall)
        return;
    QStringList problems;
    if (statistics.roundTripTimeMs > kMaxGoodRttMs)
        problems << tr("long delay (%1 ms)").arg(qRound(statistics.roundTripTimeMs));
    if (statistics.jitterMs > kMaxGoodJitterMs)
        problems << tr("uneven audio (jitter %1 ms)").arg(qRound(statistics.jitterMs));
    if (statistics.packetLossPercent > kMaxGoodLossPercent)
        problems << tr("lost audio (%1 %)").arg(statistics.packetLossPercent, 0, 'f', 1);
    QLabel *indicator = m_ui->qualityIndicator;
    const bool poor = !problems.isEmpty();
    indicator->setText(poor ? tr("⚠ Poor connection") : tr("Good connection"));
    indicator->setToolTip(
        poor ? tr("The call may sound choppy: %1.").arg(problems.join(u", "_s))
             : tr("Delay %1 ms").arg(qRound(qMax(0.0, statistics.roundTripTimeMs))));
    indicator->setAccessibleDescription(indicator->toolTip());
    indicator->setProperty("poor", poor);
    QFont font = indicator->font();
    font.setBold(poor);
    indicator->setFont(font);
}

void CallPanel::setPhase(Phase phase)
{
    const Phase previous = m_phase;
    m_phase = phase;
    if (phase != previous) {
        qCInfo(lcCallPanel) << "phase" << previous << "->" << phase;
        if (phase == Phase::Queuing || phase == Phase::InCall || phase == Phase::Requesting)
            m_phaseClock.start();
        const bool ring = phase == Phase::Queuing;
        if (ring && !m_ringback->isPlaying())
            m_ringback->start(RingbackTone::ringback());
        else if (!ring)
            m_ringback->stop();
        if (phase == Phase::InCall)
            m_ui->qualityIndicator->setText(tr("Good connection"));
    }
    const bool running = phase == Phase::Requesting || phase == Phase::Queuing ||
                         phase == Phase::Connecting || phase == Phase::InCall;
    if (running && !m_tick.isActive())
        m_tick.start();
    else if (!running)
        m_tick.stop();
    showVideo(m_lastAbility == protocol::MediaAbility::Video &&
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
    const Phase phase = m_phase;
    setVisible(phase != Phase::Hidden);
    const bool offer = (phase == Phase::Ready || phase == Phase::Ended) && m_deviceCheck &&
                       m_deviceCheck->canVoice && m_chatConnected;
    const bool inCall = phase == Phase::InCall;
    const bool video = m_lastAbility == protocol::MediaAbility::Video;
    const bool running = phase == Phase::Requesting || phase == Phase::Queuing ||
                         phase == Phase::Connecting || inCall;
    m_ui->voiceCallButton->setVisible(offer);
    m_ui->videoCallButton->setVisible(offer && m_deviceCheck->canVideo);
    m_ui->testDevicesButton->setVisible(phase == Phase::Ready || phase == Phase::Ended ||
                                        phase == Phase::Failed || phase == Phase::Blocked);
    m_ui->retryButton->setVisible(phase == Phase::Failed && m_chatConnected && m_deviceCheck &&
                                  m_deviceCheck->canVoice);
    m_ui->hangUpButton->setVisible(running);
    m_ui->hangUpButton->setText(inCall ? tr("Hang up") : tr("Cancel"));
    m_ui->hangUpButton->setAccessibleName(inCall ? tr("Hang up") : tr("Cancel the call"));
    m_ui->muteButton->setVisible(inCall);
    m_ui->cameraButton->setVisible(inCall && video);
    m_ui->holdButton->setVisible(inCall);
    m_ui->keypadButton->setVisible(inCall);
    m_ui->keypadWidget->setVisible(inCall && m_ui->keypadButton->isChecked());
    m_ui->devicesButton->setVisible((offer || running) && m_deviceCheck.has_value());
    m_ui->qualityIndicator->setVisible(inCall);
    m_ui->callTimerLabel->setVisible(phase == Phase::Queuing || inCall);

    const bool muted = m_ui->muteButton->isChecked();
    m_ui->muteButton->setText(muted ? tr("Unmute") : tr("Mute"));
    m_ui->muteButton->setAccessibleName(muted ? tr("Unmute microphone") : tr("Mute microphone"));
    const bool cameraOff = m_ui->cameraButton->isChecked();
    m_ui->cameraButton->setText(cameraOff ? tr("Camera on") : tr("Camera off"));
    m_ui->cameraButton->setAccessibleName(cameraOff ? tr("Turn camera on") : tr("Turn camera off"));
    const bool onHold = m_ui->holdButton->isChecked();
    m_ui->holdButton->setText(onHold ? tr("Resume") : tr("Hold"));
    m_ui->holdButton->setAccessibleName(onHold ? tr("Resume the call") : tr("Hold the call"));

    switch (phase) {
    case Phase::Hidden:
        setStatus({});
        break;
    case Phase::Checking:
        setStatus(tr("Checking whether you can call us…"));
        break;
    case Phase::Blocked:
        setStatus(m_deviceCheck ? deviceProblemText(*m_deviceCheck)
                                : tr("Calls are not possible on this computer."));
        break;
    case Phase::Ready:
        setStatus(tr("You can also talk to an agent by phone call."));
        break;
    case Phase::Requesting:
        setStatus(tr("Requesting a call…"));
        break;
    case Phase::Queuing:
        setStatus(tr("Waiting for an agent…"));
        break;
    case Phase::Connecting:
        setStatus(tr("Connecting…"));
        break;
    case Phase::InCall:
        setStatus(onHold ? tr("On hold") : muted ? tr("In call (muted)") : tr("In call"));
        break;
    case Phase::Ending:
        setStatus(tr("Ending the call…"));
        break;
    case Phase::Ended:
        setStatus(m_endReason.isEmpty() ? tr("The call has ended.")
                                        : tr("The call has ended: %1").arg(m_endReason));
        break;
    case Phase::Failed:
        setStatus(m_failure.isEmpty() ? tr("The call did not work.") : m_failure);
        break;
    }
    updateTimer();
}

void CallPanel::updateTimer()
{
    if (m_phase == Phase::Queuing || m_phase == Phase::InCall) {
        const QString time = elapsedText(m_phaseClock.isValid() ? m_phaseClock.elapsed() : 0);
        m_ui->callTimerLabel->setText(time);
        m_ui->callTimerLabel->setAccessibleDescription(m_phase == Phase::Queuing
                                                           ? tr("Waiting for %1").arg(time)
                                                           : tr("Call duration %1").arg(time));
    } else {
        m_ui->callTimerLabel->clear();
    }
}

QString CallPanel::elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void CallPanel::setStatus(const QString &text)
{
    m_ui->callStatusLabel->setText(text);
}

QString CallPanel::statusText() const
{
    return m_ui->callStatusLabel->text();
}

void CallPanel::showNotice(const QString &text)
{
    m_ui->callNoticeLabel->setText(text);
    m_ui->callNoticeLabel->show();
    m_noticeTimer.start(kNoticeShown);
}

QString CallPanel::deviceProblemText(const DeviceCheck &check)
{
    using Problem = DeviceCheck::Problem;
    switch (check.problem) {
    case Problem::NoSpeaker:
        return tr("To call, connect a speaker or headphones. No speaker was found.");
    case Problem::NoMicrophone:
        return tr("To call, connect a microphone or a headset. No microphone was found.");
    case Problem::PermissionDenied:
        return tr("Calls need your microphone, but using it was not allowed. Check your system's "
                  "privacy settings.");
    case Problem::DeviceError:
        return tr("Your microphone could not be opened. It may be in use by another program.");
    case Problem::WebRtcUnsupported:
        return tr("Calls are not supported on this computer.");
    case Problem::None:
        break;
    }
    return tr("Calls need a microphone and a speaker.");
}

void CallPanel::rebuildDeviceMenu()
{
    m_deviceMenu->clear();
    if (!m_deviceCheck)
        return;
    auto addKind = [this](const QString &title, const QString &name, MediaDeviceKind kind,
                          const QList<MediaDevice> &devices) {
        if (devices.isEmpty())
            return;
        QMenu *menu = m_deviceMenu->addMenu(title);
        menu->setObjectName(name);
        auto *group = new QActionGroup(menu);
        group->setExclusive(true);
        for (const MediaDevice &device : devices) {
            QAction *action =
                menu->addAction(device.label.isEmpty() ? tr("Unnamed device") : device.label);
            action->setCheckable(true);
            action->setData(device.id);
            group->addAction(action);
            // The selection is shared with the device test, where it can change too.
            if (WebEngineCallMedia *media = m_media.real())
                action->setChecked(device.id == media->selectedDevice(kind));
            connect(action, &QAction::triggered, this, [this, kind, id = device.id] {
                if (auto *media = m_media.real())
                    media->selectDevice(kind, id);
            });
        }
        if (!group->checkedAction() && !group->actions().isEmpty())
            group->actions().constFirst()->setChecked(true);
    };
    addKind(tr("Microphone"), u"microphoneMenu"_s, MediaDeviceKind::Microphone,
            m_deviceCheck->microphones);
    addKind(tr("Camera"), u"cameraMenu"_s, MediaDeviceKind::Camera, m_deviceCheck->cameras);
    addKind(tr("Speaker"), u"speakerMenu"_s, MediaDeviceKind::Speaker, m_deviceCheck->speakers);
}

void CallPanel::showVideo(bool show)
{
    WebEngineCallMedia *media = m_media.real();
    if (show && media) {
        if (!m_videoView) {
            m_videoView = new QWebEngineView(m_ui->videoContainer);
            m_videoView->setObjectName(u"callVideoView"_s);
            m_videoView->setAccessibleName(tr("Agent video and your camera"));
            m_videoView->setContextMenuPolicy(Qt::NoContextMenu);
            m_videoView->setMinimumHeight(180);
            m_ui->videoLayout->addWidget(m_videoView);
        }
        if (m_videoView->page() != &media->page())
            m_videoView->setPage(&media->page());
    }
    m_ui->videoContainer->setVisible(show && media);
}

void CallPanel::openDeviceTest()
{
    WebEngineCallMedia *media = m_media.real();
    if (!media)
        return;
    if (m_videoView)
        m_videoView->setPage(nullptr); // the dialog shows the page's camera preview
    auto *dialog = new PreCallDialog(*media, m_client, m_lastSetup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CallPanel::setMicrophoneMuted(bool muted)
{
    if (m_phase == Phase::InCall)
        m_ui->muteButton->setChecked(muted); // as if clicked: the page mutes, then reports it
}

bool CallPanel::isMicrophoneMuted() const
{
    return m_ui->muteButton->isChecked();
}

void CallPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        rebuildDeviceMenu();
        updateControls();
    }
    QFrame::changeEvent(event);
}

} // namespace cec
