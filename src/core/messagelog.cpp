#include "messagelog_p.h"

#include <algorithm>

namespace cec {

MessageLog::MessageLog(int maxKept, Hooks hooks)
    : m_maxKept(std::max(1, maxKept))
    , m_hooks(std::move(hooks))
{}

ChatMessage *MessageLog::find(const QString &id)
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_messages[*it];
}

const ChatMessage *MessageLog::find(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_messages.at(*it);
}

void MessageLog::append(const ChatMessage &message)
{
    m_indexById.insert(message.id, m_messages.size());
    m_messages.append(message);
    if (m_hooks.added)
        m_hooks.added(message);
    if (m_messages.size() > m_maxKept + m_maxKept / 4 + 1)
        forgetOldMessages();
}

void MessageLog::setDelivery(const QString &id, DeliveryState delivery, const QString &reason)
{
    ChatMessage *message = find(id);
    if (!message)
        return;
    message->delivery = delivery;
    message->failureReason = reason;
    changed(*message);
}

void MessageLog::changed(const ChatMessage &message)
{
    if (m_hooks.updated)
        m_hooks.updated(message);
}

bool MessageLog::mayForget(qsizetype index, qsizetype cut) const
{
    const ChatMessage &message = m_messages.at(index);
    if (index >= cut || (m_hooks.mustKeep && m_hooks.mustKeep(message.id)))
        return false;
    return !message.isOwn() || message.delivery == DeliveryState::Sent ||
           message.delivery == DeliveryState::Read;
}

void MessageLog::forgetOldMessages()
{
    const qsizetype cut = m_messages.size() - m_maxKept;
    QList<ChatMessage> remaining;
    remaining.reserve(m_maxKept);
    QStringList forgotten;
    for (qsizetype i = 0; i < m_messages.size(); ++i) {
        if (mayForget(i, cut))
            forgotten.append(m_messages.at(i).id);
        else
            remaining.append(m_messages.at(i));
    }
    m_messages = std::move(remaining);
    m_indexById.clear();
    for (qsizetype i = 0; i < m_messages.size(); ++i)
        m_indexById.insert(m_messages.at(i).id, i);
    if (m_hooks.forgotten) {
        for (const QString &id : std::as_const(forgotten))
            m_hooks.forgotten(id);
    }
}

} // namespace cec
