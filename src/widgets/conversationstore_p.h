// Keeps a conversation across app restarts: unsent messages (so nothing typed is lost) and the
// recent messages (shown again at once, before history arrives). One JSON file per customer and
// channel, written atomically (QSaveFile). No secret or token is ever written.
#pragma once

#include "chatmessage.h"

#include <QList>
#include <QString>

namespace cec {

class ConversationStore final
{
public:
    // `directory` is created when missing; `key` identifies the conversation (e.g. base URL,
    // channel id and customer id; hashed into the file name).
    ConversationStore(QString directory, const QString &key);

    struct Snapshot
    {
        QList<ChatMessage> recent;  // last messages shown, oldest first (at most kMaxRecent)
        QList<ChatMessage> pending; // unsent own messages, in sending order
    };
    static constexpr int kMaxRecent = 200;

    Snapshot load() const; // empty snapshot when nothing was saved or the file is unreadable
    bool save(const Snapshot &snapshot, QString *error = nullptr) const;
    void clear() const; // after the conversation ended
    QString filePath() const;
    // Where this conversation's ConversationArchive lives: next to the saved conversation.
    QString archiveFilePath() const;

private:
    QString m_filePath;
};

} // namespace cec
