// Value types the media layer reports: the device check, call statistics and media states. In core
// (QtCore only) because they cross from the call host process (src/media/host) to the app, which
// never maps Qt WebEngine itself (docs/architecture.md, "The call host process").
#pragma once

#include "cec_core_export.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace cec {

struct CEC_CORE_EXPORT MediaDevice final
{
    QString id;    // the page's deviceId (stable per origin); "default" is the system default
    QString label; // human-readable name, empty only when the page had no capture permission
    friend bool operator==(const MediaDevice &, const MediaDevice &) = default;
};

enum class MediaDeviceKind
{
    Microphone,
    Camera,
    Speaker
};

// The seed's rule: a microphone AND a speaker are needed for any call; a camera only for video
// (docs/cec-api.md §4.1).
struct CEC_CORE_EXPORT DeviceCheck final
{
    enum class Problem
    {
        None,              // voice (and video when canVideo) can be offered
        WebRtcUnsupported, // no getUserMedia / RTCPeerConnection in the page
        NoMicrophone,
        NoSpeaker,
        PermissionDenied, // capture was refused (by the page's permission policy or the system)
        DeviceError, // a device exists but could not be opened (busy, unplugged during the probe)
    };

    QList<MediaDevice> microphones;
    QList<MediaDevice> cameras;
    QList<MediaDevice> speakers;
    bool canVoice = false;
    bool canVideo = false;
    Problem problem = Problem::None;
    QString detail; // the browser's error name/message, for logs

    // Parses the page's report ({microphones, cameras, speakers: [{id,label}], canVoice, canVideo,
    // reason, detail}); anything missing or mistyped counts as absent.
    static DeviceCheck fromJson(const QJsonObject &json);
    QJsonObject toJson() const; // the same shape, so fromJson(toJson()) keeps everything
};

// One sample per second from RTCPeerConnection.getStats(); counters are totals since the call
// started, rates and levels describe the last second. Unknown values are -1.
struct CEC_CORE_EXPORT CallStatistics final
{
    double roundTripTimeMs = -1;  // selected ICE candidate pair
    double jitterMs = -1;         // inbound audio
    double packetLossPercent = 0; // inbound audio+video, over the last interval
    qint64 packetsLost = 0;       // inbound, total
    qint64 packetsReceived = 0;
    qint64 bytesSent = 0; // all RTP streams
    qint64 bytesReceived = 0;
    qint64 audioBytesSent = 0;
    qint64 audioBytesReceived = 0;
    qint64 videoBytesSent = 0;
    qint64 videoBytesReceived = 0;
    qint64 audioSamplesReceived = 0; // decoded (only when the remote audio is played)
    double outboundAudioLevel = 0;   // 0..1, the microphone as sent (0 when muted)
    double inboundAudioLevel = 0;    // 0..1, what the remote side sends
    // totalAudioEnergy (sum of level^2 x seconds): grows only while there is sound, so a change
    // over an interval says "sound was sent/received" without sampling the level at the right
    // moment.
    double outboundAudioEnergy = 0;
    double inboundAudioEnergy = 0;
    qint64 framesSent = 0;
    qint64 framesDecoded = 0;

    static CallStatistics fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
};

// The SIP/media session as the page sees it.
enum class MediaState
{
    Idle,        // no call
    Starting,    // opening the microphone/camera
    Connecting,  // connecting to the gateway, INVITE sent
    Ringing,     // provisional response from the far end
    Established, // answered and confirmed (ACK), media flowing
    Ended,       // BYE sent or received
    Failed,      // the call could not be set up, or the page failed
};

CEC_CORE_EXPORT QString toString(MediaState state);
// The sentence for the call panel when a call ends (Ended) or fails (Failed) with the page's cause
// (JsSIP's C.causes, "local", "remote" or one of the page's own codes).
CEC_CORE_EXPORT QString mediaOutcomeText(MediaState outcome, const QString &detail);
// Empty when the tones can be sent (0-9, *, #, A-D and ',' for a pause), else the sentence saying
// so.
CEC_CORE_EXPORT QString dtmfProblem(QStringView tones);
CEC_CORE_EXPORT std::optional<MediaState> mediaStateFromString(QStringView name);
// "microphone", "camera", "speaker": the names the page and the call host use.
CEC_CORE_EXPORT QString toString(MediaDeviceKind kind);
CEC_CORE_EXPORT std::optional<MediaDeviceKind> mediaDeviceKindFromString(QStringView name);
CEC_CORE_EXPORT QString toString(DeviceCheck::Problem problem);

} // namespace cec

Q_DECLARE_METATYPE(cec::MediaDevice)
Q_DECLARE_METATYPE(cec::DeviceCheck)
Q_DECLARE_METATYPE(cec::CallStatistics)
