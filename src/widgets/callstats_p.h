// What a CallStats holds: one sample, with the bit rates CallHost worked out from the previous one.
#pragma once

#include "callstats.h"

#include <QSharedData>

namespace cec {

class CallStatsData final : public QSharedData
{
public:
    bool valid = false;
    double roundTripTimeMs = -1;
    double jitterMs = -1;
    double packetLossPercent = 0;
    qint64 packetsLost = 0;
    qint64 packetsReceived = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    double sendBitrate = -1; // bits per second over the last interval
    double receiveBitrate = -1;
    double outboundAudioLevel = 0;
    double inboundAudioLevel = 0;
};

} // namespace cec
