// The chat session's private side. ChatSessionPrivate is the coordinator: it holds the state
// machine (connect, live, queue, end; chatsession.cpp) and wires the parts that do the work, each
// a class of its own:
//   MessageLog        the messages, in order and bounded              (messagelog_p.h)
//   IncomingMessages  server messages in, each once; own ones paired  (incomingmessages_p.h)
//   Outbox            own messages out, in order: upload, send, lost answers (outbox_p.h)
//   Poller            the poll loop, its back-off, the Online/Offline link (poller_p.h)
//   QueueWatcher      the queue position while waiting for an agent   (queuewatcher_p.h)
//   AgentRequest      TRANS2AGENT, once the outbox is idle            (agentrequest_p.h)
//   HistoryFetcher    history before CONNECT, and the catch-up after an outage (historyfetcher_p.h)
//   TypingAndRead     INPUT and READ notices                          (typingandread_p.h)
#pragma once

#include "agentrequest_p.h"
#include "chatsession.h"
#include "historyfetcher_p.h"
#include "incomingmessages_p.h"
#include "messagelog_p.h"
#include "outbox_p.h"
#include "poller_p.h"
#include "queuewatcher_p.h"
#include "typingandread_p.h"

namespace cec {

class ChatSessionPrivate final
{
public:
    using State = ChatSession::State;
    using Link = ChatSession::Link;

    ChatSessionPrivate(ChatSession *session, CecClient &cecClient, ChatSessionOptions options);

    bool isLive() const
    {
        return state == State::Connected || state == State::Queued || state == State::WithAgent;
    }

    void setState(State next);
    void dropRepliesInFlight();
    void finish(State finalState);
    void connectToService();
    void sendConnect(quint64 connectEpoch);
    void disconnectFromService();
    void giveUp(const ApiError &error);
    void catchUp(const QDateTime &lastGoodPoll);
    void handleDownlink(const DownlinkMessage &message);
    void applyLiveTransitions(const DownlinkMessage &message);
    void requestAgent();
    void onAgentRequestRefused(const ApiError &error);
    void onQueueFinished(QueueWatcher::Outcome outcome);
    QString enqueue(const Result<ChatMessage> &message, const QByteArray &fileBytes = {});

    ChatSession *const q;
    CecClient &client;
    const ChatSessionOptions options;
    State state = State::Idle;
    quint64 epoch = 0; // bumped when a session starts or ends; stale replies compare unequal
    // The parts, in the order they need each other.

    MessageLog log;
    IncomingMessages incoming;
    Outbox outbox;
    Poller poller;
    QueueWatcher queue;
    AgentRequest agentRequest;
    HistoryFetcher history;
    TypingAndRead typingAndRead;
};

} // namespace cec
