#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace cec {

std::chrono::milliseconds BackoffPolicy::cappedDelay(int failures) const
{
    const auto top = std::max(ceiling, initial);
    auto delay = initial;
    // Doubling stops at the ceiling, so a long outage cannot overflow the count.
    for (int i = 1; i < failures && delay < top; ++i)
        delay *= 2;
    return std::min(delay, top);
}

std::chrono::milliseconds BackoffPolicy::delayAfter(int failures, double random) const
{
    const auto capped = cappedDelay(failures);
    const double unit = std::clamp(random, 0.0, 1.0);
    switch (jitter) {
    case Jitter::None:
        return capped;
    case Jitter::Full:
        return std::chrono::milliseconds(qint64(double(capped.count()) * unit));
    case Jitter::Equal: {
        const qint64 half = capped.count() / 2;
        return std::chrono::milliseconds(half + qint64(double(capped.count() - half) * unit));
    }
    }
    return capped;
}

Backoff::Backoff(BackoffPolicy policy, std::function<double()> random)
    : m_policy(policy)
    , m_random(std::move(random))
{}

std::chrono::milliseconds Backoff::failed()
{
    ++m_failures;
    const double random = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    return m_policy.delayAfter(m_failures, random);
}

} // namespace cec
