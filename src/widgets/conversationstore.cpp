#include "conversationstore_p.h"

#include "messagejson_p.h"

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

using namespace Qt::StringLiterals;

namespace cec {

namespace {

Q_LOGGING_CATEGORY(lcStore, "cec.widgets.store", QtInfoMsg)

// Bump when the layout changes incompatibly; older files are then ignored (never misread).
constexpr int kFormatVersion = 1;
constexpr auto kFormatName = "cec-conversation"_L1;

QJsonArray toJson(const QList<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages)
        array.append(messageToJson(message));
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
        messages.append(messageFromJson(entry.toObject()));
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

QString ConversationStore::archiveFilePath() const
{
    QString path = m_filePath;
    path.chop(int(qstrlen(".json")));
    return path + u".archive.jsonl"_s;
}

} // namespace cec
