#include "tokens.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>

#include <protocol/protocol.h>

namespace cec::sim {

using namespace Qt::StringLiterals;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return bytes;
}

} // namespace

TokenStore::AccessToken TokenStore::issueAccessToken(const QString &appKey, qint64 lifetimeMs)
{
    AccessToken token;
    token.token = QString::fromLatin1(
        randomBytes(48).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    token.appKey = appKey;
    token.createdMs = nowMs();
    token.lifetimeMs = lifetimeMs;
    m_access.insert(token.token, token);
    m_issuedAccess.append(token.token);
    return token;
}

std::optional<QString> TokenStore::accessTokenAppKey(const QString &token) const
{
    const auto it = m_access.constFind(token);
    if (it == m_access.cend() || nowMs() >= it->createdMs + it->lifetimeMs)
        return std::nullopt;
    return it->appKey;
}

QString TokenStore::issueMessagingToken(const QString &userId)
{
    // The documented tokens are URL-encoded base64 JSON ("eyJjcmVhdGVUaW1lI…%3D"); mimic that so a
    // client that stores or logs tokens meets realistic characters (%, =, +, /).
    const qint64 created = nowMs();
    const QJsonObject payload{{u"createTime"_s, QString::number(created)},
                              {u"userId"_s, userId},
                              {u"nonce"_s, QString::fromLatin1(randomBytes(18).toBase64())}};
    const QByteArray base64 = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64();
    const QString token = QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(base64)));
    m_messaging.insert(
        token, {userId, created + qint64(protocol::kMessagingTokenLifetimeSeconds) * 1000, false});
    m_issuedMessaging.append(token);
    return token;
}

std::optional<QString> TokenStore::messagingTokenUser(const QString &token) const
{
    const auto it = m_messaging.constFind(token);
    if (it == m_messaging.cend() || nowMs() >= it->expiresMs)
        return std::nullopt;
    return it->userId;
}

QString TokenStore::rotateIfDue(const QString &token, int every)
{
    const auto it = m_messaging.find(token);
    if (it == m_messaging.end())
        return {};
    const QString userId = it->userId;
    int &count = m_responseCount[userId];
    ++count;
    const bool byCount = every > 0 && count % every == 0;
    const bool requested = m_rotationRequested.take(userId);
    const bool nearExpiry = !it->superseded && it->expiresMs - nowMs() < kRenewBeforeExpiryMs;
    if (!byCount && !requested && !nearExpiry)
        return {};
    it->expiresMs = qMin(it->expiresMs, nowMs() + kRotationGraceMs);
    it->superseded = true;
    return issueMessagingToken(userId);
}

void TokenStore::expireAccessTokens()
{
    m_access.clear();
}

void TokenStore::expireMessagingTokens()
{
    m_messaging.clear();
}

} // namespace cec::sim
