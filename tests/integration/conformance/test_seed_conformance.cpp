// Sends the seed page's requests (the click-to-call code example, docs/cec-api.md §4) exactly as
// it writes them (paths, headers, bodies; raw QNetworkAccessManager, not our client) to cec-sim
// and checks the replies the documentation gives.
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct HttpAnswer
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
};

class SeedConformance : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_sim.start(&error)) << error.toStdString();
        m_sim.configure({{u"clickToCall"_s, QJsonObject{{u"queueEvents"_s, 1},
                                                        {u"queueStepMs"_s, 200},
                                                        {u"eventHoldMs"_s, 1000}}}});
    }

    HttpAnswer exchange(const QByteArray &method, const QString &path, const QJsonObject &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers,
                        int timeoutMs = 60000)
    {
        QUrl url = m_sim.httpUrl();
        const qsizetype queryStart = path.indexOf(u'?');
        url.setPath(path.left(queryStart));
        if (queryStart >= 0)
            url.setQuery(path.mid(queryStart + 1));
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs); // the seed's axios timeout for the long poll
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        const QByteArray payload =
            method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
        cec::test::waitFor([reply] { return reply->isFinished(); }, timeoutMs + 5000);
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.raw = reply->readAll();
        answer.body = QJsonDocument::fromJson(answer.raw).object();
        reply->deleteLater();
        return answer;
    }

    // The three headers every seed request carries (plus Content-Type).
    QList<std::pair<QByteArray, QByteArray>> seedHeaders() const
    {
        return {{"Content-Type", "application/json"},
                {"x-app-key", "cec-demo-app"},
                {"Authorization", "Bearer " + m_accessToken.toUtf8()},
                {"ccmessaging-token", m_messagingToken.toUtf8()}};
    }

    void authenticate()
    {
        const HttpAnswer token =
            exchange("POST", u"/apigovernance/api/oauth/tokenByAkSk"_s,
                     {{u"app_key"_s, u"cec-demo-app"_s}, {u"app_secret"_s, u"cec-demo-secret"_s}},
                     {{"Content-Type", "application/json"}, {"X-Token-Expire", "600"}});
        ASSERT_EQ(token.status, 200) << token.raw.toStdString();
        // docs/cec-api.md §2.1: every value is a string.
        for (const auto *field : {"AccessToken", "ApplyType", "CreateTime", "Expires"})
            ASSERT_TRUE(token.body.value(QLatin1StringView(field)).isString()) << field;
        EXPECT_EQ(token.body.value(u"ApplyType"_s).toString(), u"Bearer"_s);
        EXPECT_EQ(token.body.value(u"Expires"_s).toString(), u"600"_s);
        m_accessToken = token.body.value(u"AccessToken"_s).toString();

        const HttpAnswer applied =
            exchange("POST", u"/apiaccess/ccmessaging/applyToken"_s,
                     {{u"userId"_s, m_userId},
                      {u"userName"_s, u"Seed User"_s},
                      {u"channelId"_s, m_channelId},
                      {u"locale"_s, u"en"_s}},
                     {{"Content-Type", "application/json"},
                      {"x-app-key", "cec-demo-app"},
                      {"Authorization", "Bearer " + m_accessToken.toUtf8()}});
        ASSERT_EQ(applied.status, 200) << applied.raw.toStdString();
        EXPECT_EQ(applied.body.value(u"resultCode"_s).toString(), u"0"_s);
        m_messagingToken = applied.body.value(u"token"_s).toString();
        ASSERT_FALSE(m_messagingToken.isEmpty());
    }

    void connectChat()
    {
        // Seed step 1, body exactly as the page sends it.
        const HttpAnswer sent = exchange("POST", u"/apiaccess/ccmessaging/send"_s,
                                         {{u"channel"_s, u"WEB"_s},
                                          {u"content"_s, u"start"_s},
                                          {u"controlType"_s, u"CONNECT"_s},
                                          {u"from"_s, m_userId},
                                          {u"mediaType"_s, u"TEXT"_s},
                                          {u"sourceType"_s, u"CUSTOMER"_s},
                                          {u"to"_s, m_channelId}},
                                         seedHeaders());
        ASSERT_EQ(sent.status, 200) << sent.raw.toStdString();
        ASSERT_EQ(sent.body.value(u"resultCode"_s).toString(), u"0"_s) << sent.raw.toStdString();
    }

    HttpAnswer pollEvent()
    {
        return exchange("GET", u"/apiaccess/ccmessaging/v1/getClickToCallEvents?channel=WEB"_s, {},
                        seedHeaders(), 60000);
    }

    cec::test::SimulatorProcess m_sim;
    QNetworkAccessManager m_network;
    QString m_userId = u"seed-user-1"_s;
    QString m_channelId = u"1011577355744904195"_s;
    QString m_accessToken;
    QString m_messagingToken;
};

TEST_F(SeedConformance, WholeClickToCallSequenceAnswersAsDocumented)
{
    ASSERT_NO_FATAL_FAILURE(authenticate());
    ASSERT_NO_FATAL_FAILURE(connectChat());

    const HttpAnswer support =
        exchange("GET", u"/apiaccess/ccmessaging/v1/checkClickToCallSupport?channel=WEB"_s, {},
                 seedHeaders());
    ASSERT_EQ(support.status, 200);
    EXPECT_EQ(support.body.value(u"resultCode"_s).toString(), u"0"_s);
    ASSERT_TRUE(support.body.value(u"webRTCSupported"_s).isBool()) << support.raw.toStdString();
    ASSERT_TRUE(support.body.value(u"clickToCallSupported"_s).isBool());
    EXPECT_TRUE(support.body.value(u"webRTCSupported"_s).toBool());
    EXPECT_TRUE(support.body.value(u"clickToCallSupported"_s).toBool());

    const HttpAnswer created =
        exchange("POST", u"/apiaccess/ccmessaging/v1/createClickToCall"_s,
                 {{u"channel"_s, u"WEB"_s}, {u"mediaAbility"_s, u"0"_s}}, seedHeaders());
    ASSERT_EQ(created.status, 200);
    ASSERT_EQ(created.body.value(u"resultCode"_s).toString(), u"0"_s) << created.raw.toStdString();

    // Long poll until the call is set up: 168102 first (queueEvents 1), then 168101.
    QList<int> events;
    QJsonObject setup;
    for (int attempt = 0; attempt < 10 && setup.isEmpty(); ++attempt) {
        const HttpAnswer event = pollEvent();
        ASSERT_EQ(event.status, 200);
        ASSERT_EQ(event.body.value(u"resultCode"_s).toString(), u"0"_s) << event.raw.toStdString();
        if (!event.body.contains(u"eventId"_s)) {
            EXPECT_EQ(event.body.value(u"resultDesc"_s).toString(),
                      u"ClickToCall polled without any events"_s);
            continue;
        }
        ASSERT_TRUE(event.body.value(u"eventId"_s).isDouble()) << "eventId is a number in the seed";
        const int id = event.body.value(u"eventId"_s).toInt();
        events << id;
        if (id == 168102) {
            EXPECT_EQ(event.body.value(u"resultDesc"_s).toString(), u"Call in queue"_s);
        }
        if (id == 168101) {
            EXPECT_EQ(event.body.value(u"resultDesc"_s).toString(), u"Call connected"_s);
            setup = event.body.value(u"content"_s).toObject();
        }
    }
    ASSERT_EQ(events, (QList<int>{168102, 168101}));
    EXPECT_TRUE(setup.value(u"domain"_s).isString());
    ASSERT_TRUE(setup.value(u"gwAddresses"_s).isArray());
    EXPECT_FALSE(setup.value(u"gwAddresses"_s).toArray().isEmpty());
    EXPECT_TRUE(setup.value(u"gwAddresses"_s).toArray().first().isString());
    EXPECT_FALSE(setup.value(u"accessCode"_s).toVariant().toString().isEmpty());
    EXPECT_TRUE(setup.value(u"clickToCallCaller"_s).isString());

    // The agent releases: 168110 with causeId/causeDesc.
    m_sim.control("POST", u"/sim/call/release"_s,
                  {{u"userId"_s, m_userId}, {u"causeDesc"_s, u"agent hung up"_s}});
    const HttpAnswer released = pollEvent();
    ASSERT_EQ(released.body.value(u"eventId"_s).toInt(), 168110) << released.raw.toStdString();
    EXPECT_EQ(released.body.value(u"resultDesc"_s).toString(), u"Call disconnected"_s);
    const QJsonObject cause = released.body.value(u"content"_s).toObject();
    EXPECT_TRUE(cause.contains(u"causeId"_s));
    EXPECT_EQ(cause.value(u"causeDesc"_s).toString(), u"agent hung up"_s);

    const HttpAnswer dropped = exchange("POST", u"/apiaccess/ccmessaging/v1/dropClickToCall"_s,
                                        {{u"channel"_s, u"WEB"_s}}, seedHeaders());
    ASSERT_EQ(dropped.status, 200);
    EXPECT_TRUE(dropped.body.value(u"resultCode"_s).isString());

    // The simulator saw the seed's exact paths, in order.
    QStringList paths;
    for (const auto &request : m_sim.requests())
        paths << request.toObject().value(u"path"_s).toString();
    paths.removeAll(u"/apiaccess/ccmessaging/v1/getClickToCallEvents"_s);
    EXPECT_EQ(paths,
              (QStringList{u"/apigovernance/api/oauth/tokenByAkSk"_s,
                           u"/apiaccess/ccmessaging/applyToken"_s, u"/apiaccess/ccmessaging/send"_s,
                           u"/apiaccess/ccmessaging/v1/checkClickToCallSupport"_s,
                           u"/apiaccess/ccmessaging/v1/createClickToCall"_s,
                           u"/apiaccess/ccmessaging/v1/dropClickToCall"_s}));
}

TEST_F(SeedConformance, LongPollWithoutEventsAnswersNoEventsAfterHolding)
{
    ASSERT_NO_FATAL_FAILURE(authenticate());
    ASSERT_NO_FATAL_FAILURE(connectChat());
    m_sim.configure(
        {{u"clickToCall"_s, QJsonObject{{u"queueEvents"_s, 0}, {u"eventHoldMs"_s, 500}}}});
    const HttpAnswer created =
        exchange("POST", u"/apiaccess/ccmessaging/v1/createClickToCall"_s,
                 {{u"channel"_s, u"WEB"_s}, {u"mediaAbility"_s, u"1"_s}}, seedHeaders());
    ASSERT_EQ(created.body.value(u"resultCode"_s).toString(), u"0"_s) << created.raw.toStdString();
    const HttpAnswer setup = pollEvent();
    ASSERT_EQ(setup.body.value(u"eventId"_s).toInt(), 168101) << setup.raw.toStdString();

    // The call is up and nothing else is pending: the next long poll is held, then says so.
    QElapsedTimer held;
    held.start();
    const HttpAnswer event = pollEvent();
    EXPECT_GE(held.elapsed(), 400) << "a long poll with nothing pending is held";
    EXPECT_EQ(event.body.value(u"resultCode"_s).toString(), u"0"_s);
    EXPECT_FALSE(event.body.contains(u"eventId"_s)) << event.raw.toStdString();
    EXPECT_EQ(event.body.value(u"resultDesc"_s).toString(),
              u"ClickToCall polled without any events"_s);
}

TEST_F(SeedConformance, CreateOutsideWorkingHoursAndUnsupportedChannelUseDocumentedCodes)
{
    ASSERT_NO_FATAL_FAILURE(authenticate());
    ASSERT_NO_FATAL_FAILURE(connectChat());
    for (const QString &code : {u"7"_s, u"12"_s, u"13"_s}) {
        m_sim.configure({{u"clickToCall"_s, QJsonObject{{u"createResultCode"_s, code}}}});
        const HttpAnswer created =
            exchange("POST", u"/apiaccess/ccmessaging/v1/createClickToCall"_s,
                     {{u"channel"_s, u"WEB"_s}, {u"mediaAbility"_s, u"0"_s}}, seedHeaders());
        EXPECT_EQ(created.status, 200);
        EXPECT_EQ(created.body.value(u"resultCode"_s).toString(), code)
            << created.raw.toStdString();
    }
}

TEST_F(SeedConformance, ExpiredAccessTokenGetsTheApiFabricErrorBody)
{
    ASSERT_NO_FATAL_FAILURE(authenticate());
    m_sim.control("POST", u"/sim/tokens/expire"_s, {{u"which"_s, u"access"_s}});
    const HttpAnswer refused =
        exchange("GET", u"/apiaccess/ccmessaging/v1/checkClickToCallSupport?channel=WEB"_s, {},
                 seedHeaders());
    EXPECT_EQ(refused.status, 403);
    EXPECT_TRUE(refused.body.value(u"errorCode"_s).isString()) << refused.raw.toStdString();
    EXPECT_TRUE(refused.body.value(u"exceptionInfo"_s).toString().startsWith(u"auth fail!"_s));
}

TEST_F(SeedConformance, ExpiredMessagingTokenGets401)
{
    ASSERT_NO_FATAL_FAILURE(authenticate());
    m_sim.control("POST", u"/sim/tokens/expire"_s, {{u"which"_s, u"messaging"_s}});
    const HttpAnswer refused =
        exchange("GET", u"/apiaccess/ccmessaging/v1/checkClickToCallSupport?channel=WEB"_s, {},
                 seedHeaders());
    EXPECT_EQ(refused.status, 401) << refused.raw.toStdString();
}

} // namespace
