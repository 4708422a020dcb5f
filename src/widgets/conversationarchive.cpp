#include "conversationarchive_p.h"

#include "messagejson_p.h"

#include <QJsonDocument>
#include <QLoggingCategory>

namespace cec {

namespace {
Q_LOGGING_CATEGORY(lcArchive, "cec.widgets.archive", QtInfoMsg)
} // namespace

ConversationArchive::ConversationArchive(const QString &filePath)
    : m_file(filePath)
{}

ConversationArchive::~ConversationArchive()
{
    m_file.close();
    if (m_file.exists() && !m_file.remove())
        qCWarning(lcArchive) << "Cannot remove" << m_file.fileName();
}

bool ConversationArchive::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    // Truncated: what an earlier run left behind belongs to no model now.
    if (m_file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return true;
    qCWarning(lcArchive) << "Cannot open" << m_file.fileName() << ':' << m_file.errorString();
    return false;
}

bool ConversationArchive::push(const QList<ChatMessage> &messages)
{
    if (messages.isEmpty())
        return true;
    if (!ensureOpen())
        return false;
    const qint64 end = m_file.size();
    QByteArray lines;
    QList<qint64> offsets;
    offsets.reserve(messages.size());
    for (const ChatMessage &message : messages) {
        offsets.append(end + lines.size());
        lines += QJsonDocument(messageToJson(message)).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    if (!m_file.seek(end) || m_file.write(lines) != lines.size() || !m_file.flush()) {
        qCWarning(lcArchive) << "Cannot write" << m_file.fileName() << ':' << m_file.errorString();
        m_file.resize(end); // a partial line would misalign every later read
        return false;
    }
    m_offsets += offsets;
    return true;
}

QList<ChatMessage> ConversationArchive::readFrom(qint64 offset)
{
    QList<ChatMessage> messages;
    if (!m_file.isOpen() || !m_file.seek(offset))
        return messages;
    const QByteArray data = m_file.readAll();
    for (const QByteArray &line : data.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            messages.append(messageFromJson(document.object()));
        else
            qCWarning(lcArchive) << "Skipping an unreadable line in" << m_file.fileName();
    }
    return messages;
}

QList<ChatMessage> ConversationArchive::popNewest(int count)
{
    count = std::min(count, size());
    if (count <= 0)
        return {};
    const qint64 start = m_offsets.at(m_offsets.size() - count);
    QList<ChatMessage> messages = readFrom(start);
    m_file.resize(start);
    m_offsets.resize(m_offsets.size() - count);
    return messages;
}

QList<ChatMessage> ConversationArchive::readAll()
{
    return m_offsets.isEmpty() ? QList<ChatMessage>() : readFrom(0);
}

void ConversationArchive::clear()
{
    m_offsets.clear();
    if (m_file.isOpen())
        m_file.resize(0);
}

} // namespace cec
