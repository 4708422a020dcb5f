#include "mediatypes.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

QList<MediaDevice> devicesFrom(const QJsonValue &value)
{
    QList<MediaDevice> devices;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        const QString id = object.value("id"_L1).toString();
        if (!id.isEmpty())
            devices.append({id, object.value("label"_L1).toString()});
    }
    return devices;
}

DeviceCheck::Problem problemFrom(QStringView reason)
{
    using P = DeviceCheck::Problem;
    if (reason.isEmpty())
        return P::None;
    if (reason == "webrtc-unsupported"_L1)
        return P::WebRtcUnsupported;
    if (reason == "no-microphone"_L1)
        return P::NoMicrophone;
    if (reason == "no-speaker"_L1)
        return P::NoSpeaker;
    if (reason == "permission-denied"_L1)
        return P::PermissionDenied;
    return P::DeviceError;
}

qint64 count(const QJsonObject &json, QLatin1StringView key)
{
    return static_cast<qint64>(json.value(key).toDouble(0));
}

QJsonArray devicesJson(const QList<MediaDevice> &devices)
{
    QJsonArray array;
    for (const MediaDevice &device : devices)
        array.append(QJsonObject{{"id"_L1, device.id}, {"label"_L1, device.label}});
    return array;
}

constexpr std::pair<QLatin1StringView, MediaState> kStateNames[] = {
    {"idle"_L1, MediaState::Idle},
    {"starting"_L1, MediaState::Starting},
    {"connecting"_L1, MediaState::Connecting},
    {"ringing"_L1, MediaState::Ringing},
    {"established"_L1, MediaState::Established},
    {"ended"_L1, MediaState::Ended},
    {"failed"_L1, MediaState::Failed},
};

constexpr std::pair<QLatin1StringView, MediaDeviceKind> kKindNames[] = {
    {"microphone"_L1, MediaDeviceKind::Microphone},
    {"camera"_L1, MediaDeviceKind::Camera},
    {"speaker"_L1, MediaDeviceKind::Speaker},
};

} // namespace

DeviceCheck DeviceCheck::fromJson(const QJsonObject &json)
{
    DeviceCheck check;
    check.microphones = devicesFrom(json.value("microphones"_L1));
    check.cameras = devicesFrom(json.value("cameras"_L1));
    check.speakers = devicesFrom(json.value("speakers"_L1));
    check.problem = problemFrom(json.value("reason"_L1).toString());
    check.detail = json.value("detail"_L1).toString();
    // The rule is applied again here so a confused page cannot offer a call without devices.
    check.canVoice = json.value("canVoice"_L1).toBool() && check.problem == Problem::None &&
                     !check.microphones.isEmpty() && !check.speakers.isEmpty();
    check.canVideo =
        check.canVoice && json.value("canVideo"_L1).toBool() && !check.cameras.isEmpty();
    return check;
}

QJsonObject DeviceCheck::toJson() const
{
    return {
        {"microphones"_L1, devicesJson(microphones)},
        {"cameras"_L1, devicesJson(cameras)},
        {"speakers"_L1, devicesJson(speakers)},
        {"canVoice"_L1, canVoice},
        {"canVideo"_L1, canVideo},
        {"reason"_L1, toString(problem)},
        {"detail"_L1, detail},
    };
}

CallStatistics CallStatistics::fromJson(const QJsonObject &json)
{
    CallStatistics s;
    s.roundTripTimeMs = json.value("roundTripTimeMs"_L1).toDouble(-1);
    s.jitterMs = json.value("jitterMs"_L1).toDouble(-1);
    s.packetLossPercent = json.value("packetLossPercent"_L1).toDouble(0);
    s.packetsLost = count(json, "packetsLost"_L1);
    s.packetsReceived = count(json, "packetsReceived"_L1);
    s.audioBytesSent = count(json, "audioBytesSent"_L1);
    s.audioBytesReceived = count(json, "audioBytesReceived"_L1);
    s.videoBytesSent = count(json, "videoBytesSent"_L1);
    s.videoBytesReceived = count(json, "videoBytesReceived"_L1);
    s.bytesSent = s.audioBytesSent + s.videoBytesSent;
    s.bytesReceived = s.audioBytesReceived + s.videoBytesReceived;
    s.audioSamplesReceived = count(json, "audioSamplesReceived"_L1);
    s.outboundAudioLevel = json.value("outboundAudioLevel"_L1).toDouble(0);
    s.inboundAudioLevel = json.value("inboundAudioLevel"_L1).toDouble(0);
    s.outboundAudioEnergy = json.value("outboundAudioEnergy"_L1).toDouble(0);
    s.inboundAudioEnergy = json.value("inboundAudioEnergy"_L1).toDouble(0);
    s.framesSent = count(json, "framesSent"_L1);
    s.framesDecoded = count(json, "framesDecoded"_L1);
    return s;
}

QJsonObject CallStatistics::toJson() const
{
    // bytesSent and bytesReceived are sums that fromJson computes again.
    return {
        {"roundTripTimeMs"_L1, roundTripTimeMs},
        {"jitterMs"_L1, jitterMs},
        {"packetLossPercent"_L1, packetLossPercent},
        {"packetsLost"_L1, packetsLost},
        {"packetsReceived"_L1, packetsReceived},
        {"audioBytesSent"_L1, audioBytesSent},
        {"audioBytesReceived"_L1, audioBytesReceived},
        {"videoBytesSent"_L1, videoBytesSent},
        {"videoBytesReceived"_L1, videoBytesReceived},
        {"audioSamplesReceived"_L1, audioSamplesReceived},
        {"outboundAudioLevel"_L1, outboundAudioLevel},
        {"inboundAudioLevel"_L1, inboundAudioLevel},
        {"outboundAudioEnergy"_L1, outboundAudioEnergy},
        {"inboundAudioEnergy"_L1, inboundAudioEnergy},
        {"framesSent"_L1, framesSent},
        {"framesDecoded"_L1, framesDecoded},
    };
}

QString toString(MediaState state)
{
    for (const auto &[text, known] : kStateNames) {
        if (known == state)
            return text;
    }
    return u"unknown"_s;
}

std::optional<MediaState> mediaStateFromString(QStringView name)
{
    for (const auto &[text, state] : kStateNames) {
        if (name == text)
            return state;
    }
    return std::nullopt;
}

QString toString(MediaDeviceKind kind)
{
    for (const auto &[text, known] : kKindNames) {
        if (known == kind)
            return text;
    }
    return {};
}

std::optional<MediaDeviceKind> mediaDeviceKindFromString(QStringView name)
{
    for (const auto &[text, kind] : kKindNames) {
        if (name == text)
            return kind;
    }
    return std::nullopt;
}

QString toString(DeviceCheck::Problem problem)
{
    using P = DeviceCheck::Problem;
    switch (problem) {
    case P::None:
        return {};
    case P::WebRtcUnsupported:
        return u"webrtc-unsupported"_s;
    case P::NoMicrophone:
        return u"no-microphone"_s;
    case P::NoSpeaker:
        return u"no-speaker"_s;
    case P::PermissionDenied:
        return u"permission-denied"_s;
    case P::DeviceError:
        return u"device-error"_s;
    }
    return {};
}

// Causes come from JsSIP (C.causes) or from the page itself; the text ends up in the call panel.
// The context is the call page's media object, where the sentences were written (their translations
// keep it).
QString mediaOutcomeText(MediaState outcome, const QString &detail)
{
    if (outcome != MediaState::Failed) {
        if (detail == "local"_L1)
            return QCoreApplication::translate("cec::WebEngineCallMedia", "hung up");
        if (detail == "remote"_L1 || detail == "Terminated"_L1)
            return QCoreApplication::translate("cec::WebEngineCallMedia", "the other side hung up");
        if (detail == "RTP Timeout"_L1)
            return QCoreApplication::translate("cec::WebEngineCallMedia",
                                               "no audio arrived for too long");
        return QCoreApplication::translate("cec::WebEngineCallMedia", "the call ended (%1)")
            .arg(detail);
    }
    static const std::pair<QLatin1StringView, const char *> causes[] = {
        {"Connection Error"_L1,
         QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "the call server could not be reached")},
        {"Request Timeout"_L1,
         QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "the call server did not answer")},
        {"Busy"_L1, QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "all agents are busy")},
        {"Rejected"_L1, QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "the call was declined")},
        {"Unavailable"_L1, QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "no agent is available")},
        {"Not Found"_L1,
         QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "the number to call was not found")},
        {"No Answer"_L1, QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "nobody answered")},
        {"User Denied Media Access"_L1,
         QT_TRANSLATE_NOOP("cec::WebEngineCallMedia",
                           "the microphone or camera could not be used")},
        {"media-denied"_L1, QT_TRANSLATE_NOOP("cec::WebEngineCallMedia",
                                              "the microphone or camera could not be used")},
        {"no-device"_L1,
         QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "no microphone or camera was found")},
        {"WebRTC Error"_L1, QT_TRANSLATE_NOOP("cec::WebEngineCallMedia",
                                              "the audio/video connection could not be set up")},
        {"Incompatible SDP"_L1,
         QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "the audio/video formats did not match")},
        {"Canceled"_L1, QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "the call was cancelled")},
        {"page-failed"_L1,
         QT_TRANSLATE_NOOP("cec::WebEngineCallMedia", "the call component stopped working")},
        {"bad-request"_L1, QT_TRANSLATE_NOOP("cec::WebEngineCallMedia",
                                             "the call details from the service were incomplete")},
    };
    for (const auto &[cause, text] : causes) {
        if (detail == cause)
            return QCoreApplication::translate("cec::WebEngineCallMedia", text);
    }
    return QCoreApplication::translate("cec::WebEngineCallMedia", "the call failed (%1)")
        .arg(detail);
}

QString dtmfProblem(QStringView tones)
{
    static constexpr QStringView allowed = u"0123456789*#ABCDabcd,";
    for (const QChar c : tones) {
        if (!allowed.contains(c))
            return QCoreApplication::translate("cec::WebEngineCallMedia",
                                               "Only 0-9, *, #, A-D can be sent as tones.");
    }
    return {};
}

} // namespace cec
