// The client's two tokens: the AccessToken (tokenByAkSk or the enterprise's token URL), renewed at
// 80 % of its lifetime, and the ccmessaging-token (applyToken), replaced whenever a response names
// a new one. Renewal is single-flight: requests that need tokens wait for the one renewal running.
// Renewals that keep failing, or whose tokens the service keeps refusing, are paced by the sign-in
// back-off and end in ApiError::Kind::SignIn.
#pragma once

#include "cec_core_export.h"

#include "backoff.h"
#include "clientrequest_p.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace cec {

struct ClientConfig;

class CEC_CORE_AUTOTEST_EXPORT TokenKeeper final : public QObject
{
    Q_OBJECT
public:
    // Sends a token request (the call's isTokenFetch is set) and completes it. The client passes
    // its HTTP exchange; unit tests answer the calls themselves.
    using StartCall = std::function<void(const std::shared_ptr<PendingCall> &call)>;
    using Resume = std::function<void(std::optional<ApiError>)>;

    // `config` must outlive the keeper.
    TokenKeeper(const ClientConfig &config, StartCall startCall);
    ~TokenKeeper() override;

    // Resumes (at once when the tokens are usable) with no error, or with why there are none.
    // afterAuthFailure: the service refused the tokens a request carried (401/403), so a renewal
    // started for it may be a repeat that the sign-in back-off paces.
    void requireTokens(bool needsMessaging, Resume resume, bool afterAuthFailure = false);

    QString accessToken() const; // empty: none yet
    QString messagingToken() const { return m_messagingToken; }

    // A response header named this ccmessaging-token.
    void takeRotatedMessagingToken(const QString &token);
    // `call` was answered 401/403: drop the tokens it sent that are still current (only those,
    // so that concurrent failures share one renewal) before requireTokens(..., true).
    void dropRefusedTokens(const PendingCall &call, int httpStatus);

    QDateTime now() const;

Q_SIGNALS:
    void accessTokenRenewed();
    void messagingTokenRotated(); // a response header replaced the ccmessaging-token

private:
    struct Waiter
    {
        bool needsMessaging = false;
        Resume resume;
    };

    bool accessTokenUsable() const;
    bool anyWaiterNeedsMessaging() const;
    void startRenewal(bool afterAuthFailure);
    void fetchTokens();
    void fetchAccessToken();
    void fetchMessagingToken();
    void onAccessToken(Result<QByteArray> raw);
    void onMessagingToken(Result<QByteArray> raw, const QString &usedAccess);
    void finishRenewal(const std::optional<ApiError> &error);

    const ClientConfig &m_config;
    StartCall m_startCall;
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
    std::vector<Waiter> m_waiters;
};

} // namespace cec
