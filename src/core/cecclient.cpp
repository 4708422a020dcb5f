#include "cecclient.h"

#include "cecclient_p.h"
#include "logging.h"
#include "uploadrule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <cstring>
#include <utility>

namespace cec {

using namespace Qt::StringLiterals;
namespace path = protocol::path;

namespace {

// A same-origin redirect chain longer than this is not a configuration anybody needs.
constexpr int kMaxRedirects = 5;
// Poll and history replies are lists of messages of at most 500 characters each (downlink content
// limit): 1 MiB holds hundreds of them, far more than one poll or history page brings.
constexpr qint64 kMaxListReplyBytes = 1024 * 1024;
// A renewal that starts within this time of the previous one's end, because the service refused
// the fresh tokens or because that renewal failed, is a repeat and waits its back-off. Legitimate
// renewals (a token's normal end, one rotation) are minutes to an hour apart; this is longer than
// any back-off pause, so a storm cannot slip out of the streak by being slow.
constexpr std::chrono::minutes kRenewalStreakWindow{5};

QByteArray latin1(QLatin1StringView text)
{
    return QByteArray(text.data(), text.size());
}

QString channelWeb()
{
    return protocol::kChannelWeb;
}

template <typename T, typename Parser> RawCompletion parsedBy(Callback<T> done, Parser parser)
{
    return [done = std::move(done), parser](Result<QByteArray> raw) {
        if (!raw) {
            done(raw.error());
            return;
        }
        done(parser(raw.value()));
    };
}

RawCompletion plainBy(Callback<Done> done, const QString &operation)
{
    return parsedBy<Done>(std::move(done), [operation](const QByteArray &body) {
        return parse::plainReply(body, operation);
    });
}

// A request body that Qt can read only once. Qt's HTTP stack silently sends a request again when
// its connection closes before any byte of the answer (meant for stale keep-alive connections), so
// a POST the server already handled would take effect twice. Qt cannot rewind this body, so it
// fails with ContentReSendError instead and the caller decides what to do. (Qt re-sends the body of
// a 307/308 the same way, so such a redirect of a CHAT is not followed: it fails as HTTP 307.)
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// CecClientPrivate

CecClientPrivate::CecClientPrivate(CecClient *owner, ClientConfig config,
                                   QNetworkAccessManager *network)
    : m_config(std::move(config))
    , q(owner)
    , m_network(network)
    , m_signIn(m_config.signInBackoff, m_config.random)
{
    m_renewalPause.setSingleShot(true);
    QObject::connect(&m_renewalPause, &QTimer::timeout, q, [this] { fetchTokens(); });
    // QNetworkRequest has no per-request proxy, so a configured proxy is set on the injected
    // manager; the caller hands us a manager meant for this client.
    if (m_config.proxy && m_network)
        m_network->setProxy(*m_config.proxy);
}

CecClientPrivate::~CecClientPrivate()
{
    // Pending token waiters are dropped unheard, and replies are aborted without callbacks.
    m_tokenWaiters.clear();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        QNetworkReply *reply = it.key();
        it.value()->cancelled = true;
        QObject::disconnect(reply, nullptr, q, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl CecClientPrivate::urlFor(const RequestSpec &spec) const
{
    QUrl url = spec.absoluteUrl;
    if (url.isEmpty()) {
        url = m_config.baseUrl;
        QString basePath = url.path();
        while (basePath.endsWith(u'/'))
            basePath.chop(1);
        url.setPath(basePath + spec.path);
    }
    if (!spec.query.isEmpty())
        url.setQuery(spec.query);
    return url;
}

QNetworkRequest CecClientPrivate::buildRequest(const PendingCall &call) const
{
    const RequestSpec &spec = call.spec;
    QNetworkRequest request(urlFor(spec));
    // Every request carries the app key and tokens, tokenByAkSk the app secret, and a 307 re-sends
    // the body: a redirect is only followed to the same origin, and each address once
    // (vetRedirect).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setRawHeader("Content-Type", "application/json;charset=UTF-8");
    request.setRawHeader("Accept", "application/json");
    if (spec.tokens == TokenUse::None) {
        const int lifetime = std::clamp(m_config.accessTokenLifetimeSeconds, 1,
                                        protocol::kMaxAccessTokenLifetimeSeconds);
        request.setRawHeader(latin1(protocol::header::kTokenExpire), QByteArray::number(lifetime));
    } else {
        request.setRawHeader("Authorization", "Bearer " + call.usedAccessToken.toUtf8());
    }
    request.setRawHeader(latin1(protocol::header::kAppKey), m_config.appKey.toUtf8());
    if (spec.tokens == TokenUse::Both)
        request.setRawHeader(latin1(protocol::header::kMessagingToken),
                             call.usedMessagingToken.toUtf8());

    if (request.url().scheme().compare("https"_L1, Qt::CaseInsensitive) == 0) {
        // System CAs plus the configured ones; errors are reported, never ignored.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_config.extraCaCertificates.isEmpty())
            tls.addCaCertificates(m_config.extraCaCertificates);
        request.setSslConfiguration(tls);
    }
    return request;
}

void CecClientPrivate::submit(RequestSpec spec, QObject *context, RawCompletion complete)
{
    auto call = std::make_shared<PendingCall>();
    call->spec = std::move(spec);
    call->context = context;
    call->hasContext = context != nullptr;
    call->complete = std::move(complete);

    if (const QString problem = m_config.validate(); !problem.isEmpty()) {
        refuse(call->spec.operation, problem, context, std::move(call->complete));
        return;
    }
    if (call->spec.tokens == TokenUse::None) {
        start(call);
        return;
    }
    requireTokens(call->spec.tokens == TokenUse::Both, [this, call](std::optional<ApiError> error) {
        if (error)
            deliver(call, error->setMayHaveArrived(false)); // the token's request, not this one
        else if (call->hasContext && !call->context)
            qCDebug(lcClient).noquote() << call->spec.operation << "dropped: its context is gone";
        else
            start(call);
    });
}

void CecClientPrivate::refuse(const QString &operation, const QString &sentence, QObject *context,
                              RawCompletion complete)
{
    qCDebug(lcClient).noquote() << operation << "refused before sending:" << sentence;
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, q, [=, complete = std::move(complete)] {
        if (hasContext && !guard)
            return;
        complete(ApiError(ApiError::Kind::Rejected, operation, sentence));
    });
}

void CecClientPrivate::deliver(const std::shared_ptr<PendingCall> &call, Result<QByteArray> result)
{
    if (call->cancelled || (call->hasContext && !call->context)) {
        qCDebug(lcClient).noquote() << call->spec.operation << "reply dropped: its context is gone";
        return;
    }
    auto complete = std::move(call->complete);
    call->complete = nullptr;
    if (complete)
        complete(std::move(result));
}

// ---------------------------------------------------------------------------------------------
// Tokens

QDateTime CecClientPrivate::now() const
{
    return m_config.clock ? m_config.clock() : QDateTime::currentDateTimeUtc();
}

bool CecClientPrivate::accessTokenUsable() const
{
    if (!m_accessToken || m_accessToken->token.isEmpty())
        return false;
    // Renew at 80 % of the lifetime, judged when a request starts.
    const qint64 renewAfterMs = qint64(m_accessToken->lifetimeSeconds) * 800;
    return now() < m_accessToken->createdAt.addMSecs(renewAfterMs);
}

bool CecClientPrivate::anyWaiterNeedsMessaging() const
{
    return std::any_of(m_tokenWaiters.cbegin(), m_tokenWaiters.cend(),
                       [](const TokenWaiter &waiter) { return waiter.needsMessaging; });
}

void CecClientPrivate::requireTokens(bool needsMessaging, TokenResume resume, bool afterAuthFailure)
{
    if (!m_renewing && accessTokenUsable() && (!needsMessaging || !m_messagingToken.isEmpty())) {
        resume(std::nullopt);
        return;
    }
    m_tokenWaiters.push_back({needsMessaging, std::move(resume)});
    if (!m_renewing)
        startRenewal(afterAuthFailure);
}

void CecClientPrivate::startRenewal(bool afterAuthFailure)
{
    m_renewing = true;
    m_renewalRetriedAccess = false;
    // A renewal soon after one whose tokens were refused at once (a garbage rotated token, a
    // token that dies at once) or which failed outright would repeat it: without a pause that
    // is a renewal per request, for ever.
    const bool recent =
        m_lastRenewalEnd.isValid() &&
        now() < m_lastRenewalEnd.addSecs(std::chrono::seconds(kRenewalStreakWindow).count());
    if (!recent || !(afterAuthFailure || m_lastRenewalFailed)) {
        m_signIn.reset();
        fetchTokens();
        return;
    }
    const auto pause = m_signIn.failed();
    if (m_signIn.exhausted()) {
        const QString cause = m_lastRenewalProblem;
        qCWarning(lcAuth).noquote() << "signing in failed" << m_signIn.failures()
                                    << "times in a row; giving up (last:" << cause << ")";
        // The next request (the user reconnecting) starts afresh (finishRenewal ends the
        // streak); whoever polls must stop on this error.
        m_signIn.reset();
        finishRenewal(ApiError(ApiError::Kind::SignIn,
                               m_config.tokenUrl.isEmpty() ? u"tokenByAkSk"_s : u"tokenUrl"_s,
                               cause));
        return;
    }
    qCInfo(lcAuth).noquote() << "renewal" << m_signIn.failures() << "in a row ("
                             << m_lastRenewalProblem << ") - waiting" << pause.count()
                             << "ms first";
    m_renewalPause.start(pause);
}

void CecClientPrivate::fetchTokens()
{
    if (!accessTokenUsable())
        fetchAccessToken();
    else if (anyWaiterNeedsMessaging() && m_messagingToken.isEmpty())
        fetchMessagingToken();
    else
        finishRenewal(std::nullopt);
}

void CecClientPrivate::fetchAccessToken()
{
    auto call = std::make_shared<PendingCall>();
    call->isTokenFetch = true;
    RequestSpec &spec = call->spec;
    spec.method = "POST";
    spec.tokens = TokenUse::None;
    spec.timeout = m_config.requestTimeout;
    if (!m_config.tokenUrl.isEmpty()) {
        // The enterprise's token service holds the secret; we only say who we are.
        spec.operation = u"tokenUrl"_s;
        spec.absoluteUrl = m_config.tokenUrl;
        spec.body = {{u"app_key"_s, m_config.appKey}, {u"userId"_s, m_config.userId}};
    } else {
        spec.operation = u"tokenByAkSk"_s;
        spec.path = path::kTokenByAkSk;
        spec.body = {{u"app_key"_s, m_config.appKey}, {u"app_secret"_s, m_config.appSecret}};
    }
    call->complete = [this](Result<QByteArray> raw) {
        if (!raw) {
            finishRenewal(raw.error());
            return;
        }
        Result<AccessToken> token = parse::accessToken(raw.value(), now());
        if (!token) {
            finishRenewal(token.error());
            return;
        }
        m_accessToken = token.value();
        qCInfo(lcAuth) << "access token obtained, valid for" << token->lifetimeSeconds << "s";
        Q_EMIT q->accessTokenRenewed();
        if (anyWaiterNeedsMessaging() && m_messagingToken.isEmpty())
            fetchMessagingToken();
        else
            finishRenewal(std::nullopt);
    };
    start(call);
}

void CecClientPrivate::fetchMessagingToken()
{
    auto call = std::make_shared<PendingCall>();
    call->isTokenFetch = true;
    RequestSpec &spec = call->spec;
    spec.operation = u"applyToken"_s;
    spec.method = "POST";
    spec.path = path::kApplyToken;
    spec.tokens = TokenUse::AccessOnly;
    spec.timeout = m_config.requestTimeout;
    spec.body = {
        {u"userId"_s, m_config.userId},
        {u"userName"_s, m_config.userName.isEmpty() ? m_config.userId : m_config.userName},
        {u"channelId"_s, m_config.channelId},
        {u"locale"_s, m_config.locale},
    };
    call->usedAccessToken = m_accessToken ? m_accessToken->token : QString();
    call->complete = [this, usedAccess = call->usedAccessToken](Result<QByteArray> raw) {
        if (!raw) {
            // The AccessToken may have lapsed between our check and the gateway's: renew it once.
            const ApiError &error = raw.error();
            if (error.isAuthFailure() && !m_renewalRetriedAccess) {
                m_renewalRetriedAccess = true;
                if (m_accessToken && m_accessToken->token == usedAccess)
                    m_accessToken.reset();
                fetchAccessToken();
                return;
            }
            finishRenewal(error);
            return;
        }
        Result<QString> token = parse::messagingToken(raw.value());
        if (!token) {
            finishRenewal(token.error());
            return;
        }
        m_messagingToken = token.value();
        qCInfo(lcAuth) << "ccmessaging token obtained";
        finishRenewal(std::nullopt);
    };
    start(call);
}

void CecClientPrivate::finishRenewal(const std::optional<ApiError> &error)
{
    m_renewing = false;
    const bool gaveUp = error && error->kind() == ApiError::Kind::SignIn;
    m_lastRenewalEnd = gaveUp ? QDateTime() : now();
    // A network failure is paced by whoever retries (its own back-off); a refusal or a reply we
    // cannot use would only repeat, so the next renewal counts as a repeat.
    m_lastRenewalFailed = error && !error->isRetryable() && !gaveUp;
    if (error && !gaveUp) {
        m_lastRenewalProblem = error->toString();
        qCWarning(lcAuth).noquote() << "token renewal failed:" << error->toString();
    }
    auto waiters = std::exchange(m_tokenWaiters, {});
    QPointer<CecClient> alive(q);
    for (TokenWaiter &waiter : waiters) {
        if (!alive)
            return; // a callback destroyed the client
        waiter.resume(error);
    }
}

// ---------------------------------------------------------------------------------------------
// HTTP exchange

void CecClientPrivate::start(const std::shared_ptr<PendingCall> &call)
{
    if (call->spec.tokens != TokenUse::None && !call->isTokenFetch) {
        call->usedAccessToken = m_accessToken ? m_accessToken->token : QString();
        call->usedMessagingToken = m_messagingToken;
    }
    QNetworkRequest request = buildRequest(*call);
    call->tlsErrors.clear();
    call->timedOut = false;
    call->requestLeft = false;
    call->elapsed.start();

    QNetworkReply *reply = nullptr;
    if (call->spec.method == "GET") {
        reply = m_network->get(request);
    } else if (call->spec.sendOnce) {
        const QByteArray body = QJsonDocument(call->spec.body).toJson(QJsonDocument::Compact);
        auto *device = new OneShotBody(body);
        // Streamed, not buffered by Qt (which would make it rewindable): this needs the length.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        reply = m_network->post(request, device);
        device->setParent(reply);
    } else {
        const QByteArray body = QJsonDocument(call->spec.body).toJson(QJsonDocument::Compact);
        reply = m_network->post(request, body);
    }
    m_inFlight.insert(reply, call);
    call->visited = {request.url()};
    call->refusedRedirect.clear();
    call->oversized = false;
    // Checked as the bytes arrive (and against a stated Content-Length), so that a hostile reply
    // costs at most its budget, not its size.
    QObject::connect(
        reply, &QNetworkReply::downloadProgress, q, [call, reply](qint64 received, qint64 total) {
            if (call->oversized || std::max(received, total) <= call->spec.maxReplyBytes)
                return;
            call->oversized = true;
            qCWarning(lcClient).noquote() << call->spec.operation << "reply over its budget of"
                                          << call->spec.maxReplyBytes << "bytes: aborted";
            reply->abort();
        });
    // Whether the request left: after that, a lost answer leaves its outcome unknown.
    QObject::connect(reply, &QNetworkReply::requestSent, q, [call] { call->requestLeft = true; });
    QObject::connect(reply, &QNetworkReply::uploadProgress, q, [call](qint64 sent, qint64) {
        if (sent > 0)
            call->requestLeft = true;
    });
    QObject::connect(reply, &QNetworkReply::redirected, q,
                     [this, reply, call](const QUrl &target) { vetRedirect(reply, call, target); });
    qCDebug(lcClient).noquote() << "->" << call->spec.method << request.url().path()
                                << u"(%1)"_s.arg(call->spec.operation);

    auto *limit = new QTimer(reply);
    limit->setSingleShot(true);
    QObject::connect(limit, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    limit->start(call->spec.timeout);

    QObject::connect(reply, &QNetworkReply::sslErrors, q, [call](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            call->tlsErrors.append(error.errorString());
    });
    QObject::connect(reply, &QNetworkReply::finished, q,
                     [this, reply, call] { onFinished(reply, call); });
    if (call->hasContext && call->context) {
        // The caller went away: stop the exchange instead of waiting for a reply nobody reads.
        QObject::connect(call->context, &QObject::destroyed, reply, [call, reply] {
            call->cancelled = true;
            reply->abort();
        });
    }
}

void CecClientPrivate::vetRedirect(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call,
                                   const QUrl &target)
{
    const QUrl &origin = call->visited.constFirst();
    const auto portOf = [](const QUrl &url) {
        return url.port(url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    const bool sameOrigin = target.scheme().compare(origin.scheme(), Qt::CaseInsensitive) == 0 &&
                            target.host().compare(origin.host(), Qt::CaseInsensitive) == 0 &&
                            portOf(target) == portOf(origin);
    // Only the origin is named: the rest of a hostile address is no business of a log or the user.
    const QString where = target
                              .adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                        QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                              .toDisplayString();
    if (!sameOrigin) {
        call->refusedRedirect =
            QCoreApplication::translate("cec::CecClient", "a redirect to another address (%1)")
                .arg(where);
    } else if (call->visited.contains(target)) {
        call->refusedRedirect =
            QCoreApplication::translate("cec::CecClient", "a redirect loop (back to %1)")
                .arg(target.path());
    } else {
        call->visited.append(target);
        Q_EMIT reply->redirectAllowed();
        return;
    }
    qCWarning(lcClient).noquote() << call->spec.operation << "refused" << call->refusedRedirect;
    reply->abort();
}

void CecClientPrivate::onFinished(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    const RequestSpec &spec = call->spec;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString host = reply->url().host();
    qCDebug(lcClient).noquote() << "<-" << spec.method << reply->url().path() << "status" << status
                                << "in" << call->elapsed.elapsed() << "ms";

    // Any response may hand us a replacement ccmessaging-token.
    const QByteArray rotated =
        reply->rawHeader(latin1(protocol::header::kMessagingToken)).trimmed();
    if (!rotated.isEmpty() && spec.tokens != TokenUse::None) {
        const QString token = QString::fromUtf8(rotated);
        if (token != m_messagingToken) {
            m_messagingToken = token;
            qCInfo(lcAuth) << "ccmessaging token rotated by a response header";
            Q_EMIT q->messagingTokenRotated();
        }
    }

    if (call->cancelled) {
        qCDebug(lcClient).noquote() << spec.operation << "cancelled: its context is gone";
        return;
    }
    if (call->oversized) {
        deliver(call, ApiError(ApiError::Kind::Oversized, spec.operation,
                               u"reply larger than %1 bytes"_s.arg(spec.maxReplyBytes), status)
                          .setHost(host));
        return;
    }
    if (!call->refusedRedirect.isEmpty()) {
        deliver(call,
                ApiError(ApiError::Kind::Redirect, spec.operation, call->refusedRedirect, status)
                    .setHost(host));
        return;
    }
    // Qt refuses to send a sendOnce body again only after its connection closed unanswered.
    const bool mayHaveArrived =
        call->requestLeft || networkError == QNetworkReply::ContentReSendError;
    if (call->timedOut) {
        deliver(call, ApiError(ApiError::Kind::Timeout, spec.operation,
                               u"no answer within %1 ms"_s.arg(spec.timeout.count()))
                          .setHost(host)
                          .setMayHaveArrived(mayHaveArrived));
        return;
    }
    if (networkError == QNetworkReply::SslHandshakeFailedError || !call->tlsErrors.isEmpty()) {
        const QString detail =
            call->tlsErrors.isEmpty() ? reply->errorString() : call->tlsErrors.join(u"; "_s);
        deliver(call, ApiError(ApiError::Kind::Tls, spec.operation, detail).setHost(host));
        return;
    }
    if (status == 0) {
        const auto kind = networkError == QNetworkReply::OperationCanceledError
                              ? ApiError::Kind::Cancelled
                              : ApiError::Kind::Transport;
        // Qt names a refused re-send (see OneShotBody) only "Unknown error".
        const QString detail = networkError == QNetworkReply::ContentReSendError
                                   ? u"the connection closed before the answer"_s
                                   : reply->errorString();
        deliver(call, ApiError(kind, spec.operation, detail)
                          .setHost(host)
                          .setMayHaveArrived(mayHaveArrived && kind == ApiError::Kind::Transport));
        return;
    }
    if ((status == 401 || status == 403) && spec.tokens != TokenUse::None && !call->isTokenFetch &&
        !call->retriedAfterAuthFailure) {
        retryAfterAuthFailure(call, status);
        return;
    }
    if (status < 200 || status > 299) {
        if (const auto gateway = parse::gatewayError(body)) {
            deliver(call, ApiError(ApiError::Kind::Gateway, spec.operation, gateway->second, status,
                                   gateway->first)
                              .setHost(host));
            return;
        }
        const QString reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        deliver(call, ApiError(ApiError::Kind::Http, spec.operation, reason, status).setHost(host));
        return;
    }
    deliver(call, body);
}

void CecClientPrivate::retryAfterAuthFailure(const std::shared_ptr<PendingCall> &call,
                                             int httpStatus)
{
    call->retriedAfterAuthFailure = true;
    // 403: API Fabric refused the AccessToken. 401: the documentation blames either token
    // (docs/cec-api.md §7.14), so renew both. Only tokens this attempt actually sent are dropped,
    // so that concurrent failures share one renewal.
    if (m_accessToken && m_accessToken->token == call->usedAccessToken)
        m_accessToken.reset();
    if (httpStatus == 401 && m_messagingToken == call->usedMessagingToken)
        m_messagingToken.clear();
    qCInfo(lcAuth).noquote() << call->spec.operation << "answered" << httpStatus
                             << "- renewing tokens and retrying once";
    if (!m_renewing)
        m_lastRenewalProblem =
            u"%1 refused the tokens (HTTP %2)"_s.arg(call->spec.operation).arg(httpStatus);
    requireTokens(
        call->spec.tokens == TokenUse::Both,
        [this, call](std::optional<ApiError> error) {
            if (error)
                deliver(call, error->setMayHaveArrived(false)); // this one was answered (401/403)
            else if (call->hasContext && !call->context)
                return;
            else
                start(call);
        },
        /*afterAuthFailure=*/true);
}

// ---------------------------------------------------------------------------------------------
// CecClient

CecClient::CecClient(ClientConfig config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<CecClientPrivate>(this, std::move(config), network))
{}

CecClient::~CecClient() = default;

const ClientConfig &CecClient::config() const
{
    return d->m_config;
}

QString CecClient::validateText(const QString &text)
{
    const qsizetype bytes = text.toUtf8().size();
    if (bytes > protocol::kMaxTextBytes)
        return QCoreApplication::translate("cec::CecClient",
                                           "The message is too long (%1 bytes; at most %2 bytes "
                                           "can be sent). Shorten it or split it into several "
                                           "messages.")
            .arg(bytes)
            .arg(protocol::kMaxTextBytes);
    return {};
}

void CecClient::authenticate(QObject *context, Callback<Done> done)
{
    if (const QString problem = d->m_config.validate(); !problem.isEmpty()) {
        d->refuse(u"authenticate"_s, problem, context,
                  [done = std::move(done)](Result<QByteArray> r) { done(r.error()); });
        return;
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    // With valid tokens the answer is immediate; it still goes through the event loop so that
    // callers never see the callback run inside authenticate().
    d->requireTokens(
        true, [this, guard, hasContext, done = std::move(done)](std::optional<ApiError> error) {
            QTimer::singleShot(0, this, [=] {
                if (hasContext && !guard)
                    return;
                if (error)
                    done(*error);
                else
                    done(Done{});
            });
        });
}

void CecClient::send(const OutgoingMessage &message, QObject *context, Callback<Done> done)
{
    if (message.mediaType == protocol::MediaType::Text) {
        if (const QString problem = validateText(message.content); !problem.isEmpty()) {
            d->refuse(u"send"_s, problem, context, plainBy(std::move(done), u"send"_s));
            return;
        }
    } else if (message.content.trimmed().isEmpty()) {
        d->refuse(u"send"_s,
                  QCoreApplication::translate("cec::CecClient",
                                              "A file message needs the uploaded file's key."),
                  context, plainBy(std::move(done), u"send"_s));
        return;
    }
    const QDateTime timestamp =
        message.timestamp.isValid() ? message.timestamp : QDateTime::currentDateTimeUtc();
    const ClientConfig &config = d->m_config;
    RequestSpec spec;
    spec.operation = u"send"_s;
    spec.method = "POST";
    spec.path = path::kSend;
    spec.timeout = config.requestTimeout;
    // There is no idempotency key: a CHAT sent twice reaches the agent twice. (A second CONNECT,
    // INPUT or READ does no harm, and Qt's quiet re-send spares them a failure.)
    spec.sendOnce = message.controlType == protocol::ControlType::Chat;
    spec.body = {
        {u"channel"_s, channelWeb()},
        {u"controlType"_s, protocol::toString(message.controlType)},
        {u"mediaType"_s, protocol::toString(message.mediaType)},
        {u"content"_s, message.content},
        {u"from"_s, config.userId},
        {u"to"_s, config.channelId},
        {u"sourceType"_s, QString(protocol::kSourceCustomer)},
        {u"senderNickname"_s, config.userName.isEmpty() ? config.userId : config.userName},
        {u"timestamp"_s, QString::number(timestamp.toMSecsSinceEpoch())},
    };
    d->submit(std::move(spec), context, parsedBy<Done>(std::move(done), parse::sendReply));
}

void CecClient::poll(QObject *context, Callback<PollReply> done)
{
    RequestSpec spec;
    spec.operation = u"poll"_s;
    spec.method = "GET";
    spec.path = path::kPoll;
    spec.timeout = d->m_config.requestTimeout;
    spec.maxReplyBytes = kMaxListReplyBytes;
    spec.query.addQueryItem(u"receiverId"_s, d->m_config.userId);
    spec.query.addQueryItem(u"channel"_s, channelWeb());
    spec.query.addQueryItem(u"isNeedRead"_s, u"true"_s);
    d->submit(std::move(spec), context, parsedBy<PollReply>(std::move(done), parse::pollReply));
}

void CecClient::queryQueueInfo(QObject *context, Callback<QueueInfo> done)
{
    RequestSpec spec;
    spec.operation = u"queryQueueInfo"_s;
    spec.method = "POST";
    spec.path = path::kQueryQueueInfo;
    spec.timeout = d->m_config.requestTimeout;
    spec.body = {{u"userId"_s, d->m_config.userId},
                 {u"channelConfigId"_s, d->m_config.channelId},
                 {u"channel"_s, channelWeb()}};
    d->submit(std::move(spec), context, parsedBy<QueueInfo>(std::move(done), parse::queueInfo));
}

void CecClient::uploadFile(const QString &fileType, const QByteArray &data, QObject *context,
                           Callback<QString> done)
{
    const QString type = fileType.trimmed().toLower();
    const QString problem = uploadProblem(type, data.size());
    if (!problem.isEmpty()) {
        d->refuse(u"uploadFileStream"_s, problem, context,
                  parsedBy<QString>(std::move(done), parse::uploadReply));
        return;
    }
    RequestSpec spec;
    spec.operation = u"uploadFileStream"_s;
    spec.method = "POST";
    spec.path = path::kUploadFileStream;
    spec.timeout = d->m_config.uploadTimeout;
    spec.body = {{u"fileType"_s, type},
                 {u"fileStream"_s, QString::fromLatin1(data.toBase64())},
                 {u"channel"_s, channelWeb()}};
    d->submit(std::move(spec), context, parsedBy<QString>(std::move(done), parse::uploadReply));
}

void CecClient::downloadFile(const DownloadRequest &request, QObject *context,
                             Callback<QByteArray> done)
{
    if (request.fileId.trimmed().isEmpty()) {
        d->refuse(
            u"downloadFileStream"_s,
            QCoreApplication::translate("cec::CecClient", "The message names no file to download."),
            context, parsedBy<QByteArray>(std::move(done), parse::downloadReply));
        return;
    }
    RequestSpec spec;
    spec.operation = u"downloadFileStream"_s;
    spec.method = "POST";
    spec.path = path::kDownloadFileStream;
    spec.timeout = d->m_config.uploadTimeout;
    // The Base64 text of the largest file, and room for the envelope.
    spec.maxReplyBytes = protocol::kMaxFileBase64Length + 64 * 1024;
    spec.body = {{u"fileId"_s, request.local ? u"local/"_s + request.fileId : request.fileId},
                 {u"channel"_s, channelWeb()},
                 {u"fileType"_s, request.fileType.trimmed().toLower()}};
    if (!request.local)
        spec.body.insert(u"multiMedia"_s, u"multiMedia"_s);
    d->submit(std::move(spec), context,
              parsedBy<QByteArray>(std::move(done), parse::downloadReply));
}

void CecClient::queryHistory(const HistoryQuery &query, QObject *context,
                             Callback<QList<DownlinkMessage>> done)
{
    RequestSpec spec;
    spec.operation = u"queryHistoryChatMessage"_s;
    spec.method = "POST";
    spec.path = path::kQueryHistory;
    spec.timeout = d->m_config.requestTimeout;
    spec.maxReplyBytes = kMaxListReplyBytes;
    spec.body = {{u"channelId"_s, d->m_config.channelId},
                 {u"userId"_s, d->m_config.userId},
                 {u"limit"_s, QString::number(query.limit)},
                 {u"offset"_s, QString::number(query.offset)},
                 {u"channel"_s, channelWeb()}};
    if (query.start && query.start->isValid())
        spec.body.insert(u"startTime"_s, QString::number(query.start->toMSecsSinceEpoch()));
    if (query.end && query.end->isValid())
        spec.body.insert(u"endTime"_s, QString::number(query.end->toMSecsSinceEpoch()));
    d->submit(std::move(spec), context,
              parsedBy<QList<DownlinkMessage>>(std::move(done), parse::historyReply));
}

void CecClient::getSatisfactionSurveyMode(QObject *context, Callback<SurveyMode> done)
{
    RequestSpec spec;
    spec.operation = u"getsatisfactionsurveymode"_s;
    spec.method = "POST";
    spec.path = path::kSurveyMode;
    spec.timeout = d->m_config.requestTimeout;
    // No body is documented; these identify the conversation and are ignored if unneeded.
    spec.body = {{u"channel"_s, channelWeb()},
                 {u"userId"_s, d->m_config.userId},
                 {u"channelConfigId"_s, d->m_config.channelId}};
    d->submit(std::move(spec), context, parsedBy<SurveyMode>(std::move(done), parse::surveyMode));
}

void CecClient::saveSatisfaction(const SatisfactionRating &rating, QObject *context,
                                 Callback<Done> done)
{
    const QString operation = u"saveSatisfaction"_s;
    QString problem;
    if (rating.evaluation.trimmed().isEmpty())
        problem = QCoreApplication::translate("cec::CecClient",
                                              "Choose a rating before sending the survey.");
    else if (rating.comment.size() > protocol::kMaxSatisfactionCommentLength)
        problem = QCoreApplication::translate(
                      "cec::CecClient", "The comment is too long (%1 characters; at most %2).")
                      .arg(rating.comment.size())
                      .arg(protocol::kMaxSatisfactionCommentLength);
    if (!problem.isEmpty()) {
        d->refuse(operation, problem, context, plainBy(std::move(done), operation));
        return;
    }
    RequestSpec spec;
    spec.operation = operation;
    spec.method = "POST";
    spec.path = path::kSaveSatisfaction;
    spec.timeout = d->m_config.requestTimeout;
    // Flat at the top level, like the documented sample request (docs/cec-api.md §3.8, §7.10).
    spec.body = {{u"channel"_s, channelWeb()},
                 {u"userId"_s, d->m_config.userId},
                 {u"evaluation"_s, rating.evaluation.trimmed()},
                 {u"comment"_s, rating.comment},
                 {u"channelConfigId"_s, d->m_config.channelId}};
    if (rating.npsScore)
        spec.body.insert(u"npsScore"_s, QString::number(*rating.npsScore));
    if (rating.resolved)
        spec.body.insert(u"fcrValue"_s, *rating.resolved ? u"1"_s : u"2"_s);
    d->submit(std::move(spec), context, plainBy(std::move(done), operation));
}

void CecClient::leaveMessage(const LeaveMessage &message, QObject *context, Callback<Done> done)
{
    const QString operation = u"doLeaveMessage"_s;
    if (message.text.trimmed().isEmpty()) {
        d->refuse(
            operation,
            QCoreApplication::translate("cec::CecClient", "Write a message before sending it."),
            context, plainBy(std::move(done), operation));
        return;
    }
    RequestSpec spec;
    spec.operation = operation;
    spec.method = "POST";
    spec.path = path::kLeaveMessage;
    spec.timeout = d->m_config.requestTimeout;
    spec.body = {{u"callId"_s, d->m_config.userId},
                 {u"caller"_s, message.phone},
                 {u"leaveMessage"_s, message.text},
                 {u"channel"_s, channelWeb()}};
    d->submit(std::move(spec), context, plainBy(std::move(done), operation));
}

void CecClient::checkClickToCallSupport(QObject *context, Callback<ClickToCallSupport> done)
{
    RequestSpec spec;
    spec.operation = u"checkClickToCallSupport"_s;
    spec.method = "GET";
    spec.path = path::kCheckClickToCall;
    spec.timeout = d->m_config.requestTimeout;
    spec.query.addQueryItem(u"channel"_s, channelWeb());
    d->submit(std::move(spec), context,
              parsedBy<ClickToCallSupport>(std::move(done), parse::clickToCallSupport));
}

void CecClient::createClickToCall(protocol::MediaAbility ability, QObject *context,
                                  Callback<Done> done)
{
    const QString operation = u"createClickToCall"_s;
    RequestSpec spec;
    spec.operation = operation;
    spec.method = "POST";
    spec.path = path::kCreateClickToCall;
    spec.timeout = d->m_config.requestTimeout;
    spec.body = {{u"channel"_s, channelWeb()}, {u"mediaAbility"_s, protocol::toWire(ability)}};
    d->submit(std::move(spec), context, plainBy(std::move(done), operation));
}

void CecClient::getClickToCallEvents(QObject *context, Callback<ClickToCallEvent> done)
{
    RequestSpec spec;
    spec.operation = u"getClickToCallEvents"_s;
    spec.method = "GET";
    spec.path = path::kClickToCallEvents;
    spec.timeout = d->m_config.clickToCallEventTimeout; // a long poll (docs/cec-api.md §4.4)
    spec.query.addQueryItem(u"channel"_s, channelWeb());
    d->submit(std::move(spec), context,
              parsedBy<ClickToCallEvent>(std::move(done), parse::clickToCallEvent));
}

void CecClient::dropClickToCall(QObject *context, Callback<Done> done)
{
    const QString operation = u"dropClickToCall"_s;
    RequestSpec spec;
    spec.operation = operation;
    spec.method = "POST";
    spec.path = path::kDropClickToCall;
    spec.timeout = d->m_config.requestTimeout;
    spec.body = {{u"channel"_s, channelWeb()}};
    d->submit(std::move(spec), context, plainBy(std::move(done), operation));
}

} // namespace cec
