// The text conversation as a state machine: connect, poll loop, queue, outgoing queue, disconnect.
#pragma once

#include "cec_core_export.h"

#include "apierror.h"
#include "chatmessage.h"
#include "types.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace cec {

class CecClient;
class ChatSessionPrivate;

struct CEC_CORE_EXPORT ChatSessionOptions final
{
    std::chrono::milliseconds pollInterval{1000};
    std::chrono::milliseconds queueInfoInterval{3000};
    // Failed polls back off (BackoffPolicy, equal jitter: between half and all of
    // min * 2^(n-1), at most max); after giveUpAfterFailures in a row (0: never) the session
    // stops: state Failed and errorOccurred with the last poll's error. With the defaults that
    // is 3.5 to 7 minutes of outage.
    std::chrono::milliseconds minBackoff{1000};
    std::chrono::milliseconds maxBackoff{30000};
    int giveUpAfterFailures = 20;
    std::chrono::milliseconds typingThrottle{3000};
    int historyOnConnect = 0; // history entries loaded when connecting, before CONNECT (0: none)
    int offlineAfterFailures = 3; // consecutive poll failures before the link counts as Offline
    int catchUpHistory = 20;      // history entries fetched after an outage to find missed ones
    // messages() keeps the newest this many (and every unsent own message): older ones were
    // handed out by messageAdded already, and a flood must not grow memory without end.
    int maxMessagesKept = 1000;
};

class CEC_CORE_EXPORT ChatSession final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Connecting,
        Connected, // bot or agent, see agentJoined
        Queued,    // waiting for an agent (after TRANS2AGENT)
        WithAgent,
        Disconnecting,
        Ended,
        Closed, // outside working hours (CONNECT/TRANS2AGENT returned 12): leave a message
        Failed, // CONNECT failed for another reason, or polling gave up (see errorOccurred)
    };
    Q_ENUM(State)

    enum class Link
    {
        Online,
        Reconnecting,
        Offline
    };
    Q_ENUM(Link)

    ChatSession(CecClient &client, ChatSessionOptions options = {}, QObject *parent = nullptr);
    ~ChatSession() override;

    State state() const;
    Link link() const;
    QList<ChatMessage> messages() const; // in order of arrival, own messages included; bounded
    std::optional<QueueInfo> queueInfo() const;
    // Why the link is not Online (the last failed poll's error); empty while Online.
    std::optional<ApiError> linkError() const;

    // Own messages not delivered yet (Queued, Sending or Failed), in sending order, for persisting
    // across restarts. File messages appear only once uploaded (their bytes are not kept here).
    QList<ChatMessage> pendingMessages() const;
    // Puts persisted pending messages back into the outgoing queue (as Queued, ids kept; ids
    // already known are skipped). They are sent once the session is connected; one that was
    // Sending when it was persisted is first looked up in the history (it may have arrived).
    void restorePending(const QList<ChatMessage> &messages);

    void connectToService(); // CONNECT, then polls
    // Queues a text (validated first; an invalid text is refused with an error and not queued).
    // Returns the local id of the message, empty when refused.
    QString sendText(const QString &text);
    QString sendFile(const QString &fileName, const QByteArray &data); // upload then FILE message
    void retry(const QString &messageId);         // a Failed message goes back to the queue
    void notifyTyping();                          // INPUT, throttled
    void markRead(const QStringList &messageIds); // READ
    void requestAgent();                          // TRANS2AGENT
    void disconnectFromService();                 // DISCONNECT, stops polling

Q_SIGNALS:
    void stateChanged(cec::ChatSession::State state);
    void linkChanged(cec::ChatSession::Link link, int retryInSeconds);
    void messageAdded(const cec::ChatMessage &message);
    // Delivery state, uploaded content, or suggested questions that arrived late.
    void messageUpdated(const cec::ChatMessage &message);
    void messagesRead(const QStringList &ownMessageIds); // the agent read these
    void agentTyping();
    void queueInfoChanged(const cec::QueueInfo &info);
    void errorOccurred(const cec::ApiError &error); // user-facing problems (refusals, failures)

private:
    std::unique_ptr<ChatSessionPrivate> d;
};

} // namespace cec
