// What the header tells the customer about the chat: the status line ("Chatting with Anna"), the
// queue banner with the position and wait, and the agent's typing notice.
#pragma once

#include "chatsession.h"

#include <QCoreApplication>
#include <QTimer>

class QFrame;
class QLabel;

namespace cec {

class ChatStatusHeader final
{
    Q_DECLARE_TR_FUNCTIONS(cec::ChatWidget)
public:
    struct Widgets
    {
        QLabel *statusLabel;
        QFrame *queueBanner;
        QLabel *queueLabel;
        QLabel *typingLabel;
    };
    ChatStatusHeader(const ChatSession &session, const Widgets &widgets);

    void onStateChanged(ChatSession::State state);
    void onQueueInfo(const QueueInfo &info);
    void onAgentTyping();
    // A new (not history) message from the agent: its name for the status line; it stopped typing.
    void onAgentMessage(const QString &senderName);

private:
    const ChatSession &m_session;
    Widgets m_ui;
    QTimer m_typingTimer;
    QString m_agentName;
};

} // namespace cec
