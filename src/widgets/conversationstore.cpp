#include "conversationstore_p.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSaveFile>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace cec {

namespace {

Q_LOGGING_CATEGORY(lcStore, "cec.widgets.store", QtInfoMsg)

// Bump when the layout changes incompatibly; older files are then ignored (never misread).
constexpr int kFormatVersion = 1;
constexpr auto kFormatName = "cec-conversation"_L1;

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

QJsonObject toJson(const ChatMessage &message)
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

ChatMessage fromJson(const QJsonObject &object)
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

QJsonArray toJson(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(toJson(message));
    return array;
}

QList<ChatMessage> messagesFrom(const QJsonValue &value, const QString &filePath)
{
    QList<ChatMessage> messages;
    const QJsonArray array = value.toArray();
    messages.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (!entry.isObject()) {
            qCWarning(lcStore) << "Skipping a malformed message entry in" << filePath;
            continue;
        }
        messages.append(fromJson(entry.toObject()));
    }
    return messages;
}

QList<ChatMessage> lastRecent(QList<ChatMessage> recent)
{
    if (recent.size() > ConversationStore::kMaxRecent)
        recent.remove(0, recent.size() - ConversationStore::kMaxRecent);
    return recent;
}

} // namespace

ConversationStore::ConversationStore(QString directory, const QString &key)
{
    if (!QDir().mkpath(directory))
        qCWarning(lcStore) << "Cannot create the conversation directory" << directory;
    // Hashed so that the customer id or endpoint never appears in a file name.
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    m_filePath = QDir(directory).filePath(QString::fromLatin1(hash) + u".json"_s);
}

ConversationStore::Snapshot ConversationStore::load() const
{
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcStore) << "Cannot read the saved conversation" << m_filePath << ':'
                           << file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcStore) << "Ignoring a corrupt saved conversation" << m_filePath << ':'
                           << (parseError.error != QJsonParseError::NoError
                                   ? parseError.errorString()
                                   : u"not a JSON object"_s);
        return {};
    }
    const QJsonObject root = document.object();
    const int version = root.value(u"version"_s).toInt(-1);
    if (root.value(u"format"_s).toString() != kFormatName || version != kFormatVersion) {
        qCWarning(lcStore) << "Ignoring a saved conversation of unknown format/version" << version
                           << "in" << m_filePath;
        return {};
    }
    Snapshot snapshot;
    snapshot.recent = lastRecent(messagesFrom(root.value(u"recent"_s), m_filePath));
    snapshot.pending = messagesFrom(root.value(u"pending"_s), m_filePath);
    return snapshot;
}

bool ConversationStore::save(const Snapshot &snapshot, QString *error) const
{
    const QJsonObject root{
        {u"format"_s, QString(kFormatName)},
        {u"version"_s, kFormatVersion},
        {u"recent"_s, toJson(lastRecent(snapshot.recent))},
        {u"pending"_s, toJson(snapshot.pending)},
    };
    // QSaveFile writes a temporary file and renames it: a crash mid-write leaves the old file.
    QSaveFile file(m_filePath);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        if (file.commit())
            return true;
    }
    const QString reason = file.errorString();
    qCWarning(lcStore) << "Cannot save the conversation to" << m_filePath << ':' << reason;
    if (error) {
        *error = QCoreApplication::translate("cec::ConversationStore",
                                             "Cannot save the conversation to %1: %2")
                     .arg(QDir::toNativeSeparators(m_filePath), reason);
    }
    return false;
}

void ConversationStore::clear() const
{
    if (QFile::exists(m_filePath) && !QFile::remove(m_filePath))
        qCWarning(lcStore) << "Cannot remove the saved conversation" << m_filePath;
}

QString ConversationStore::filePath() const
{
    return m_filePath;
}

} // namespace cec
