#include "messagejson_p.h"

#include <QJsonArray>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace cec {

namespace {

// Names of our own, written to disk: independent of the wire protocol's spelling so that a
// protocol change never silently reinterprets stored files.
constexpr std::array<std::pair<protocol::SourceType, QLatin1StringView>, 5> kSources{{
    {protocol::SourceType::Customer, "customer"_L1},
    {protocol::SourceType::Agent, "agent"_L1},
    {protocol::SourceType::Robot, "robot"_L1},
    {protocol::SourceType::System, "system"_L1},
    {protocol::SourceType::Unknown, "unknown"_L1},
}};

constexpr std::array<std::pair<DeliveryState, QLatin1StringView>, 5> kDeliveryStates{{
    {DeliveryState::Queued, "queued"_L1},
    {DeliveryState::Sending, "sending"_L1},
    {DeliveryState::Sent, "sent"_L1},
    {DeliveryState::Failed, "failed"_L1},
    {DeliveryState::Read, "read"_L1},
}};

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString(name);
    }
    return QString(names.back().second);
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, const QString &text,
             Enum fallback)
{
    for (const auto &[value, name] : names) {
        if (name == text)
            return value;
    }
    return fallback;
}

} // namespace

QJsonObject messageToJson(const ChatMessage &message)
{
    return {
        {u"id"_s, message.id},
        {u"source"_s, nameOf(kSources, message.source)},
        {u"mediaType"_s, protocol::toString(message.mediaType)},
        {u"senderName"_s, message.senderName},
        {u"content"_s, message.content},
        {u"timestamp"_s, message.timestamp.isValid()
                             ? message.timestamp.toUTC().toString(Qt::ISODateWithMs)
                             : QString()},
        {u"delivery"_s, nameOf(kDeliveryStates, message.delivery)},
        {u"failureReason"_s, message.failureReason},
        {u"suggestedQuestions"_s, QJsonArray::fromStringList(message.suggestedQuestions)},
        {u"contentType"_s, message.contentType},
        {u"mediaFileType"_s, message.mediaFileType},
        {u"fileName"_s, message.fileName},
        {u"fromHistory"_s, message.fromHistory},
    };
}

ChatMessage messageFromJson(const QJsonObject &object)
{
    ChatMessage message;
    message.id = object.value(u"id"_s).toString();
    message.source =
        valueOf(kSources, object.value(u"source"_s).toString(), protocol::SourceType::Unknown);
    message.mediaType = protocol::mediaTypeFromString(object.value(u"mediaType"_s).toString())
                            .value_or(protocol::MediaType::Text);
    message.senderName = object.value(u"senderName"_s).toString();
    message.content = object.value(u"content"_s).toString();
    const QString timestamp = object.value(u"timestamp"_s).toString();
    if (!timestamp.isEmpty())
        message.timestamp = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    message.delivery =
        valueOf(kDeliveryStates, object.value(u"delivery"_s).toString(), DeliveryState::Sent);
    message.failureReason = object.value(u"failureReason"_s).toString();
    const QJsonArray questions = object.value(u"suggestedQuestions"_s).toArray();
    for (const QJsonValue &question : questions)
        message.suggestedQuestions.append(question.toString());
    message.contentType = object.value(u"contentType"_s).toString();
    message.mediaFileType = object.value(u"mediaFileType"_s).toString();
    message.fileName = object.value(u"fileName"_s).toString();
    message.fromHistory = object.value(u"fromHistory"_s).toBool();
    // Nothing restored is in flight any more: what was being sent when the app stopped is sent
    // again from the queue.
    if (message.delivery == DeliveryState::Sending)
        message.delivery = DeliveryState::Queued;
    return message;
}

} // namespace cec
