// The conversation's messages, in order of arrival, found by id, and bounded: a flood must not
// grow memory without end, and old messages were handed out by messageAdded already.
#pragma once

#include "cec_core_export.h"

#include "chatmessage.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace cec {

class CEC_CORE_AUTOTEST_EXPORT MessageLog final
{
public:
    struct Hooks
    {
        std::function<void(const ChatMessage &)> added;
        std::function<void(const ChatMessage &)> updated;
        std::function<bool(const QString &id)> mustKeep; // e.g. still waiting in the outbox
        std::function<void(const QString &id)> forgotten;
    };

    // Keeps the newest `maxKept` messages (at least one), every own message not delivered yet
    // and every one `mustKeep` asks for. It is trimmed in steps, once it holds a quarter more,
    // so that rebuilding the index is rare.
    MessageLog(int maxKept, Hooks hooks);

    const QList<ChatMessage> &messages() const { return m_messages; }
    bool contains(const QString &id) const { return m_indexById.contains(id); }
    // Valid until the next append(), which may move or drop messages.
    ChatMessage *find(const QString &id);
    const ChatMessage *find(const QString &id) const;

    void append(const ChatMessage &message);
    void setDelivery(const QString &id, DeliveryState delivery, const QString &reason = {});
    // Announces a change made through find().
    void changed(const ChatMessage &message);

private:
    void forgetOldMessages();
    bool mayForget(qsizetype index, qsizetype cut) const;

    qsizetype m_maxKept;
    Hooks m_hooks;
    QList<ChatMessage> m_messages;
    QHash<QString, qsizetype> m_indexById;
};

} // namespace cec
