#include "formatting.h"

#include "terminaltext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cec::cli {

QString sourceLabel(protocol::SourceType source)
{
    switch (source) {
    case protocol::SourceType::Customer:
        return u"You"_s;
    case protocol::SourceType::Agent:
        return u"Agent"_s;
    case protocol::SourceType::Robot:
        return u"Bot"_s;
    case protocol::SourceType::System:
        return u"System"_s;
    case protocol::SourceType::Unknown:
        break;
    }
    return u"Service"_s;
}

QString deliveryName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Queued:
        return u"queued"_s;
    case DeliveryState::Sending:
        return u"sending"_s;
    case DeliveryState::Sent:
        return u"sent"_s;
    case DeliveryState::Failed:
        return u"failed"_s;
    case DeliveryState::Read:
        return u"read"_s;
    }
    return u"unknown"_s;
}

namespace {

QString sourceKey(protocol::SourceType source)
{
    switch (source) {
    case protocol::SourceType::Customer:
        return u"customer"_s;
    case protocol::SourceType::Agent:
        return u"agent"_s;
    case protocol::SourceType::Robot:
        return u"robot"_s;
    case protocol::SourceType::System:
        return u"system"_s;
    case protocol::SourceType::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString displayedContent(const ChatMessage &message)
{
    if (message.mediaType == protocol::MediaType::Text)
        return message.content;
    // Files and media arrive as storage ids; say what they are instead of showing a bare key.
    return u"[%1] %2"_s.arg(protocol::toString(message.mediaType), message.content);
}

} // namespace

QStringList messageLines(const ChatMessage &message)
{
    const QString time = message.timestamp.isValid()
                             ? message.timestamp.toLocalTime().toString(u"HH:mm:ss"_s)
                             : u"--:--:--"_s;
    QString sender = sourceLabel(message.source);
    // "System (system)" says nothing twice; the name is shown only when it adds something.
    if (!message.senderName.isEmpty() && message.source != protocol::SourceType::Customer &&
        message.senderName.compare(sender, Qt::CaseInsensitive) != 0)
        sender += u" ("_s + message.senderName + u')';
    // The text's own line breaks continue under a "| " mark, so no line of it can pass for a line
    // of the transcript (or a suggestion). Every other control character is escaped by Console.
    const QStringList textLines = messageTextLines(displayedContent(message));
    QStringList lines{u"[%1] %2: %3"_s.arg(time, sender, textLines.first())};
    for (qsizetype i = 1; i < textLines.size(); ++i)
        lines << QString(kContinuationPrefix) + textLines.at(i);
    if (message.delivery == DeliveryState::Failed && message.isOwn())
        lines.last() += u"  (not sent: %1)"_s.arg(message.failureReason);
    for (const QString &suggestion : message.suggestedQuestions)
        lines << QString(kSuggestionPrefix) + suggestion;
    return lines;
}

QJsonObject messageJson(const ChatMessage &message)
{
    QJsonObject object{
        {u"type"_s, u"message"_s},
        {u"id"_s, message.id},
        {u"source"_s, sourceKey(message.source)},
        {u"sender"_s, message.senderName},
        {u"mediaType"_s, protocol::toString(message.mediaType)},
        {u"content"_s, message.content},
        {u"time"_s, message.timestamp.toUTC().toString(Qt::ISODateWithMs)},
        {u"suggestions"_s, QJsonArray::fromStringList(message.suggestedQuestions)},
    };
    if (message.isOwn()) {
        object.insert(u"delivery"_s, deliveryName(message.delivery));
        if (message.delivery == DeliveryState::Failed)
            object.insert(u"failureReason"_s, message.failureReason);
    }
    if (message.fromHistory)
        object.insert(u"history"_s, true);
    return object;
}

QJsonObject queueJson(const QueueInfo &info)
{
    return {
        {u"type"_s, u"queue"_s},
        {u"queued"_s, info.queued},
        {u"resultCode"_s, info.resultCode},
        {u"position"_s, info.position},
        {u"totalWaitSeconds"_s, info.totalWaitSeconds},
        {u"estimatedWaitSeconds"_s, info.estimatedWaitSeconds},
        {u"longestWaitSeconds"_s, info.longestWaitSeconds},
        {u"configuredMaxWaitSeconds"_s, info.configuredMaxWaitSeconds},
    };
}

QJsonObject errorJson(const ApiError &error)
{
    QJsonObject object{
        {u"type"_s, u"error"_s},
        {u"message"_s, error.userMessage()},
        {u"kind"_s, ApiError::kindName(error.kind())},
        {u"endpoint"_s, error.endpoint()},
    };
    if (error.httpStatus() != 0)
        object.insert(u"httpStatus"_s, error.httpStatus());
    if (!error.code().isEmpty())
        object.insert(u"code"_s, error.code());
    return object;
}

QJsonObject callEventJson(const ClickToCallEvent &event)
{
    // The server's content as received, completed from the parsed fields in case the parser
    // normalised something (e.g. a numeric accessCode) that the raw object lacks.
    QJsonObject content = event.rawContent;
    const auto fillIn = [&content](const QString &key, const QJsonValue &value, bool present) {
        if (present && !content.contains(key))
            content.insert(key, value);
    };
    fillIn(u"domain"_s, event.setup.domain, !event.setup.domain.isEmpty());
    fillIn(u"gwAddresses"_s, QJsonArray::fromStringList(event.setup.gatewayAddresses),
           !event.setup.gatewayAddresses.isEmpty());
    fillIn(u"accessCode"_s, event.setup.accessCode, !event.setup.accessCode.isEmpty());
    fillIn(u"clickToCallCaller"_s, event.setup.caller, !event.setup.caller.isEmpty());
    fillIn(u"causeId"_s, event.causeId, !event.causeId.isEmpty());
    fillIn(u"causeDesc"_s, event.causeDesc, !event.causeDesc.isEmpty());

    QJsonObject object;
    if (event.eventId)
        object.insert(u"eventId"_s, *event.eventId);
    object.insert(u"resultDesc"_s, event.resultDesc);
    object.insert(u"content"_s, content);
    return object;
}

} // namespace cec::cli
