// The call panel's parts that decide without a page or a server: when a call may be offered
// (CallReadiness) and how the call clock reads (CallClock). The panel's behaviour as a whole is
// tested against the simulator in test_callpanel.cpp.
#include "callclock_p.h"
#include "callreadiness_p.h"

#include <gtest/gtest.h>

using namespace cec;
using namespace Qt::StringLiterals;
using Phase = CallPanel::Phase;

namespace {

ClickToCallSupport offered()
{
    ClickToCallSupport support;
    support.webRtcSupported = true;
    support.clickToCallSupported = true;
    return support;
}

DeviceCheck devices(bool canVoice, bool canVideo)
{
    DeviceCheck check;
    check.canVoice = canVoice;
    check.canVideo = canVideo;
    return check;
}

CallReadiness connectedAndOffered()
{
    CallReadiness readiness;
    readiness.setChatConnected(true);
    readiness.setSupport(offered());
    return readiness;
}

} // namespace

TEST(CallReadinessTest, NothingIsShownUntilTheChatIsConnectedAndTheTenantOffersCalls)
{
    CallReadiness readiness;
    readiness.setDeviceCheck(devices(true, true));
    EXPECT_EQ(readiness.next(Phase::Hidden), Phase::Hidden);
    readiness.setChatConnected(true);
    EXPECT_EQ(readiness.next(Phase::Hidden), Phase::Hidden); // the tenant has not answered
    readiness.setSupport(ClickToCallSupport{});
    EXPECT_EQ(readiness.next(Phase::Hidden), Phase::Hidden); // chat-only tenant
    readiness.setSupport(offered());
    EXPECT_EQ(readiness.next(Phase::Hidden), Phase::Ready);
    readiness.setChatConnected(false);
    EXPECT_EQ(readiness.next(Phase::Ready), Phase::Hidden);
    EXPECT_FALSE(readiness.canOffer());
}

TEST(CallReadinessTest, DevicesDecideBetweenCheckingBlockedAndReady)
{
    CallReadiness readiness = connectedAndOffered();
    EXPECT_EQ(readiness.next(Phase::Hidden), Phase::Checking);
    readiness.setDeviceCheck(devices(false, false));
    EXPECT_EQ(readiness.next(Phase::Checking), Phase::Blocked);
    EXPECT_FALSE(readiness.canOffer());
    EXPECT_FALSE(readiness.canStart(protocol::MediaAbility::Voice));
    readiness.setDeviceCheck(devices(true, false));
    EXPECT_EQ(readiness.next(Phase::Blocked), Phase::Ready);
    EXPECT_TRUE(readiness.canOffer());
    EXPECT_FALSE(readiness.canOfferVideo());
    EXPECT_TRUE(readiness.canStart(protocol::MediaAbility::Voice));
    EXPECT_FALSE(readiness.canStart(protocol::MediaAbility::Video));
    readiness.setDeviceCheck(devices(true, true));
    EXPECT_TRUE(readiness.canOfferVideo());
    EXPECT_TRUE(readiness.canStart(protocol::MediaAbility::Video));
}

TEST(CallReadinessTest, TheOutcomeOfACallStaysOnScreenAndARunningCallIsNotChanged)
{
    CallReadiness readiness = connectedAndOffered();
    readiness.setDeviceCheck(devices(true, true));
    EXPECT_EQ(readiness.next(Phase::Ended), Phase::Ended);
    EXPECT_EQ(readiness.next(Phase::Failed), Phase::Failed);
    for (Phase running :
         {Phase::Requesting, Phase::Queuing, Phase::Connecting, Phase::InCall, Phase::Ending})
        EXPECT_EQ(readiness.next(running), std::nullopt) << int(running);
    readiness.setDeviceCheck(devices(false, false)); // the microphone was unplugged after the call
    EXPECT_EQ(readiness.next(Phase::Ended), Phase::Blocked);
}

TEST(CallReadinessTest, ARecheckBeforeTheDevicesAnswerKeepsTheButtons)
{
    CallReadiness readiness = connectedAndOffered(); // a reconnect: no device answer yet
    EXPECT_EQ(readiness.next(Phase::Ready), Phase::Ready);
    EXPECT_EQ(readiness.next(Phase::Ended), Phase::Ended);
    EXPECT_EQ(readiness.next(Phase::Blocked), Phase::Checking);
}

TEST(CallClockTest, ElapsedTimeReadsAsMinutesAndSecondsThenHours)
{
    EXPECT_EQ(CallClock::elapsedText(0), u"0:00"_s);
    EXPECT_EQ(CallClock::elapsedText(59'999), u"0:59"_s);
    EXPECT_EQ(CallClock::elapsedText(61'000), u"1:01"_s);
    EXPECT_EQ(CallClock::elapsedText(3'599'000), u"59:59"_s);
    EXPECT_EQ(CallClock::elapsedText(3'600'000), u"1:00:00"_s);
    EXPECT_EQ(CallClock::elapsedText(3'723'000), u"1:02:03"_s);
}
