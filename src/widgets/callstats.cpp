#include "callstats_p.h"

namespace cec {

CallStats::CallStats()
    : d(new CallStatsData)
{}

CallStats::CallStats(const CallStatsData &data)
    : d(new CallStatsData(data))
{}

CallStats::CallStats(const CallStats &other) = default;
CallStats::CallStats(CallStats &&other) noexcept = default;
CallStats &CallStats::operator=(const CallStats &other) = default;
CallStats &CallStats::operator=(CallStats &&other) noexcept = default;
CallStats::~CallStats() = default;

bool CallStats::isValid() const
{
    return d->valid;
}

double CallStats::roundTripTimeMs() const
{
    return d->sample.roundTripTimeMs;
}

double CallStats::jitterMs() const
{
    return d->sample.jitterMs;
}

double CallStats::packetLossPercent() const
{
    return d->sample.packetLossPercent;
}

qint64 CallStats::packetsLost() const
{
    return d->sample.packetsLost;
}

qint64 CallStats::packetsReceived() const
{
    return d->sample.packetsReceived;
}

qint64 CallStats::bytesSent() const
{
    return d->sample.bytesSent;
}

qint64 CallStats::bytesReceived() const
{
    return d->sample.bytesReceived;
}

double CallStats::sendBitrate() const
{
    return d->sendBitrate;
}

double CallStats::receiveBitrate() const
{
    return d->receiveBitrate;
}

double CallStats::outboundAudioLevel() const
{
    return d->sample.outboundAudioLevel;
}

double CallStats::inboundAudioLevel() const
{
    return d->sample.inboundAudioLevel;
}

} // namespace cec
