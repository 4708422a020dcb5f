// BackoffPolicy / Backoff: doubling up to the ceiling, both jitters within their ranges, the bound.
#include "backoff.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;
using cec::Backoff;
using cec::BackoffPolicy;

TEST(Backoff, DoublesUpToTheCeilingWithoutJitter)
{
    const BackoffPolicy policy{1000ms, 5000ms, BackoffPolicy::Jitter::None, 0};
    EXPECT_EQ(policy.delayAfter(1, 0.7), 1000ms);
    EXPECT_EQ(policy.delayAfter(2, 0.7), 2000ms);
    EXPECT_EQ(policy.delayAfter(3, 0.7), 4000ms);
    EXPECT_EQ(policy.delayAfter(4, 0.7), 5000ms);
    EXPECT_EQ(policy.delayAfter(1000000, 0.7), 5000ms); // no overflow after a long outage
}

TEST(Backoff, EqualJitterStaysBetweenHalfAndAllOfTheDelay)
{
    const BackoffPolicy policy{1000ms, 8000ms, BackoffPolicy::Jitter::Equal, 0};
    EXPECT_EQ(policy.delayAfter(3, 0.0), 2000ms);
    EXPECT_EQ(policy.delayAfter(3, 0.5), 3000ms);
    EXPECT_LE(policy.delayAfter(3, 0.999999), 4000ms);
    EXPECT_GE(policy.delayAfter(3, 0.999999), 3999ms);
    EXPECT_EQ(policy.delayAfter(10, 0.0), 4000ms); // half the ceiling at least
}

TEST(Backoff, FullJitterSpansZeroToTheDelay)
{
    const BackoffPolicy policy{1000ms, 8000ms, BackoffPolicy::Jitter::Full, 0};
    EXPECT_EQ(policy.delayAfter(2, 0.0), 0ms);
    EXPECT_EQ(policy.delayAfter(2, 0.25), 500ms);
    EXPECT_EQ(policy.delayAfter(2, 7.0), 2000ms); // a bad random source is clamped
}

TEST(Backoff, CountsFailuresAndGivesUpAtTheBound)
{
    double next = 0.0;
    Backoff backoff({100ms, 1000ms, BackoffPolicy::Jitter::Equal, 3}, [&next] { return next; });
    EXPECT_FALSE(backoff.exhausted());
    EXPECT_EQ(backoff.failed(), 50ms);
    next = 1.0;
    EXPECT_EQ(backoff.failed(), 200ms);
    EXPECT_FALSE(backoff.exhausted());
    backoff.failed();
    EXPECT_EQ(backoff.failures(), 3);
    EXPECT_TRUE(backoff.exhausted());
    backoff.reset();
    EXPECT_EQ(backoff.failures(), 0);
    EXPECT_FALSE(backoff.exhausted());
}

TEST(Backoff, NoBoundMeansNeverExhausted)
{
    Backoff backoff({10ms, 20ms, BackoffPolicy::Jitter::None, 0});
    for (int i = 0; i < 100; ++i)
        backoff.failed();
    EXPECT_FALSE(backoff.exhausted());
}
