#include "chatsession.h"

#include "backoff.h"
#include "cecclient.h"
#include "logging.h"
#include "recentkeys.h"
#include "sendreconciler.h"
#include "uploadrule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace cec {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The catch-up after an outage asks for history since the last good poll minus this margin, so a
// server clock that runs somewhat behind ours does not hide the messages we missed.
constexpr auto kCatchUpClockMargin = 5min;

// A CHAT whose answer keeps getting lost though the history never has it is marked Failed after
// this many attempts, for the user to retry, instead of being sent again and again.
constexpr int kMaxUncertainRounds = 3;

bool hasResultCode(const ApiError &error, QLatin1StringView code)
{
    return error.kind() == ApiError::Kind::Result && error.code() == code;
}

ApiError refusal(const QString &endpoint, const QString &sentence)
{
    return ApiError(ApiError::Kind::Rejected, endpoint, sentence);
}

} // namespace

class ChatSessionPrivate final
{
public:
    using State = ChatSession::State;
    using Link = ChatSession::Link;

    ChatSessionPrivate(ChatSession *session, CecClient &cecClient,
                       ChatSessionOptions sessionOptions)
        : q(session)
        , client(cecClient)
        , options(sessionOptions)
        , reconciler(
              cecClient,
              {[this](const QString &key) { return seenKeys.contains(key); },
               [this](const QString &id) { return pairedOwnIds.contains(id); }},
              {.minBackoff = sessionOptions.minBackoff, .maxBackoff = sessionOptions.maxBackoff})
        , pollBackoff({options.minBackoff, options.maxBackoff, BackoffPolicy::Jitter::Equal,
                       options.giveUpAfterFailures},
                      cecClient.config().random)
    {
        pollTimer.setSingleShot(true);
        queueTimer.setSingleShot(true);
        QObject::connect(&pollTimer, &QTimer::timeout, q, [this] { poll(); });
        QObject::connect(&queueTimer, &QTimer::timeout, q, [this] { queryQueue(); });
    }

    // --- state -------------------------------------------------------------------------------
    bool isLive() const
    {
        return state == State::Connected || state == State::Queued || state == State::WithAgent;
    }

    void setState(State next)
    {
        if (state == next)
            return;
        const State previous = state;
        state = next;
        qCInfo(lcChat) << "state" << previous << "->" << next;
        if (previous == State::Queued) {
            queueTimer.stop();
            queueInfo.reset();
        }
        if (!isLive()) {
            pollTimer.stop();
            queueTimer.stop();
        }
        Q_EMIT q->stateChanged(next);
        if (next == State::Queued)
            queueTimer.start(0ms);
        if (isLive())
            pumpOutbox();
    }

    // The session is over (our DISCONNECT, the agent's, a refusal): replies still in flight
    // belong to the old session and are ignored through the epoch.
    void finish(State finalState)
    {
        ++epoch;
        agentRequestWaiting = false;
        pollInFlight = false;
        queueQueryInFlight = false;
        setState(finalState);
    }

    void setLink(Link next, int retryInSeconds)
    {
        const bool changed = link != next;
        link = next;
        // Reconnecting is re-announced on every failure because the countdown changes.
        if (changed || next != Link::Online)
            Q_EMIT q->linkChanged(next, retryInSeconds);
    }

    // --- connect / disconnect ----------------------------------------------------------------
    void connectToService()
    {
        if (state != State::Idle && state != State::Ended && state != State::Closed &&
            state != State::Failed) {
            qCWarning(lcChat) << "connectToService ignored in state" << state;
            return;
        }
        ++epoch;
        pollInFlight = false;
        queueQueryInFlight = false;
        pollBackoff.reset();
        linkError.reset();
        link = Link::Online;
        setState(State::Connecting);
        const quint64 connectEpoch = epoch;
        if (options.historyOnConnect > 0)
            loadHistoryThenConnect(connectEpoch);
        else
            sendConnect(connectEpoch);
    }

    // History of the earlier conversation comes first, before CONNECT: whatever the new session
    // sends (greeting with its suggested questions, queue notices, the agent joining) then
    // arrives through the poll with all its fields, which history entries lack
    // (docs/cec-api.md §3.7), and drives the state. Nothing is sent or polled meanwhile, so
    // nothing can race with it.
    void loadHistoryThenConnect(quint64 connectEpoch)
    {
        HistoryQuery query;
        query.limit = options.historyOnConnect;
        client.queryHistory(query, q, [this, connectEpoch](Result<QList<DownlinkMessage>> result) {
            if (connectEpoch != epoch)
                return;
            if (result)
                mergeHistory(result.value(), /*fromHistory=*/true, /*live=*/false);
            else
                qCWarning(lcChat) << "history before CONNECT failed:" << result.error().toString();
            sendConnect(connectEpoch);
        });
    }

    void sendConnect(quint64 connectEpoch)
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
                finish(hasResultCode(error, protocol::result::kOutsideWorkingHours)
                           ? State::Closed
                           : State::Failed);
                Q_EMIT q->errorOccurred(error);
                return;
            }
            goLive();
        });
    }

    void goLive()
    {
        setState(State::Connected);
        schedulePoll(0ms);
    }

    void disconnectFromService()
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

    // --- poll loop ---------------------------------------------------------------------------
    void schedulePoll(std::chrono::milliseconds delay)
    {
        if (isLive())
            pollTimer.start(delay);
    }

    void poll()
    {
        if (!isLive() || pollInFlight)
            return;
        pollInFlight = true;
        const quint64 pollEpoch = epoch;
        client.poll(q, [this, pollEpoch](Result<PollReply> result) {
            if (pollEpoch != epoch)
                return;
            pollInFlight = false;
            if (!isLive())
                return;
            if (result)
                onPollSucceeded(result.value());
            else
                onPollFailed(result.error());
        });
    }

    void onPollSucceeded(const PollReply &reply)
    {
        const QDateTime previousGoodPoll = lastGoodPoll;
        lastGoodPoll = QDateTime::currentDateTimeUtc();
        if (pollBackoff.failures() > 0) {
            qCInfo(lcChat) << "poll recovered after" << pollBackoff.failures() << "failures";
            pollBackoff.reset();
            linkError.reset();
            setLink(Link::Online, 0);
            catchUp(previousGoodPoll);
        }
        for (const DownlinkMessage &message : reply.messages) {
            handleDownlink(message);
            if (!isLive())
                return; // the agent ended the chat; the rest of the batch is moot
        }
        schedulePoll(options.pollInterval);
    }

    void onPollFailed(const ApiError &error)
    {
        linkError = error;
        if (error.kind() == ApiError::Kind::SignIn) {
            // The client gave up renewing tokens: polling on would only start that over.
            qCWarning(lcChat) << "poll failed:" << error.toString() << "- giving up";
            giveUp(error);
            return;
        }
        const auto delay = pollBackoff.failed();
        const int failures = pollBackoff.failures();
        if (pollBackoff.exhausted()) {
            qCWarning(lcChat) << "poll failed" << failures << "times in a row:" << error.toString()
                              << "- giving up";
            giveUp(error);
            return;
        }
        const int seconds = int((delay.count() + 999) / 1000);
        qCWarning(lcChat) << "poll failed" << failures << "time(s):" << error.toString()
                          << "- retrying in" << delay.count() << "ms";
        setLink(failures >= options.offlineAfterFailures ? Link::Offline : Link::Reconnecting,
                seconds);
        // Network trouble shows as the link state. Anything else (e.g. a refused request) will
        // not cure itself, so the user hears of it, once per outage; polling goes on in case it
        // does.
        if (failures == 1 && !error.isRetryable())
            Q_EMIT q->errorOccurred(error);
        schedulePoll(delay);
    }

    // The chat could not be kept: Failed, with the error that ended it. Messages not delivered
    // stay pending; connectToService() starts over.
    void giveUp(const ApiError &error)
    {
        finish(State::Failed);
        Q_EMIT q->errorOccurred(error);
    }

    // Messages that arrived while polls failed may have been drained by a poll whose answer we
    // lost; history has them. The shared dedup makes each appear once whichever path wins.
    void catchUp(const QDateTime &lastGood)
    {
        HistoryQuery query;
        query.limit = options.catchUpHistory;
        if (lastGood.isValid())
            query.start = lastGood.addSecs(-std::chrono::seconds(kCatchUpClockMargin).count());
        const quint64 catchUpEpoch = epoch;
        client.queryHistory(query, q, [this, catchUpEpoch](Result<QList<DownlinkMessage>> result) {
            if (catchUpEpoch != epoch || !isLive())
                return;
            if (result)
                mergeHistory(result.value(), /*fromHistory=*/false, /*live=*/true);
            else
                qCWarning(lcChat) << "catch-up history failed:" << result.error().toString();
        });
    }

    // --- downlink handling -------------------------------------------------------------------
    void handleDownlink(const DownlinkMessage &message)
    {
        using protocol::ControlType;
        switch (message.controlType) {
        case ControlType::Input:
            // Not in the docs; agents' typing notices arrive this way (the simulator sends them).
            if (message.sourceType != protocol::SourceType::Customer)
                Q_EMIT q->agentTyping();
            return;
        case ControlType::Read:
            if (seenKeys.contains(message.dedupKey()))
                return;
            seenKeys.insert(message.dedupKey());
            markOwnMessagesRead();
            return;
        case ControlType::Disconnect:
            addDownlink(message, /*fromHistory=*/false);
            qCInfo(lcChat) << "the service ended the chat";
            finish(State::Ended);
            return;
        default:
            break;
        }
        if (!addDownlink(message, /*fromHistory=*/false))
            return;
        applyLiveTransitions(message);
    }

    void applyLiveTransitions(const DownlinkMessage &message)
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
        // A SYSTEM notice never ends the chat by its words: tenants write them in their own
        // language ("系统" tenants in Chinese). The end is the DISCONNECT downlink, or a queue
        // query's "session has ended" code (docs/cec-api-notes.md, "How a chat ends").
    }

    // The server's READ lists its own messageCodes for our messages, which we never learn (send
    // answers only with a resultCode). All it can mean for us is "the agent has read up to now",
    // so every own message already delivered when the notice arrives counts as read; ones still
    // queued or sending cannot have been seen.
    void markOwnMessagesRead()
    {
        QStringList readIds;
        for (const ChatMessage &message : std::as_const(messages)) {
            if (message.isOwn() && message.delivery == DeliveryState::Sent)
                readIds.append(message.id);
        }
        // Updated after collecting, as slots may add messages while we iterate.
        for (const QString &id : std::as_const(readIds))
            updateDelivery(id, DeliveryState::Read);
        if (!readIds.isEmpty())
            Q_EMIT q->messagesRead(readIds);
    }

    // Adds a server message unless its key was seen. Returns whether it was added.
    bool addDownlink(const DownlinkMessage &downlink, bool fromHistory)
    {
        const QString key = downlink.dedupKey();
        if (seenKeys.contains(key)) {
            addLateSuggestions(key, downlink);
            return false;
        }
        if (downlink.content.isEmpty() && downlink.mediaType == protocol::MediaType::Text)
            return false; // control-only (e.g. a bare CONNECT notice): nothing to show
        seenKeys.insert(key);
        ChatMessage message;
        message.id = key;
        message.source = downlink.sourceType;
        message.mediaType = downlink.mediaType;
        message.senderName = downlink.senderNickname;
        message.content = downlink.content;
        message.timestamp =
            downlink.timestamp.isValid() ? downlink.timestamp : QDateTime::currentDateTimeUtc();
        message.delivery = DeliveryState::Sent;
        message.suggestedQuestions = downlink.suggestedQuestions;
        message.contentType = downlink.contentType;
        message.mediaFileType = downlink.mediaFileType;
        message.fromHistory = fromHistory;
        appendMessage(message);
        return true;
    }

    // History entries carry no suggested questions (docs/cec-api.md §3.7): when a message first
    // seen there (e.g. during a catch-up) arrives live as well, its questions are added to it.
    void addLateSuggestions(const QString &key, const DownlinkMessage &downlink)
    {
        if (downlink.suggestedQuestions.isEmpty())
            return;
        ChatMessage *message = findMessage(key);
        if (!message || !message->suggestedQuestions.isEmpty())
            return;
        message->suggestedQuestions = downlink.suggestedQuestions;
        Q_EMIT q->messageUpdated(*message);
    }

    void mergeHistory(QList<DownlinkMessage> entries, bool fromHistory, bool live)
    {
        // The order of messageList is not documented (docs/cec-api.md §7.11).
        std::stable_sort(entries.begin(), entries.end(),
                         [](const DownlinkMessage &a, const DownlinkMessage &b) {
                             return a.timestamp < b.timestamp;
                         });
        for (const DownlinkMessage &entry : entries) {
            if (entry.controlType == protocol::ControlType::Read ||
                entry.controlType == protocol::ControlType::Input) {
                continue;
            }
            if (seenKeys.contains(entry.dedupKey()))
                continue;
            if (entry.sourceType == protocol::SourceType::Customer && pairWithOwnMessage(entry))
                continue;
            if (addDownlink(entry, fromHistory) && live)
                applyLiveTransitions(entry);
            if (live && !isLive())
                return;
        }
    }

    // History lists our own messages under server codes, while we hold them under local ids.
    // An entry with the same content as one of our delivered messages is that message.
    bool pairWithOwnMessage(const DownlinkMessage &entry)
    {
        for (const ChatMessage &message : std::as_const(messages)) {
            if (!message.isOwn() || message.fromHistory || pairedOwnIds.contains(message.id))
                continue;
            if (message.delivery != DeliveryState::Sent &&
                message.delivery != DeliveryState::Read &&
                message.delivery != DeliveryState::Sending) {
                continue;
            }
            if (message.content == entry.content) {
                pairedOwnIds.insert(message.id);
                seenKeys.insert(entry.dedupKey());
                return true;
            }
        }
        return false;
    }

    void appendMessage(const ChatMessage &message)
    {
        indexById.insert(message.id, messages.size());
        messages.append(message);
        Q_EMIT q->messageAdded(message);
        // Trimmed in steps, so that rebuilding the index is rare.
        const qsizetype kept = std::max(1, options.maxMessagesKept);
        if (messages.size() > kept + kept / 4 + 1)
            forgetOldMessages(kept);
    }

    void forgetOldMessages(qsizetype keep)
    {
        const qsizetype cut = messages.size() - keep;
        QList<ChatMessage> remaining;
        remaining.reserve(keep);
        for (qsizetype i = 0; i < messages.size(); ++i) {
            const ChatMessage &message = messages.at(i);
            if (i >= cut || outbox.contains(message.id) || fileData.contains(message.id) ||
                (message.isOwn() && message.delivery != DeliveryState::Sent &&
                 message.delivery != DeliveryState::Read)) {
                remaining.append(message);
            } else {
                pairedOwnIds.remove(message.id);
            }
        }
        messages = std::move(remaining);
        indexById.clear();
        for (qsizetype i = 0; i < messages.size(); ++i)
            indexById.insert(messages.at(i).id, i);
    }

    ChatMessage *findMessage(const QString &id)
    {
        const auto it = indexById.constFind(id);
        return it == indexById.cend() ? nullptr : &messages[*it];
    }

    void updateDelivery(const QString &id, DeliveryState delivery, const QString &reason = {})
    {
        ChatMessage *message = findMessage(id);
        if (!message)
            return;
        message->delivery = delivery;
        message->failureReason = reason;
        Q_EMIT q->messageUpdated(*message);
    }

    // --- queue (waiting for an agent) --------------------------------------------------------
    void requestAgent()
    {
        if (state != State::Connected) {
            qCWarning(lcChat) << "requestAgent ignored in state" << state;
            return;
        }
        // What the customer typed before asking for a person goes first, so the bot answers it
        // instead of it landing unanswered in the agent queue. A paused (failed) queue does not
        // hold the request back: the customer may be asking for help precisely because of it.
        agentRequestWaiting = true;
        pumpOutbox();
    }

    void releaseWaitingAgentRequest()
    {
        if (!agentRequestWaiting || state != State::Connected)
            return;
        agentRequestWaiting = false;
        OutgoingMessage transfer;
        transfer.controlType = protocol::ControlType::Trans2Agent;
        const quint64 requestEpoch = epoch;
        client.send(transfer, q, [this, requestEpoch](Result<Done> result) {
            if (requestEpoch != epoch || !isLive())
                return;
            if (result) {
                if (state == State::Connected)
                    setState(State::Queued);
                return;
            }
            const ApiError &error = result.error();
            qCWarning(lcChat) << "TRANS2AGENT failed:" << error.toString();
            if (hasResultCode(error, protocol::result::kOutsideWorkingHours))
                finish(State::Closed);
            // 13 and the rest: the bot conversation goes on; the user may try again.
            Q_EMIT q->errorOccurred(error);
        });
    }

    void queryQueue()
    {
        if (state != State::Queued || queueQueryInFlight)
            return;
        queueQueryInFlight = true;
        const quint64 queryEpoch = epoch;
        client.queryQueueInfo(q, [this, queryEpoch](Result<QueueInfo> result) {
            if (queryEpoch != epoch)
                return;
            queueQueryInFlight = false;
            if (state != State::Queued)
                return;
            QString code;
            if (result) {
                code = result->resultCode;
                if (result->queued) {
                    queueInfo = result.value();
                    Q_EMIT q->queueInfoChanged(result.value());
                }
            } else {
                code = result.error().code();
                qCWarning(lcChat) << "queryQueueInfo failed:" << result.error().toString();
            }
            if (code == protocol::result::kQueueAlreadyWithAgent) {
                setState(State::WithAgent);
            } else if (code == protocol::result::kQueueSessionEnded ||
                       code == protocol::result::kQueueSessionAlreadyEnded) {
                qCInfo(lcChat) << "the queue query says the session has ended";
                finish(State::Ended);
            } else if (code == protocol::result::kQueueTransferredToIvr) {
                setState(State::Connected); // back with the bot/IVR
            } else {
                queueTimer.start(options.queueInfoInterval);
            }
        });
    }

    // --- outgoing queue ----------------------------------------------------------------------
    QString enqueue(ChatMessage message, const QByteArray &fileBytes = {})
    {
        message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!fileBytes.isEmpty())
            fileData.insert(message.id, fileBytes);
        message.source = protocol::SourceType::Customer;
        message.senderName = client.config().userName;
        message.timestamp = QDateTime::currentDateTimeUtc();
        message.delivery = DeliveryState::Queued;
        appendMessage(message);
        outbox.append(message.id);
        pumpOutbox();
        return message.id;
    }

    bool mayQueue(const QString &endpoint)
    {
        if (state == State::Disconnecting || state == State::Ended || state == State::Closed) {
            Q_EMIT q->errorOccurred(refusal(
                endpoint, QCoreApplication::translate(
                              "cec::ChatSession",
                              "This conversation has ended. Start a new one to send messages.")));
            return false;
        }
        return true;
    }

    // One message on the wire at a time, strictly in order; a failed head waits for retry().
    void pumpOutbox()
    {
        if (!isLive() || sendInFlight)
            return;
        while (!outbox.isEmpty() && !findMessage(outbox.constFirst()))
            outbox.removeFirst();
        ChatMessage *head = outbox.isEmpty() ? nullptr : findMessage(outbox.constFirst());
        if (!head || head->delivery == DeliveryState::Failed) {
            // Idle, or paused until retry().
            releaseWaitingAgentRequest();
            return;
        }
        // A copy: slots of messageUpdated may add messages and move the list's storage.
        const QString id = head->id;
        sendInFlight = true;
        updateDelivery(id, DeliveryState::Sending);
        if (interruptedSends.remove(id)) {
            firstAttempt.insert(id, head->timestamp.isValid() ? head->timestamp
                                                              : QDateTime::currentDateTimeUtc());
            reconcile(id, ApiError(ApiError::Kind::Transport, protocol::path::kSend,
                                   u"the app stopped while it was being sent"_s)
                              .setMayHaveArrived(true));
        } else if (fileData.contains(id)) {
            uploadThenSend(id);
        } else {
            transmit(id);
        }
    }

    void uploadThenSend(const QString &id)
    {
        const ChatMessage *message = findMessage(id);
        const QString type = QFileInfo(message->fileName).suffix().toLower();
        client.uploadFile(type, fileData.value(id), q, [this, id, type](Result<QString> result) {
            if (!result) {
                sendFailed(id, result.error());
                return;
            }
            ChatMessage *uploaded = findMessage(id);
            const QByteArray data = fileData.take(id);
            if (uploaded->mediaType == protocol::MediaType::Image) {
                uploaded->content = result.value();
            } else {
                uploaded->content =
                    protocol::FileMessage{uploaded->fileName, data.size(), result.value(), type}
                        .toContent();
            }
            Q_EMIT q->messageUpdated(*uploaded);
            transmit(id);
        });
    }

    void transmit(const QString &id)
    {
        const ChatMessage *message = findMessage(id);
        OutgoingMessage outgoing;
        outgoing.controlType = protocol::ControlType::Chat;
        outgoing.mediaType = message->mediaType;
        outgoing.content = message->content;
        if (!firstAttempt.contains(id))
            firstAttempt.insert(id, QDateTime::currentDateTimeUtc());
        client.send(outgoing, q, [this, id, content = outgoing.content](Result<Done> result) {
            if (!result && SendReconciler::isUncertain(result.error())) {
                reconcile(id, result.error());
                return;
            }
            if (!result) {
                sendFailed(id, result.error());
                return;
            }
            reconciler.noteDelivered(content);
            sent(id);
        });
    }

    void sent(const QString &id)
    {
        sendInFlight = false;
        firstAttempt.remove(id);
        uncertainRounds.remove(id);
        outbox.removeAll(id);
        updateDelivery(id, DeliveryState::Sent);
        pumpOutbox();
    }

    // The CHAT may have arrived (its answer was lost): it stays Sending at the head of the queue,
    // so nothing overtakes it, until the history says whether to send it again.
    void reconcile(const QString &id, const ApiError &error)
    {
        const ChatMessage *message = findMessage(id);
        if (!message)
            return;
        const int round = ++uncertainRounds[id];
        qCWarning(lcChat) << "message" << id << "may or may not have arrived:" << error.toString()
                          << "- checking the history";
        // A server too slow to answer in time may store it later still: as long again, at least.
        const auto settle = error.kind() == ApiError::Kind::Timeout
                                ? std::chrono::milliseconds(client.config().requestTimeout)
                                : 0ms;
        reconciler.check(
            {id, message->content, firstAttempt.value(id), settle},
            [this, id, error, round](SendReconciler::Verdict verdict, const QString &historyKey) {
                if (verdict == SendReconciler::Verdict::Arrived) {
                    if (!historyKey.isEmpty())
                        seenKeys.insert(historyKey);
                    pairedOwnIds.insert(id);
                    sent(id);
                    return;
                }
                firstAttempt.remove(id); // none arrived: a new attempt, a new window
                if (round >= kMaxUncertainRounds) {
                    uncertainRounds.remove(id);
                    sendFailed(id, error); // surely not there: retry() sends it
                } else if (isLive()) {
                    transmit(id);
                } else {
                    sendInFlight = false; // sent once the session is live again
                    updateDelivery(id, DeliveryState::Queued);
                }
            });
    }

    void sendFailed(const QString &id, const ApiError &error)
    {
        sendInFlight = false;
        qCWarning(lcChat) << "sending message" << id << "failed:" << error.toString();
        updateDelivery(id, DeliveryState::Failed, error.userMessage());
        if (error.isRetryable()) {
            // Transient: keep it at the head and pause, so later messages cannot overtake it.
            return;
        }
        // Refused by the service: it would fail again, so it must not block the ones behind it.
        // retry() re-queues it at the end.
        outbox.removeAll(id);
        pumpOutbox();
    }

    void retry(const QString &id)
    {
        ChatMessage *message = findMessage(id);
        if (!message || !message->isOwn() || message->delivery != DeliveryState::Failed)
            return;
        if (!outbox.contains(id))
            outbox.append(id);
        updateDelivery(id, DeliveryState::Queued);
        pumpOutbox();
    }

    ChatSession *const q;
    CecClient &client;
    ChatSessionOptions options;
    State state = State::Idle;
    Link link = Link::Online;

    QList<ChatMessage> messages;
    QHash<QString, qsizetype> indexById;
    // dedupKey of server messages shown or consumed lately; history repeats only recent ones.
    RecentKeys seenKeys{qsizetype(std::max(4 * options.maxMessagesKept, 4096))};
    QSet<QString> pairedOwnIds;          // own messages already matched with a history entry
    QStringList outbox;                  // own messages not yet delivered, in sending order
    QHash<QString, QByteArray> fileData; // bytes of file messages not uploaded yet
    bool sendInFlight = false;
    bool agentRequestWaiting = false;       // TRANS2AGENT asked for, sent once the outbox is idle
    QHash<QString, QDateTime> firstAttempt; // own messages on their way: when the first try left
    QHash<QString, int> uncertainRounds;    // attempts whose outcome had to be asked of history
    SendReconciler reconciler;
    QSet<QString> interruptedSends; // restored as Sending: asked about before being sent again

    std::optional<QueueInfo> queueInfo;
    QTimer pollTimer;
    QTimer queueTimer;
    bool pollInFlight = false;
    bool queueQueryInFlight = false;
    Backoff pollBackoff;
    std::optional<ApiError> linkError; // the last failed poll's, until one succeeds
    QDateTime lastGoodPoll;
    QElapsedTimer typingClock;
    quint64 epoch = 0; // bumped when a session starts or ends; stale replies compare unequal
};

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
    return d->link;
}

std::optional<ApiError> ChatSession::linkError() const
{
    return d->linkError;
}

QList<ChatMessage> ChatSession::messages() const
{
    return d->messages;
}

std::optional<QueueInfo> ChatSession::queueInfo() const
{
    return d->queueInfo;
}

QList<ChatMessage> ChatSession::pendingMessages() const
{
    QList<ChatMessage> pending;
    for (const ChatMessage &message : std::as_const(d->messages)) {
        if (!message.isOwn() || message.fromHistory || d->fileData.contains(message.id))
            continue;
        if (message.delivery == DeliveryState::Queued ||
            message.delivery == DeliveryState::Sending ||
            message.delivery == DeliveryState::Failed) {
            pending.append(message);
        }
    }
    return pending;
}

void ChatSession::restorePending(const QList<ChatMessage> &messages)
{
    for (ChatMessage message : messages) {
        if (message.id.isEmpty() || d->indexById.contains(message.id))
            continue;
        // On its way when the app stopped: the server may have it (docs/security.md).
        if (message.delivery == DeliveryState::Sending)
            d->interruptedSends.insert(message.id);
        message.source = protocol::SourceType::Customer;
        message.delivery = DeliveryState::Queued;
        message.failureReason.clear();
        message.fromHistory = false;
        d->appendMessage(message);
        d->outbox.append(message.id);
    }
    d->pumpOutbox();
}

void ChatSession::connectToService()
{
    d->connectToService();
}

QString ChatSession::sendText(const QString &text)
{
    const QString endpoint = protocol::path::kSend;
    const QString problem = CecClient::validateText(text);
    if (!problem.isEmpty()) {
        Q_EMIT errorOccurred(refusal(endpoint, problem));
        return {};
    }
    if (!d->mayQueue(endpoint))
        return {};
    ChatMessage message;
    message.mediaType = protocol::MediaType::Text;
    message.content = text;
    return d->enqueue(message);
}

QString ChatSession::sendFile(const QString &fileName, const QByteArray &data)
{
    const QString endpoint = protocol::path::kUploadFileStream;
    const QString type = QFileInfo(fileName).suffix().toLower();
    if (const QString problem = uploadProblem(type, data.size()); !problem.isEmpty()) {
        Q_EMIT errorOccurred(refusal(endpoint, problem));
        return {};
    }
    if (!d->mayQueue(endpoint))
        return {};
    // docs/cec-api.md §3.1: images go as IMAGE with the bare objectKey (the newer doc generation)
    // so the agent sees them inline; every other type goes as FILE "name,size,objectKey,type",
    // the only form that carries the file's name.
    ChatMessage message;
    message.mediaType =
        protocol::isImageFileType(type) ? protocol::MediaType::Image : protocol::MediaType::File;
    message.fileName = fileName;
    message.mediaFileType = type;
    // The upload starts when the message reaches the head of the queue, keeping the order.
    return d->enqueue(message, data);
}

void ChatSession::retry(const QString &messageId)
{
    d->retry(messageId);
}

void ChatSession::notifyTyping()
{
    if (!d->isLive())
        return;
    const auto throttle = d->options.typingThrottle.count();
    if (d->typingClock.isValid() && d->typingClock.elapsed() < throttle)
        return;
    d->typingClock.start();
    OutgoingMessage typing; // INPUT's content is open: empty TEXT (docs/cec-api.md §3.1, §7.8)
    typing.controlType = protocol::ControlType::Input;
    d->client.send(typing, this, [](Result<Done> result) {
        if (!result)
            qCDebug(lcChat) << "INPUT failed:" << result.error().toString();
    });
}

void ChatSession::markRead(const QStringList &messageIds)
{
    if (!d->isLive())
        return;
    // Only server messages have codes the agent side knows; the upstream READ format is not
    // documented (docs/cec-api.md §7.8), so it mirrors the downlink: a JSON array of messageCodes.
    QJsonArray codes;
    for (const QString &id : messageIds) {
        const ChatMessage *message = d->findMessage(id);
        if (message && !message->isOwn())
            codes.append(id);
    }
    if (codes.isEmpty())
        return;
    OutgoingMessage read;
    read.controlType = protocol::ControlType::Read;
    read.content = QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact));
    d->client.send(read, this, [](Result<Done> result) {
        if (!result)
            qCDebug(lcChat) << "READ failed:" << result.error().toString();
    });
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
