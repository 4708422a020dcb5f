// The part of the conversation that is no longer held in memory: the oldest messages, moved out of
// the view's model when it grew past its bound, kept in a file next to the conversation store and
// handed back a page at a time as the user scrolls up. A stack: what went out last comes back
// first, so the file always holds exactly the messages before the model's first one, oldest
// first. It belongs to one run of the widget (the store keeps what a restart shows), so it starts
// empty and is removed when the widget goes.
#pragma once

#include "chatmessage.h"

#include <QFile>
#include <QList>

namespace cec {

class ConversationArchive final
{
public:
    explicit ConversationArchive(const QString &filePath);
    ~ConversationArchive();
    ConversationArchive(const ConversationArchive &) = delete;
    ConversationArchive &operator=(const ConversationArchive &) = delete;

    // Appends messages (oldest first), all newer than what is archived. False when the file
    // cannot be written: the caller keeps them instead, so nothing is lost.
    bool push(const QList<ChatMessage> &messages);
    // Removes and returns the newest `count` messages, oldest first.
    QList<ChatMessage> popNewest(int count);
    QList<ChatMessage> readAll(); // oldest first, for an export; the archive is unchanged
    int size() const { return int(m_offsets.size()); }
    void clear();
    QString filePath() const { return m_file.fileName(); }

private:
    bool ensureOpen();
    QList<ChatMessage> readFrom(qint64 offset);

    QFile m_file;
    QList<qint64> m_offsets; // where each message's line starts: 8 bytes a message in memory
};

} // namespace cec
