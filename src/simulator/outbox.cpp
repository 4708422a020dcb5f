#include "outbox.h"

#include "history.h"
#include "scenario.h"
#include "tenantcommon_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <protocol/protocol.h>

#include <algorithm>

namespace cec::sim {

namespace proto = cec::protocol;

Outbox::Outbox(const Scenario &scenario, QString channelId, Customers &customers, History &history)
    : m_scenario(scenario)
    , m_channelId(std::move(channelId))
    , m_customers(customers)
    , m_history(history)
{}

QJsonObject Outbox::downlink(Customer &c, const QString &controlType, const QString &sourceType,
                             const QString &content, const QString &mediaType)
{
    QString nickname;
    if (sourceType == "ROBOT"_L1)
        nickname = m_scenario.botName;
    else if (sourceType == "AGENT"_L1)
        nickname = m_scenario.agentName;
    else
        nickname = u"system"_s;
    const qint64 now = nowMs();
    return {
        {u"from"_s, m_channelId},
        {u"to"_s, c.userId},
        {u"channel"_s, QString(proto::kChannelWeb)},
        {u"controlType"_s, controlType},
        {u"mediaType"_s, mediaType},
        {u"content"_s, content},
        {u"senderNickname"_s, nickname},
        {u"senderAvatar"_s, QJsonValue::Null},
        {u"sourceType"_s, sourceType},
        {u"timestamp"_s, now},
        {u"receiveTime"_s, now},
        {u"messageCode"_s, newKey()},
        {u"callId"_s, c.callId},
        {u"simQuestions"_s, QJsonValue::Null},
        {u"interIdx"_s, sourceType == "ROBOT"_L1 ? QJsonValue(QString::number(++c.interIdx))
                                                 : QJsonValue(QJsonValue::Null)},
        {u"isOfflineStatus"_s, false},
        {u"queueFlag"_s,
         c.mode == Customer::Mode::Queue ? QJsonValue(u"Y"_s) : QJsonValue(QJsonValue::Null)},
        {u"contentType"_s, QJsonValue::Null},
        {u"mediaFileType"_s, QJsonValue::Null},
        {u"robotGender"_s,
         sourceType == "ROBOT"_L1 ? QJsonValue(u"MALE"_s) : QJsonValue(QJsonValue::Null)},
    };
}

void Outbox::sayText(Customer &c, const QString &sourceType, const QString &text,
                     const QJsonValue &simQuestions)
{
    // Downlink content is limited to 500 characters; longer texts arrive as several messages.
    QString rest = text.isEmpty() ? u" "_s : text;
    bool first = true;
    while (!rest.isEmpty()) {
        QJsonObject message =
            downlink(c, u"CHAT"_s, sourceType, rest.left(proto::kMaxDownlinkContentLength));
        rest.remove(0, proto::kMaxDownlinkContentLength);
        if (first)
            message.insert(u"simQuestions"_s, simQuestions);
        first = false;
        m_history.record(c.userId, message, sourceType);
        deliver(c, message);
    }
}

void Outbox::sendReadNotice(Customer &c)
{
    if (c.unreadCodes.isEmpty())
        return;
    const QString codes = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(c.unreadCodes)).toJson(QJsonDocument::Compact));
    c.unreadCodes.clear();
    deliver(c, downlink(c, u"READ"_s, u"AGENT"_s, codes));
}

void Outbox::sendTyping(Customer &c)
{
    // Not documented for the downlink: the customer's own typing notice is controlType INPUT, so
    // the agent's is the same shape coming the other way, with empty content.
    deliver(c, downlink(c, u"INPUT"_s, u"AGENT"_s, QString()));
}

void Outbox::deliver(Customer &c, QJsonObject message)
{
    c.outbox.append(std::move(message));
    const bool isRead = c.outbox.constLast().value(u"controlType"_s).toString() == "READ"_L1;
    if (c.poll.reply && (!isRead || c.poll.needRead))
        flushPoll(c);
}

void Outbox::flushPoll(Customer &c)
{
    Customer::Poll waiting = std::exchange(c.poll, {});
    if (!waiting.reply)
        return;
    if (!waiting.reply->isOpen())
        return; // client went away: the messages stay for its next poll
    QJsonArray messages;
    for (const QJsonObject &message : std::as_const(c.outbox)) {
        // READ notices only go to clients that ask for them; the others never see them.
        if (message.value(u"controlType"_s).toString() != "READ"_L1 || waiting.needRead)
            messages.append(message);
    }
    c.outbox.clear();
    QJsonObject body = result(proto::result::kOk, u"query user messages success."_s);
    body.insert(u"downlinkMessages"_s, messages);
    waiting.reply->send(HttpReply::json(body));
}

void Outbox::poll(const QString &userId, const HttpRequest &request,
                  const PendingResponsePtr &reply)
{
    const QString receiverId = request.queryValue("receiverId"_L1);
    const QString channel = request.queryValue("channel"_L1);
    if (receiverId.isEmpty() || channel.isEmpty())
        return reply->send(HttpReply::json(
            result(proto::result::kMissingParameter, u"receiverId and channel are required"_s)));
    if (channel != proto::kChannelWeb)
        return reply->send(
            HttpReply::json(result(proto::result::kBadParameter, u"channel must be WEB"_s)));
    if (receiverId != userId)
        return reply->send(HttpReply::json(result(
            proto::result::kBadParameter, u"receiverId does not match the ccmessaging-token"_s)));

    Customer &c = m_customers.customer(userId);
    flushPoll(c); // a second poll from the same customer releases the first
    const bool needRead = request.queryValue("isNeedRead"_L1) == "true"_L1;
    c.poll = {reply, needRead, m_customers.nextSerial()};
    const bool hasMessages = std::any_of(c.outbox.cbegin(), c.outbox.cend(), [&](const auto &m) {
        return needRead || m.value(u"controlType"_s).toString() != "READ"_L1;
    });
    if (hasMessages || m_scenario.pollHoldMs <= 0) {
        flushPoll(c);
        return;
    }
    QTimer::singleShot(m_scenario.pollHoldMs, Qt::PreciseTimer, m_customers.context(),
                       [this, userId, serial = c.poll.serial] {
                           Customer &target = m_customers.customer(userId);
                           if (target.poll.serial == serial)
                               flushPoll(target);
                       });
}

} // namespace cec::sim
