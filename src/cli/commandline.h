// cecctl's command-line grammar: `cecctl <command> [options]`, the help texts, and the two-pass
// parse (first find the command, then parse again with that command's options).
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <memory>
#include <variant>

namespace cec::cli {

class Console;

struct CommandSpec final
{
    QString name;
    QString summary;     // one line in `cecctl --help`
    QString description; // the paragraph of `cecctl <command> --help`
    QList<QCommandLineOption> options;
};

const QList<CommandSpec> &commandSpecs();

struct Invocation final
{
    const CommandSpec *command = nullptr;
    std::unique_ptr<QCommandLineParser> parser; // parsed with the global and the command's options
};

// The command to run, or the exit code when there is nothing to run (help shown, usage error).
std::variant<Invocation, int> parseCommandLine(const QStringList &arguments, Console &console);

namespace option {
inline constexpr QLatin1StringView kVerbose{"verbose"};
inline constexpr QLatin1StringView kJson{"json"};
inline constexpr QLatin1StringView kLinger{"linger"};
inline constexpr QLatin1StringView kMedia{"media"};
inline constexpr QLatin1StringView kHold{"hold"};
inline constexpr QLatin1StringView kCallTimeout{"timeout"};
inline constexpr QLatin1StringView kLimit{"limit"};
inline constexpr QLatin1StringView kOffset{"offset"};
inline constexpr QLatin1StringView kPhone{"phone"};
inline constexpr QLatin1StringView kText{"text"};
inline constexpr QLatin1StringView kScore{"score"};
inline constexpr QLatin1StringView kComment{"comment"};
inline constexpr QLatin1StringView kNps{"nps"};
inline constexpr QLatin1StringView kResolved{"resolved"};
} // namespace option

} // namespace cec::cli
