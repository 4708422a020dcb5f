#include "httpexchange_p.h"

#include "clientconfig.h"
#include "logging.h"
#include "oneshotbody_p.h"
#include "redirectrule_p.h"
#include "transportsettings_p.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

// A same-origin redirect chain longer than this is not a configuration anybody needs.
constexpr int kMaxRedirects = 5;

} // namespace

HttpExchange::HttpExchange(const ClientConfig &config, QNetworkAccessManager *network, Hooks hooks)
    : m_config(config)
    , m_network(network)
    , m_hooks(std::move(hooks))
{}

HttpExchange::~HttpExchange()
{
    const auto inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        QNetworkReply *reply = it.key();
        it.value()->cancelled = true;
        QObject::disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

QUrl HttpExchange::urlFor(const RequestSpec &spec) const
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

QNetworkRequest HttpExchange::buildRequest(const PendingCall &call) const
{
    const RequestSpec &spec = call.spec;
    QNetworkRequest request(urlFor(spec));
    // Redirects are vetted one by one (vetRedirect, redirectRefusal).
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
    applyTlsTrust(request, m_config);
    return request;
}

QNetworkReply *HttpExchange::send(QNetworkRequest request, const PendingCall &call)
{
    if (call.spec.method == "GET")
        return m_network->get(request);
    const QByteArray body = QJsonDocument(call.spec.body).toJson(QJsonDocument::Compact);
    if (!call.spec.sendOnce)
        return m_network->post(request, body);
    auto *device = new OneShotBody(body);
    // Streamed, not buffered by Qt (which would make it rewindable): this needs the length.
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply *reply = m_network->post(request, device);
    device->setParent(reply);
    return reply;
}

void HttpExchange::start(const std::shared_ptr<PendingCall> &call)
{
    const QNetworkRequest request = buildRequest(*call);
    call->tlsErrors.clear();
    call->timedOut = false;
    call->requestLeft = false;
    call->elapsed.start();

    QNetworkReply *reply = send(request, *call);
    m_inFlight.insert(reply, call);
    call->visited = {request.url()};
    call->refusedRedirect.clear();
    call->oversized = false;
    watch(reply, call);
    qCDebug(lcClient).noquote() << "->" << call->spec.method << request.url().path()
                                << u"(%1)"_s.arg(call->spec.operation);
}

void HttpExchange::watch(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call)
{
    // Checked as the bytes arrive (and against a stated Content-Length), so that a hostile reply
    // costs at most its budget, not its size.
    connect(reply, &QNetworkReply::downloadProgress, this,
            [call, reply](qint64 received, qint64 total) {
                if (call->oversized || std::max(received, total) <= call->spec.maxReplyBytes)
                    return;
                call->oversized = true;
                qCWarning(lcClient).noquote() << call->spec.operation << "reply over its budget of"
                                              << call->spec.maxReplyBytes << "bytes: aborted";
                reply->abort();
            });
    // Whether the request left: after that, a lost answer leaves its outcome unknown.
    connect(reply, &QNetworkReply::requestSent, this, [call] { call->requestLeft = true; });
    connect(reply, &QNetworkReply::uploadProgress, this, [call](qint64 sent, qint64) {
        if (sent > 0)
            call->requestLeft = true;
    });
    connect(reply, &QNetworkReply::redirected, this,
            [this, reply, call](const QUrl &target) { vetRedirect(reply, call, target); });

    auto *limit = new QTimer(reply);
    limit->setSingleShot(true);
    connect(limit, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    limit->start(call->spec.timeout);

    connect(reply, &QNetworkReply::sslErrors, this, [call](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            call->tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, call] { onFinished(reply, call); });
    if (call->hasContext && call->context) {
        // The caller went away: stop the exchange instead of waiting for a reply nobody reads.
        connect(call->context, &QObject::destroyed, reply, [call, reply] {
            call->cancelled = true;
            reply->abort();
        });
    }
}

void HttpExchange::vetRedirect(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call,
                               const QUrl &target)
{
    call->refusedRedirect = redirectRefusal(call->visited, target);
    if (call->refusedRedirect.isEmpty()) {
        call->visited.append(target);
        Q_EMIT reply->redirectAllowed();
        return;
    }
    qCWarning(lcClient).noquote() << call->spec.operation << "refused" << call->refusedRedirect;
    reply->abort();
}

void HttpExchange::deliver(const std::shared_ptr<PendingCall> &call, Result<QByteArray> result)
{
    if (call->abandoned()) {
        qCDebug(lcClient).noquote() << call->spec.operation << "reply dropped: its context is gone";
        return;
    }
    auto complete = std::move(call->complete);
    call->complete = nullptr;
    if (complete)
        complete(std::move(result));
}

void HttpExchange::onFinished(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    const RequestSpec &spec = call->spec;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    qCDebug(lcClient).noquote() << "<-" << spec.method << reply->url().path() << "status" << status
                                << "in" << call->elapsed.elapsed() << "ms";

    // Any response may hand us a replacement ccmessaging-token.
    const QByteArray rotated =
        reply->rawHeader(latin1(protocol::header::kMessagingToken)).trimmed();
    if (!rotated.isEmpty() && spec.tokens != TokenUse::None && m_hooks.messagingTokenSeen)
        m_hooks.messagingTokenSeen(QString::fromUtf8(rotated));

    if (call->cancelled) {
        qCDebug(lcClient).noquote() << spec.operation << "cancelled: its context is gone";
        return;
    }
    if (auto failure = exchangeFailure(reply, *call, status)) {
        deliver(call, std::move(*failure));
        return;
    }
    if ((status == 401 || status == 403) && spec.tokens != TokenUse::None && !call->isTokenFetch &&
        !call->retriedAfterAuthFailure && m_hooks.authRefused) {
        m_hooks.authRefused(call, status);
        return;
    }
    deliver(call, answer(reply, body, *call, status));
}

std::optional<ApiError> HttpExchange::exchangeFailure(QNetworkReply *reply, const PendingCall &call,
                                                      int status)
{
    const RequestSpec &spec = call.spec;
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString host = reply->url().host();
    if (call.oversized)
        return ApiError(ApiError::Kind::Oversized, spec.operation,
                        u"reply larger than %1 bytes"_s.arg(spec.maxReplyBytes), status)
            .setHost(host);
    if (!call.refusedRedirect.isEmpty())
        return ApiError(ApiError::Kind::Redirect, spec.operation, call.refusedRedirect, status)
            .setHost(host);
    // Qt refuses to send a sendOnce body again only after its connection closed unanswered.
    const bool mayHaveArrived =
        call.requestLeft || networkError == QNetworkReply::ContentReSendError;
    if (call.timedOut)
        return ApiError(ApiError::Kind::Timeout, spec.operation,
                        u"no answer within %1 ms"_s.arg(spec.timeout.count()))
            .setHost(host)
            .setMayHaveArrived(mayHaveArrived);
    if (networkError == QNetworkReply::SslHandshakeFailedError || !call.tlsErrors.isEmpty()) {
        const QString detail =
            call.tlsErrors.isEmpty() ? reply->errorString() : call.tlsErrors.join(u"; "_s);
        return ApiError(ApiError::Kind::Tls, spec.operation, detail).setHost(host);
    }
    if (status != 0)
        return std::nullopt;
    const auto kind = networkError == QNetworkReply::OperationCanceledError
                          ? ApiError::Kind::Cancelled
                          : ApiError::Kind::Transport;
    // Qt names a refused re-send (see OneShotBody) only "Unknown error".
    const QString detail = networkError == QNetworkReply::ContentReSendError
                               ? u"the connection closed before the answer"_s
                               : reply->errorString();
    return ApiError(kind, spec.operation, detail)
        .setHost(host)
        .setMayHaveArrived(mayHaveArrived && kind == ApiError::Kind::Transport);
}

Result<QByteArray> HttpExchange::answer(QNetworkReply *reply, const QByteArray &body,
                                        const PendingCall &call, int status)
{
    if (status >= 200 && status <= 299)
        return body;
    const QString host = reply->url().host();
    if (const auto gateway = parse::gatewayError(body))
        return ApiError(ApiError::Kind::Gateway, call.spec.operation, gateway->second, status,
                        gateway->first)
            .setHost(host);
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    return ApiError(ApiError::Kind::Http, call.spec.operation, reason, status).setHost(host);
}

} // namespace cec
