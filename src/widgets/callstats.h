// Statistics of a running call, for hosts (ChatWidget::callStatistics()).
#pragma once

#include "cec_widgets_export.h"

#include <QSharedDataPointer>

namespace cec {

class CallHost;
class CallStatsData;

// One sample of a running call's statistics (about one a second while media flows), from the
// call page's WebRTC statistics. Values not known (yet) are -1.
class CEC_WIDGETS_EXPORT CallStats final
{
public:
    CallStats(); // not valid: no sample yet
    CallStats(const CallStats &other);
    CallStats(CallStats &&other) noexcept;
    CallStats &operator=(const CallStats &other);
    CallStats &operator=(CallStats &&other) noexcept;
    ~CallStats();

    bool isValid() const;
    double roundTripTimeMs() const;   // the network's round trip
    double jitterMs() const;          // of the received audio
    double packetLossPercent() const; // received packets lost over the last interval
    qint64 packetsLost() const;       // received, since the call started
    qint64 packetsReceived() const;
    qint64 bytesSent() const; // all media, since the call started
    qint64 bytesReceived() const;
    double sendBitrate() const; // bits per second over the last interval
    double receiveBitrate() const;
    double outboundAudioLevel() const; // 0..1, the microphone as sent (0 while muted)
    double inboundAudioLevel() const;  // 0..1, what the agent's side sends

private:
    friend class CallHost;
    explicit CallStats(const CallStatsData &data);
    QSharedDataPointer<CallStatsData> d;
};

} // namespace cec
