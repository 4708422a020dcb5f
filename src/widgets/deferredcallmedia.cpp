#include "deferredcallmedia_p.h"

#include "callpanel_p.h"
#include "pluginloader_p.h"
#include "remotecallmedia.h"

#include <QDir>

#include <algorithm>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

constexpr MediaDeviceKind kinds[] = {MediaDeviceKind::Microphone, MediaDeviceKind::Camera,
                                     MediaDeviceKind::Speaker};

const QList<MediaDevice> &listOf(const DeviceCheck &check, MediaDeviceKind kind)
{
    switch (kind) {
    case MediaDeviceKind::Microphone:
        return check.microphones;
    case MediaDeviceKind::Camera:
        return check.cameras;
    case MediaDeviceKind::Speaker:
        break;
    }
    return check.speakers;
}

} // namespace

DeferredCallMedia::DeferredCallMedia(QString hostProgram, QObject *parent)
    : CallMedia(parent)
    , m_hostProgram(std::move(hostProgram))
{
    connect(this, &CallMedia::ended, this, [this] { m_callActive = false; });
    connect(this, &CallMedia::failed, this, [this] { m_callActive = false; });
    connect(this, &CallMedia::hangUpFinished, this, [this] { m_hangingUp = false; });
}

DeferredCallMedia::~DeferredCallMedia() = default;

QString DeferredCallMedia::defaultHostProgram()
{
    if (QString fromEnvironment = qEnvironmentVariable("CEC_CALL_HOST"); !fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString here =
        libraryDirectory(reinterpret_cast<const void *>(&DeferredCallMedia::defaultHostProgram));
    return here.isEmpty() ? u"cec-call-host"_s : QDir(here).filePath(u"cec-call-host"_s);
}

RemoteCallMedia &DeferredCallMedia::create()
{
    if (m_real)
        return *m_real;
    qCInfo(lcCallPanel) << "the customer may call: creating the call page";
    m_real = new RemoteCallMedia(m_hostProgram, this);
    connect(m_real, &CallMedia::established, this, &CallMedia::established);
    connect(m_real, &CallMedia::ended, this, &CallMedia::ended);
    connect(m_real, &CallMedia::failed, this, &CallMedia::failed);
    connect(m_real, &CallMedia::hangUpFinished, this, &CallMedia::hangUpFinished);
    connect(m_real, &RemoteCallMedia::hostExited, this, [this] {
        // Its device check will never come: a start waiting for it fails now.
        if (std::exchange(m_pendingStart, std::nullopt))
            Q_EMIT failed(mediaOutcomeText(MediaState::Failed, u"page-failed"_s));
    });
    Q_EMIT created(m_real);
    // After the panel's own connection: it takes the check in before a refused start fails.
    connect(m_real, &RemoteCallMedia::devicesChecked, this, [this](const DeviceCheck &check) {
        restoreChoices(check);
        startWhenChecked();
    });
    m_real->prepare();
    m_real->checkDevices();
    return *m_real;
}

void DeferredCallMedia::release()
{
    if (!m_real || busy())
        return;
    qCInfo(lcCallPanel) << "no call for a while: releasing the call page";
    // The customer's device choices outlive the page. By name: a new page has a new
    // off-the-record profile, and with it new device ids.
    if (const std::optional<DeviceCheck> check = m_real->lastDeviceCheck()) {
        for (const MediaDeviceKind kind : kinds) {
            const QString id = m_real->selectedDevice(kind);
            const QList<MediaDevice> &devices = listOf(*check, kind);
            const auto found = std::find_if(devices.begin(), devices.end(),
                                            [&](const MediaDevice &d) { return d.id == id; });
            m_chosenLabels[int(kind)] =
                !id.isEmpty() && found != devices.end() ? found->label : QString();
        }
    }
    // Not from one of the page's own signals: the panel releases from a timer.
    delete std::exchange(m_real, nullptr);
    Q_EMIT released();
}

void DeferredCallMedia::restoreChoices(const DeviceCheck &check)
{
    for (const MediaDeviceKind kind : kinds) {
        const QString label = std::exchange(m_chosenLabels[int(kind)], QString());
        if (label.isEmpty())
            continue;
        const QList<MediaDevice> &devices = listOf(check, kind);
        const auto found = std::find_if(devices.begin(), devices.end(),
                                        [&](const MediaDevice &d) { return d.label == label; });
        if (found != devices.end())
            m_real->selectDevice(kind, found->id);
    }
}

void DeferredCallMedia::start(const CallSetup &setup, protocol::MediaAbility ability)
{
    m_callActive = true;
    m_pendingStart.emplace(setup, ability);
    create();
    startWhenChecked();
}

void DeferredCallMedia::startWhenChecked()
{
    const std::optional<DeviceCheck> check = m_real ? m_real->lastDeviceCheck() : std::nullopt;
    if (!m_pendingStart || !check)
        return;
    const auto [setup, ability] = *std::exchange(m_pendingStart, std::nullopt);
    if (!check->canVoice || (ability == protocol::MediaAbility::Video && !check->canVideo)) {
        qCInfo(lcCallPanel) << "the call page's device check does not allow the call:"
                            << toString(check->problem);
        // Voice refusals turn the panel to Blocked with the device's own text; only a missing
        // camera for a video call is told here.
        Q_EMIT failed(check->problem == DeviceCheck::Problem::None ? tr("no camera was found")
                                                                   : toString(check->problem));
        return;
    }
    m_real->start(setup, ability);
}

void DeferredCallMedia::hangUp()
{
    m_hangingUp = true;
    if (m_pendingStart) {
        // The page was still checking the devices: nothing was opened or sent.
        m_pendingStart.reset();
        Q_EMIT ended(tr("hung up"));
        Q_EMIT hangUpFinished();
    } else if (m_real) {
        m_real->hangUp();
    } else {
        Q_EMIT ended(tr("hung up"));
        Q_EMIT hangUpFinished();
    }
}

} // namespace cec
