// Everything the client needs to reach one tenant's web channel. Secrets are held in memory only;
// persisting them is the caller's business (the app uses the OS keychain).
#pragma once

#include "cec_core_export.h"

#include "backoff.h"

#include <QDateTime>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace cec {

struct CEC_CORE_EXPORT ClientConfig final
{
    QUrl baseUrl; // https://<API Fabric domain>
    QString appKey;
    // Either the tenant's app secret (tokenByAkSk) or an enterprise token URL that mints
    // AccessTokens, so that a shipped app need not contain the secret. tokenUrl wins when set.
    QString appSecret;
    QUrl tokenUrl;
    int accessTokenLifetimeSeconds = 600; // X-Token-Expire, at most 3600

    QString userId; // 1..24 chars
    QString userName;
    QString channelId; // WEB channel configuration id
    QString locale = QStringLiteral("en");

    std::chrono::milliseconds requestTimeout{15000};
    std::chrono::milliseconds clickToCallEventTimeout{60000}; // long poll (docs/cec-api.md §4.4)
    std::chrono::milliseconds uploadTimeout{60000};

    // Extra CAs trusted in addition to the system's; TLS errors are never ignored.
    QList<QSslCertificate> extraCaCertificates;
    std::optional<QNetworkProxy> proxy; // nullopt: the application/system default

    // The clock token lifetimes are counted by (UTC). Empty: the system clock. Tests set one so
    // that renewal at 80 % is checked without waiting for real seconds to pass.
    std::function<QDateTime()> clock;
    // Numbers in [0, 1) for the jitter of every back-off (token renewal, chat polling). Empty:
    // QRandomGenerator::global(). Tests set a fixed or seeded source to get exact delays.
    std::function<double()> random;
    // Pacing of token renewals that keep failing or whose tokens the service keeps refusing
    // (a garbage rotated ccmessaging-token, a token that dies at once): the first renewal is
    // immediate, each further one in a row waits longer, and after giveUpAfter of them the
    // waiting requests fail with ApiError::Kind::SignIn instead of renewing forever.
    BackoffPolicy signInBackoff{std::chrono::seconds(1), std::chrono::seconds(60),
                                BackoffPolicy::Jitter::Equal, 8};

    // Empty when usable, else a sentence naming what is missing or wrong.
    QString validate() const;
};

} // namespace cec
