#include "callcommand.h"

#include "cecclient.h"
#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "formatting.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace cec::cli {

CallCommand::CallCommand(const CommandContext &context)
    : Command(context)
    , m_chat(context.client)
    , m_call(context.client, m_media)
{
    m_holdTimer.setSingleShot(true);
    m_timeoutTimer.setSingleShot(true);
    m_guardTimer.setSingleShot(true);
    connect(&m_chat, &ChatSession::stateChanged, this, &CallCommand::onChatStateChanged);
    connect(&m_chat, &ChatSession::errorOccurred, this,
            [this](const ApiError &error) { m_chatError = error; });
    connect(&m_call, &ClickToCallSession::stateChanged, this, &CallCommand::onCallStateChanged);
    connect(&m_call, &ClickToCallSession::eventReceived, this, &CallCommand::onCallEvent);
    connect(&m_call, &ClickToCallSession::failed, this, &CallCommand::onCallFailed);
    connect(&m_call, &ClickToCallSession::ended, this, [this](const QString &reason) {
        if (!reason.isEmpty())
            console().printDiagnostic(u"cecctl: call ended: "_s + reason);
    });
    connect(&m_signals, &TerminationSignals::received, this, &CallCommand::onInterrupted);
    connect(&m_holdTimer, &QTimer::timeout, this, [this] { stop(m_exitCode); });
    connect(&m_timeoutTimer, &QTimer::timeout, this, &CallCommand::onTimeout);
    connect(&m_guardTimer, &QTimer::timeout, this, [this] {
        console().printDiagnostic(
            u"cecctl: the service did not confirm the hang-up; exiting anyway"_s);
        if (m_phase == Phase::DisconnectingChat)
            finish(m_exitCode);
        else
            disconnectChat();
    });
}

bool CallCommand::readOptions()
{
    const QString media = parser().value(option::kMedia).toLower();
    if (media == "voice"_L1 || media == "audio"_L1) {
        m_ability = protocol::MediaAbility::Voice;
    } else if (media == "video"_L1) {
        m_ability = protocol::MediaAbility::Video;
    } else {
        finishWithUsageError(u"--media: expected voice or video, got \"%1\""_s.arg(media));
        return false;
    }
    const auto timeout = integerOption(option::kCallTimeout, 1, 24 * 3600);
    if (!timeout)
        return false;
    m_timeoutTimer.setInterval(std::chrono::seconds(*timeout));
    if (parser().isSet(option::kHold)) {
        const auto hold = integerOption(option::kHold, 0, 24 * 3600);
        if (!hold)
            return false;
        m_holdTimer.setInterval(std::chrono::seconds(*hold));
        m_holdAfterSetup = true;
    }
    return true;
}

void CallCommand::start()
{
    if (!readOptions())
        return;
    m_timeoutTimer.start();
    // The seed's collaborative flow: the click-to-call follows a connected chat
    // (docs/cec-api.md §4.1).
    m_chat.connectToService();
}

void CallCommand::onChatStateChanged(ChatSession::State state)
{
    console().printVerbose(u"cecctl: chat "_s + enumName(state));
    switch (state) {
    case ChatSession::State::Connected:
    case ChatSession::State::Queued:
    case ChatSession::State::WithAgent:
        if (m_phase == Phase::ConnectingChat && !m_stopping) {
            m_phase = Phase::Calling;
            m_call.checkSupport();
        }
        break;
    case ChatSession::State::Closed:
    case ChatSession::State::Failed:
        if (m_phase == Phase::ConnectingChat) {
            // errorOccurred() follows this state change; conclude once it has arrived.
            QTimer::singleShot(0, this, &CallCommand::concludeFailedChat);
        } else if (m_phase == Phase::DisconnectingChat) {
            finish(m_exitCode);
        }
        break;
    case ChatSession::State::Ended:
    case ChatSession::State::Idle:
        if (m_phase == Phase::DisconnectingChat)
            finish(m_exitCode);
        break;
    case ChatSession::State::Connecting:
    case ChatSession::State::Disconnecting:
        break;
    }
}

void CallCommand::concludeFailedChat()
{
    if (m_chatError)
        console().printError(*m_chatError, u"chat"_s);
    else
        console().printDiagnostic(u"cecctl: the chat could not be connected, so no call"_s);
    finish(m_exitCode != ExitOk ? m_exitCode
                                : (m_chatError ? exitCodeFor(*m_chatError) : ExitServiceError));
}

void CallCommand::onCallStateChanged(ClickToCallSession::State state)
{
    console().printJson({{u"state"_s, enumName(state)}});
    const ClickToCallSession::State previous = std::exchange(m_previousCallState, state);
    switch (state) {
    case ClickToCallSession::State::Ready:
        if (m_stopping) {
            disconnectChat();
        } else if (!m_callStarted) {
            m_callStarted = true;
            m_call.start(m_ability);
        }
        break;
    case ClickToCallSession::State::Unavailable:
        console().printDiagnostic(u"cecctl: click-to-call is not available on this channel"_s);
        if (!m_stopping)
            m_exitCode = ExitServiceError;
        disconnectChat();
        break;
    case ClickToCallSession::State::InCall:
        if (m_holdAfterSetup && !m_stopping)
            m_holdTimer.start();
        break;
    case ClickToCallSession::State::Ended:
        m_guardTimer.stop();
        disconnectChat();
        break;
    case ClickToCallSession::State::Failed:
        m_guardTimer.stop();
        m_stateBeforeFailure = previous;
        // failed() may be emitted after this state change: decide once both have arrived.
        QMetaObject::invokeMethod(this, &CallCommand::concludeFailedCall, Qt::QueuedConnection);
        break;
    case ClickToCallSession::State::Idle:
    case ClickToCallSession::State::CheckingSupport:
    case ClickToCallSession::State::Requesting:
    case ClickToCallSession::State::Queuing:
    case ClickToCallSession::State::Connecting:
    case ClickToCallSession::State::Ending:
        break;
    }
}

void CallCommand::onCallEvent(const ClickToCallEvent &event)
{
    if (!event.eventId) // "polled without any events": a heartbeat, not an event
        return;
    m_lastEvent = event.known();
    console().printJson(callEventJson(event));
}

void CallCommand::onCallFailed(const ApiError &error, const QString &userMessage)
{
    m_callError = error;
    m_callFailureMessage = userMessage;
}

void CallCommand::concludeFailedCall()
{
    const bool endedByCallEvent = m_lastEvent == protocol::CallEventId::QueueTimeout ||
                                  m_lastEvent == protocol::CallEventId::Failure;
    const bool refusedBeforeCall =
        m_stateBeforeFailure == ClickToCallSession::State::CheckingSupport ||
        m_stateBeforeFailure == ClickToCallSession::State::Requesting;
    const QString sentence =
        !m_callFailureMessage.isEmpty()
            ? m_callFailureMessage
            : (m_callError ? m_callError->userMessage() : u"the call failed"_s);
    console().printDiagnostic(u"cecctl: "_s + sentence);
    if (m_callError)
        console().printVerbose(u"cecctl:   "_s + m_callError->toString());

    // The event polls giving up ends the call by failure whatever state it was in (an unknown
    // or unreadable event while still Requesting included): the manual's exit code 4.
    const bool eventPollsGaveUp =
        m_callError && m_callError->endpoint() == "getClickToCallEvents"_L1;
    if (m_exitCode == ExitOk) {
        if (endedByCallEvent || eventPollsGaveUp || !refusedBeforeCall)
            m_exitCode = ExitCallFailed; // 168103, 168105 or the event polls gave up
        else
            m_exitCode = m_callError ? exitCodeFor(*m_callError) : ExitServiceError;
    }
    disconnectChat();
}

void CallCommand::onInterrupted()
{
    if (m_stopping) {
        finish(ExitInterrupted); // a second Ctrl-C: stop waiting for the service
        return;
    }
    console().printDiagnostic(u"cecctl: interrupted, hanging up"_s);
    stop(ExitInterrupted);
}

void CallCommand::onTimeout()
{
    console().printDiagnostic(u"cecctl: the call did not end within --timeout; hanging up"_s);
    stop(ExitNetworkError);
}

bool CallCommand::callIsActive() const
{
    switch (m_call.state()) {
    case ClickToCallSession::State::Requesting:
    case ClickToCallSession::State::Queuing:
    case ClickToCallSession::State::Connecting:
    case ClickToCallSession::State::InCall:
    case ClickToCallSession::State::Ending:
        return true;
    case ClickToCallSession::State::Idle:
    case ClickToCallSession::State::CheckingSupport:
    case ClickToCallSession::State::Unavailable:
    case ClickToCallSession::State::Ready:
    case ClickToCallSession::State::Ended:
    case ClickToCallSession::State::Failed:
        break;
    }
    return false;
}

void CallCommand::stop(int exitCode)
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_exitCode = exitCode;
    m_holdTimer.stop();
    m_timeoutTimer.stop(); // from here the guard timer bounds the wait
    if (m_call.state() == ClickToCallSession::State::CheckingSupport)
        return; // the Ready/Unavailable answer continues with disconnectChat()
    if (!callIsActive()) {
        disconnectChat();
        return;
    }
    if (m_call.state() != ClickToCallSession::State::Ending)
        m_call.hangUp(); // SIP side (none here) and dropClickToCall; Ended follows
    m_guardTimer.start(client().config().requestTimeout + std::chrono::seconds(2));
}

void CallCommand::disconnectChat()
{
    if (m_phase == Phase::DisconnectingChat)
        return;
    m_phase = Phase::DisconnectingChat;
    m_holdTimer.stop();
    m_timeoutTimer.stop();
    if (!endChat(m_chat)) {
        finish(m_exitCode);
        return;
    }
    m_guardTimer.start(client().config().requestTimeout + std::chrono::seconds(2));
}

} // namespace cec::cli
