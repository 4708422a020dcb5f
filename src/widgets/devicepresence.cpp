#include "devicepresence_p.h"

#include <QAudioDevice>
#include <QCameraDevice>
#include <QMediaDevices>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

DevicePresence::Probe &probeForTesting()
{
    static DevicePresence::Probe probe;
    return probe;
}

template <typename Device> QList<MediaDevice> listed(const QList<Device> &devices)
{
    QList<MediaDevice> result;
    for (const Device &device : devices)
        result.append({QString::fromUtf8(device.id()), device.description()});
    return result;
}

} // namespace

std::optional<DeviceCheck> DevicePresence::check()
{
    if (const Probe &probe = probeForTesting())
        return probe();
    // Test environments whose browser has fake capture devices (and machines where Qt Multimedia
    // cannot see what the browser can) leave the decision to the page's own check.
    if (qEnvironmentVariable("CEC_CALL_DEVICE_CHECK") == "page"_L1)
        return std::nullopt;
    return evaluate(listed(QMediaDevices::audioInputs()), listed(QMediaDevices::audioOutputs()),
                    listed(QMediaDevices::videoInputs()));
}

std::optional<DeviceCheck> DevicePresence::evaluate(const QList<MediaDevice> &microphones,
                                                    const QList<MediaDevice> &speakers,
                                                    const QList<MediaDevice> &cameras)
{
    if (microphones.isEmpty() && speakers.isEmpty())
        return std::nullopt;
    DeviceCheck check;
    check.microphones = microphones;
    check.speakers = speakers;
    check.cameras = cameras;
    check.canVoice = !microphones.isEmpty() && !speakers.isEmpty();
    check.canVideo = check.canVoice && !cameras.isEmpty();
    if (microphones.isEmpty())
        check.problem = DeviceCheck::Problem::NoMicrophone;
    else if (speakers.isEmpty())
        check.problem = DeviceCheck::Problem::NoSpeaker;
    return check;
}

void DevicePresence::setProbeForTesting(Probe probe)
{
    probeForTesting() = std::move(probe);
}

} // namespace cec
