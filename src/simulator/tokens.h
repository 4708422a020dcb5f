// Both token kinds of the service: the API Fabric AccessToken (tokenByAkSk) and the per-customer
// ccmessaging-token (applyToken), including rotation through a response header.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cec::sim {

class TokenStore final
{
public:
    // In-flight requests still carry the previous token after a rotation, so it stays valid
    // briefly.
    static constexpr qint64 kRotationGraceMs = 10'000;
    // Within this window before expiry the service hands out a fresh token on its own
    // (docs/cec-api.md §2.3).
    static constexpr qint64 kRenewBeforeExpiryMs = 5 * 60'000;

    struct AccessToken
    {
        QString token;
        QString appKey;
        qint64 createdMs = 0;
        qint64 lifetimeMs = 0;
    };
    AccessToken issueAccessToken(const QString &appKey, qint64 lifetimeMs);
    // The app key the token was issued to, if the token is known and unexpired.
    std::optional<QString> accessTokenAppKey(const QString &token) const;

    QString issueMessagingToken(const QString &userId);
    std::optional<QString> messagingTokenUser(const QString &token) const;

    // Called once per authenticated response: returns a replacement token when one is due (every
    // Nth response, an explicit request, or close to expiry), else an empty string.
    QString rotateIfDue(const QString &token, int every);
    void requestRotation(const QString &userId) { m_rotationRequested.insert(userId, true); }

    void expireAccessTokens();
    void expireMessagingTokens();

    // Every token ever issued, expired and rotated ones included, oldest first: for tests that
    // look for token values where none may be (logs, files).
    const QStringList &issuedAccessTokens() const { return m_issuedAccess; }
    const QStringList &issuedMessagingTokens() const { return m_issuedMessaging; }

private:
    struct Messaging
    {
        QString userId;
        qint64 expiresMs = 0;
        bool superseded = false; // rotated away: only lives out its grace period
    };
    QHash<QString, AccessToken> m_access;
    QHash<QString, Messaging> m_messaging;
    QHash<QString, int> m_responseCount;      // per userId
    QHash<QString, bool> m_rotationRequested; // per userId
    QStringList m_issuedAccess;
    QStringList m_issuedMessaging;
};

} // namespace cec::sim
