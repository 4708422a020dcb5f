// Keeps the widget's conversation across restarts: restores the saved messages at start (the
// unsent ones go back to the session's queue), hides the history entries that repeat them, saves
// (coalesced) as the conversation changes, and forgets it once the conversation is over.
#pragma once

#include "chatmessage.h"
#include "conversationstore_p.h"
#include "ownmessagepairing.h"

#include <QDateTime>
#include <QList>
#include <QTimer>

#include <functional>

namespace cec {

class ChatSession;
class ConversationModel;
struct ClientConfig;

class ConversationPersistence final
{
public:
    // `directory`: the configured storage folder (empty: the default one).
    ConversationPersistence(const QString &directory, const ClientConfig &client,
                            ChatSession &session, ConversationModel &conversationModel);

    const ConversationStore &store() const { return m_store; }

    // Once per widget: the saved messages into the model (`restoredPicture` for each picture
    // from the other side, whose bytes were not kept) and the unsent ones into the session.
    // False when already started.
    bool restore(const std::function<void(const ChatMessage &)> &restoredPicture);
    bool isRestoredDuplicate(const ChatMessage &message);
    void scheduleSave();
    void saveNow();
    // Over for good (ended after being connected): nothing is left to resume or deliver next
    // time, and nothing more is saved until resume().
    void conversationOver();
    void resume(); // the customer starts again
    bool isOver() const { return m_conversationOver; }

    static QString storeKey(const ClientConfig &config);

private:
    ChatSession &m_session;
    ConversationModel &model;
    ConversationStore m_store;
    QTimer m_saveTimer;
    bool m_started = false;
    bool m_conversationOver = false;
    // Messages restored from the store: history entries that repeat them are not shown again.
    QDateTime restoredSince;
    QList<ChatMessage> restoredOwn;
    OwnMessagePairing restoredPairing; // which of restoredOwn came back from the history
};

} // namespace cec
