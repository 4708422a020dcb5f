#include "simulatorserver.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTimer>

#include <protocol/protocol.h>

Q_LOGGING_CATEGORY(lcSim, "cec.sim")

namespace cec::sim {

using namespace Qt::StringLiterals;
namespace proto = cec::protocol;

namespace {

HttpReply fabricError(int status, const QString &code, const QString &info)
{
    return HttpReply::json({{u"errorCode"_s, code}, {u"exceptionInfo"_s, info}}, status);
}

const auto kIllegalToken = u"auth fail! illegal or expired token info. please apply or refresh the "
                           u"access token from the server!"_s;

QString hint(const QString &token)
{
    return token.isEmpty() ? u"-"_s : token.left(6) + u"…"_s;
}

// What the per-request log line needs to know once the answer finally goes out.
struct Trace
{
    QString method;
    QString path;
    QString token;
    qint64 startMs = 0;
};

} // namespace

SimulatorServer::SimulatorServer(const Scenario &scenario, const Credentials &credentials,
                                 QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_credentials(credentials)
    , m_tenant(m_scenario, credentials.channelId)
{}

void SimulatorServer::attachGateway(Gateway *gateway)
{
    m_gateway = gateway;
    m_tenant.setCallMedia(gateway);
    connect(gateway, &Gateway::customerHungUp, &m_tenant, &Tenant::customerHungUp);
    connect(gateway, &Gateway::agentRejected, &m_tenant, &Tenant::mediaRejected);
}

void SimulatorServer::handle(HttpRequest request, const PendingResponsePtr &reply)
{
    if (request.path.startsWith("/sim/"_L1)) {
        handleControl(request, reply);
        return;
    }
    const quint64 logId = m_log.append(request);
    auto trace = std::make_shared<Trace>();
    trace->method = request.method;
    trace->path = request.path;
    trace->startMs = m_log.elapsedMs();
    trace->token = request.header(proto::header::kMessagingToken);
    reply->setAfterSend([this, logId, trace](int status) {
        m_log.setStatus(logId, status);
        const QString user = m_tokens.messagingTokenUser(trace->token).value_or(QString());
        qCInfo(lcSim).noquote() << trace->method << trace->path << "->"
                                << (status ? QString::number(status) : u"dropped"_s)
                                << u"(%1 ms)"_s.arg(m_log.elapsedMs() - trace->startMs)
                                << (user.isEmpty() ? QString() : u"user="_s + user)
                                << (trace->token.isEmpty()
                                        ? QString()
                                        : u"ccmessaging-token="_s + hint(trace->token));
    });
    const std::optional<FaultRule> fault = m_faults.take(request.path);
    if (fault && !fault->headers.isEmpty())
        reply->setForcedHeaders(fault->headers);
    if (fault && fault->latencyMs > 0) {
        QTimer::singleShot(fault->latencyMs, Qt::PreciseTimer, this,
                           [this, request, reply, fault] { proceed(request, reply, fault); });
        return;
    }
    proceed(request, reply, fault);
}

void SimulatorServer::proceed(const HttpRequest &request, const PendingResponsePtr &reply,
                              const std::optional<FaultRule> &fault)
{
    if (fault && fault->drop) {
        reply->drop();
        return;
    }
    if (fault && fault->malformed) {
        // Looks like the start of a real answer that was cut off mid-way.
        HttpReply broken;
        broken.body = R"({"resultCode":"0","downlinkMe)";
        reply->send(broken);
        return;
    }
    if (fault && fault->dropReply)
        reply->dropWhenAnswered(); // handled below as usual, but the client never hears the answer
    if (fault && fault->status) {
        HttpReply injected;
        injected.status = *fault->status;
        injected.body = fault->body.isEmpty()
                            ? QJsonDocument(QJsonObject{{u"errorCode"_s, u"SIM.FAULT"_s},
                                                        {u"exceptionInfo"_s, u"injected fault"_s}})
                                  .toJson(QJsonDocument::Compact)
                            : fault->body;
        reply->send(injected);
        return;
    }
    handleApi(request, reply);
}

void SimulatorServer::handleApi(const HttpRequest &request, const PendingResponsePtr &reply)
{
    if (request.path == proto::path::kTokenByAkSk || request.path == "/enterprise/token"_L1) {
        if (request.method != "POST"_L1)
            return reply->send(fabricError(405, u"APIGW.0105"_s, u"Method not allowed."_s));
        issueAccessToken(request, reply, request.path == proto::path::kTokenByAkSk);
        return;
    }

    struct Route
    {
        QLatin1StringView path;
        QLatin1StringView method;
    };
    static const Route routes[] = {
        {proto::path::kApplyToken, "POST"_L1},
        {proto::path::kSend, "POST"_L1},
        {proto::path::kPoll, "GET"_L1},
        {proto::path::kQueryQueueInfo, "POST"_L1},
        {proto::path::kUploadFileStream, "POST"_L1},
        {proto::path::kDownloadFileStream, "POST"_L1},
        {proto::path::kQueryHistory, "POST"_L1},
        {proto::path::kSurveyMode, "POST"_L1},
        {proto::path::kSaveSatisfaction, "POST"_L1},
        {proto::path::kLeaveMessage, "POST"_L1},
        {proto::path::kCheckClickToCall, "GET"_L1},
        {proto::path::kCreateClickToCall, "POST"_L1},
        {proto::path::kClickToCallEvents, "GET"_L1},
        {proto::path::kDropClickToCall, "POST"_L1},
    };
    const Route *route = nullptr;
    for (const Route &candidate : routes) {
        if (request.path == candidate.path)
            route = &candidate;
    }
    if (!route)
        return reply->send(fabricError(404, u"APIGW.0101"_s,
                                       u"The API does not exist or has not been published in the "
                                       u"environment."_s));
    if (request.method != route->method)
        return reply->send(
            fabricError(405, u"APIGW.0105"_s,
                        u"Method %1 is not allowed; use %2."_s.arg(request.method, route->method)));

    // API Fabric first: the app key, then the AccessToken that was issued to that app.
    const QString appKey = request.header(proto::header::kAppKey);
    if (appKey != m_credentials.appKey)
        return reply->send(fabricError(
            403, u"APIGW.0308"_s, u"auth fail! the x-app-key header is missing or unknown."_s));
    const QString authorization = request.header("authorization"_L1);
    static const QRegularExpression bearer(u"^Bearer (\\S+)$"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const auto match = bearer.match(authorization);
    const auto tokenApp =
        match.hasMatch() ? m_tokens.accessTokenAppKey(match.captured(1)) : std::optional<QString>();
    if (!tokenApp || *tokenApp != appKey)
        return reply->send(fabricError(403, u"APIGW.0307"_s, kIllegalToken));

    QJsonObject body;
    if (request.method == "POST"_L1) {
        const std::optional<QJsonObject> parsed = jsonObjectBody(request.body);
        if (!parsed)
            return reply->send(
                HttpReply::json({{u"resultCode"_s, u"1"_s},
                                 {u"resultDesc"_s, u"the request body is not a JSON object"_s}},
                                400));
        body = *parsed;
    }

    if (request.path == proto::path::kApplyToken)
        return reply->send(HttpReply::json(applyToken(body)));

    const QString token = request.header(proto::header::kMessagingToken);
    const std::optional<QString> userId = m_tokens.messagingTokenUser(token);
    if (!userId)
        return reply->send(
            HttpReply::json({{u"resultCode"_s, u"3"_s}, {u"resultDesc"_s, u"token error"_s}}, 401));

    reply->setBeforeSend([this, token](HttpReply &answer) {
        const QString next = m_tokens.rotateIfDue(token, m_scenario.rotateMessagingTokenEvery);
        if (!next.isEmpty())
            answer.headers.append(
                {QByteArray(proto::header::kMessagingToken.data()), next.toLatin1()});
    });
    dispatch(*userId, request, body, reply);
}

void SimulatorServer::issueAccessToken(const HttpRequest &request, const PendingResponsePtr &reply,
                                       bool requireSecret)
{
    const std::optional<QJsonObject> parsed = jsonObjectBody(request.body);
    if (!parsed)
        return reply->send(
            fabricError(400, u"APIGW.0201"_s, u"The request body is not valid JSON."_s));
    const QJsonObject &body = *parsed;
    int lifetime = proto::kDefaultAccessTokenLifetimeSeconds;
    const QString expire = request.header(proto::header::kTokenExpire);
    if (!expire.isEmpty()) {
        bool ok = false;
        lifetime = expire.trimmed().toInt(&ok);
        if (!ok || lifetime <= 0 || lifetime > m_scenario.accessTokenMaxLifetime)
            return reply->send(
                fabricError(400, u"APIGW.0110"_s,
                            u"X-Token-Expire must be an integer between 1 and %1 seconds."_s.arg(
                                m_scenario.accessTokenMaxLifetime)));
    }
    QString appKey = body.value(u"app_key"_s).toString();
    if (requireSecret) {
        if (appKey.isEmpty() || body.value(u"app_secret"_s).toString().isEmpty())
            return reply->send(
                fabricError(400, u"APIGW.0111"_s, u"app_key and app_secret are required."_s));
        if (appKey != m_credentials.appKey ||
            body.value(u"app_secret"_s).toString() != m_credentials.appSecret)
            return reply->send(fabricError(401, u"APIGW.0301"_s,
                                           u"Incorrect app authentication information: the app_key "
                                           u"or app_secret is wrong."_s));
    } else {
        // The enterprise relay holds the secret itself; a client may name the app or not.
        if (appKey.isEmpty())
            appKey = m_credentials.appKey;
        if (appKey != m_credentials.appKey)
            return reply->send(fabricError(401, u"APIGW.0301"_s, u"Unknown app_key."_s));
    }
    const qint64 lifetimeMs = m_scenario.accessTokenDiesAfterMs > 0
                                  ? m_scenario.accessTokenDiesAfterMs
                                  : qint64(lifetime) * 1000;
    const TokenStore::AccessToken token = m_tokens.issueAccessToken(appKey, lifetimeMs);
    reply->send(HttpReply::json({
        {u"AccessToken"_s, token.token},
        {u"ApplyType"_s, u"Bearer"_s},
        {u"CreateTime"_s, QString::number(token.createdMs / 1000)},
        {u"Expires"_s, m_scenario.accessTokenStatedExpires.isEmpty()
                           ? QString::number(lifetime)
                           : m_scenario.accessTokenStatedExpires},
        {u"Scope"_s, u"ccmessaging"_s},
        {u"AppKey"_s, appKey},
        {u"UserID"_s, u"Anonymous"_s},
    }));
}

QJsonObject SimulatorServer::applyToken(const QJsonObject &body)
{
    const auto failure = [](const QString &desc) {
        return QJsonObject{{u"resultCode"_s, u"1"_s}, {u"resultDesc"_s, desc}};
    };
    const QString userId = body.value(u"userId"_s).toString();
    const QString userName = body.value(u"userName"_s).toString();
    const QString channelId = body.value(u"channelId"_s).toString();
    const QString locale = body.value(u"locale"_s).toString();
    if (userId.isEmpty() || userName.isEmpty() || channelId.isEmpty() || locale.isEmpty())
        return failure(u"userId, userName, channelId and locale are required"_s);
    if (userId.size() > proto::kMaxApplyTokenUserIdLength)
        return failure(u"userId must be 1-32 characters"_s);
    if (channelId != m_credentials.channelId)
        return failure(u"channelId is not the configuration ID of a WEB channel"_s);
    static const QRegularExpression localePattern(u"^[a-z]{2}([_-][A-Za-z]{2})?$"_s);
    if (!localePattern.match(locale).hasMatch())
        return failure(u"locale must look like zh, zh_CN, en or en_US"_s);
    m_tenant.registerCustomer(userId, userName, locale);
    return {{u"token"_s, m_tokens.issueMessagingToken(userId)},
            {u"resultCode"_s, u"0"_s},
            {u"resultDesc"_s, u""_s}};
}

void SimulatorServer::dispatch(const QString &userId, const HttpRequest &request,
                               const QJsonObject &body, const PendingResponsePtr &reply)
{
    const QString &path = request.path;
    const auto answer = [&reply](const QJsonObject &object) {
        reply->send(HttpReply::json(object));
    };
    if (path == proto::path::kSend)
        answer(m_tenant.send(userId, body));
    else if (path == proto::path::kPoll)
        m_tenant.poll(userId, request, reply);
    else if (path == proto::path::kQueryQueueInfo)
        answer(m_tenant.queryQueueInfo(userId, body));
    else if (path == proto::path::kUploadFileStream)
        answer(m_tenant.uploadFile(userId, body));
    else if (path == proto::path::kDownloadFileStream)
        answer(m_tenant.downloadFile(body));
    else if (path == proto::path::kQueryHistory)
        answer(m_tenant.queryHistory(userId, body));
    else if (path == proto::path::kSurveyMode)
        answer(m_tenant.surveyMode());
    else if (path == proto::path::kSaveSatisfaction)
        answer(m_tenant.saveSatisfaction(userId, body));
    else if (path == proto::path::kLeaveMessage)
        answer(m_tenant.leaveMessage(userId, body));
    else if (path == proto::path::kCheckClickToCall)
        answer(m_tenant.checkClickToCall(request));
    else if (path == proto::path::kCreateClickToCall)
        answer(m_tenant.createClickToCall(userId, body));
    else if (path == proto::path::kClickToCallEvents)
        m_tenant.clickToCallEvents(userId, request, reply);
    else if (path == proto::path::kDropClickToCall)
        answer(m_tenant.dropClickToCall(userId, body));
}

} // namespace cec::sim
