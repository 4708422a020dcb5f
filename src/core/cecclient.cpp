// CecClient's request path (CecClientPrivate) and the calls that are about no endpoint in
// particular. The endpoints are grouped by area: cecclient_chat.cpp, cecclient_files.cpp,
// cecclient_feedback.cpp and cecclient_call.cpp.
#include "cecclient.h"

#include "cecclient_p.h"
#include "logging.h"
#include "transportsettings_p.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <utility>

namespace cec {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------------
// CecClientPrivate

CecClientPrivate::CecClientPrivate(CecClient *owner, ClientConfig config,
                                   QNetworkAccessManager *network)
    : m_config(std::move(config))
    , m_exchange(
          m_config, network,
          {.messagingTokenSeen =
               [this](const QString &token) { m_tokens.takeRotatedMessagingToken(token); },
           .authRefused = [this](const std::shared_ptr<PendingCall> &call,
                                 int httpStatus) { retryAfterAuthFailure(call, httpStatus); }})
    , m_tokens(m_config,
               [this](const std::shared_ptr<PendingCall> &call) { m_exchange.start(call); })
    , q(owner)
{
    QObject::connect(&m_tokens, &TokenKeeper::accessTokenRenewed, q,
                     &CecClient::accessTokenRenewed);
    QObject::connect(&m_tokens, &TokenKeeper::messagingTokenRotated, q,
                     &CecClient::messagingTokenRotated);
    useConfiguredProxy(network, m_config);
}

CecClientPrivate::~CecClientPrivate() = default;

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
    m_tokens.requireTokens(call->spec.tokens == TokenUse::Both,
                           [this, call](std::optional<ApiError> error) {
                               if (error) // the token's request failed, not this one
                                   HttpExchange::deliver(call, error->setMayHaveArrived(false));
                               else if (call->hasContext && !call->context)
                                   qCDebug(lcClient).noquote()
                                       << call->spec.operation << "dropped: its context is gone";
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

void CecClientPrivate::start(const std::shared_ptr<PendingCall> &call)
{
    if (call->spec.tokens != TokenUse::None) {
        call->usedAccessToken = m_tokens.accessToken();
        call->usedMessagingToken = m_tokens.messagingToken();
    }
    m_exchange.start(call);
}

void CecClientPrivate::retryAfterAuthFailure(const std::shared_ptr<PendingCall> &call,
                                             int httpStatus)
{
    call->retriedAfterAuthFailure = true;
    m_tokens.dropRefusedTokens(*call, httpStatus);
    qCInfo(lcAuth).noquote() << call->spec.operation << "answered" << httpStatus
                             << "- renewing tokens and retrying once";
    m_tokens.requireTokens(
        call->spec.tokens == TokenUse::Both,
        [this, call](std::optional<ApiError> error) {
            if (error) // this one was answered (401/403)
                HttpExchange::deliver(call, error->setMayHaveArrived(false));
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
    d->m_tokens.requireTokens(
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

} // namespace cec
