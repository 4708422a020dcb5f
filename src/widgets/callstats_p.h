// What a CallStats holds: one sample, with the bit rates CallHost worked out from the previous one.
#pragma once

#include "callpanelfactory.h"
#include "callstats.h"

#include <QSharedData>

namespace cec {

class CallStatsData final : public QSharedData
{
public:
    bool valid = false;
    CallPanelStatistics sample; // as the call panel reported it
    double sendBitrate = -1;    // bits per second over the last interval
    double receiveBitrate = -1;
};

} // namespace cec
