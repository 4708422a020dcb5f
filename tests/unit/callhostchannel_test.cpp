// CallHostChannel over a real local socket pair: messages and frames both ways, reads split at
// any byte, and every kind of malformed or oversized input ends the connection.
#include "callhostchannel.h"
#include "mediatypes.h"
#include "waitfor.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtEndian>

#include <gtest/gtest.h>

#include <memory>

using namespace Qt::StringLiterals;
using cec::CallHostChannel;
using cec::test::waitFor;

namespace {

class CallHostChannelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString name = u"cec-channel-test-%1"_s.arg(QRandomGenerator::global()->generate());
        ASSERT_TRUE(m_server.listen(name));
        m_client = new QLocalSocket(&m_clientOwner);
        m_client->connectToServer(m_server.fullServerName());
        ASSERT_TRUE(waitFor([&] { return m_server.hasPendingConnections(); }));
        m_app = std::make_unique<CallHostChannel>(m_server.nextPendingConnection());
        ASSERT_TRUE(waitFor([&] { return m_client->state() == QLocalSocket::ConnectedState; }));
    }

    // The host's end, raw, for writing what a broken host would.
    void writeRaw(const QByteArray &bytes)
    {
        m_client->write(bytes);
        m_client->flush();
    }

    static QByteArray length(quint32 value)
    {
        QByteArray bytes(4, Qt::Uninitialized);
        qToBigEndian(value, bytes.data());
        return bytes;
    }

    void expectRefused(const QByteArray &bytes, const char *why)
    {
        QSignalSpy errors(m_app.get(), &CallHostChannel::protocolError);
        writeRaw(bytes);
        ASSERT_TRUE(waitFor([&] { return !errors.isEmpty(); })) << why;
        EXPECT_FALSE(m_app->isConnected());
        EXPECT_TRUE(waitFor([&] { return m_client->state() == QLocalSocket::UnconnectedState; }));
    }

    QObject m_clientOwner; // until a test wraps the socket in a channel of its own
    QLocalServer m_server;
    QLocalSocket *m_client = nullptr;
    std::unique_ptr<CallHostChannel> m_app;
};

TEST_F(CallHostChannelTest, MessagesAndFramesArriveWholeInBothDirections)
{
    CallHostChannel host(m_client);
    QSignalSpy atHost(&host, &CallHostChannel::messageReceived);
    QSignalSpy frames(m_app.get(), &CallHostChannel::frameReceived);
    QSignalSpy atApp(m_app.get(), &CallHostChannel::messageReceived);

    m_app->send({{u"m"_s, u"videoSize"_s}, {u"width"_s, 3}, {u"height"_s, 2}});
    ASSERT_TRUE(waitFor([&] { return atHost.size() == 1; }));
    EXPECT_EQ(atHost.at(0).at(0).toJsonObject().value(u"width"_s).toInt(), 3);

    QByteArray pixels(3 * 2 * 4, Qt::Uninitialized);
    for (int i = 0; i < pixels.size(); ++i)
        pixels[i] = char(i * 7);
    host.sendFrame(QSize(3, 2), pixels);
    host.send({{u"m"_s, u"ready"_s}});
    ASSERT_TRUE(waitFor([&] { return frames.size() == 1 && atApp.size() == 1; }));
    EXPECT_EQ(frames.at(0).at(0).toSize(), QSize(3, 2));
    EXPECT_EQ(frames.at(0).at(1).toByteArray(), pixels);
    EXPECT_EQ(atApp.at(0).at(0).toJsonObject().value(u"m"_s).toString(), u"ready"_s);
}

TEST_F(CallHostChannelTest, AMessageSplitIntoSingleBytesIsReadWhole)
{
    QSignalSpy received(m_app.get(), &CallHostChannel::messageReceived);
    const QByteArray json = R"({"m":"dtmfSent","tone":"5"})";
    const QByteArray bytes = length(quint32(json.size() + 1)) + 'J' + json;
    for (const char byte : bytes) {
        writeRaw(QByteArray(1, byte));
        QCoreApplication::processEvents();
    }
    ASSERT_TRUE(waitFor([&] { return received.size() == 1; }));
    EXPECT_EQ(received.at(0).at(0).toJsonObject().value(u"tone"_s).toString(), u"5"_s);
}

TEST_F(CallHostChannelTest, ALengthOverTheBudgetEndsTheConnection)
{
    expectRefused(length(0xFFFFFFFFu), "4 GiB announced");
}

TEST_F(CallHostChannelTest, AnOversizedJsonMessageEndsTheConnection)
{
    const QByteArray json =
        "{\"m\":\"" + QByteArray(CallHostChannel::kMaxMessageBytes, 'a') + "\"}";
    expectRefused(length(quint32(json.size() + 1)) + 'J' + json, "JSON over 1 MiB");
}

TEST_F(CallHostChannelTest, AFrameWhoseSizeDoesNotMatchItsPixelsEndsTheConnection)
{
    QByteArray header = length(1 + 8 + 16) + 'F';
    header += length(4) + length(4); // 4 x 4 needs 64 bytes, 16 follow
    expectRefused(header + QByteArray(16, '\0'), "short frame");
}

TEST_F(CallHostChannelTest, AFrameWiderThanTheLimitEndsTheConnection)
{
    QByteArray header = length(1 + 8 + 4) + 'F';
    header += length(CallHostChannel::kMaxFrameSide + 1) + length(0);
    expectRefused(header + QByteArray(4, '\0'), "frame side over the limit");
}

TEST_F(CallHostChannelTest, JsonThatIsNotAnObjectEndsTheConnection)
{
    const QByteArray json = "[1,2,3]";
    expectRefused(length(quint32(json.size() + 1)) + 'J' + json, "an array");
}

TEST_F(CallHostChannelTest, AnUnknownKindEndsTheConnection)
{
    expectRefused(length(3) + "X{}", "kind X");
}

TEST(MediaWireForm, DeviceCheckAndStatisticsSurviveTheirJsonForm)
{
    cec::DeviceCheck check;
    check.microphones = {{u"m1"_s, u"Microphone 1"_s}};
    check.speakers = {{u"default"_s, u"Speaker"_s}};
    check.cameras = {{u"c1"_s, u"Camera"_s}};
    check.canVoice = true;
    check.canVideo = true;
    const cec::DeviceCheck again = cec::DeviceCheck::fromJson(check.toJson());
    EXPECT_EQ(again.microphones, check.microphones);
    EXPECT_EQ(again.speakers, check.speakers);
    EXPECT_EQ(again.cameras, check.cameras);
    EXPECT_TRUE(again.canVoice);
    EXPECT_TRUE(again.canVideo);

    cec::DeviceCheck refused;
    refused.problem = cec::DeviceCheck::Problem::NoSpeaker;
    refused.detail = u"NotFoundError"_s;
    const cec::DeviceCheck refusedAgain = cec::DeviceCheck::fromJson(refused.toJson());
    EXPECT_EQ(refusedAgain.problem, cec::DeviceCheck::Problem::NoSpeaker);
    EXPECT_EQ(refusedAgain.detail, u"NotFoundError"_s);
    EXPECT_FALSE(refusedAgain.canVoice);

    cec::CallStatistics statistics;
    statistics.roundTripTimeMs = 12.5;
    statistics.audioBytesReceived = 1000;
    statistics.videoBytesReceived = 5000;
    statistics.framesDecoded = 42;
    statistics.inboundAudioEnergy = 0.25;
    const cec::CallStatistics statisticsAgain = cec::CallStatistics::fromJson(statistics.toJson());
    EXPECT_EQ(statisticsAgain.roundTripTimeMs, 12.5);
    EXPECT_EQ(statisticsAgain.bytesReceived, 6000);
    EXPECT_EQ(statisticsAgain.framesDecoded, 42);
    EXPECT_EQ(statisticsAgain.inboundAudioEnergy, 0.25);
    EXPECT_EQ(statisticsAgain.jitterMs, -1); // unknown stays unknown

    for (const auto state :
         {cec::MediaState::Idle, cec::MediaState::Ringing, cec::MediaState::Failed})
        EXPECT_EQ(cec::mediaStateFromString(cec::toString(state)), state);
    for (const auto kind : {cec::MediaDeviceKind::Microphone, cec::MediaDeviceKind::Camera,
                            cec::MediaDeviceKind::Speaker})
        EXPECT_EQ(cec::mediaDeviceKindFromString(cec::toString(kind)), kind);
    EXPECT_FALSE(cec::mediaStateFromString(u"exploded").has_value());
}

} // namespace
