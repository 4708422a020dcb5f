// The one back-off rule of the client: exponential delays with a ceiling and jitter, and a bound
// after which the caller gives up. Token renewal and chat polling both pace themselves with it.
#pragma once

#include "cec_core_export.h"

#include <chrono>
#include <functional>

namespace cec {

struct CEC_CORE_EXPORT BackoffPolicy final
{
    enum class Jitter
    {
        None,  // exactly initial * 2^(n-1), capped
        Full,  // uniform in [0, capped delay]
        Equal, // uniform in [capped delay / 2, capped delay]: never faster than half of it
    };

    std::chrono::milliseconds initial{1000};
    std::chrono::milliseconds ceiling{30000};
    Jitter jitter = Jitter::Equal;
    int giveUpAfter = 0; // failures in a row after which the caller stops (0: never)

    // The delay after the given number of failures in a row (1 = the first failure); `random`
    // yields a number in [0, 1).
    std::chrono::milliseconds delayAfter(int failures, double random) const;
    // The longest delayAfter(failures) can be, jitter aside.
    std::chrono::milliseconds cappedDelay(int failures) const;
    bool exhausted(int failures) const { return giveUpAfter > 0 && failures >= giveUpAfter; }
};

// A policy and the count of failures in a row.
class CEC_CORE_EXPORT Backoff final
{
public:
    // `random` yields numbers in [0, 1); empty: QRandomGenerator::global(). Tests inject a
    // fixed or seeded source so the delays are deterministic.
    explicit Backoff(BackoffPolicy policy = {}, std::function<double()> random = {});

    // Counts a failure and returns the pause before the next attempt.
    std::chrono::milliseconds failed();
    void reset() { m_failures = 0; }
    int failures() const { return m_failures; }
    // The bound is reached: the caller should stop trying and say so.
    bool exhausted() const { return m_policy.exhausted(m_failures); }
    const BackoffPolicy &policy() const { return m_policy; }

private:
    BackoffPolicy m_policy;
    std::function<double()> m_random;
    int m_failures = 0;
};

} // namespace cec
