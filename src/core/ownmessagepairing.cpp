#include "ownmessagepairing.h"

namespace cec {

bool OwnMessagePairing::isEcho(const ChatMessage &entry, const ChatMessage &own)
{
    return entry.isOwn() && own.isOwn() && entry.content == own.content;
}

QString OwnMessagePairing::pair(const ChatMessage &entry, const QList<ChatMessage> &candidates,
                                const std::function<bool(const ChatMessage &own)> &mayPair)
{
    for (const ChatMessage &own : candidates) {
        if (m_paired.contains(own.id) || (mayPair && !mayPair(own)) || !isEcho(entry, own))
            continue;
        m_paired.insert(own.id);
        return own.id;
    }
    return {};
}

} // namespace cec
