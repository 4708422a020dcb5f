// Keeps what the conversation costs in memory bounded, however many messages arrive: the model
// holds the newest kShown messages while the user follows them; the older ones go to the
// archive (disk) and come back a page at a time when the user scrolls to the top, up to kMaxShown
// (the transcript export has the whole conversation). A flood of messages thus costs disk, not
// memory (docs/security.md, "Hostile content").
#pragma once

#include "chatmessage.h"

#include <QList>
#include <QObject>

namespace cec {

class ConversationArchive;
class ConversationModel;
class MessageListView;

class ConversationWindow final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kShown = 1000;    // kept while following the newest messages
    static constexpr int kTrimStep = 200;  // moved out at once, so trimming is rare
    static constexpr int kPage = 200;      // brought back per scroll to the top
    static constexpr int kMaxShown = 5000; // even while the user reads old messages

    ConversationWindow(ConversationModel &model, MessageListView &view,
                       ConversationArchive &archive, QObject *parent = nullptr);

    void messagesAdded(); // after appending to the model: trims when over the bound
    bool loadOlder();     // false when nothing older is archived
    // Belongs before the first message shown, among the archived ones.
    bool isOlderThanShown(const ChatMessage &message) const;
    QList<ChatMessage> allMessages() const; // archived and shown, oldest first
    void clear();

Q_SIGNALS:
    // Older messages came back into the model (their pictures need downloading again).
    void olderLoaded(const QList<ChatMessage> &messages);

private:
    void trimTo(int keep);

    ConversationModel &m_model;
    MessageListView &m_view;
    ConversationArchive &m_archive;
};

} // namespace cec
