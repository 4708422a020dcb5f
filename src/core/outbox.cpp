#include "outbox_p.h"

#include "cecclient.h"
#include "incomingmessages_p.h"
#include "logging.h"
#include "messagelog_p.h"
#include "uploadrule.h"

#include <QFileInfo>
#include <QUuid>

namespace cec {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// A CHAT whose answer keeps getting lost though the history never has it is marked Failed after
// this many attempts, for the user to retry, instead of being sent again and again.
constexpr int kMaxUncertainRounds = 3;

} // namespace

Outbox::Outbox(CecClient &client, MessageLog &log, IncomingMessages &incoming,
               SendReconciler::Options reconcilerOptions, QObject *context, Hooks hooks)
    : m_client(client)
    , m_log(log)
    , m_incoming(incoming)
    , m_context(context)
    , m_hooks(std::move(hooks))
    , m_reconciler(client,
                   {[&incoming](const QString &key) { return incoming.isKnownKey(key); },
                    [&incoming](const QString &id) { return incoming.isPaired(id); }},
                   reconcilerOptions)
{}

Result<ChatMessage> Outbox::textMessage(const QString &text)
{
    if (const QString problem = CecClient::validateText(text); !problem.isEmpty())
        return ApiError(ApiError::Kind::Rejected, protocol::path::kSend, problem);
    ChatMessage message;
    message.mediaType = protocol::MediaType::Text;
    message.content = text;
    return message;
}

Result<ChatMessage> Outbox::fileMessage(const QString &fileName, qint64 size)
{
    const QString type = QFileInfo(fileName).suffix().toLower();
    if (const QString problem = uploadProblem(type, size); !problem.isEmpty())
        return ApiError(ApiError::Kind::Rejected, protocol::path::kUploadFileStream, problem);
    // docs/cec-api.md §3.1: images go as IMAGE with the bare objectKey (the newer doc generation)
    // so the agent sees them inline; every other type goes as FILE "name,size,objectKey,type",
    // the only form that carries the file's name.
    ChatMessage message;
    message.mediaType =
        protocol::isImageFileType(type) ? protocol::MediaType::Image : protocol::MediaType::File;
    message.fileName = fileName;
    message.mediaFileType = type;
    // The upload starts when the message reaches the head of the queue, keeping the order.
    return message;
}

QString Outbox::enqueue(ChatMessage message, const QByteArray &fileBytes)
{
    message.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!fileBytes.isEmpty())
        m_fileData.insert(message.id, fileBytes);
    message.source = protocol::SourceType::Customer;
    message.senderName = m_client.config().userName;
    message.timestamp = QDateTime::currentDateTimeUtc();
    message.delivery = DeliveryState::Queued;
    m_log.append(message);
    m_queue.append(message.id);
    pump();
    return message.id;
}

void Outbox::restore(const QList<ChatMessage> &messages)
{
    for (ChatMessage message : messages) {
        if (message.id.isEmpty() || m_log.contains(message.id))
            continue;
        // On its way when the app stopped: the server may have it (docs/security.md).
        if (message.delivery == DeliveryState::Sending)
            m_interruptedSends.insert(message.id);
        message.source = protocol::SourceType::Customer;
        message.delivery = DeliveryState::Queued;
        message.failureReason.clear();
        message.fromHistory = false;
        m_log.append(message);
        m_queue.append(message.id);
    }
    pump();
}

QList<ChatMessage> Outbox::pending() const
{
    QList<ChatMessage> pending;
    for (const ChatMessage &message : m_log.messages()) {
        if (!message.isOwn() || message.fromHistory || m_fileData.contains(message.id))
            continue;
        if (message.delivery == DeliveryState::Queued ||
            message.delivery == DeliveryState::Sending ||
            message.delivery == DeliveryState::Failed) {
            pending.append(message);
        }
    }
    return pending;
}

bool Outbox::holds(const QString &id) const
{
    return m_queue.contains(id) || m_fileData.contains(id);
}

void Outbox::pump()
{
    if (!isLive() || m_sendInFlight)
        return;
    while (!m_queue.isEmpty() && !m_log.find(m_queue.constFirst()))
        m_queue.removeFirst();
    ChatMessage *head = m_queue.isEmpty() ? nullptr : m_log.find(m_queue.constFirst());
    if (!head || head->delivery == DeliveryState::Failed) {
        // Idle, or paused until retry().
        if (m_hooks.idle)
            m_hooks.idle();
        return;
    }
    // A copy: slots of messageUpdated may add messages and move the list's storage.
    const QString id = head->id;
    m_sendInFlight = true;
    m_log.setDelivery(id, DeliveryState::Sending);
    if (m_interruptedSends.remove(id)) {
        const ChatMessage *message = m_log.find(id);
        m_firstAttempt.insert(id, message && message->timestamp.isValid()
                                      ? message->timestamp
                                      : QDateTime::currentDateTimeUtc());
        reconcile(id, ApiError(ApiError::Kind::Transport, protocol::path::kSend,
                               u"the app stopped while it was being sent"_s)
                          .setMayHaveArrived(true));
    } else if (m_fileData.contains(id)) {
        uploadThenSend(id);
    } else {
        transmit(id);
    }
}

void Outbox::uploadThenSend(const QString &id)
{
    const ChatMessage *message = m_log.find(id);
    const QString type = QFileInfo(message->fileName).suffix().toLower();
    m_client.uploadFile(
        type, m_fileData.value(id), m_context, [this, id, type](Result<QString> result) {
            if (!result) {
                sendFailed(id, result.error());
                return;
            }
            ChatMessage *uploaded = m_log.find(id);
            const QByteArray data = m_fileData.take(id);
            if (uploaded->mediaType == protocol::MediaType::Image) {
                uploaded->content = result.value();
            } else {
                uploaded->content =
                    protocol::FileMessage{uploaded->fileName, data.size(), result.value(), type}
                        .toContent();
            }
            m_log.changed(*uploaded);
            transmit(id);
        });
}

void Outbox::transmit(const QString &id)
{
    const ChatMessage *message = m_log.find(id);
    OutgoingMessage outgoing;
    outgoing.controlType = protocol::ControlType::Chat;
    outgoing.mediaType = message->mediaType;
    outgoing.content = message->content;
    if (!m_firstAttempt.contains(id))
        m_firstAttempt.insert(id, QDateTime::currentDateTimeUtc());
    m_client.send(outgoing, m_context, [this, id, content = outgoing.content](Result<Done> result) {
        if (!result && SendReconciler::isUncertain(result.error())) {
            reconcile(id, result.error());
            return;
        }
        if (!result) {
            sendFailed(id, result.error());
            return;
        }
        m_reconciler.noteDelivered(content);
        sent(id);
    });
}

void Outbox::sent(const QString &id)
{
    m_sendInFlight = false;
    m_firstAttempt.remove(id);
    m_uncertainRounds.remove(id);
    m_queue.removeAll(id);
    m_log.setDelivery(id, DeliveryState::Sent);
    pump();
}

// The CHAT may have arrived (its answer was lost): it stays Sending at the head of the queue,
// so nothing overtakes it, until the history says whether to send it again.
void Outbox::reconcile(const QString &id, const ApiError &error)
{
    const ChatMessage *message = m_log.find(id);
    if (!message)
        return;
    const int round = ++m_uncertainRounds[id];
    qCWarning(lcChat) << "message" << id << "may or may not have arrived:" << error.toString()
                      << "- checking the history";
    // A server too slow to answer in time may store it later still: as long again, at least.
    const auto settle = error.kind() == ApiError::Kind::Timeout
                            ? std::chrono::milliseconds(m_client.config().requestTimeout)
                            : 0ms;
    m_reconciler.check(
        {id, message->content, m_firstAttempt.value(id), settle},
        [this, id, error, round](SendReconciler::Verdict verdict, const QString &historyKey) {
            if (verdict == SendReconciler::Verdict::Arrived) {
                m_incoming.notePairedWithHistory(id, historyKey);
                sent(id);
                return;
            }
            m_firstAttempt.remove(id); // none arrived: a new attempt, a new window
            if (round >= kMaxUncertainRounds) {
                m_uncertainRounds.remove(id);
                sendFailed(id, error); // surely not there: retry() sends it
            } else if (isLive()) {
                transmit(id);
            } else {
                m_sendInFlight = false; // sent once the session is live again
                m_log.setDelivery(id, DeliveryState::Queued);
            }
        });
}

void Outbox::sendFailed(const QString &id, const ApiError &error)
{
    m_sendInFlight = false;
    qCWarning(lcChat) << "sending message" << id << "failed:" << error.toString();
    m_log.setDelivery(id, DeliveryState::Failed, error.userMessage());
    if (error.isRetryable()) {
        // Transient: keep it at the head and pause, so later messages cannot overtake it.
        return;
    }
    // Refused by the service: it would fail again, so it must not block the ones behind it.
    // retry() re-queues it at the end.
    m_queue.removeAll(id);
    pump();
}

void Outbox::retry(const QString &id)
{
    const ChatMessage *message = m_log.find(id);
    if (!message || !message->isOwn() || message->delivery != DeliveryState::Failed)
        return;
    if (!m_queue.contains(id))
        m_queue.append(id);
    m_log.setDelivery(id, DeliveryState::Queued);
    pump();
}

} // namespace cec
