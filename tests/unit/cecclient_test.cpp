// CecClient against a scripted loopback HTTP server: request shapes, headers, token lifecycle,
// retries, timeouts, cancellation and logging. The end-to-end tests against cec-sim live in
// tests/integration/client.
#include "cecclient.h"
#include "fakehttpserver.h"
#include "recordingnetwork.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using cec::ApiError;
using cec::test::FakeRequest;
using cec::test::FakeResponse;
using Kind = cec::ApiError::Kind;

namespace {

constexpr auto kSecret = "very-secret-app-secret";

class CecClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server.setHandler([this](const FakeRequest &request) { return answer(request); });
    }

    cec::ClientConfig config() const
    {
        cec::ClientConfig config;
        config.baseUrl = m_server.url();
        config.appKey = u"app-key-1"_s;
        config.appSecret = QString::fromLatin1(kSecret);
        config.userId = u"customer-7"_s;
        config.userName = u"Ada"_s;
        config.channelId = u"1011577355744904195"_s;
        config.locale = u"en_US"_s;
        config.requestTimeout = std::chrono::milliseconds(3000);
        return config;
    }

    std::unique_ptr<cec::CecClient> makeClient(const cec::ClientConfig &configuration)
    {
        return std::make_unique<cec::CecClient>(configuration, &m_network);
    }
    std::unique_ptr<cec::CecClient> makeClient() { return makeClient(config()); }

    // The default service: tokens numbered by issue, success elsewhere; `override` may take over.
    FakeResponse answer(const FakeRequest &request)
    {
        if (m_override) {
            if (std::optional<FakeResponse> special = m_override(request))
                return *special;
        }
        if (request.path.endsWith(u"/tokenByAkSk"_s) || request.path == u"/enterprise/token"_s) {
            ++m_accessIssued;
            return {200, QByteArray(R"({"AccessToken":"access-)") +
                             QByteArray::number(m_accessIssued) +
                             R"(","ApplyType":"Bearer","CreateTime":"1545650171","Expires":")" +
                             QByteArray::number(m_accessLifetime) + R"("})"};
        }
        if (request.path.endsWith(u"/applyToken"_s)) {
            ++m_messagingIssued;
            return {200, QByteArray(R"({"resultCode":"0","token":"messaging-)") +
                             QByteArray::number(m_messagingIssued) + R"("})"};
        }
        if (request.path.endsWith(u"/poll"_s))
            return {
                200,
                R"({"resultCode":"0","resultDesc":"query user messages success.","downlinkMessages":[)"
                R"({"controlType":"CHAT","mediaType":"TEXT","content":"hello","sourceType":"AGENT","messageCode":"m1"}]})"};
        if (request.path.endsWith(u"/uploadFileStream"_s))
            return {200, R"({"returnCode":"0","objectKey":"obj-1"})"};
        if (request.path.endsWith(u"/downloadFileStream"_s))
            return {200, R"({"resultCode":"0","fileStream":"aGVsbG8="})"};
        if (request.path.endsWith(u"/getClickToCallEvents"_s))
            return {200, R"({"resultCode":"0","resultDesc":"Call in queue","eventId":168102})"};
        return {200, R"({"resultCode":"0","resultDesc":"ok"})"};
    }

    template <typename T>
    std::optional<cec::Result<T>> run(const std::function<void(cec::Callback<T>)> &call,
                                      int timeoutMs = 10000)
    {
        return cec::test::waitResult<cec::Result<T>>(call, timeoutMs);
    }

    cec::test::FakeHttpServer m_server;
    cec::test::RecordingNetworkAccessManager m_network;
    QObject m_context;
    std::function<std::optional<FakeResponse>(const FakeRequest &)> m_override;
    int m_accessIssued = 0;
    int m_messagingIssued = 0;
    int m_accessLifetime = 600;
};

} // namespace

TEST_F(CecClientTest, AuthenticateThenSendCarriesDocumentedHeadersAndBody)
{
    auto client = makeClient();
    const auto auth = run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); });
    ASSERT_TRUE(auth && auth->ok()) << (auth ? auth->error().toString().toStdString() : "no reply");

    const auto tokenRequests = m_server.requestsTo(u"/apigovernance/api/oauth/tokenByAkSk"_s);
    ASSERT_EQ(tokenRequests.size(), 1);
    EXPECT_EQ(tokenRequests[0].method, "POST");
    EXPECT_EQ(tokenRequests[0].header("x-token-expire"), "600");
    EXPECT_EQ(tokenRequests[0].json().value("app_key"_L1).toString(), u"app-key-1"_s);
    EXPECT_EQ(tokenRequests[0].json().value("app_secret"_L1).toString(),
              QString::fromLatin1(kSecret));

    const auto applyRequests = m_server.requestsTo(u"/apiaccess/ccmessaging/applyToken"_s);
    ASSERT_EQ(applyRequests.size(), 1);
    EXPECT_EQ(applyRequests[0].header("authorization"), "Bearer access-1");
    EXPECT_EQ(applyRequests[0].header("x-app-key"), "app-key-1");
    EXPECT_FALSE(applyRequests[0].headers.contains("ccmessaging-token"));
    const QJsonObject applyBody = applyRequests[0].json();
    EXPECT_EQ(applyBody.value("userId"_L1).toString(), u"customer-7"_s);
    EXPECT_EQ(applyBody.value("userName"_L1).toString(), u"Ada"_s);
    EXPECT_EQ(applyBody.value("channelId"_L1).toString(), u"1011577355744904195"_s);
    EXPECT_EQ(applyBody.value("locale"_L1).toString(), u"en_US"_s);

    cec::OutgoingMessage message;
    message.controlType = cec::protocol::ControlType::Chat;
    message.content = u"Hello there"_s;
    message.timestamp = QDateTime::fromMSecsSinceEpoch(1619573122352, Qt::UTC);
    const auto sent = run<cec::Done>([&](auto cb) { client->send(message, &m_context, cb); });
    ASSERT_TRUE(sent && sent->ok());

    const auto sends = m_server.requestsTo(u"/apiaccess/ccmessaging/send"_s);
    ASSERT_EQ(sends.size(), 1);
    const FakeRequest &send = sends[0];
    EXPECT_EQ(send.header("authorization"), "Bearer access-1");
    EXPECT_EQ(send.header("x-app-key"), "app-key-1");
    EXPECT_EQ(send.header("ccmessaging-token"), "messaging-1");
    EXPECT_EQ(send.header("content-type"), "application/json;charset=UTF-8");
    const QJsonObject body = send.json();
    EXPECT_EQ(body.value("channel"_L1).toString(), u"WEB"_s);
    EXPECT_EQ(body.value("controlType"_L1).toString(), u"CHAT"_s);
    EXPECT_EQ(body.value("mediaType"_L1).toString(), u"TEXT"_s);
    EXPECT_EQ(body.value("content"_L1).toString(), u"Hello there"_s);
    EXPECT_EQ(body.value("from"_L1).toString(), u"customer-7"_s);
    EXPECT_EQ(body.value("to"_L1).toString(), u"1011577355744904195"_s);
    EXPECT_EQ(body.value("sourceType"_L1).toString(), u"CUSTOMER"_s);
    EXPECT_EQ(body.value("senderNickname"_L1).toString(), u"Ada"_s);
    EXPECT_EQ(body.value("timestamp"_L1).toString(), u"1619573122352"_s);
}

TEST_F(CecClientTest, EndpointRequestShapes)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); })->ok());
    const FakeRequest poll = m_server.requestsTo(u"/apiaccess/ccmessaging/poll"_s).value(0);
    EXPECT_EQ(poll.method, "GET");
    EXPECT_EQ(poll.query.queryItemValue(u"receiverId"_s), u"customer-7"_s);
    EXPECT_EQ(poll.query.queryItemValue(u"channel"_s), u"WEB"_s);
    EXPECT_EQ(poll.query.queryItemValue(u"isNeedRead"_s), u"true"_s);

    cec::OutgoingMessage file;
    file.mediaType = cec::protocol::MediaType::File;
    file.content = u"test_txt.txt,6,7d9fbcdd-e306-4b84-9831-163fb760cca9,txt"_s;
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->send(file, &m_context, cb); })->ok());
    EXPECT_EQ(m_server.requestsTo(u"/send"_s).value(0).json().value("mediaType"_L1).toString(),
              u"FILE"_s);

    const auto key =
        run<QString>([&](auto cb) { client->uploadFile(u"TXT"_s, "hello!", &m_context, cb); });
    ASSERT_TRUE(key && key->ok());
    EXPECT_EQ(key->value(), u"obj-1"_s);
    const QJsonObject upload = m_server.requestsTo(u"/uploadFileStream"_s).value(0).json();
    EXPECT_EQ(upload.value("fileType"_L1).toString(), u"txt"_s);
    EXPECT_EQ(upload.value("fileStream"_L1).toString(), u"aGVsbG8h"_s);
    EXPECT_EQ(upload.value("channel"_L1).toString(), u"WEB"_s);

    cec::DownloadRequest download{u"abc"_s, u"png"_s, true};
    const auto bytes =
        run<QByteArray>([&](auto cb) { client->downloadFile(download, &m_context, cb); });
    ASSERT_TRUE(bytes && bytes->ok());
    EXPECT_EQ(bytes->value(), QByteArray("hello"));
    EXPECT_EQ(
        m_server.requestsTo(u"/downloadFileStream"_s).value(0).json().value("fileId"_L1).toString(),
        u"local/abc"_s);

    cec::SatisfactionRating rating{u"5"_s, u"great"_s, 9, true};
    ASSERT_TRUE(
        run<cec::Done>([&](auto cb) { client->saveSatisfaction(rating, &m_context, cb); })->ok());
    const QJsonObject satisfaction = m_server.requestsTo(u"/saveSatisfaction"_s).value(0).json();
    EXPECT_EQ(satisfaction.value("evaluation"_L1).toString(), u"5"_s);
    EXPECT_EQ(satisfaction.value("comment"_L1).toString(), u"great"_s);
    EXPECT_EQ(satisfaction.value("npsScore"_L1).toString(), u"9"_s);
    EXPECT_EQ(satisfaction.value("fcrValue"_L1).toString(), u"1"_s);
    EXPECT_EQ(satisfaction.value("userId"_L1).toString(), u"customer-7"_s);
    EXPECT_EQ(satisfaction.value("channelConfigId"_L1).toString(), u"1011577355744904195"_s);
    EXPECT_FALSE(satisfaction.contains("satisfication"_L1));

    ASSERT_TRUE(run<cec::Done>([&](auto cb) {
                    client->createClickToCall(cec::protocol::MediaAbility::Video, &m_context, cb);
                })->ok());
    EXPECT_EQ(m_server.requestsTo(u"/v1/createClickToCall"_s)
                  .value(0)
                  .json()
                  .value("mediaAbility"_L1)
                  .toString(),
              u"1"_s);
    ASSERT_TRUE(run<cec::ClickToCallEvent>([&](auto cb) {
                    client->getClickToCallEvents(&m_context, cb);
                })->ok());
    EXPECT_EQ(m_server.requestsTo(u"/apiaccess/ccmessaging/v1/getClickToCallEvents"_s)
                  .value(0)
                  .query.queryItemValue(u"channel"_s),
              u"WEB"_s);
}

TEST_F(CecClientTest, ConcurrentRequestsShareOneTokenFetch)
{
    auto client = makeClient();
    int finished = 0;
    for (int i = 0; i < 4; ++i)
        client->poll(&m_context, [&](cec::Result<cec::PollReply> r) {
            EXPECT_TRUE(r.ok());
            ++finished;
        });
    ASSERT_TRUE(cec::test::waitFor([&] { return finished == 4; }));
    EXPECT_EQ(m_server.requestsTo(u"/tokenByAkSk"_s).size(), 1);
    EXPECT_EQ(m_server.requestsTo(u"/applyToken"_s).size(), 1);
    EXPECT_EQ(m_server.requestsTo(u"/poll"_s).size(), 4);
}

TEST_F(CecClientTest, Unauthorized401RenewsBothTokensAndRetriesOnce)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    int polls = 0;
    m_override = [&](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s) && ++polls == 1)
            return FakeResponse{401, R"({"resultCode":"3","resultDesc":"token invalid"})"};
        return std::nullopt;
    };
    const auto reply = run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); });
    ASSERT_TRUE(reply && reply->ok()) << reply->error().toString().toStdString();
    const auto pollRequests = m_server.requestsTo(u"/poll"_s);
    ASSERT_EQ(pollRequests.size(), 2);
    EXPECT_EQ(pollRequests[1].header("authorization"), "Bearer access-2");
    EXPECT_EQ(pollRequests[1].header("ccmessaging-token"), "messaging-2");
    EXPECT_EQ(m_server.requestsTo(u"/tokenByAkSk"_s).size(), 2);
    EXPECT_EQ(m_server.requestsTo(u"/applyToken"_s).size(), 2);
}

TEST_F(CecClientTest, Forbidden403RenewsOnlyTheAccessToken)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    int polls = 0;
    m_override = [&](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s) && ++polls == 1)
            return FakeResponse{403, R"({"errorCode":"APIGW.0307","exceptionInfo":"auth fail!"})"};
        return std::nullopt;
    };
    QSignalSpy renewed(client.get(), &cec::CecClient::accessTokenRenewed);
    const auto reply = run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); });
    ASSERT_TRUE(reply && reply->ok());
    EXPECT_EQ(renewed.count(), 1);
    const auto pollRequests = m_server.requestsTo(u"/poll"_s);
    ASSERT_EQ(pollRequests.size(), 2);
    EXPECT_EQ(pollRequests[1].header("authorization"), "Bearer access-2");
    EXPECT_EQ(pollRequests[1].header("ccmessaging-token"), "messaging-1");
    EXPECT_EQ(m_server.requestsTo(u"/applyToken"_s).size(), 1);
}

TEST_F(CecClientTest, PersistentAuthFailureIsReportedAfterOneRetry)
{
    auto client = makeClient();
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s))
            return FakeResponse{403, R"({"errorCode":"APIGW.0307","exceptionInfo":"auth fail!"})"};
        return std::nullopt;
    };
    const auto reply = run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); });
    ASSERT_TRUE(reply && !reply->ok());
    EXPECT_EQ(reply->error().kind(), Kind::Gateway);
    EXPECT_EQ(reply->error().httpStatus(), 403);
    EXPECT_EQ(reply->error().code(), u"APIGW.0307"_s);
    EXPECT_EQ(m_server.requestsTo(u"/poll"_s).size(), 2);
}

TEST_F(CecClientTest, ConcurrentAuthFailuresShareOneRenewal)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s) &&
            request.header("ccmessaging-token") == "messaging-1")
            return FakeResponse{401, {}};
        return std::nullopt;
    };
    int ok = 0;
    for (int i = 0; i < 3; ++i)
        client->poll(&m_context, [&](cec::Result<cec::PollReply> r) { ok += r.ok() ? 1 : 0; });
    ASSERT_TRUE(cec::test::waitFor([&] { return ok == 3; }));
    EXPECT_EQ(m_server.requestsTo(u"/applyToken"_s).size(), 2);
}

TEST_F(CecClientTest, RotatedMessagingTokenIsUsedFromThenOn)
{
    auto client = makeClient();
    QSignalSpy rotated(client.get(), &cec::CecClient::messagingTokenRotated);
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/queryQueueInfo"_s))
            return FakeResponse{
                200, R"({"resultCode":"160021"})", {{"ccmessaging-token", "rotated-token"}}};
        return std::nullopt;
    };
    const auto queue =
        run<cec::QueueInfo>([&](auto cb) { client->queryQueueInfo(&m_context, cb); });
    ASSERT_TRUE(queue && queue->ok());
    EXPECT_FALSE(queue->value().queued);
    EXPECT_EQ(rotated.count(), 1);
    ASSERT_TRUE(run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); })->ok());
    EXPECT_EQ(m_server.requestsTo(u"/poll"_s).value(0).header("ccmessaging-token"),
              "rotated-token");
}

TEST_F(CecClientTest, AccessTokenRenewedAt80PercentOfLifetime)
{
    m_accessLifetime = 100; // seconds, on a clock the test moves
    QDateTime now = QDateTime::currentDateTimeUtc();
    cec::ClientConfig configuration = config();
    configuration.clock = [&now] { return now; };
    auto client = makeClient(configuration);
    ASSERT_TRUE(run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); })->ok());
    now = now.addSecs(79);
    ASSERT_TRUE(run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); })->ok());
    EXPECT_EQ(m_server.requestsTo(u"/tokenByAkSk"_s).size(), 1) << "still fresh at 79 %";
    now = now.addSecs(2);
    ASSERT_TRUE(run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); })->ok());
    EXPECT_EQ(m_server.requestsTo(u"/tokenByAkSk"_s).size(), 2) << "renewed at 81 %";
    EXPECT_EQ(m_server.requestsTo(u"/applyToken"_s).size(), 1);
    EXPECT_EQ(m_server.requestsTo(u"/poll"_s).value(2).header("authorization"), "Bearer access-2");
}

// Redirects: the requests carry the app secret, tokens and messages. A second listener on another
// port of the same host stands for "another origin"; it must receive nothing.
class CecClientRedirectTest : public CecClientTest
{
protected:
    CecClientRedirectTest()
    {
        m_other.setHandler([](const FakeRequest &) { return FakeResponse{200, "{}"}; });
    }

    QByteArray elsewhere(const QString &path) const
    {
        QUrl url = m_other.url();
        url.setPath(path);
        return url.toEncoded();
    }
    cec::test::FakeHttpServer m_other;
};

TEST_F(CecClientRedirectTest, TokenRequestRedirectedToAnotherPortSendsNoSecretThere)
{
    m_override = [this](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/tokenByAkSk"_s))
            return FakeResponse{307, {}, {{"Location", elsewhere(request.path)}}};
        return std::nullopt;
    };
    auto client = makeClient();
    const auto auth = run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); });
    ASSERT_TRUE(auth);
    ASSERT_FALSE(auth->ok());
    EXPECT_EQ(auth->error().kind(), cec::ApiError::Kind::Redirect);
    EXPECT_TRUE(auth->error().userMessage().contains(m_other.url().authority()))
        << auth->error().userMessage().toStdString();
    EXPECT_TRUE(m_other.requests().isEmpty()) << "the other origin got a request";
}

TEST_F(CecClientRedirectTest, PollAndSendRedirectedElsewhereCarryNoTokenThere)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [this](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s))
            return FakeResponse{302, {}, {{"Location", elsewhere(request.path)}}};
        if (request.path.endsWith(u"/send"_s))
            return FakeResponse{307, {}, {{"Location", elsewhere(request.path)}}};
        return std::nullopt;
    };
    const auto poll = run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); });
    ASSERT_TRUE(poll && !poll->ok());
    EXPECT_EQ(poll->error().kind(), cec::ApiError::Kind::Redirect);
    cec::OutgoingMessage message;
    message.content = u"my account number"_s;
    const auto sent = run<cec::Done>([&](auto cb) { client->send(message, &m_context, cb); });
    ASSERT_TRUE(sent && !sent->ok());
    // A CHAT's body is sent once only, so Qt does not even offer to follow its redirect.
    EXPECT_EQ(sent->error().kind(), cec::ApiError::Kind::Http);
    EXPECT_EQ(sent->error().httpStatus(), 307);
    EXPECT_TRUE(m_other.requests().isEmpty()) << "the other origin got a request";
}

TEST_F(CecClientRedirectTest, SameOriginRedirectIsFollowedWithItsHeaders)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s) && !request.path.startsWith(u"/moved"_s))
            return FakeResponse{307, {}, {{"Location", "/moved" + request.path.toUtf8()}}};
        return std::nullopt;
    };
    const auto poll = run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); });
    ASSERT_TRUE(poll);
    EXPECT_TRUE(poll->ok()) << poll->error().toString().toStdString();
    // Where they went, not how many: Qt itself may send a request again on a new connection (seen
    // once under ASan on a loaded machine: three requests).
    const auto polls = m_server.requestsTo(u"/poll"_s);
    ASSERT_GE(polls.size(), 2);
    EXPECT_FALSE(polls.first().path.startsWith(u"/moved"_s));
    int moved = 0;
    for (const FakeRequest &request : polls) {
        if (!request.path.startsWith(u"/moved"_s))
            continue;
        ++moved;
        EXPECT_FALSE(request.header("authorization").isEmpty());
    }
    EXPECT_GE(moved, 1);
}

// A CHAT's body is sent only once (Qt may not re-send it on its own), and Qt re-sends a body to
// follow a 307: such a redirect fails as what it is, and nothing arrives twice.
TEST_F(CecClientRedirectTest, SameOriginRedirectOfAChatIsNotFollowed)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/send"_s) && !request.path.startsWith(u"/moved"_s))
            return FakeResponse{307, {}, {{"Location", "/moved" + request.path.toUtf8()}}};
        return std::nullopt;
    };
    cec::OutgoingMessage message;
    message.content = u"moved along"_s;
    const auto sent = run<cec::Done>([&](auto cb) { client->send(message, &m_context, cb); });
    ASSERT_TRUE(sent && !sent->ok());
    EXPECT_EQ(sent->error().kind(), cec::ApiError::Kind::Http);
    EXPECT_EQ(sent->error().httpStatus(), 307);
    EXPECT_FALSE(sent->error().mayHaveArrived());
    EXPECT_EQ(m_server.requestsTo(u"/send"_s).size(), 1);
}

TEST_F(CecClientRedirectTest, RedirectLoopStopsAtTheFirstRepeat)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (!request.path.endsWith(u"/poll"_s))
            return std::nullopt;
        // /poll -> /a/poll -> /poll: the second visit to /poll is the first repeat.
        const QByteArray next = (request.path.startsWith(u"/a/"_s) ? request.path.mid(2).toUtf8()
                                                                   : "/a" + request.path.toUtf8()) +
                                '?' + request.query.toString(QUrl::FullyEncoded).toUtf8();
        return FakeResponse{302, {}, {{"Location", next}}};
    };
    const auto poll = run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); });
    ASSERT_TRUE(poll && !poll->ok());
    EXPECT_EQ(poll->error().kind(), cec::ApiError::Kind::Redirect);
    EXPECT_EQ(m_server.requestsTo(u"/poll"_s).size(), 2) << "the original and one redirect";
}

// Every reply has a budget, checked while it is read: a hostile 300 KB token reply or 2 MB poll
// is aborted with a clear error instead of being read (and parsed) whole.
TEST_F(CecClientTest, TokenReplyOverItsBudgetIsAbortedWithAClearError)
{
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/tokenByAkSk"_s))
            return FakeResponse{200, R"({"AccessToken":")" + QByteArray(300 * 1024, 'x') +
                                         R"(","Expires":"600"})"};
        return std::nullopt;
    };
    auto client = makeClient();
    const auto auth = run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); });
    ASSERT_TRUE(auth && !auth->ok());
    EXPECT_EQ(auth->error().kind(), cec::ApiError::Kind::Oversized);
    EXPECT_FALSE(auth->error().userMessage().isEmpty());
}

TEST_F(CecClientTest, PollReplyOverItsBudgetIsAbortedWithAClearError)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s))
            return FakeResponse{200, R"({"resultCode":"0","downlinkMessages":[{"content":")" +
                                         QByteArray(2 * 1024 * 1024, 'x') + R"("}]})"};
        return std::nullopt;
    };
    const auto poll = run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); });
    ASSERT_TRUE(poll && !poll->ok());
    EXPECT_EQ(poll->error().kind(), cec::ApiError::Kind::Oversized);
}

TEST_F(CecClientTest, TokenUrlReplacesTokenByAkSkAndSendsNoSecret)
{
    cec::ClientConfig configuration = config();
    configuration.appSecret.clear();
    QUrl tokenUrl = m_server.url();
    tokenUrl.setPath(u"/enterprise/token"_s);
    configuration.tokenUrl = tokenUrl;
    auto client = makeClient(configuration);
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    EXPECT_TRUE(m_server.requestsTo(u"/tokenByAkSk"_s).isEmpty());
    const auto minted = m_server.requestsTo(u"/enterprise/token"_s);
    ASSERT_EQ(minted.size(), 1);
    EXPECT_EQ(minted[0].method, "POST");
    EXPECT_FALSE(minted[0].json().contains("app_secret"_L1));
    EXPECT_EQ(m_server.requestsTo(u"/applyToken"_s).value(0).header("authorization"),
              "Bearer access-1");
}

TEST_F(CecClientTest, TimeoutIsReportedAsTimeout)
{
    cec::ClientConfig configuration = config();
    configuration.requestTimeout = std::chrono::milliseconds(300);
    configuration.clickToCallEventTimeout = std::chrono::milliseconds(3000);
    auto client = makeClient(configuration);
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s) || request.path.endsWith(u"/getClickToCallEvents"_s))
            return FakeResponse{200, R"({"resultCode":"0"})", {}, 800};
        return std::nullopt;
    };
    const auto poll = run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); });
    ASSERT_TRUE(poll && !poll->ok());
    EXPECT_EQ(poll->error().kind(), Kind::Timeout);
    // The long poll has its own, longer limit.
    const auto event =
        run<cec::ClickToCallEvent>([&](auto cb) { client->getClickToCallEvents(&m_context, cb); });
    ASSERT_TRUE(event && event->ok()) << event->error().toString().toStdString();
    EXPECT_FALSE(event->value().eventId.has_value());
}

TEST_F(CecClientTest, ServerFailuresMapToKinds)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    struct Case
    {
        const char *name;
        FakeResponse response;
        Kind kind;
        int status;
    };
    const Case cases[] = {
        {"500 html", {500, "<html>boom</html>"}, Kind::Http, 500},
        {"500 gateway",
         {500, R"({"errorCode":"APIGW.0201","exceptionInfo":"backend"})"},
         Kind::Gateway,
         500},
        {"404", {404, {}}, Kind::Http, 404},
        {"malformed", {200, "{not json"}, Kind::Malformed, 0},
        {"business", {200, R"({"resultCode":"12","resultDesc":"out of hours"})"}, Kind::Result, 0},
    };
    for (const Case &c : cases) {
        m_override = [&](const FakeRequest &request) -> std::optional<FakeResponse> {
            if (request.path.endsWith(u"/send"_s))
                return c.response;
            return std::nullopt;
        };
        cec::OutgoingMessage connect{
            cec::protocol::ControlType::Connect, cec::protocol::MediaType::Text, {}, {}};
        const auto reply = run<cec::Done>([&](auto cb) { client->send(connect, &m_context, cb); });
        ASSERT_TRUE(reply && !reply->ok()) << c.name;
        EXPECT_EQ(reply->error().kind(), c.kind) << c.name;
        EXPECT_EQ(reply->error().httpStatus(), c.status) << c.name;
    }
}

// The server read the CHAT and closed the connection without a word: Qt must not send it again by
// itself (the agent would see it twice), and the error says that it may have arrived.
TEST_F(CecClientTest, ChatWhoseAnswerIsLostIsNotResentAndMayHaveArrived)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/send"_s))
            return FakeResponse{200, {}, {}, 0, true};
        return std::nullopt;
    };
    cec::OutgoingMessage chat;
    chat.content = u"only once"_s;
    const auto lost = run<cec::Done>([&](auto cb) { client->send(chat, &m_context, cb); });
    ASSERT_TRUE(lost && !lost->ok());
    EXPECT_EQ(lost->error().kind(), Kind::Transport);
    EXPECT_TRUE(lost->error().mayHaveArrived());
    EXPECT_EQ(m_server.requestsTo(u"/send"_s).size(), 1) << "Qt sent the CHAT again by itself";

    cec::ClientConfig nowhere = config();
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    QUrl url = m_server.url();
    url.setPort(closed.serverPort());
    closed.close();
    nowhere.baseUrl = url;
    auto unreachable = makeClient(nowhere);
    const auto refused = run<cec::Done>([&](auto cb) { unreachable->send(chat, &m_context, cb); });
    ASSERT_TRUE(refused && !refused->ok());
    EXPECT_EQ(refused->error().kind(), Kind::Transport);
    EXPECT_FALSE(refused->error().mayHaveArrived()) << "a refused connection carried nothing";
}

TEST_F(CecClientTest, DroppedConnectionAndRefusedConnectionAreTransportErrors)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s))
            return FakeResponse{200, {}, {}, 0, true};
        return std::nullopt;
    };
    const auto dropped = run<cec::PollReply>([&](auto cb) { client->poll(&m_context, cb); });
    ASSERT_TRUE(dropped && !dropped->ok());
    EXPECT_EQ(dropped->error().kind(), Kind::Transport);

    cec::ClientConfig nowhere = config();
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    QUrl url = m_server.url();
    url.setPort(closed.serverPort());
    closed.close();
    nowhere.baseUrl = url;
    auto lost = makeClient(nowhere);
    const auto refused = run<cec::Done>([&](auto cb) { lost->authenticate(&m_context, cb); });
    ASSERT_TRUE(refused && !refused->ok());
    EXPECT_EQ(refused->error().kind(), Kind::Transport);
    EXPECT_EQ(refused->error().userMessage(),
              u"Could not reach the contact centre at 127.0.0.1. Check your network connection or "
              "proxy settings."_s);
}

TEST_F(CecClientTest, RefusalsHappenBeforeAnyRequest)
{
    auto client = makeClient();
    cec::OutgoingMessage tooLong;
    tooLong.content = QString(1025, u'x');
    const auto text = run<cec::Done>([&](auto cb) { client->send(tooLong, &m_context, cb); });
    ASSERT_TRUE(text && !text->ok());
    EXPECT_EQ(text->error().kind(), Kind::Rejected);
    EXPECT_TRUE(text->error().userMessage().contains(u"too long"_s));

    const auto type =
        run<QString>([&](auto cb) { client->uploadFile(u"exe"_s, "MZ", &m_context, cb); });
    EXPECT_EQ(type->error().kind(), Kind::Rejected);
    const auto big = run<QString>([&](auto cb) {
        client->uploadFile(u"png"_s, QByteArray(2 * 1024 * 1024 + 1, 'x'), &m_context, cb);
    });
    EXPECT_EQ(big->error().kind(), Kind::Rejected);

    cec::ClientConfig broken = config();
    broken.userId = QString(30, u'u');
    auto misconfigured = makeClient(broken);
    const auto config = run<cec::PollReply>([&](auto cb) { misconfigured->poll(&m_context, cb); });
    EXPECT_EQ(config->error().kind(), Kind::Rejected);
    EXPECT_TRUE(config->error().userMessage().contains(u"user id"_s));

    EXPECT_TRUE(m_server.requests().isEmpty());

    // Exactly at the limit is fine.
    cec::OutgoingMessage atLimit;
    atLimit.content = QString(512, u'é');
    EXPECT_TRUE(run<cec::Done>([&](auto cb) { client->send(atLimit, &m_context, cb); })->ok());
}

TEST_F(CecClientTest, DestroyedContextSilencesTheCallback)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s))
            return FakeResponse{200, R"({"resultCode":"0"})", {}, 300};
        return std::nullopt;
    };
    bool called = false;
    auto context = std::make_unique<QObject>();
    client->poll(context.get(), [&](cec::Result<cec::PollReply>) { called = true; });
    ASSERT_TRUE(cec::test::waitFor([&] { return !m_server.requestsTo(u"/poll"_s).isEmpty(); }));
    context.reset();
    // A context gone while waiting for tokens is also silent.
    auto early = std::make_unique<QObject>();
    auto fresh = makeClient();
    fresh->poll(early.get(), [&](cec::Result<cec::PollReply>) { called = true; });
    early.reset();
    // Every request either client made has finished, and what they posted has run.
    ASSERT_TRUE(cec::test::waitFor([this] { return m_network.allAnswered(); }));
    cec::test::drainPostedEvents();
    EXPECT_FALSE(called);
}

TEST_F(CecClientTest, DestroyingTheClientAbortsWithoutCallbacks)
{
    auto client = makeClient();
    ASSERT_TRUE(run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); })->ok());
    m_override = [](const FakeRequest &request) -> std::optional<FakeResponse> {
        if (request.path.endsWith(u"/poll"_s))
            return FakeResponse{200, R"({"resultCode":"0"})", {}, 300};
        return std::nullopt;
    };
    bool called = false;
    client->poll(&m_context, [&](cec::Result<cec::PollReply>) { called = true; });
    ASSERT_TRUE(cec::test::waitFor([&] { return !m_server.requestsTo(u"/poll"_s).isEmpty(); }));
    // A refusal is delivered from the event loop, so it too dies with the client.
    cec::OutgoingMessage tooLong;
    tooLong.content = QString(2000, u'x');
    client->send(tooLong, &m_context, [&](cec::Result<cec::Done>) { called = true; });
    client.reset();
    ASSERT_TRUE(cec::test::waitFor([this] { return m_network.allAnswered(); }));
    cec::test::drainPostedEvents();
    EXPECT_FALSE(called);
}

namespace {
QMutex g_logMutex;
QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
}
} // namespace

TEST_F(CecClientTest, LogsNeverContainTokensSecretsOrContent)
{
    QLoggingCategory::setFilterRules(u"cec.*=true"_s);
    g_log.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    {
        auto client = makeClient();
        const auto auth = run<cec::Done>([&](auto cb) { client->authenticate(&m_context, cb); });
        cec::OutgoingMessage message;
        message.content = u"my card number is 4111"_s;
        const auto sent = run<cec::Done>([&](auto cb) { client->send(message, &m_context, cb); });
        EXPECT_TRUE(auth->ok());
        EXPECT_TRUE(sent->ok());
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    const QString all = g_log.join(u'\n');
    EXPECT_TRUE(all.contains(u"/apiaccess/ccmessaging/send"_s))
        << all.toStdString(); // debug lines exist
    for (const QString &secret : {QString::fromLatin1(kSecret), u"access-1"_s, u"messaging-1"_s,
                                  u"Bearer"_s, u"my card number"_s}) {
        EXPECT_FALSE(all.contains(secret)) << secret.toStdString() << " leaked:\n"
                                           << all.toStdString();
    }
}

TEST_F(CecClientTest, ConfiguredProxyCarriesTheRequests)
{
    // The fake server plays an HTTP proxy: Qt sends it absolute-form request lines for a host
    // that does not resolve, so an answer proves the proxy was used.
    cec::ClientConfig configuration = config();
    configuration.baseUrl = QUrl(u"http://contact-centre.invalid:8080"_s);
    configuration.proxy =
        QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, m_server.url().port());
    QNetworkAccessManager network;
    cec::CecClient client(configuration, &network);
    EXPECT_EQ(network.proxy().type(), QNetworkProxy::HttpProxy);
    const auto reply = run<cec::PollReply>([&](auto cb) { client.poll(&m_context, cb); });
    ASSERT_TRUE(reply && reply->ok()) << reply->error().toString().toStdString();
    EXPECT_EQ(m_server.requestsTo(u"/apiaccess/ccmessaging/poll"_s).size(), 1);
}
