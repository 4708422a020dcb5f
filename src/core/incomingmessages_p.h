// Server messages into the conversation, each once: a message can come by poll and again by
// history (before CONNECT, after an outage), and our own come back from history under server
// codes. Also the agent's READ notices, and suggested questions that arrive late.
#pragma once

#include "cec_core_export.h"

#include "messagelog_p.h"
#include "ownmessagepairing.h"
#include "recentkeys.h"
#include "types.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace cec {

class CEC_CORE_AUTOTEST_EXPORT IncomingMessages final
{
public:
    // `keyCapacity`: how many dedup keys are remembered (history repeats only recent ones).
    // `messagesRead`: own messages the agent has read, as ChatSession::messagesRead.
    IncomingMessages(MessageLog &log, qsizetype keyCapacity,
                     std::function<void(const QStringList &)> messagesRead);

    // Adds a server message unless its key was seen. Returns whether it was added.
    bool add(const DownlinkMessage &downlink, bool fromHistory);
    // A READ notice (each notice counts once).
    void read(const DownlinkMessage &notice);
    // Adds history entries, oldest first, that were neither seen nor are our own come back.
    // After each one offered to add(), `after` says whether to go on.
    using AfterEntry = std::function<bool(const DownlinkMessage &entry, bool added)>;
    void mergeHistory(QList<DownlinkMessage> entries, bool fromHistory,
                      const AfterEntry &after = {});

    // What the conversation knows of the history, for SendReconciler's ledger.
    bool isKnownKey(const QString &key) const { return m_seenKeys.contains(key); }
    bool isPaired(const QString &ownId) const { return m_pairing.isPaired(ownId); }
    // The reconciler found our message `ownId` in the history, as `historyKey` (may be empty).
    void notePairedWithHistory(const QString &ownId, const QString &historyKey);
    void forget(const QString &ownId) { m_pairing.forget(ownId); } // the log dropped it

private:
    void markOwnMessagesRead();
    void addLateSuggestions(const QString &key, const DownlinkMessage &downlink);
    bool pairWithOwnMessage(const DownlinkMessage &entry);

    MessageLog &m_log;
    std::function<void(const QStringList &)> m_messagesRead;
    // dedupKey of server messages shown or consumed lately.
    RecentKeys m_seenKeys;
    OwnMessagePairing m_pairing;
};

} // namespace cec
