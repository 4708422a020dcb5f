// `cecctl call`: the REST side of a click-to-call (no media), every event printed as a JSON line.
// Sequence: CONNECT the chat -> checkClickToCallSupport -> createClickToCall -> events ->
// hang-up (dropClickToCall) -> DISCONNECT.
#pragma once

#include "callmedia.h"
#include "chatsession.h"
#include "clicktocallsession.h"
#include "command.h"
#include "terminationsignals.h"

#include <QTimer>

namespace cec::cli {

class CallCommand final : public Command
{
    Q_OBJECT
public:
    explicit CallCommand(const CommandContext &context);
    void start() override;

private:
    enum class Phase
    {
        ConnectingChat,
        Calling,
        DisconnectingChat
    };

    bool readOptions();
    void onChatStateChanged(ChatSession::State state);
    void onCallStateChanged(ClickToCallSession::State state);
    void onCallEvent(const ClickToCallEvent &event);
    void onCallFailed(const ApiError &error, const QString &userMessage);
    void onInterrupted();
    void onTimeout();
    void concludeFailedCall();
    void concludeFailedChat();

    // Ends whatever is running: the call first (if any), then the chat, then the process.
    void stop(int exitCode);
    void disconnectChat();
    bool callIsActive() const;

    ChatSession m_chat;
    SignallingOnlyMedia m_media;
    ClickToCallSession m_call;
    TerminationSignals m_signals;
    QTimer m_holdTimer;
    QTimer m_timeoutTimer;
    QTimer m_guardTimer; // a hang-up or DISCONNECT that never completes must not hang cecctl
    Phase m_phase = Phase::ConnectingChat;
    protocol::MediaAbility m_ability = protocol::MediaAbility::Voice;
    ClickToCallSession::State m_previousCallState = ClickToCallSession::State::Idle;
    ClickToCallSession::State m_stateBeforeFailure = ClickToCallSession::State::Idle;
    std::optional<protocol::CallEventId> m_lastEvent;
    std::optional<ApiError> m_callError;
    QString m_callFailureMessage;
    std::optional<ApiError> m_chatError;
    int m_exitCode = 0;
    bool m_stopping = false;
    bool m_callStarted = false;
    bool m_holdAfterSetup = false; // --hold given: hang up m_holdTimer after InCall
};

} // namespace cec::cli
