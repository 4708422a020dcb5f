// Base of the cecctl commands: each runs asynchronously on the event loop and ends by calling
// finish(exitCode), which quits the loop with that code.
#pragma once

#include "apierror.h"

#include <QObject>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace cec {
class CecClient;
class ChatSession;
} // namespace cec

namespace cec::cli {

class Console;

struct CommandContext final
{
    CecClient &client;
    Console &console;
    const QCommandLineParser &parser;
    bool json = false;
};

class Command : public QObject
{
    Q_OBJECT
public:
    explicit Command(const CommandContext &context, QObject *parent = nullptr);
    ~Command() override;

    virtual void start() = 0;
    bool isFinished() const { return m_finished; }

protected:
    void finish(int exitCode);
    // Prints the error and finishes with the exit code its kind maps to.
    void finishWithError(const ApiError &error, const QString &context = {});
    void finishWithUsageError(const QString &message);

    // An integer option within [minimum, maximum]; nullopt after reporting a usage error.
    std::optional<int> integerOption(QLatin1StringView name, int minimum, int maximum);

    // Sends DISCONNECT when the chat is live. False when there is nothing left to wait for.
    static bool endChat(ChatSession &session);

    CecClient &client() const { return m_context.client; }
    Console &console() const { return m_context.console; }
    const QCommandLineParser &parser() const { return m_context.parser; }
    bool jsonOutput() const { return m_context.json; }

private:
    CommandContext m_context;
    bool m_finished = false;
};

// The command named by the parsed command line.
std::unique_ptr<Command> createCommand(const QString &name, const CommandContext &context);

} // namespace cec::cli
