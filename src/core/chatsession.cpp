#include "chatsession.h"
#include "chatsession_p.h"

#include "cecclient.h"
#include "logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace cec {

using namespace std::chrono_literals;

namespace {

bool hasResultCode(const ApiError &error, QLatin1StringView code)
{
    return error.kind() == ApiError::Kind::Result && error.code() == code;
}

} // namespace

ChatSessionPrivate::ChatSessionPrivate(ChatSession *session, CecClient &cecClient,
                                       ChatSessionOptions sessionOptions)
    : q(session)
    , client(cecClient)
    , options(sessionOptions)
    , log(options.maxMessagesKept,
          {.added = [this](const ChatMessage &m) { Q_EMIT q->messageAdded(m); },
           .updated = [this](const ChatMessage &m) { Q_EMIT q->messageUpdated(m); },
           .mustKeep = [this](const QString &id) { return outbox.holds(id); },
           .forgotten = [this](const QString &id) { incoming.forget(id); }})
    , incoming(log, qsizetype(std::max(4 * options.maxMessagesKept, 4096)),
               [this](const QStringList &ids) { Q_EMIT q->messagesRead(ids); })
    , outbox(cecClient, log, incoming,
             {.minBackoff = options.minBackoff, .maxBackoff = options.maxBackoff}, session,
             {.isLive = [this] { return isLive(); },
              .idle =
                  [this] {
                      if (state == State::Connected)
                          agentRequest.release();
                  }})
    , poller(
          cecClient, options, session,
          {.isLive = [this] { return isLive(); },
           .message = [this](const DownlinkMessage &m) { handleDownlink(m); },
           .recovered = [this](const QDateTime &lastGood) { catchUp(lastGood); },
           .linkChanged = [this](Link link, int seconds) { Q_EMIT q->linkChanged(link, seconds); },
           .error = [this](const ApiError &error) { Q_EMIT q->errorOccurred(error); },
           .gaveUp = [this](const ApiError &error) { giveUp(error); }})
    , queue(
          cecClient, options.queueInfoInterval, session,
          [this](const QueueInfo &info) { Q_EMIT q->queueInfoChanged(info); },
          [this](QueueWatcher::Outcome outcome) { onQueueFinished(outcome); })
    , agentRequest(
          cecClient, session,
          [this] {
              if (state == State::Connected)
                  setState(State::Queued);
          },
          [this](const ApiError &error) { onAgentRequestRefused(error); })
    , history(cecClient, incoming, options, session, [this] { return isLive(); })
    , typingAndRead(cecClient, log, options.typingThrottle, session)
{}

void ChatSessionPrivate::setState(State next)
{
    if (state == next)
        return;
    const State previous = state;
    state = next;
    qCInfo(lcChat) << "state" << previous << "->" << next;
    if (previous == State::Queued)
        queue.stop();
    if (!isLive())
        poller.stop();
    Q_EMIT q->stateChanged(next);
    if (next == State::Queued)
        queue.start();
    if (isLive())
        outbox.pump();
}

// A session starts or ends: replies still in flight belong to the one before and are ignored.
void ChatSessionPrivate::dropRepliesInFlight()
{
    ++epoch;
    history.cancel();
    agentRequest.cancel();
    poller.cancel();
    queue.cancel();
}

// The session is over (our DISCONNECT, the agent's, a refusal).
void ChatSessionPrivate::finish(State finalState)
{
    dropRepliesInFlight();
    setState(finalState);
}

void ChatSessionPrivate::connectToService()
{
    if (state != State::Idle && state != State::Ended && state != State::Closed &&
        state != State::Failed) {
        qCWarning(lcChat) << "connectToService ignored in state" << state;
        return;
    }
    dropRepliesInFlight();
    poller.reset();
    setState(State::Connecting);
    const quint64 connectEpoch = epoch;
    if (options.historyOnConnect > 0)
        history.loadEarlier([this, connectEpoch] { sendConnect(connectEpoch); });
    else
        sendConnect(connectEpoch);
}

void ChatSessionPrivate::sendConnect(quint64 connectEpoch)
{
    OutgoingMessage connect;
    connect.controlType = protocol::ControlType::Connect;
    client.send(connect, q, [this, connectEpoch](Result<Done> result) {
        if (connectEpoch != epoch)
            return;
        if (!result) {
            const ApiError &error = result.error();
            qCWarning(lcChat) << "CONNECT failed:" << error.toString();
            // 12: nobody is working now; the UI offers doLeaveMessage instead.
            finish(hasResultCode(error, protocol::result::kOutsideWorkingHours) ? State::Closed
                                                                                : State::Failed);
            Q_EMIT q->errorOccurred(error);
            return;
        }
        setState(State::Connected);
        poller.schedule(0ms);
    });
}

void ChatSessionPrivate::disconnectFromService()
{
    if (state != State::Connecting && !isLive())
        return;
    finish(State::Disconnecting);
    OutgoingMessage bye;
    bye.controlType = protocol::ControlType::Disconnect;
    const quint64 byeEpoch = epoch;
    client.send(bye, q, [this, byeEpoch](Result<Done> result) {
        if (byeEpoch != epoch)
            return;
        // We are leaving either way; a failed DISCONNECT only means the server times the
        // session out itself (docs/cec-api.md §3.3: no poll, session released).
        if (!result)
            qCWarning(lcChat) << "DISCONNECT failed:" << result.error().toString();
        setState(State::Ended);
    });
}

// The chat could not be kept: Failed, with the error that ended it. Messages not delivered stay
// pending; connectToService() starts over.
void ChatSessionPrivate::giveUp(const ApiError &error)
{
    finish(State::Failed);
    Q_EMIT q->errorOccurred(error);
}

// Messages that arrived while polls failed may have been drained by a poll whose answer we lost.
void ChatSessionPrivate::catchUp(const QDateTime &lastGoodPoll)
{
    history.catchUp(lastGoodPoll, [this](const DownlinkMessage &entry, bool added) {
        if (added)
            applyLiveTransitions(entry);
        return isLive();
    });
}

void ChatSessionPrivate::handleDownlink(const DownlinkMessage &message)
{
    using protocol::ControlType;
    switch (message.controlType) {
    case ControlType::Input:
        // Not in the docs; agents' typing notices arrive this way (the simulator sends them).
        if (message.sourceType != protocol::SourceType::Customer)
            Q_EMIT q->agentTyping();
        return;
    case ControlType::Read:
        incoming.read(message);
        return;
    case ControlType::Disconnect:
        incoming.add(message, /*fromHistory=*/false);
        qCInfo(lcChat) << "the service ended the chat";
        finish(State::Ended);
        return;
    default:
        break;
    }
    if (incoming.add(message, /*fromHistory=*/false))
        applyLiveTransitions(message);
}

void ChatSessionPrivate::applyLiveTransitions(const DownlinkMessage &message)
{
    // The vendor demo treats the first AGENT message as talking to a human
    // (docs/cec-api.md §3.3).
    if (message.sourceType == protocol::SourceType::Agent &&
        (state == State::Connected || state == State::Queued)) {
        setState(State::WithAgent);
    } else if (message.queued && state == State::Connected) {
        // CONNECT straight to an agent channel lands in the queue (queueFlag "Y").
        setState(State::Queued);
    }
    // A SYSTEM notice never ends the chat by its words: tenants write them in their own language
    // ("系统" tenants in Chinese). The end is the DISCONNECT downlink, or a queue query's
    // "session has ended" code (docs/cec-api-notes.md, "How a chat ends").
}

void ChatSessionPrivate::requestAgent()
{
    if (state != State::Connected) {
        qCWarning(lcChat) << "requestAgent ignored in state" << state;
        return;
    }
    // What the customer typed before asking for a person goes first (AgentRequest). A paused
    // (failed) queue does not hold the request back: the customer may be asking for help
    // precisely because of it.
    agentRequest.ask();
    outbox.pump();
}

void ChatSessionPrivate::onAgentRequestRefused(const ApiError &error)
{
    if (!isLive())
        return;
    if (hasResultCode(error, protocol::result::kOutsideWorkingHours))
        finish(State::Closed);
    // 13 and the rest: the bot conversation goes on; the user may try again.
    Q_EMIT q->errorOccurred(error);
}

void ChatSessionPrivate::onQueueFinished(QueueWatcher::Outcome outcome)
{
    switch (outcome) {
    case QueueWatcher::Outcome::WithAgent:
        setState(State::WithAgent);
        return;
    case QueueWatcher::Outcome::Ended:
        finish(State::Ended);
        return;
    case QueueWatcher::Outcome::BackToBot:
        setState(State::Connected);
        return;
    }
}

// A message for the outbox, or the reason it was refused.
QString ChatSessionPrivate::enqueue(const Result<ChatMessage> &message, const QByteArray &fileBytes)
{
    if (!message) {
        Q_EMIT q->errorOccurred(message.error());
        return {};
    }
    if (state == State::Disconnecting || state == State::Ended || state == State::Closed) {
        const QString endpoint = message->mediaType == protocol::MediaType::Text
                                     ? protocol::path::kSend
                                     : protocol::path::kUploadFileStream;
        Q_EMIT q->errorOccurred(
            ApiError(ApiError::Kind::Rejected, endpoint,
                     QCoreApplication::translate(
                         "cec::ChatSession",
                         "This conversation has ended. Start a new one to send messages.")));
        return {};
    }
    return outbox.enqueue(message.value(), fileBytes);
}

ChatSession::ChatSession(CecClient &client, ChatSessionOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ChatSessionPrivate>(this, client, options))
{}

ChatSession::~ChatSession() = default;

ChatSession::State ChatSession::state() const
{
    return d->state;
}

ChatSession::Link ChatSession::link() const
{
    return d->poller.link();
}

std::optional<ApiError> ChatSession::linkError() const
{
    return d->poller.linkError();
}

QList<ChatMessage> ChatSession::messages() const
{
    return d->log.messages();
}

std::optional<QueueInfo> ChatSession::queueInfo() const
{
    return d->queue.info();
}

QList<ChatMessage> ChatSession::pendingMessages() const
{
    return d->outbox.pending();
}

void ChatSession::restorePending(const QList<ChatMessage> &messages)
{
    d->outbox.restore(messages);
}

void ChatSession::connectToService()
{
    d->connectToService();
}

QString ChatSession::sendText(const QString &text)
{
    return d->enqueue(Outbox::textMessage(text));
}

QString ChatSession::sendFile(const QString &fileName, const QByteArray &data)
{
    return d->enqueue(Outbox::fileMessage(fileName, data.size()), data);
}

void ChatSession::retry(const QString &messageId)
{
    d->outbox.retry(messageId);
}

void ChatSession::notifyTyping()
{
    if (d->isLive())
        d->typingAndRead.typing();
}

void ChatSession::markRead(const QStringList &messageIds)
{
    if (d->isLive())
        d->typingAndRead.read(messageIds);
}

void ChatSession::requestAgent()
{
    d->requestAgent();
}

void ChatSession::disconnectFromService()
{
    d->disconnectFromService();
}

} // namespace cec
