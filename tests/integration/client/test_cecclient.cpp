// CecClient end to end against cec-sim: every endpoint over HTTP and HTTPS, TLS trust, injected
// faults, token expiry and rotation, the token-URL flow and refusals that never reach the wire.
#include "cecclient.h"
#include "simulatorprocess.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using cec::ApiError;
using Kind = cec::ApiError::Kind;

namespace {

const QString kUser = u"client-it-user"_s;

class ClientAgainstSimulator : public ::testing::Test
{
protected:
    void startSimulator(bool tls)
    {
        if (tls && !QSslSocket::supportsSsl())
            GTEST_SKIP() << "Qt has no TLS backend here";
        m_sim = std::make_unique<cec::test::SimulatorProcess>(cec::test::SimulatorProcess::Options{
            .tls = tls, .scenarioFile = {}, .extraArguments = {}});
        QString error;
        ASSERT_TRUE(m_sim->start(&error)) << error.toStdString();
        m_sim->configure(
            {{u"queueStepMs"_s, 200},
             {u"queueLength"_s, 1},
             {u"agentReplyDelayMs"_s, 50},
             {u"clickToCall"_s, QJsonObject{{u"queueStepMs"_s, 100}, {u"eventHoldMs"_s, 1500}}}});
    }

    std::unique_ptr<cec::CecClient> makeClient(const cec::ClientConfig &config)
    {
        return std::make_unique<cec::CecClient>(config, &m_network);
    }

    template <typename T>
    cec::Result<T> run(const std::function<void(cec::Callback<T>)> &call, int timeoutMs = 15000)
    {
        auto result = cec::test::waitResult<cec::Result<T>>(call, timeoutMs);
        if (!result)
            return ApiError(Kind::Cancelled, u"test"_s, u"no callback within the time limit"_s);
        return std::move(*result);
    }

    cec::Result<cec::Done> authenticate(cec::CecClient &client)
    {
        return run<cec::Done>([&](auto cb) { client.authenticate(&m_context, cb); });
    }

    cec::Result<cec::Done> send(cec::CecClient &client, cec::protocol::ControlType control,
                                const QString &content = {},
                                cec::protocol::MediaType media = cec::protocol::MediaType::Text)
    {
        cec::OutgoingMessage message;
        message.controlType = control;
        message.mediaType = media;
        message.content = content;
        return run<cec::Done>([&](auto cb) { client.send(message, &m_context, cb); });
    }

    cec::Result<cec::PollReply> poll(cec::CecClient &client)
    {
        return run<cec::PollReply>([&](auto cb) { client.poll(&m_context, cb); });
    }

    // Logged API requests to exactly this path, oldest first.
    QList<QJsonObject> requestsTo(const QString &path)
    {
        QList<QJsonObject> matching;
        for (const QJsonValue &entry : m_sim->requests(path)) {
            if (entry.toObject().value(u"path"_s).toString() == path)
                matching.append(entry.toObject());
        }
        return matching;
    }

    static QList<int> statuses(const QList<QJsonObject> &requests)
    {
        QList<int> result;
        for (const QJsonObject &request : requests)
            result.append(request.value(u"status"_s).toInt());
        return result;
    }

    static QString header(const QJsonObject &request, const QString &name)
    {
        return request.value(u"headers"_s).toObject().value(name).toString();
    }

    static QJsonObject bodyOf(const QJsonObject &request)
    {
        const QJsonValue body = request.value(u"body"_s);
        return body.isObject() ? body.toObject()
                               : QJsonDocument::fromJson(body.toString().toUtf8()).object();
    }

    std::unique_ptr<cec::test::SimulatorProcess> m_sim;
    QNetworkAccessManager m_network;
    QObject m_context;
};

std::string describe(const ApiError &error)
{
    return error.toString().toStdString();
}

// --- every endpoint, over HTTP and HTTPS ---------------------------------------------------------

class EveryEndpoint : public ClientAgainstSimulator, public ::testing::WithParamInterface<bool>
{};

TEST_P(EveryEndpoint, HappyPath)
{
    const bool tls = GetParam();
    startSimulator(tls);
    if (IsSkipped() || HasFatalFailure())
        return;
    auto client = makeClient(m_sim->clientConfig(kUser, tls));
    ASSERT_EQ(client->config().baseUrl.scheme(), tls ? u"https"_s : u"http"_s);
    using cec::protocol::ControlType;
    using cec::protocol::MediaType;

    const auto auth = authenticate(*client);
    ASSERT_TRUE(auth.ok()) << describe(auth.error());

    const auto connected = send(*client, ControlType::Connect);
    ASSERT_TRUE(connected.ok()) << describe(connected.error());

    // The bot greets: poll until the first downlink message shows up.
    QList<cec::DownlinkMessage> received;
    ASSERT_TRUE(cec::test::waitFor([&] {
        const auto reply = poll(*client);
        EXPECT_TRUE(reply.ok()) << describe(reply.error());
        if (reply.ok())
            received += reply->messages;
        return !received.isEmpty();
    }));

    EXPECT_TRUE(send(*client, ControlType::Input).ok());
    const auto chat = send(*client, ControlType::Chat, u"What are your opening hours? ⏰"_s);
    ASSERT_TRUE(chat.ok()) << describe(chat.error());

    const QByteArray fileBytes = "order 42: two widgets\n";
    const auto key =
        run<QString>([&](auto cb) { client->uploadFile(u"txt"_s, fileBytes, &m_context, cb); });
    ASSERT_TRUE(key.ok()) << describe(key.error());
    EXPECT_FALSE(key.value().isEmpty());
    const auto file =
        send(*client, ControlType::Chat,
             u"order.txt,%1,%2,txt"_s.arg(fileBytes.size()).arg(key.value()), MediaType::File);
    ASSERT_TRUE(file.ok()) << describe(file.error());
    const auto downloaded = run<QByteArray>([&](auto cb) {
        client->downloadFile({key.value(), u"txt"_s, true}, &m_context, cb);
    });
    ASSERT_TRUE(downloaded.ok()) << describe(downloaded.error());
    EXPECT_EQ(downloaded.value(), fileBytes);

    const auto support = run<cec::ClickToCallSupport>(
        [&](auto cb) { client->checkClickToCallSupport(&m_context, cb); });
    ASSERT_TRUE(support.ok()) << describe(support.error());
    EXPECT_TRUE(support->available());
    const auto created = run<cec::Done>([&](auto cb) {
        client->createClickToCall(cec::protocol::MediaAbility::Voice, &m_context, cb);
    });
    ASSERT_TRUE(created.ok()) << describe(created.error());
    const auto event =
        run<cec::ClickToCallEvent>([&](auto cb) { client->getClickToCallEvents(&m_context, cb); });
    ASSERT_TRUE(event.ok()) << describe(event.error());
    EXPECT_TRUE(event->eventId.has_value());
    const auto dropped = run<cec::Done>([&](auto cb) { client->dropClickToCall(&m_context, cb); });
    ASSERT_TRUE(dropped.ok()) << describe(dropped.error());

    const auto transferred = send(*client, ControlType::Trans2Agent);
    ASSERT_TRUE(transferred.ok()) << describe(transferred.error());
    const auto queue =
        run<cec::QueueInfo>([&](auto cb) { client->queryQueueInfo(&m_context, cb); });
    ASSERT_TRUE(queue.ok()) << describe(queue.error());
    if (queue->queued) {
        EXPECT_GE(queue->position, 0);
    }

    const auto history = run<QList<cec::DownlinkMessage>>(
        [&](auto cb) { client->queryHistory({}, &m_context, cb); });
    ASSERT_TRUE(history.ok()) << describe(history.error());
    EXPECT_FALSE(history->isEmpty());

    const auto survey =
        run<cec::SurveyMode>([&](auto cb) { client->getSatisfactionSurveyMode(&m_context, cb); });
    ASSERT_TRUE(survey.ok()) << describe(survey.error());
    EXPECT_FALSE(survey->levels.isEmpty());
    const cec::SatisfactionRating rating{u"5"_s, u"Quick and friendly"_s, 9, true};
    const auto rated =
        run<cec::Done>([&](auto cb) { client->saveSatisfaction(rating, &m_context, cb); });
    ASSERT_TRUE(rated.ok()) << describe(rated.error());

    EXPECT_TRUE(send(*client, ControlType::Read, u"[]"_s).ok());
    const auto disconnected = send(*client, ControlType::Disconnect);
    ASSERT_TRUE(disconnected.ok()) << describe(disconnected.error());

    const auto left = run<cec::Done>([&](auto cb) {
        client->leaveMessage({u"+44 20 7946 0000"_s, u"Please call me back."_s}, &m_context, cb);
    });
    ASSERT_TRUE(left.ok()) << describe(left.error());

    // The wire shape the simulator saw for one send.
    const QList<QJsonObject> sends = requestsTo(u"/apiaccess/ccmessaging/send"_s);
    ASSERT_FALSE(sends.isEmpty());
    EXPECT_EQ(header(sends.first(), u"x-app-key"_s), u"cec-demo-app"_s);
    EXPECT_TRUE(header(sends.first(), u"authorization"_s).startsWith(u"Bearer "_s));
    EXPECT_FALSE(header(sends.first(), u"ccmessaging-token"_s).isEmpty());
    const QJsonObject satisfaction =
        bodyOf(requestsTo(u"/apiaccess/ccmessaging/saveSatisfaction"_s).value(0));
    EXPECT_EQ(satisfaction.value(u"evaluation"_s).toString(), u"5"_s);
    EXPECT_EQ(m_sim->control("GET", u"/sim/state?userId="_s + kUser)
                  .value(u"satisfaction"_s)
                  .toArray()
                  .size(),
              1);
}

INSTANTIATE_TEST_SUITE_P(OverHttpAndHttps, EveryEndpoint, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool> &overTls) {
                             return overTls.param ? std::string("Https") : std::string("Http");
                         });

// --- TLS trust
// -------------------------------------------------------------------------------------

TEST_F(ClientAgainstSimulator, HttpsWithoutTheTestCaFailsAsTls)
{
    startSimulator(true);
    if (IsSkipped() || HasFatalFailure())
        return;
    cec::ClientConfig config = m_sim->clientConfig(kUser, true);
    config.extraCaCertificates.clear();
    auto client = makeClient(config);
    const auto auth = authenticate(*client);
    ASSERT_FALSE(auth.ok());
    EXPECT_EQ(auth.error().kind(), Kind::Tls) << describe(auth.error());
    EXPECT_TRUE(auth.error().userMessage().contains(u"certificate is not trusted"_s));
    EXPECT_TRUE(requestsTo(u"/apigovernance/api/oauth/tokenByAkSk"_s).isEmpty());
}

TEST_F(ClientAgainstSimulator, WrongSecretIsReportedAsRejectedCredentials)
{
    startSimulator(false);
    cec::ClientConfig config = m_sim->clientConfig(kUser);
    config.appSecret = u"not-the-secret"_s;
    auto client = makeClient(config);
    const auto reply = poll(*client);
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().kind(), Kind::Gateway) << describe(reply.error());
    EXPECT_TRUE(reply.error().isAuthFailure());
    EXPECT_TRUE(reply.error().userMessage().contains(u"app key"_s));
    EXPECT_TRUE(requestsTo(u"/apiaccess/ccmessaging/poll"_s).isEmpty());
}

// --- faults
// ----------------------------------------------------------------------------------------

TEST_F(ClientAgainstSimulator, ServerError500)
{
    startSimulator(false);
    auto client = makeClient(m_sim->clientConfig(kUser));
    ASSERT_TRUE(authenticate(*client).ok());
    m_sim->injectFault({{u"path"_s, u"/apiaccess/ccmessaging/poll"_s}, {u"status"_s, 500}});
    const auto reply = poll(*client);
    ASSERT_FALSE(reply.ok());
    EXPECT_TRUE(reply.error().kind() == Kind::Gateway || reply.error().kind() == Kind::Http)
        << describe(reply.error());
    EXPECT_EQ(reply.error().httpStatus(), 500);
    EXPECT_TRUE(reply.error().isRetryable());
    EXPECT_TRUE(poll(*client).ok()); // the fault fired once
}

TEST_F(ClientAgainstSimulator, SlowAnswerTimesOut)
{
    startSimulator(false);
    cec::ClientConfig config = m_sim->clientConfig(kUser);
    config.requestTimeout = std::chrono::milliseconds(400);
    auto client = makeClient(config);
    ASSERT_TRUE(authenticate(*client).ok());
    m_sim->injectFault({{u"path"_s, u"/apiaccess/ccmessaging/poll"_s}, {u"latencyMs"_s, 2000}});
    const auto reply = poll(*client);
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().kind(), Kind::Timeout) << describe(reply.error());
}

TEST_F(ClientAgainstSimulator, MalformedReply)
{
    startSimulator(false);
    auto client = makeClient(m_sim->clientConfig(kUser));
    ASSERT_TRUE(authenticate(*client).ok());
    m_sim->injectFault({{u"path"_s, u"/apiaccess/ccmessaging/poll"_s}, {u"malformed"_s, true}});
    const auto reply = poll(*client);
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().kind(), Kind::Malformed) << describe(reply.error());
}

TEST_F(ClientAgainstSimulator, DroppedConnection)
{
    startSimulator(false);
    auto client = makeClient(m_sim->clientConfig(kUser));
    ASSERT_TRUE(authenticate(*client).ok());
    // Every time: Qt itself resends once on a connection closed before any answer.
    m_sim->injectFault(
        {{u"path"_s, u"/apiaccess/ccmessaging/poll"_s}, {u"drop"_s, true}, {u"times"_s, -1}});
    const auto reply = poll(*client);
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().kind(), Kind::Transport) << describe(reply.error());
    EXPECT_TRUE(reply.error().userMessage().contains(u"127.0.0.1"_s));
    m_sim->control("DELETE", u"/sim/faults"_s);
    EXPECT_TRUE(poll(*client).ok());
}

// --- tokens
// ----------------------------------------------------------------------------------------

TEST_F(ClientAgainstSimulator, ExpiredMessagingTokenIsRenewedWithExactlyOneRetry)
{
    startSimulator(false);
    auto client = makeClient(m_sim->clientConfig(kUser));
    ASSERT_TRUE(authenticate(*client).ok());
    m_sim->clearRequests();
    m_sim->control("POST", u"/sim/tokens/expire"_s, {{u"which"_s, u"messaging"_s}});

    const auto reply = poll(*client);
    ASSERT_TRUE(reply.ok()) << describe(reply.error());
    const QList<QJsonObject> polls = requestsTo(u"/apiaccess/ccmessaging/poll"_s);
    EXPECT_EQ(statuses(polls), (QList<int>{401, 200}));
    EXPECT_EQ(requestsTo(u"/apiaccess/ccmessaging/applyToken"_s).size(), 1);
    ASSERT_EQ(polls.size(), 2);
    EXPECT_NE(header(polls[0], u"ccmessaging-token"_s), header(polls[1], u"ccmessaging-token"_s));
}

TEST_F(ClientAgainstSimulator, ExpiredAccessTokenIsRenewedWithExactlyOneRetry)
{
    startSimulator(false);
    auto client = makeClient(m_sim->clientConfig(kUser));
    ASSERT_TRUE(authenticate(*client).ok());
    m_sim->clearRequests();
    m_sim->control("POST", u"/sim/tokens/expire"_s, {{u"which"_s, u"access"_s}});
    QSignalSpy renewed(client.get(), &cec::CecClient::accessTokenRenewed);

    const auto reply = poll(*client);
    ASSERT_TRUE(reply.ok()) << describe(reply.error());
    const QList<QJsonObject> polls = requestsTo(u"/apiaccess/ccmessaging/poll"_s);
    EXPECT_EQ(statuses(polls), (QList<int>{403, 200}));
    EXPECT_EQ(requestsTo(u"/apigovernance/api/oauth/tokenByAkSk"_s).size(), 1);
    EXPECT_TRUE(requestsTo(u"/apiaccess/ccmessaging/applyToken"_s).isEmpty());
    EXPECT_EQ(renewed.count(), 1);
    ASSERT_EQ(polls.size(), 2);
    EXPECT_NE(header(polls[0], u"authorization"_s), header(polls[1], u"authorization"_s));
    EXPECT_EQ(header(polls[0], u"ccmessaging-token"_s), header(polls[1], u"ccmessaging-token"_s));
}

TEST_F(ClientAgainstSimulator, RotatedMessagingTokenIsHonoured)
{
    startSimulator(false);
    auto client = makeClient(m_sim->clientConfig(kUser));
    ASSERT_TRUE(authenticate(*client).ok());
    QSignalSpy rotated(client.get(), &cec::CecClient::messagingTokenRotated);
    m_sim->clearRequests();
    m_sim->control("POST", u"/sim/tokens/rotate"_s, {{u"userId"_s, kUser}});

    ASSERT_TRUE(poll(*client).ok()); // answered with a new ccmessaging-token header
    EXPECT_EQ(rotated.count(), 1);
    ASSERT_TRUE(poll(*client).ok());
    ASSERT_TRUE(send(*client, cec::protocol::ControlType::Connect).ok());

    const QList<QJsonObject> polls = requestsTo(u"/apiaccess/ccmessaging/poll"_s);
    ASSERT_EQ(polls.size(), 2);
    EXPECT_EQ(statuses(polls), (QList<int>{200, 200}));
    const QString before = header(polls[0], u"ccmessaging-token"_s);
    const QString after = header(polls[1], u"ccmessaging-token"_s);
    EXPECT_NE(before, after);
    EXPECT_EQ(header(requestsTo(u"/apiaccess/ccmessaging/send"_s).value(0), u"ccmessaging-token"_s),
              after);
    EXPECT_TRUE(requestsTo(u"/apiaccess/ccmessaging/applyToken"_s).isEmpty());
}

TEST_F(ClientAgainstSimulator, TokenUrlFlowSendsNoSecret)
{
    startSimulator(false);
    cec::ClientConfig config = m_sim->clientConfig(kUser);
    config.appSecret.clear();
    QUrl tokenUrl = m_sim->httpUrl();
    tokenUrl.setPath(u"/enterprise/token"_s);
    config.tokenUrl = tokenUrl;
    auto client = makeClient(config);
    const auto auth = authenticate(*client);
    ASSERT_TRUE(auth.ok()) << describe(auth.error());
    ASSERT_TRUE(send(*client, cec::protocol::ControlType::Connect).ok());

    const QList<QJsonObject> minted = requestsTo(u"/enterprise/token"_s);
    ASSERT_EQ(minted.size(), 1);
    EXPECT_FALSE(bodyOf(minted[0]).contains(u"app_secret"_s));
    EXPECT_TRUE(requestsTo(u"/apigovernance/api/oauth/tokenByAkSk"_s).isEmpty());
}

TEST_F(ClientAgainstSimulator, OverLimitTextNeverReachesTheSimulator)
{
    startSimulator(false);
    auto client = makeClient(m_sim->clientConfig(kUser));
    const auto reply =
        send(*client, cec::protocol::ControlType::Chat, QString(342, QChar(0x4E2D))); // 1026 bytes
    ASSERT_FALSE(reply.ok());
    EXPECT_EQ(reply.error().kind(), Kind::Rejected);
    EXPECT_TRUE(m_sim->requests().isEmpty());
}

// --- logging
// ---------------------------------------------------------------------------------------

QMutex g_logMutex;
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(message);
}

TEST_F(ClientAgainstSimulator, LogsCarryNoTokenSecretOrContent)
{
    startSimulator(false);
    auto client = makeClient(m_sim->clientConfig(kUser));
    const QString content = u"my account password is hunter2"_s;
    QLoggingCategory::setFilterRules(u"cec.*=true"_s);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    const auto auth = authenticate(*client);
    const auto connected = send(*client, cec::protocol::ControlType::Connect);
    const auto chat = send(*client, cec::protocol::ControlType::Chat, content);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    ASSERT_TRUE(auth.ok() && connected.ok() && chat.ok());

    const QList<QJsonObject> sends = requestsTo(u"/apiaccess/ccmessaging/send"_s);
    ASSERT_FALSE(sends.isEmpty());
    const QString accessToken = header(sends[0], u"authorization"_s).mid(7);
    const QString messagingToken = header(sends[0], u"ccmessaging-token"_s);
    ASSERT_FALSE(accessToken.isEmpty());
    ASSERT_FALSE(messagingToken.isEmpty());

    const QString all = g_log.join(u'\n');
    EXPECT_TRUE(all.contains(u"/apiaccess/ccmessaging/send"_s)) << all.toStdString();
    for (const QString &secret :
         {accessToken, messagingToken, u"cec-demo-secret"_s, u"Bearer"_s, content}) {
        EXPECT_FALSE(all.contains(secret)) << secret.toStdString() << " leaked in:\n"
                                           << all.toStdString();
    }
}

} // namespace
