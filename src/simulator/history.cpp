#include "history.h"

#include "tenantcommon_p.h"

#include <QJsonArray>

#include <protocol/protocol.h>

#include <limits>

namespace cec::sim {

namespace proto = cec::protocol;

History::History(QString channelId)
    : m_channelId(std::move(channelId))
{}

void History::record(const QString &userId, const QJsonObject &message, const QString &sourceType)
{
    const qint64 time = message.value(u"timestamp"_s).toInteger();
    m_messages[userId].append({
        {u"id"_s, QString::number(++m_lastId)},
        {u"channel"_s, QString(proto::kChannelWeb)},
        {u"senderNickname"_s, message.value(u"senderNickname"_s)},
        {u"senderAvatar"_s, message.value(u"senderAvatar"_s)},
        {u"sendTime"_s, time},
        {u"receiveTime"_s, time},
        {u"controlType"_s, message.value(u"controlType"_s)},
        {u"sourceType"_s, sourceType},
        {u"mediaType"_s, message.value(u"mediaType"_s)},
        {u"content"_s, message.value(u"content"_s)},
        {u"callId"_s, message.value(u"callId"_s)},
        {u"messageCode"_s, message.value(u"messageCode"_s)},
        {u"associationContentId"_s, QJsonValue::Null},
        {u"sendStatus"_s, QJsonValue::Null},
        {u"errorMsg"_s, QJsonValue::Null},
        {u"isForwarded"_s, QJsonValue::Null},
        {u"forwardTime"_s, QJsonValue::Null},
        {u"contentDealType"_s, QJsonValue::Null},
    });
}

QJsonObject History::query(const QString &userId, const QJsonObject &body) const
{
    if (text(body, u"channelId"_s) != m_channelId)
        return result(proto::result::kFailure, u"channelId is invalid"_s);
    const QString requested = text(body, u"userId"_s);
    if (requested.isEmpty() || requested.size() > proto::kMaxUserIdLength || requested != userId)
        return result(proto::result::kFailure, u"userId is invalid"_s);
    const auto number = [&](const QString &key, qint64 fallback, bool *ok) {
        const QString value = text(body, key);
        if (value.isEmpty())
            return fallback;
        bool parsed = false;
        const qint64 n = value.toLongLong(&parsed);
        *ok = *ok && parsed && n >= 0;
        return n;
    };
    bool ok = true;
    const qint64 start = number(u"startTime"_s, 0, &ok);
    const qint64 end = number(u"endTime"_s, std::numeric_limits<qint64>::max(), &ok);
    const qint64 limit = number(u"limit"_s, 20, &ok);
    const qint64 offset = number(u"offset"_s, 0, &ok);
    if (!ok)
        return result(proto::result::kFailure,
                      u"startTime, endTime, limit and offset must be non-negative numbers"_s);
    QJsonArray page;
    const QList<QJsonObject> messages = m_messages.value(userId);
    qint64 index = 0;
    for (const QJsonObject &item : messages) {
        const qint64 time = item.value(u"sendTime"_s).toInteger();
        if (time < start || time > end)
            continue;
        if (index++ < offset)
            continue;
        if (page.size() >= limit)
            break;
        page.append(item);
    }
    QJsonObject reply = result(proto::result::kOk, u"success"_s);
    reply.insert(u"messageList"_s, page);
    return reply;
}

} // namespace cec::sim
