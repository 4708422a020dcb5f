// Real calls: the customer page (WebEngineCallMedia) calls a JsSIP agent page through a SIP-over-
// WebSocket relay on 127.0.0.1, inside a loopback-only network namespace. Media flows both ways.
#include "agentpeer.h"
#include "callpage.h"
#include "siprelay.h"
#include "waitfor.h"
#include "webenginecallmedia.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using cec::CallStatistics;
using cec::MediaState;
using cec::test::waitFor;

namespace {

class LoopbackCallTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(relay.listen());
        ASSERT_TRUE(agent.connectTo(relay.agentUrl()))
            << "the agent page did not connect to the relay";
        QObject::connect(&media, &cec::WebEngineCallMedia::statisticsUpdated,
                         [this](const CallStatistics &s) {
                             latest = s;
                             ++samples;
                         });
    }

    void TearDown() override
    {
        if (media.state() != MediaState::Ended && media.state() != MediaState::Failed &&
            media.state() != MediaState::Idle) {
            media.hangUp();
            waitFor([&] { return media.state() == MediaState::Ended; });
        }
    }

    cec::CallSetup setup() const
    {
        return {
            u"cec-sim.local"_s, {relay.customerUrl()}, u"179080000537636"_s, u"AnonymousCard"_s};
    }

    // Starts a call and waits until it is established; returns the milliseconds it took.
    qint64 call(cec::protocol::MediaAbility ability)
    {
        QSignalSpy established(&media, &cec::CallMedia::established);
        QSignalSpy failed(&media, &cec::CallMedia::failed);
        QElapsedTimer timer;
        timer.start();
        media.start(setup(), ability);
        const bool ok = waitFor([&] { return established.count() > 0 || failed.count() > 0; });
        EXPECT_TRUE(ok) << "no established() or failed() within 20 s";
        EXPECT_EQ(failed.count(), 0)
            << (failed.isEmpty() ? "" : failed.at(0).at(0).toString().toStdString());
        EXPECT_EQ(established.count(), 1);
        return timer.elapsed();
    }

    qint64 agentStat(const char *name)
    {
        return agent.stats().value(QString::fromLatin1(name)).toLongLong();
    }
    double agentEnergy() { return agent.stats().value(u"inboundAudioEnergy"_s).toDouble(); }

    cec::test::SipRelay relay;
    cec::test::AgentPeer agent;
    cec::WebEngineCallMedia media;
    CallStatistics latest;
    int samples = 0;
};

TEST_F(LoopbackCallTest, VoiceCallCarriesAudioBothWays)
{
    const qint64 setupMs = call(cec::protocol::MediaAbility::Voice);
    ASSERT_EQ(media.state(), MediaState::Established);
    std::cout << "[ measure  ] voice call established in " << setupMs << " ms\n";

    ASSERT_TRUE(waitFor([&] {
        return latest.audioBytesReceived > 2000 && latest.audioSamplesReceived > 0 &&
               latest.audioBytesSent > 2000;
    })) << "customer: sent "
        << latest.audioBytesSent << " B, received " << latest.audioBytesReceived << " B, decoded "
        << latest.audioSamplesReceived << " samples";
    ASSERT_TRUE(waitFor([&] {
        return agentStat("audioBytesReceived") > 2000 && agentStat("samplesReceived") > 0;
    })) << "agent received "
        << agentStat("audioBytesReceived") << " B";
    EXPECT_EQ(latest.videoBytesSent, 0);
    EXPECT_GE(latest.roundTripTimeMs, 0.0);
    EXPECT_GE(latest.jitterMs, 0.0);
    EXPECT_GE(samples, 1);
    EXPECT_TRUE(relay.sawRequest(u"INVITE"_s));
    EXPECT_TRUE(relay.sawRequest(u"ACK"_s));
}

TEST_F(LoopbackCallTest, VideoCallCarriesVideoBothWays)
{
    call(cec::protocol::MediaAbility::Video);
    ASSERT_TRUE(waitFor([&] { return latest.framesDecoded > 10 && latest.framesSent > 10; }))
        << "customer decoded " << latest.framesDecoded << " frames, sent " << latest.framesSent;
    ASSERT_TRUE(waitFor([&] { return agentStat("framesDecoded") > 10; }))
        << "agent decoded " << agentStat("framesDecoded") << " frames";
    EXPECT_GT(latest.videoBytesReceived, 10000);
    EXPECT_GT(latest.audioSamplesReceived, 0);
    // The local preview and the remote video are shown.
    EXPECT_TRUE(cec::test::evaluateIn(
                    media.page(),
                    u"document.getElementById('localVideo').classList.contains('active') && "
                    "document.getElementById('remoteVideo').classList.contains('active')"_s)
                    .toBool());
}

TEST_F(LoopbackCallTest, MuteSilencesTheOutboundAudio)
{
    call(cec::protocol::MediaAbility::Voice);
    // The fake microphone beeps: over two seconds some energy is sent and reaches the agent.
    ASSERT_TRUE(waitFor([&] { return samples >= 2; }));
    double sentBefore = latest.outboundAudioEnergy;
    double heardBefore = agentEnergy();
    ASSERT_TRUE(waitFor([&] {
        return latest.outboundAudioEnergy > sentBefore && agentEnergy() > heardBefore;
    })) << "no sound before muting (sent energy "
        << latest.outboundAudioEnergy << ")";

    QSignalSpy muted(&media, &cec::WebEngineCallMedia::mutedChanged);
    media.setMuted(true);
    ASSERT_TRUE(waitFor([&] { return muted.count() == 1; }));
    EXPECT_TRUE(muted.at(0).at(0).toBool());
    // Counted in statistics reports, not seconds: audio already on its way still arrives, so
    // first wait until three reports in a row show no new energy on either side, then check
    // that three more show none either, while RTP keeps flowing.
    const auto noNewEnergyFor = [&](int reports) {
        int quiet = 0;
        int seenSample = samples;
        double sent = latest.outboundAudioEnergy;
        double heard = agentEnergy();
        return waitFor([&] {
            if (samples == seenSample)
                return false;
            seenSample = samples;
            const double heardNow = agentEnergy();
            const bool silent = latest.outboundAudioEnergy - sent < 1e-6 && heardNow - heard < 1e-6;
            quiet = silent ? quiet + 1 : 0;
            sent = latest.outboundAudioEnergy;
            heard = heardNow;
            return quiet >= reports;
        });
    };
    ASSERT_TRUE(noNewEnergyFor(3)) << "the muted microphone still has a level (sent energy "
                                   << latest.outboundAudioEnergy << ")";
    sentBefore = latest.outboundAudioEnergy;
    heardBefore = agentEnergy();
    const qint64 bytesBefore = latest.audioBytesSent;
    const int samplesBefore = samples;
    ASSERT_TRUE(waitFor([&] { return samples >= samplesBefore + 3; }));
    EXPECT_LT(latest.outboundAudioEnergy - sentBefore, 1e-6)
        << "the muted microphone still has a level";
    EXPECT_LT(agentEnergy() - heardBefore, 1e-6) << "the agent still hears the customer";
    EXPECT_LT(latest.outboundAudioLevel, 0.001);
    EXPECT_GT(latest.audioBytesSent, bytesBefore) << "muting must not stop RTP (comfort silence)";

    media.setMuted(false);
    heardBefore = agentEnergy();
    EXPECT_TRUE(waitFor([&] { return agentEnergy() > heardBefore; })) << "no sound after unmuting";
}

TEST_F(LoopbackCallTest, HangUpEndsTheSipSessionWithBye)
{
    call(cec::protocol::MediaAbility::Voice);
    QSignalSpy ended(&media, &cec::CallMedia::ended);
    media.hangUp();
    ASSERT_TRUE(waitFor([&] { return ended.count() == 1; }));
    EXPECT_EQ(media.state(), MediaState::Ended);
    EXPECT_TRUE(waitFor([&] { return relay.sawRequest(u"BYE"_s); }));
    EXPECT_TRUE(waitFor([&] { return agent.state().startsWith(u"ended:remote"_s); }))
        << agent.state().toStdString();
    // The page let go of the microphone.
    EXPECT_TRUE(cec::test::evaluateIn(media.page(), u"cecCall.localStream() === null"_s).toBool());
}

TEST_F(LoopbackCallTest, HangUpWhileRingingCancels)
{
    QSignalSpy ended(&media, &cec::CallMedia::ended);
    agent.evaluate(u"agent.answerDelayMs = 100000"_s);
    media.start(setup(), cec::protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([&] { return relay.sawRequest(u"INVITE"_s); }));
    media.hangUp();
    ASSERT_TRUE(waitFor([&] { return ended.count() == 1; }));
    EXPECT_TRUE(waitFor([&] { return relay.sawRequest(u"CANCEL"_s); }));
}

TEST_F(LoopbackCallTest, AgentHangUpEndsTheCall)
{
    call(cec::protocol::MediaAbility::Voice);
    QSignalSpy ended(&media, &cec::CallMedia::ended);
    agent.evaluate(u"agent.hangUp()"_s);
    ASSERT_TRUE(waitFor([&] { return ended.count() == 1; }));
    EXPECT_EQ(media.state(), MediaState::Ended);
}

TEST_F(LoopbackCallTest, HoldAndResume)
{
    call(cec::protocol::MediaAbility::Voice);
    QSignalSpy hold(&media, &cec::WebEngineCallMedia::holdChanged);
    media.setOnHold(true);
    ASSERT_TRUE(waitFor([&] { return hold.count() == 1; }));
    EXPECT_TRUE(hold.at(0).at(0).toBool());
    EXPECT_TRUE(waitFor([&] { return agent.evaluate(u"agent.remoteHold === true"_s).toBool(); }));
    media.setOnHold(false);
    ASSERT_TRUE(waitFor([&] { return hold.count() == 2; }));
    EXPECT_FALSE(hold.at(1).at(0).toBool());
    EXPECT_TRUE(waitFor([&] { return agent.evaluate(u"agent.remoteHold === false"_s).toBool(); }));
}

TEST_F(LoopbackCallTest, DtmfTonesAreSentInTheAudioStream)
{
    call(cec::protocol::MediaAbility::Voice);
    QSignalSpy sent(&media, &cec::WebEngineCallMedia::dtmfSent);
    QSignalSpy errors(&media, &cec::WebEngineCallMedia::errorOccurred);
    media.sendDtmf(u"12#"_s);
    ASSERT_TRUE(waitFor([&] { return sent.count() == 3; })) << sent.count() << " tones sent";
    EXPECT_EQ(sent.at(0).at(0).toString() + sent.at(1).at(0).toString() +
                  sent.at(2).at(0).toString(),
              u"12#"_s);
    media.sendDtmf(u"1; DROP"_s);
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(errors.at(0).at(0).toString(), u"dtmf-invalid"_s);
}

TEST_F(LoopbackCallTest, ChangingTheMicrophoneMidCallKeepsAudioFlowing)
{
    QSignalSpy checked(&media, &cec::WebEngineCallMedia::devicesChecked);
    media.checkDevices();
    ASSERT_TRUE(waitFor([&] { return checked.count() == 1; }));
    const auto microphones = checked.at(0).at(0).value<cec::DeviceCheck>().microphones;
    ASSERT_GE(microphones.size(), 2);
    call(cec::protocol::MediaAbility::Voice);

    QSignalSpy selected(&media, &cec::WebEngineCallMedia::deviceSelected);
    const QString other = microphones.last().id;
    media.selectDevice(cec::MediaDeviceKind::Microphone, other);
    ASSERT_TRUE(waitFor([&] { return selected.count() == 1; }));
    EXPECT_EQ(selected.at(0).at(1).toString(), other);
    EXPECT_EQ(
        cec::test::evaluateIn(media.page(),
                              u"cecCall.localStream().getAudioTracks()[0].getSettings().deviceId"_s)
            .toString(),
        other);
    const qint64 heard = agentStat("audioBytesReceived");
    EXPECT_TRUE(waitFor([&] { return agentStat("audioBytesReceived") > heard + 1000; }));
}

TEST_F(LoopbackCallTest, UnpluggedMicrophoneFallsBackToTheDefault)
{
    call(cec::protocol::MediaAbility::Voice);
    QSignalSpy lost(&media, &cec::WebEngineCallMedia::deviceLost);
    // What Chromium does when a device disappears: the track ends ('ended' is never fired by
    // stop()).
    cec::test::evaluateIn(media.page(),
                          u"(() => { const t = cecCall.localStream().getAudioTracks()[0]; "
                          "t.dispatchEvent(new Event('ended')); })()"_s);
    ASSERT_TRUE(waitFor([&] { return lost.count() == 1; }));
    EXPECT_EQ(lost.at(0).at(0).value<cec::MediaDeviceKind>(), cec::MediaDeviceKind::Microphone);
    EXPECT_FALSE(lost.at(0).at(2).toString().isEmpty()) << "no fallback device";
    const qint64 heard = agentStat("audioBytesReceived");
    EXPECT_TRUE(waitFor([&] { return agentStat("audioBytesReceived") > heard + 1000; }));
}

TEST_F(LoopbackCallTest, UnreachableGatewayFails)
{
    QSignalSpy failed(&media, &cec::CallMedia::failed);
    media.start({u"cec-sim.local"_s,
                 {u"ws://127.0.0.1:9/gateway"_s},
                 u"179080000537636"_s,
                 u"AnonymousCard"_s},
                cec::protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }));
    EXPECT_EQ(media.state(), MediaState::Failed);
}

} // namespace
