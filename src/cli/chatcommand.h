// `cecctl chat`: a line-oriented chat over ChatSession, interactive or fed from a pipe.
#pragma once

#include "chatsession.h"
#include "command.h"
#include "stdinreader.h"
#include "terminationsignals.h"

#include <QSet>
#include <QStringList>
#include <QTimer>

namespace cec::cli {

class ChatCommand final : public Command
{
    Q_OBJECT
public:
    explicit ChatCommand(const CommandContext &context);
    void start() override;

private:
    void onStateChanged(ChatSession::State state);
    void onLinkChanged(ChatSession::Link link, int retryInSeconds);
    void onMessageAdded(const ChatMessage &message);
    void onMessageUpdated(const ChatMessage &message);
    void onQueueInfo(const QueueInfo &info);
    void onError(const ApiError &error);
    void onInterrupted();

    void acceptInput(const QString &line);
    void flushPendingInput();
    void handleInput(const QString &line);
    void sendFileFrom(const QString &path);
    void finishWhenInputIsDone();
    void disconnectAndExit(int exitCode);

    bool canSend() const;
    bool hasUnsettledOwnMessages() const;
    void printState(const QString &state, const QString &humanText);
    void printMessage(const ChatMessage &message);

    ChatSession m_session;
    StdinReader m_stdin;
    TerminationSignals m_signals;
    QStringList m_pendingInput;      // lines read before the chat could take them
    QSet<QString> m_awaitedMessages; // own messages not yet Sent/Failed
    QTimer m_linger;
    QTimer m_disconnectGuard;
    std::optional<ApiError> m_lastError;
    int m_exitCode = 0;
    int m_lingerSeconds = 2;
    bool m_echoOwnMessages = false;
    bool m_quitting = false;
    bool m_wasLive = false; // the chat got connected at some point
};

} // namespace cec::cli
