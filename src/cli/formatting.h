// How cecctl shows the service's data: human lines and the JSON objects of --json / call output.
#pragma once

#include "apierror.h"
#include "chatmessage.h"
#include "types.h"

#include <QJsonObject>
#include <QMetaEnum>
#include <QStringList>

namespace cec::cli {

// "Bot", "Agent", "System", "You".
QString sourceLabel(protocol::SourceType source);
QString deliveryName(DeliveryState state);

inline constexpr QLatin1StringView kContinuationPrefix("           | ");
inline constexpr QLatin1StringView kSuggestionPrefix("           > ");

// "[12:03:04] Bot (CEC Assistant): text", then one kContinuationPrefix line per further line of
// the text, then one kSuggestionPrefix line per bot suggestion. The lines are still to be printed
// through Console, which escapes control characters.
QStringList messageLines(const ChatMessage &message);

QJsonObject messageJson(const ChatMessage &message); // {"type":"message",...}
QJsonObject queueJson(const QueueInfo &info);        // {"type":"queue",...}
QJsonObject errorJson(const ApiError &error);        // {"type":"error",...}
QJsonObject
callEventJson(const ClickToCallEvent &event); // {"eventId":...,"resultDesc":...,"content":{}}

template <typename Enum> QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

} // namespace cec::cli
