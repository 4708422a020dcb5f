// Our own messages on their way out: one on the wire at a time, strictly in order; files are
// uploaded when they reach the head. A send whose answer was lost is checked against the history
// (SendReconciler) before it is sent again; a failed one waits for retry().
#pragma once

#include "cec_core_export.h"

#include "apierror.h"
#include "chatmessage.h"
#include "sendreconciler.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>

namespace cec {

class CecClient;
class IncomingMessages;
class MessageLog;

class CEC_CORE_AUTOTEST_EXPORT Outbox final
{
public:
    struct Hooks
    {
        std::function<bool()> isLive; // messages go out only while the chat is live
        std::function<void()> idle;   // nothing left to send, or paused until retry()
    };

    Outbox(CecClient &client, MessageLog &log, IncomingMessages &incoming,
           SendReconciler::Options reconcilerOptions, QObject *context, Hooks hooks);

    // What a text or a file becomes on its way out, or why it cannot be sent (a Rejected error
    // with the user's sentence: the text's or the upload rule's).
    static Result<ChatMessage> textMessage(const QString &text);
    static Result<ChatMessage> fileMessage(const QString &fileName, qint64 size);

    // Queues an own message (mediaType and content or fileName filled in); returns its new id.
    QString enqueue(ChatMessage message, const QByteArray &fileBytes = {});
    // As ChatSession::restorePending / pendingMessages.
    void restore(const QList<ChatMessage> &messages);
    QList<ChatMessage> pending() const;
    void retry(const QString &id);
    // Sends the head of the queue if the chat is live and nothing is on the wire.
    void pump();
    // Still to be sent (the log must keep it).
    bool holds(const QString &id) const;

private:
    void uploadThenSend(const QString &id);
    void transmit(const QString &id);
    void sent(const QString &id);
    void reconcile(const QString &id, const ApiError &error);
    void sendFailed(const QString &id, const ApiError &error);
    bool isLive() const { return m_hooks.isLive && m_hooks.isLive(); }

    CecClient &m_client;
    MessageLog &m_log;
    IncomingMessages &m_incoming;
    QObject *m_context;
    Hooks m_hooks;
    SendReconciler m_reconciler;
    QStringList m_queue;                   // own messages not yet delivered, in sending order
    QHash<QString, QByteArray> m_fileData; // bytes of file messages not uploaded yet
    bool m_sendInFlight = false;
    QHash<QString, QDateTime> m_firstAttempt; // own messages on their way: when the first try left
    QHash<QString, int> m_uncertainRounds;    // attempts whose outcome had to be asked of history
    QSet<QString> m_interruptedSends; // restored as Sending: asked about before being sent again
};

} // namespace cec
