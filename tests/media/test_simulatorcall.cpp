// End to end against the real cec-sim: ClickToCallSession (REST signalling) + WebEngineCallMedia
// (JsSIP/WebRTC) through cec-sim's WebRTC gateway to its agent media peer (cec-sim-agent).
#include "callpage.h"
#include "cecclient.h"
#include "clicktocallsession.h"
#include "connectedchat.h"
#include "simulatorprocess.h"
#include "waitfor.h"
#include "webenginecallmedia.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using cec::ClickToCallSession;
using cec::test::waitFor;
using State = ClickToCallSession::State;

namespace {

const QString kUserId = u"media-e2e"_s;

class SimulatorCallTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_client = cec::test::connectedChatForCalls(m_sim, kUserId, m_network, m_context, &error);
        ASSERT_NE(m_client, nullptr) << error.toStdString();
        cec::ClickToCallOptions options;
        options.failureBackoff = 100ms;
        m_session = std::make_unique<ClickToCallSession>(*m_client, m_media, options);
        QObject::connect(&m_media, &cec::WebEngineCallMedia::statisticsUpdated,
                         [this](const cec::CallStatistics &s) { m_stats = s; });
        m_media.prepare(); // as the widget does: page ready before the click
        m_session->checkSupport();
        ASSERT_TRUE(
            waitFor([&] { return m_session->state() == State::Ready && m_media.isReady(); }));
    }

    void TearDown() override
    {
        if (m_session && m_session->state() == State::InCall) {
            m_session->hangUp();
            waitFor([&] { return m_session->state() == State::Ended; });
        }
    }

    QJsonObject mediaReport() { return m_sim.control("GET", u"/sim/media?userId="_s + kUserId); }
    QJsonObject agentStats()
    {
        return mediaReport().value(u"call"_s).toObject().value(u"stats"_s).toObject();
    }
    double agentInbound(const QString &kind, const QString &field)
    {
        return agentStats()
            .value(u"inbound"_s)
            .toObject()
            .value(kind)
            .toObject()
            .value(field)
            .toDouble();
    }

    bool sipSaw(const QString &from, const QString &method)
    {
        const QJsonArray messages =
            m_sim.control("GET", u"/sim/sip?userId="_s + kUserId).value(u"messages"_s).toArray();
        return std::any_of(messages.begin(), messages.end(), [&](const QJsonValue &m) {
            const QJsonObject message = m.toObject();
            return message.value(u"from"_s).toString() == from &&
                   message.value(u"method"_s).toString() == method;
        });
    }

    qint64 inCall(cec::protocol::MediaAbility ability)
    {
        QElapsedTimer timer;
        timer.start();
        m_session->start(ability);
        const bool ok = waitFor(
            [&] {
                return m_session->state() == State::InCall || m_session->state() == State::Failed;
            },
            30000);
        EXPECT_TRUE(ok);
        EXPECT_EQ(m_session->state(), State::InCall) << m_sim.output().right(2000).toStdString();
        return timer.elapsed();
    }

    QObject m_context;
    QNetworkAccessManager m_network;
    cec::test::SimulatorProcess m_sim{cec::test::SimulatorProcess::withMediaAgent()};
    std::unique_ptr<cec::CecClient> m_client;
    cec::WebEngineCallMedia m_media;
    std::unique_ptr<ClickToCallSession> m_session;
    cec::CallStatistics m_stats;
};

TEST_F(SimulatorCallTest, VoiceCallWithTheSimulatedAgent)
{
    const qint64 ms = inCall(cec::protocol::MediaAbility::Voice);
    ASSERT_EQ(m_session->state(), State::InCall);
    std::cout << "[ measure  ] click to InCall (queue 200 ms included): " << ms << " ms\n";
    // The agent's tone + echo reach the customer and are decoded; the customer's audio reaches the
    // agent.
    ASSERT_TRUE(waitFor([&] {
        return m_stats.audioBytesReceived > 2000 && m_stats.audioSamplesReceived > 0 &&
               m_stats.inboundAudioEnergy > 0 && m_stats.audioBytesSent > 2000;
    })) << "customer received "
        << m_stats.audioBytesReceived << " B";
    ASSERT_TRUE(waitFor([&] {
        return agentInbound(u"audio"_s, u"bytes"_s) > 2000 &&
               agentInbound(u"audio"_s, u"totalSamplesReceived"_s) > 0;
    })) << QJsonDocument(mediaReport()).toJson().toStdString();
}

TEST_F(SimulatorCallTest, VideoCallShowsTheTestPattern)
{
    inCall(cec::protocol::MediaAbility::Video);
    ASSERT_EQ(m_session->state(), State::InCall);
    ASSERT_TRUE(waitFor([&] { return m_stats.framesDecoded > 10 && m_stats.framesSent > 10; }))
        << "decoded " << m_stats.framesDecoded << ", sent " << m_stats.framesSent;
    ASSERT_TRUE(waitFor([&] { return agentInbound(u"video"_s, u"framesDecoded"_s) > 10; }))
        << QJsonDocument(mediaReport()).toJson().toStdString();
}

TEST_F(SimulatorCallTest, HangUpReachesTheSimulatorAsByeAndDrop)
{
    inCall(cec::protocol::MediaAbility::Voice);
    m_session->hangUp();
    ASSERT_TRUE(waitFor([&] { return m_session->state() == State::Ended; }));
    EXPECT_TRUE(waitFor([&] { return m_media.state() == cec::MediaState::Ended; }));
    EXPECT_TRUE(waitFor([&] { return sipSaw(u"customer"_s, u"BYE"_s); }));
    EXPECT_TRUE(waitFor([&] {
        return m_sim.control("GET", u"/sim/state?userId="_s + kUserId)
                   .value(u"call"_s)
                   .toString() == u"dropped"_s;
    }));
}

TEST_F(SimulatorCallTest, AgentReleaseEndsTheMedia)
{
    inCall(cec::protocol::MediaAbility::Voice);
    m_sim.control("POST", u"/sim/call/release"_s,
                  {{u"userId"_s, kUserId}, {u"causeDesc"_s, u"Agent released"_s}});
    ASSERT_TRUE(waitFor([&] { return m_session->state() == State::Ended; }));
    EXPECT_TRUE(waitFor([&] { return m_media.state() == cec::MediaState::Ended; }));
    // The agent peer's BYE goes through the gateway on its own schedule: wait for it in the log.
    EXPECT_TRUE(waitFor([&] { return sipSaw(u"agent"_s, u"BYE"_s); }));
}

} // namespace
