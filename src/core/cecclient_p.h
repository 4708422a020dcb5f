// Private half of CecClient: request plumbing, token state and in-flight replies.
#pragma once

#include "backoff.h"
#include "cecclient.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkReply;

namespace cec {

// Which tokens a request carries.
enum class TokenUse
{
    None,       // tokenByAkSk / token URL
    AccessOnly, // applyToken: Authorization but no ccmessaging-token
    Both,       // every other ccmessaging call
};

struct RequestSpec final
{
    QString operation; // short name for logs and errors, e.g. "send"
    QByteArray method; // "GET" or "POST"
    QString path;      // appended to the base URL's path
    QUrl absoluteUrl;  // when set, used instead of base URL + path (the token URL)
    QUrlQuery query;
    QJsonObject body; // POST only
    TokenUse tokens = TokenUse::Both;
    std::chrono::milliseconds timeout{15000};
    // The most this reply may be; a longer one is aborted while it is read. Token, send and call
    // replies are small objects: 64 KiB is generous.
    qint64 maxReplyBytes = 64 * 1024;
    // Qt never sends the body a second time on its own (see OneShotBody): for requests that must
    // not take effect twice.
    bool sendOnce = false;
};

using RawCompletion = std::function<void(Result<QByteArray>)>;

struct PendingCall final
{
    RequestSpec spec;
    QPointer<QObject> context;
    bool hasContext = false;
    RawCompletion complete;
    bool isTokenFetch = false; // part of the renewal itself: never retried through it
    bool retriedAfterAuthFailure = false;
    bool cancelled = false; // the context went away while the reply was in flight
    bool timedOut = false;
    QString usedAccessToken; // what this attempt sent, to renew only stale tokens
    QString usedMessagingToken;
    QStringList tlsErrors;
    QElapsedTimer elapsed;
    QList<QUrl> visited;      // this attempt's URL and the redirects followed from it
    QString refusedRedirect;  // why a redirect was not followed (empty: none was refused)
    bool oversized = false;   // the reply went over spec.maxReplyBytes and was aborted
    bool requestLeft = false; // some of this attempt's request was written to the connection
};

class CecClientPrivate final
{
public:
    CecClientPrivate(CecClient *q, ClientConfig config, QNetworkAccessManager *network);
    ~CecClientPrivate();
    CecClientPrivate(const CecClientPrivate &) = delete;
    CecClientPrivate &operator=(const CecClientPrivate &) = delete;

    QDateTime now() const;
    // Same-origin redirects only, each address once; otherwise the reply is aborted and
    // call->refusedRedirect says why.
    void vetRedirect(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call,
                     const QUrl &target);

    // Runs a request: tokens first (single-flight), then the HTTP exchange, one retry on 401/403.
    void submit(RequestSpec spec, QObject *context, RawCompletion complete);
    // Delivers a refusal from the event loop, so that callers never see re-entrant callbacks.
    void refuse(const QString &operation, const QString &sentence, QObject *context,
                RawCompletion complete);

    using TokenResume = std::function<void(std::optional<ApiError>)>;
    // afterAuthFailure: the service refused the tokens a request carried (401/403), so a renewal
    // started for it may be a repeat that m_signIn paces.
    void requireTokens(bool needsMessaging, TokenResume resume, bool afterAuthFailure = false);

    ClientConfig m_config;

private:
    struct TokenWaiter
    {
        bool needsMessaging = false;
        TokenResume resume;
    };

    bool accessTokenUsable() const;
    bool anyWaiterNeedsMessaging() const;
    void startRenewal(bool afterAuthFailure);
    void fetchTokens();
    void fetchAccessToken();
    void fetchMessagingToken();
    void finishRenewal(const std::optional<ApiError> &error);

    void start(const std::shared_ptr<PendingCall> &call);
    QNetworkRequest buildRequest(const PendingCall &call) const;
    QUrl urlFor(const RequestSpec &spec) const;
    void onFinished(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call);
    void retryAfterAuthFailure(const std::shared_ptr<PendingCall> &call, int httpStatus);
    static void deliver(const std::shared_ptr<PendingCall> &call, Result<QByteArray> result);

    CecClient *q;
    QNetworkAccessManager *m_network;
    std::optional<AccessToken> m_accessToken;
    QString m_messagingToken;
    bool m_renewing = false;
    bool m_renewalRetriedAccess = false;
    // Renewals in a row that did not help: each one after the first waits (m_renewalPause), and
    // past the policy's bound the waiters get ApiError::Kind::SignIn instead of another renewal.
    Backoff m_signIn;
    QTimer m_renewalPause;
    QDateTime m_lastRenewalEnd;       // by now(); invalid: no renewal yet, or the streak was reset
    QString m_lastRenewalProblem;     // why the previous renewal did not help (for logs and SignIn)
    bool m_lastRenewalFailed = false; // it failed with an error that is no network hiccup
    std::vector<TokenWaiter> m_tokenWaiters;
    QHash<QNetworkReply *, std::shared_ptr<PendingCall>> m_inFlight;
};

} // namespace cec
