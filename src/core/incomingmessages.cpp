#include "incomingmessages_p.h"

#include <algorithm>

namespace cec {

IncomingMessages::IncomingMessages(MessageLog &log, qsizetype keyCapacity,
                                   std::function<void(const QStringList &)> messagesRead)
    : m_log(log)
    , m_messagesRead(std::move(messagesRead))
    , m_seenKeys(keyCapacity)
{}

bool IncomingMessages::add(const DownlinkMessage &downlink, bool fromHistory)
{
    const QString key = downlink.dedupKey();
    if (m_seenKeys.contains(key)) {
        addLateSuggestions(key, downlink);
        return false;
    }
    if (downlink.content.isEmpty() && downlink.mediaType == protocol::MediaType::Text)
        return false; // control-only (e.g. a bare CONNECT notice): nothing to show
    m_seenKeys.insert(key);
    ChatMessage message = chatMessageFrom(downlink, fromHistory);
    if (!message.timestamp.isValid())
        message.timestamp = QDateTime::currentDateTimeUtc(); // it arrived now, as far as we know
    m_log.append(message);
    return true;
}

void IncomingMessages::read(const DownlinkMessage &notice)
{
    if (m_seenKeys.contains(notice.dedupKey()))
        return;
    m_seenKeys.insert(notice.dedupKey());
    markOwnMessagesRead();
}

// The server's READ lists its own messageCodes for our messages, which we never learn (send
// answers only with a resultCode). All it can mean for us is "the agent has read up to now",
// so every own message already delivered when the notice arrives counts as read; ones still
// queued or sending cannot have been seen.
void IncomingMessages::markOwnMessagesRead()
{
    QStringList readIds;
    for (const ChatMessage &message : m_log.messages()) {
        if (message.isOwn() && message.delivery == DeliveryState::Sent)
            readIds.append(message.id);
    }
    // Updated after collecting, as slots may add messages while we iterate.
    for (const QString &id : std::as_const(readIds))
        m_log.setDelivery(id, DeliveryState::Read);
    if (!readIds.isEmpty() && m_messagesRead)
        m_messagesRead(readIds);
}

// History entries carry no suggested questions (docs/cec-api.md §3.7): when a message first
// seen there (e.g. during a catch-up) arrives live as well, its questions are added to it.
void IncomingMessages::addLateSuggestions(const QString &key, const DownlinkMessage &downlink)
{
    if (downlink.suggestedQuestions.isEmpty())
        return;
    ChatMessage *message = m_log.find(key);
    if (!message || !message->suggestedQuestions.isEmpty())
        return;
    message->suggestedQuestions = downlink.suggestedQuestions;
    m_log.changed(*message);
}

void IncomingMessages::mergeHistory(QList<DownlinkMessage> entries, bool fromHistory,
                                    const AfterEntry &after)
{
    // The order of messageList is not documented (docs/cec-api.md §7.11).
    std::stable_sort(entries.begin(), entries.end(),
                     [](const DownlinkMessage &a, const DownlinkMessage &b) {
                         return a.timestamp < b.timestamp;
                     });
    for (const DownlinkMessage &entry : std::as_const(entries)) {
        if (entry.controlType == protocol::ControlType::Read ||
            entry.controlType == protocol::ControlType::Input) {
            continue;
        }
        if (m_seenKeys.contains(entry.dedupKey()))
            continue;
        if (entry.sourceType == protocol::SourceType::Customer && pairWithOwnMessage(entry))
            continue;
        const bool added = add(entry, fromHistory);
        if (after && !after(entry, added))
            return;
    }
}

// Only messages this app sent and that reached (or may have reached) the server can come back;
// a queued or failed one has not been seen there.
bool IncomingMessages::pairWithOwnMessage(const DownlinkMessage &entry)
{
    const auto mayHaveArrived = [](const ChatMessage &own) {
        return !own.fromHistory &&
               (own.delivery == DeliveryState::Sent || own.delivery == DeliveryState::Read ||
                own.delivery == DeliveryState::Sending);
    };
    const ChatMessage asShown = chatMessageFrom(entry, /*fromHistory=*/true);
    if (m_pairing.pair(asShown, m_log.messages(), mayHaveArrived).isEmpty())
        return false;
    m_seenKeys.insert(entry.dedupKey());
    return true;
}

void IncomingMessages::notePairedWithHistory(const QString &ownId, const QString &historyKey)
{
    if (!historyKey.isEmpty())
        m_seenKeys.insert(historyKey);
    m_pairing.markPaired(ownId);
}

} // namespace cec
