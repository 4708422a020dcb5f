// Our own messages come back in the server's history under server codes (messageCode), while the
// app that sent them holds them under local ids: the send answer carries no code
// (docs/cec-api-notes.md). So a customer entry of the history with the same content is taken for
// that own message, and each own message is taken at most once, so that a text sent twice still
// shows twice.
//
// The one home of that rule. ChatSession pairs history (before CONNECT, after an outage, when a
// lost send is reconciled) with the messages it sent; the widget's restore de-duplication
// (ConversationPersistence::isRestoredDuplicate: history entries against the messages restored
// from the last run) uses it as well.
#pragma once

#include "cec_core_export.h"

#include "chatmessage.h"

#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace cec {

class CEC_CORE_EXPORT OwnMessagePairing final
{
public:
    // The rule itself: `entry`, from the history, is `own` come back.
    static bool isEcho(const ChatMessage &entry, const ChatMessage &own);

    // Pairs `entry` with the first of `candidates` that it echoes, is not paired yet and that
    // `mayPair` accepts (every one, when empty). Returns that message's id, now paired; empty
    // when the entry is nobody's echo (it is then a message in its own right).
    QString pair(const ChatMessage &entry, const QList<ChatMessage> &candidates,
                 const std::function<bool(const ChatMessage &own)> &mayPair = {});

    bool isPaired(const QString &ownId) const { return m_paired.contains(ownId); }
    void markPaired(const QString &ownId) { m_paired.insert(ownId); } // paired by other means
    void forget(const QString &ownId) { m_paired.remove(ownId); }     // the message is gone
    void clear() { m_paired.clear(); }

private:
    QSet<QString> m_paired; // ids of own messages already matched with a history entry
};

} // namespace cec
