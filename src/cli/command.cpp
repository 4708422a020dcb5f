#include "command.h"

#include "callcommand.h"
#include "chatcommand.h"
#include "checkcommand.h"
#include "console.h"
#include "exitcode.h"
#include "servicecommands.h"

#include "chatsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cec::cli {

Command::Command(const CommandContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{}

Command::~Command() = default;

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    QCoreApplication::exit(exitCode);
}

void Command::finishWithError(const ApiError &error, const QString &context)
{
    console().printError(error, context);
    finish(exitCodeFor(error));
}

void Command::finishWithUsageError(const QString &message)
{
    console().printDiagnostic(u"cecctl: "_s + message);
    finish(ExitUsageError);
}

std::optional<int> Command::integerOption(QLatin1StringView name, int minimum, int maximum)
{
    const QString text = parser().value(name);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && value >= minimum && value <= maximum)
        return value;
    finishWithUsageError(u"--%1: expected a whole number from %2 to %3, got \"%4\""_s.arg(name)
                             .arg(minimum)
                             .arg(maximum)
                             .arg(text));
    return std::nullopt;
}

std::unique_ptr<Command> createCommand(const QString &name, const CommandContext &context)
{
    if (name == "check"_L1)
        return std::make_unique<CheckCommand>(context);
    if (name == "chat"_L1)
        return std::make_unique<ChatCommand>(context);
    if (name == "call"_L1)
        return std::make_unique<CallCommand>(context);
    if (name == "history"_L1)
        return std::make_unique<HistoryCommand>(context);
    if (name == "leave-message"_L1)
        return std::make_unique<LeaveMessageCommand>(context);
    if (name == "survey"_L1)
        return std::make_unique<SurveyCommand>(context);
    if (name == "rate"_L1)
        return std::make_unique<RateCommand>(context);
    return nullptr;
}

bool Command::endChat(ChatSession &session)
{
    switch (session.state()) {
    case ChatSession::State::Idle:
    case ChatSession::State::Ended:
    case ChatSession::State::Closed:
    case ChatSession::State::Failed:
        return false;
    case ChatSession::State::Disconnecting:
        return true;
    case ChatSession::State::Connecting:
    case ChatSession::State::Connected:
    case ChatSession::State::Queued:
    case ChatSession::State::WithAgent:
        session.disconnectFromService();
        return true;
    }
    return false;
}

} // namespace cec::cli
