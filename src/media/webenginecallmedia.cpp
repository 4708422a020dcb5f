#include "webenginecallmedia.h"

#include "callbridge.h"
#include "callpage.h"
#include "gatewayaddresses.h"
#include "medialogging.h"

#include <QTimer>

namespace cec {

using namespace Qt::StringLiterals;

namespace {
// After hangUp() the page normally reports "ended" within milliseconds (BYE or CANCEL sent); if the
// gateway is gone it may never answer, and the session still has to end.
constexpr int hangUpGraceMs = 3000;

int indexOf(MediaDeviceKind kind)
{
    return static_cast<int>(kind);
}
} // namespace

WebEngineCallMedia::WebEngineCallMedia(QWebEngineProfile *profile, QObject *parent)
    : BrowserCallMedia(parent)
    , m_page(new CallPage(profile, this))
{
    qRegisterMetaType<cec::DeviceCheck>();
    qRegisterMetaType<cec::CallStatistics>();
    qRegisterMetaType<cec::MediaState>();
    qRegisterMetaType<cec::MediaDeviceKind>();

    CallBridge &bridge = m_page->bridge();
    connect(m_page, &CallPage::bridgeConnected, this, &WebEngineCallMedia::onBridgeConnected);
    connect(m_page, &CallPage::loadFailed, this, [this] {
        m_pending.clear();
        onError(u"page-failed"_s, u"the call page could not be loaded or stopped"_s);
        onStateReported(MediaState::Failed, u"page-failed"_s);
    });
    connect(&bridge, &CallBridge::devicesChecked, this, [this](const DeviceCheck &check) {
        m_lastCheck = check;
        Q_EMIT devicesChecked(check);
    });
    connect(&bridge, &CallBridge::stateReported, this, &WebEngineCallMedia::onStateReported);
    connect(&bridge, &CallBridge::errorReported, this, &WebEngineCallMedia::onError);
    connect(&bridge, &CallBridge::statisticsReported, this, &WebEngineCallMedia::statisticsUpdated);
    connect(&bridge, &CallBridge::mutedReported, this, &WebEngineCallMedia::mutedChanged);
    connect(&bridge, &CallBridge::cameraEnabledReported, this,
            &WebEngineCallMedia::cameraEnabledChanged);
    connect(&bridge, &CallBridge::holdReported, this, &WebEngineCallMedia::holdChanged);
    connect(&bridge, &CallBridge::dtmfSent, this, &WebEngineCallMedia::dtmfSent);
    connect(&bridge, &CallBridge::hangUpDone, this, &WebEngineCallMedia::finishHangUp);
    connect(&bridge, &CallBridge::deviceSelected, this,
            [this](MediaDeviceKind kind, const QString &deviceId) {
                m_selected[indexOf(kind)] = deviceId;
                Q_EMIT deviceSelected(kind, deviceId);
            });
    connect(&bridge, &CallBridge::deviceLost, this,
            [this](MediaDeviceKind kind, const QString &lostId, const QString &fallbackId) {
                qCWarning(lcMedia) << toString(kind) << "lost during the call; using"
                                   << (fallbackId.isEmpty() ? u"the default"_s : fallbackId);
                m_selected[indexOf(kind)] = fallbackId;
                Q_EMIT deviceLost(kind, lostId, fallbackId);
            });
    connect(&bridge, &CallBridge::deviceTestStarted, this, &WebEngineCallMedia::deviceTestStarted);
    connect(&bridge, &CallBridge::deviceTestLevel, this, &WebEngineCallMedia::deviceTestLevel);
    connect(&bridge, &CallBridge::deviceTestVideo, this, &WebEngineCallMedia::deviceTestVideoShown);
    connect(&bridge, &CallBridge::deviceTestFailed, this,
            [this](MediaDeviceKind kind, const QString &reason) {
                qCInfo(lcMedia) << "device test:" << toString(kind) << "failed:" << reason;
                Q_EMIT deviceTestFailed(kind, reason);
            });
    connect(&bridge, &CallBridge::testSoundPlayed, this, &WebEngineCallMedia::testSoundPlayed);
}

WebEngineCallMedia::~WebEngineCallMedia() = default;

void WebEngineCallMedia::prepare()
{
    m_page->load();
}

bool WebEngineCallMedia::isReady() const
{
    return m_page->isBridgeConnected();
}

void WebEngineCallMedia::whenReady(std::function<void()> action)
{
    if (isReady()) {
        action();
        return;
    }
    m_pending.push_back(std::move(action));
    prepare();
}

void WebEngineCallMedia::onBridgeConnected()
{
    qCInfo(lcMedia) << "call page ready";
    Q_EMIT ready();
    auto pending = std::exchange(m_pending, {});
    for (auto &action : pending)
        action();
}

void WebEngineCallMedia::checkDevices()
{
    whenReady([this] { Q_EMIT m_page->bridge().checkDevicesRequested(); });
}

void WebEngineCallMedia::start(const CallSetup &setup, protocol::MediaAbility ability)
{
    if (m_callActive) {
        qCWarning(lcMedia) << "start() during a call ignored";
        return;
    }
    m_callActive = true;
    ++m_callNumber;
    // A second line behind ClickToCallSession's: the same rule (wss:, or ws: to loopback only).
    // With nothing left the page answers "bad-request" and the call fails.
    CallSetup checked = setup;
    const GatewayAddressSelection gateways = selectGatewayAddresses(setup.gatewayAddresses);
    for (const QString &refusal : gateways.refusals)
        qCWarning(lcMedia).noquote() << "gateway address refused:" << refusal;
    checked.gatewayAddresses = gateways.accepted;
    qCInfo(lcMedia) << "starting a"
                    << (ability == protocol::MediaAbility::Video ? "video" : "voice") << "call via"
                    << checked.gatewayAddresses.size() << "gateway address(es)";
    m_page->setAllowedGateways(checked.gatewayAddresses);
    setState(MediaState::Starting);
    whenReady([this, setup = std::move(checked), ability] {
        m_page->bridge().requestStart(setup, ability == protocol::MediaAbility::Video,
                                      m_selected[indexOf(MediaDeviceKind::Microphone)],
                                      m_selected[indexOf(MediaDeviceKind::Camera)],
                                      m_selected[indexOf(MediaDeviceKind::Speaker)]);
    });
}

void WebEngineCallMedia::hangUp()
{
    if (!m_callActive) {
        Q_EMIT outcomeReported(MediaState::Ended, u"local"_s);
        Q_EMIT ended(mediaOutcomeText(MediaState::Ended, u"local"_s));
        Q_EMIT hangUpFinished();
        return;
    }
    if (!isReady()) {
        // The start request never reached the page: nothing to tear down.
        m_pending.clear();
        onStateReported(MediaState::Ended, u"local"_s);
        Q_EMIT hangUpFinished();
        return;
    }
    m_hangUpPending = true;
    Q_EMIT m_page->bridge().hangUpRequested();
    QTimer::singleShot(hangUpGraceMs, this, [this, call = m_callNumber] {
        if (m_callNumber != call)
            return;
        if (m_callActive) {
            qCWarning(lcMedia) << "the page did not confirm the hang-up; ending the call anyway";
            onStateReported(MediaState::Ended, u"local"_s);
        }
        if (m_hangUpPending) {
            qCWarning(lcMedia) << "the BYE/CANCEL was not answered in time";
            finishHangUp();
        }
    });
}

void WebEngineCallMedia::finishHangUp()
{
    if (!m_hangUpPending)
        return;
    m_hangUpPending = false;
    qCInfo(lcMedia) << "hang-up finished";
    Q_EMIT hangUpFinished();
}

void WebEngineCallMedia::setMuted(bool muted)
{
    whenReady([this, muted] { Q_EMIT m_page->bridge().muteRequested(muted); });
}

void WebEngineCallMedia::setCameraEnabled(bool enabled)
{
    whenReady([this, enabled] { Q_EMIT m_page->bridge().cameraEnabledRequested(enabled); });
}

void WebEngineCallMedia::setOnHold(bool onHold)
{
    whenReady([this, onHold] { Q_EMIT m_page->bridge().holdRequested(onHold); });
}

void WebEngineCallMedia::sendDtmf(const QString &tones)
{
    if (const QString problem = dtmfProblem(tones); !problem.isEmpty()) {
        qCWarning(lcMedia) << "DTMF tones rejected:" << tones;
        Q_EMIT errorOccurred(u"dtmf-invalid"_s, problem);
        return;
    }
    whenReady([this, tones] { Q_EMIT m_page->bridge().dtmfRequested(tones.toUpper()); });
}

void WebEngineCallMedia::selectDevice(MediaDeviceKind kind, const QString &deviceId)
{
    m_selected[indexOf(kind)] = deviceId;
    whenReady([this, kind, deviceId] { m_page->bridge().requestDevice(kind, deviceId); });
}

QString WebEngineCallMedia::selectedDevice(MediaDeviceKind kind) const
{
    return m_selected[indexOf(kind)];
}

void WebEngineCallMedia::startDeviceTest(bool video)
{
    whenReady([this, video] {
        m_page->bridge().requestDeviceTest(m_selected[indexOf(MediaDeviceKind::Microphone)],
                                           m_selected[indexOf(MediaDeviceKind::Camera)], video);
    });
}

void WebEngineCallMedia::stopDeviceTest()
{
    // Queued behind a start that is still waiting for the page, so the page never keeps capturing.
    whenReady([this] { Q_EMIT m_page->bridge().deviceTestStopRequested(); });
}

void WebEngineCallMedia::playTestSound()
{
    whenReady([this] {
        m_page->bridge().requestTestSound(m_selected[indexOf(MediaDeviceKind::Speaker)]);
    });
}

void WebEngineCallMedia::setState(MediaState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void WebEngineCallMedia::onStateReported(MediaState state, const QString &detail)
{
    qCInfo(lcMedia) << "media state" << toString(state) << detail;
    const bool wasActive = m_callActive;
    if (state == MediaState::Ended || state == MediaState::Failed)
        m_callActive = false;
    setState(state);
    if (!wasActive)
        return;
    switch (state) {
    case MediaState::Established:
        Q_EMIT established();
        break;
    case MediaState::Ended:
    case MediaState::Failed:
        Q_EMIT outcomeReported(state, detail);
        if (state == MediaState::Ended)
            Q_EMIT ended(mediaOutcomeText(state, detail));
        else
            Q_EMIT failed(mediaOutcomeText(state, detail));
        break;
    default:
        break;
    }
}

void WebEngineCallMedia::onError(const QString &code, const QString &message)
{
    qCWarning(lcMedia) << "call page error" << code << message;
    Q_EMIT errorOccurred(code, message);
}

} // namespace cec
