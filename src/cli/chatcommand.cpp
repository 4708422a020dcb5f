#include "chatcommand.h"

#include "cecclient.h"
#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "formatting.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cec::cli {

namespace {

bool isSettled(DeliveryState delivery)
{
    return delivery == DeliveryState::Sent || delivery == DeliveryState::Failed ||
           delivery == DeliveryState::Read;
}

QString stateSentence(ChatSession::State state)
{
    switch (state) {
    case ChatSession::State::Idle:
        return u"idle"_s;
    case ChatSession::State::Connecting:
        return u"connecting..."_s;
    case ChatSession::State::Connected:
        return u"connected"_s;
    case ChatSession::State::Queued:
        return u"waiting for an agent"_s;
    case ChatSession::State::WithAgent:
        return u"talking to an agent"_s;
    case ChatSession::State::Disconnecting:
        return u"disconnecting..."_s;
    case ChatSession::State::Ended:
        return u"chat ended"_s;
    case ChatSession::State::Closed:
        return u"no agent is working now; leave a message with `cecctl leave-message`"_s;
    case ChatSession::State::Failed:
        return u"the chat could not be connected"_s;
    }
    return {};
}

constexpr auto kInputHelp =
    "input: text lines are sent; /agent asks for an agent; /file PATH sends a file; /quit ends; "
    "// starts a text with /"_L1;

} // namespace

ChatCommand::ChatCommand(const CommandContext &context)
    : Command(context)
    , m_session(context.client)
{
    m_linger.setSingleShot(true);
    m_disconnectGuard.setSingleShot(true);
    connect(&m_session, &ChatSession::stateChanged, this, &ChatCommand::onStateChanged);
    connect(&m_session, &ChatSession::linkChanged, this, &ChatCommand::onLinkChanged);
    connect(&m_session, &ChatSession::messageAdded, this, &ChatCommand::onMessageAdded);
    connect(&m_session, &ChatSession::messageUpdated, this, &ChatCommand::onMessageUpdated);
    connect(&m_session, &ChatSession::queueInfoChanged, this, &ChatCommand::onQueueInfo);
    connect(&m_session, &ChatSession::errorOccurred, this, &ChatCommand::onError);
    connect(&m_stdin, &StdinReader::lineRead, this, &ChatCommand::acceptInput);
    connect(&m_stdin, &StdinReader::endOfInput, this, &ChatCommand::finishWhenInputIsDone);
    connect(&m_signals, &TerminationSignals::received, this, &ChatCommand::onInterrupted);
    connect(&m_linger, &QTimer::timeout, this, [this] { disconnectAndExit(m_exitCode); });
    connect(&m_disconnectGuard, &QTimer::timeout, this, [this] {
        console().printDiagnostic(u"cecctl: no answer to DISCONNECT; exiting anyway"_s);
        finish(m_exitCode == ExitOk ? ExitNetworkError : m_exitCode);
    });
}

void ChatCommand::start()
{
    const auto linger = integerOption(option::kLinger, 0, 3600);
    if (!linger)
        return;
    m_lingerSeconds = *linger;
    // A transcript of a piped conversation is only readable with our own lines in it; on a
    // terminal they are already on screen as typed.
    m_echoOwnMessages = ::isatty(STDIN_FILENO) == 0;
    if (!jsonOutput() && ::isatty(STDIN_FILENO) != 0)
        console().printDiagnostic(QString(kInputHelp));
    m_stdin.start();
    m_session.connectToService();
}

void ChatCommand::onStateChanged(ChatSession::State state)
{
    // Failed after being live: polling gave up, which is not the same as never connecting.
    const bool lost = state == ChatSession::State::Failed && m_wasLive;
    printState(enumName(state),
               lost ? u"the chat could not be kept: the service stayed unreachable or kept "
                      u"refusing us; gave up retrying"_s
                    : stateSentence(state));
    switch (state) {
    case ChatSession::State::Connected:
    case ChatSession::State::Queued:
    case ChatSession::State::WithAgent:
        m_wasLive = true;
        flushPendingInput();
        finishWhenInputIsDone();
        break;
    case ChatSession::State::Ended:
        if (!m_quitting)
            console().printVerbose(u"cecctl: the service ended the chat"_s);
        finish(m_exitCode);
        break;
    case ChatSession::State::Closed:
        finish(ExitServiceError);
        break;
    case ChatSession::State::Failed:
        // errorOccurred() follows this state change: let it arrive so the exit code can tell a
        // network failure from a refusal.
        QTimer::singleShot(0, this, [this] {
            finish(m_lastError ? exitCodeFor(*m_lastError) : ExitServiceError);
        });
        break;
    case ChatSession::State::Idle:
        if (m_quitting)
            finish(m_exitCode);
        break;
    case ChatSession::State::Connecting:
    case ChatSession::State::Disconnecting:
        break;
    }
}

void ChatCommand::onLinkChanged(ChatSession::Link link, int retryInSeconds)
{
    if (jsonOutput()) {
        console().printJson({{u"type"_s, u"state"_s},
                             {u"link"_s, enumName(link)},
                             {u"retryInSeconds"_s, retryInSeconds}});
    } else if (link == ChatSession::Link::Online) {
        console().printDiagnostic(u"* back online"_s);
    } else {
        console().printDiagnostic(u"* connection problem, retrying in %1 s"_s.arg(retryInSeconds));
    }
}

void ChatCommand::onMessageAdded(const ChatMessage &message)
{
    if (!message.isOwn() || m_echoOwnMessages || jsonOutput())
        printMessage(message);
    onMessageUpdated(message);
}

void ChatCommand::onMessageUpdated(const ChatMessage &message)
{
    if (!message.isOwn() || !m_awaitedMessages.contains(message.id) || !isSettled(message.delivery))
        return;
    m_awaitedMessages.remove(message.id);
    if (jsonOutput())
        printMessage(message);
    if (message.delivery == DeliveryState::Failed) {
        m_exitCode = ExitServiceError;
        if (!jsonOutput())
            console().printDiagnostic(
                u"cecctl: not sent: \"%1\": %2"_s.arg(message.content, message.failureReason));
    }
    finishWhenInputIsDone();
}

void ChatCommand::onQueueInfo(const QueueInfo &info)
{
    if (jsonOutput())
        console().printJson(queueJson(info));
    else if (info.queued)
        console().printDiagnostic(u"* queue position %1, estimated wait %2 s"_s.arg(info.position)
                                      .arg(info.estimatedWaitSeconds));
}

void ChatCommand::onError(const ApiError &error)
{
    m_lastError = error;
    if (jsonOutput()) {
        console().printJson(errorJson(error));
        console().printVerbose(u"cecctl:   "_s + error.toString());
    } else {
        console().printError(error);
    }
}

void ChatCommand::onInterrupted()
{
    if (m_quitting) {
        finish(ExitInterrupted); // a second Ctrl-C: do not wait for DISCONNECT
        return;
    }
    disconnectAndExit(ExitInterrupted);
}

void ChatCommand::acceptInput(const QString &line)
{
    if (m_quitting)
        return;
    m_pendingInput << line;
    flushPendingInput();
}

void ChatCommand::flushPendingInput()
{
    while (canSend() && !m_quitting && !m_pendingInput.isEmpty())
        handleInput(m_pendingInput.takeFirst());
}

void ChatCommand::handleInput(const QString &line)
{
    if (line.trimmed().isEmpty())
        return;
    if (line == "/quit"_L1) {
        disconnectAndExit(m_exitCode);
        return;
    }
    if (line == "/agent"_L1) {
        m_session.requestAgent();
        return;
    }
    if (line.startsWith("/file "_L1)) {
        sendFileFrom(line.mid(6).trimmed());
        return;
    }
    QString text = line;
    if (line.startsWith("//"_L1)) {
        text.remove(0, 1);
    } else if (line.startsWith(u'/')) {
        console().printDiagnostic(u"cecctl: unknown command %1; %2"_s.arg(line, kInputHelp));
        return;
    }
    const QString id = m_session.sendText(text);
    if (id.isEmpty()) {
        m_exitCode = ExitServiceError; // refused; the session reported why via errorOccurred
        return;
    }
    m_awaitedMessages.insert(id);
}

void ChatCommand::sendFileFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        console().printDiagnostic(u"cecctl: cannot read %1: %2"_s.arg(path, file.errorString()));
        m_exitCode = ExitUsageError;
        return;
    }
    const QString id = m_session.sendFile(QFileInfo(path).fileName(), file.readAll());
    if (id.isEmpty()) {
        m_exitCode = ExitServiceError;
        return;
    }
    m_awaitedMessages.insert(id);
}

void ChatCommand::finishWhenInputIsDone()
{
    if (!m_stdin.atEnd() || m_quitting || !canSend() || !m_pendingInput.isEmpty() ||
        hasUnsettledOwnMessages() || m_linger.isActive())
        return;
    // Replies to the last message are still on their way; give them a moment.
    m_linger.start(std::chrono::seconds(m_lingerSeconds));
}

void ChatCommand::disconnectAndExit(int exitCode)
{
    // Polls still failing at the end: the chat was not kept, whatever else went well.
    if (const auto linkError = m_session.linkError(); linkError && exitCode == ExitOk) {
        console().printDiagnostic(
            u"cecctl: the chat could not be kept: polling for replies keeps failing: %1"_s.arg(
                linkError->userMessage()));
        exitCode = exitCodeFor(*linkError);
    }
    m_exitCode = exitCode;
    m_quitting = true;
    m_linger.stop();
    m_stdin.stop();
    if (!endChat(m_session)) {
        finish(m_exitCode);
        return;
    }
    m_disconnectGuard.start(client().config().requestTimeout + std::chrono::seconds(2));
}

bool ChatCommand::canSend() const
{
    const ChatSession::State state = m_session.state();
    return state == ChatSession::State::Connected || state == ChatSession::State::Queued ||
           state == ChatSession::State::WithAgent;
}

bool ChatCommand::hasUnsettledOwnMessages() const
{
    if (m_awaitedMessages.isEmpty())
        return false;
    // The session may settle a message without a separate update signal (e.g. already Sent when
    // added), so look at its list rather than relying on signals alone.
    QSet<QString> unsettled = m_awaitedMessages;
    for (const ChatMessage &message : m_session.messages()) {
        if (unsettled.contains(message.id) && isSettled(message.delivery))
            unsettled.remove(message.id);
    }
    return !unsettled.isEmpty();
}

void ChatCommand::printState(const QString &state, const QString &humanText)
{
    if (jsonOutput())
        console().printJson({{u"type"_s, u"state"_s}, {u"state"_s, state}});
    else
        console().printDiagnostic(u"* "_s + humanText);
}

void ChatCommand::printMessage(const ChatMessage &message)
{
    if (jsonOutput()) {
        console().printJson(messageJson(message));
        return;
    }
    for (const QString &line : messageLines(message))
        console().printLine(line);
}

} // namespace cec::cli
