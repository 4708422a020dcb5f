#include "commandline.h"

#include "console.h"
#include "exitcode.h"
#include "settings.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cec::cli {

namespace {

QString exitCodesText()
{
    return uR"(Exit codes:
  0    success
  1    the service answered with an error (business result or authentication,
       signing in that kept failing; chat: polls the service kept refusing)
  2    usage or configuration error
  3    network, TLS or timeout failure (chat: polls still failing at the end, or
       given up after 20 in a row)
  4    the call ended by failure (queue timeout 168103, call failure 168105,
       or three failed event polls)
  130  interrupted by Ctrl-C or SIGTERM (after the call was dropped and the chat
       disconnected))"_s;
}

QString settingsText()
{
    QString text = uR"(Settings, highest priority first: command-line flags, environment variables,
then the INI file given by --config (default: %1, read
if it exists). The file uses the flag names as keys, e.g.
  url=https://service.besclouds.com
  app-key=...
  app-secret=...
  channel-id=1011577355744904195
Environment variables:
)"_s.arg(defaultConfigFilePath());
    for (const SettingName &name : connectionSettings())
        text += u"  %1  --%2\n"_s.arg(QString(name.environment).leftJustified(15), name.option);
    text += u"Tokens and secrets are never printed. --verbose also enables the cec.* log\n"
            "categories at debug level (on stderr)."_s;
    return text;
}

QList<QCommandLineOption> globalOptions()
{
    QList<QCommandLineOption> options;
    options << QCommandLineOption(u"config"_s, u"INI file with the settings below."_s, u"FILE"_s);
    for (const SettingName &name : connectionSettings())
        options << QCommandLineOption(name.option, name.description, name.valueName);
    options << QCommandLineOption({u"v"_s, option::kVerbose},
                                  u"Technical error details and debug logging on stderr."_s);
    options << QCommandLineOption(option::kJson,
                                  u"Print one JSON object per line (check, chat, history, survey; "
                                  "call always prints JSON)."_s);
    return options;
}

QString overviewText()
{
    QString text = u"Command-line client for the Huawei Cloud CEC web channel (ccmessaging): "
                   "diagnostics and scripting.\n\nCommands:\n"_s;
    for (const CommandSpec &spec : commandSpecs())
        text += u"  %1%2\n"_s.arg(spec.name.leftJustified(15), spec.summary);
    text += u"\nRun `cecctl <command> --help` for a command's options.\n\n"_s + settingsText() +
            u"\n\n"_s + exitCodesText();
    return text;
}

void configureForCommand(QCommandLineParser &parser, const CommandSpec &spec)
{
    parser.setApplicationDescription(spec.description + u"\n\n"_s + exitCodesText());
    parser.addPositionalArgument(spec.name, spec.summary, spec.name);
    parser.addOptions(spec.options);
}

int usageError(Console &console, const QString &message, const QString &helpCommand)
{
    console.printDiagnostic(u"cecctl: "_s + message);
    console.printDiagnostic(u"Try `"_s + helpCommand + u" --help`."_s);
    return ExitUsageError;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &spec : commandSpecs()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

} // namespace

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs{
        {u"check"_s,
         u"Validate the settings, fetch both tokens and report what the channel supports."_s,
         u"Validates the settings, fetches the AccessToken and the ccmessaging-token, asks\n"
         "checkClickToCallSupport and getsatisfactionsurveymode, and prints a short report\n"
         "(endpoint, TLS, tokens, click-to-call support, survey). Exits 0 when all of it worked."_s,
         {}},
        {u"chat"_s,
         u"Chat from the terminal or a pipe: stdin lines are sent, replies printed."_s,
         u"Connects (CONNECT), prints every incoming message as\n"
         "  [12:03:04] Bot (CEC Assistant): text\n"
         "(bot suggestions on the following lines) and sends each line read from stdin.\n"
         "Special lines: /agent asks for a human agent (TRANS2AGENT), /file PATH sends a file,\n"
         "/quit disconnects and exits; start a line with // to send a text beginning with /.\n"
         "When stdin ends, cecctl waits until every message is sent (or has failed), waits\n"
         "--linger seconds for replies, then disconnects (DISCONNECT). Ctrl-C disconnects too.\n"
         "With --json each event is one JSON object per line with \"type\" message, state,\n"
         "queue or error. Exits 1 if the chat could not be connected or a message failed."_s,
         {QCommandLineOption(
             option::kLinger,
             u"Seconds to wait for replies after stdin ended (default 2; replies are polled "
             "every second, so less than 2 may miss the last one)."_s,
             u"SECONDS"_s, u"2"_s)}},
        {u"call"_s,
         u"Place a click-to-call (signalling only) and print its events as JSON."_s,
         u"Connects the chat, then runs the REST side of a click-to-call: "
         u"checkClickToCallSupport,\n"
         "createClickToCall and the getClickToCallEvents long poll. No audio or video is sent:\n"
         "the media step is skipped. Every event is printed as one JSON line, e.g.\n"
         "  {\"eventId\":168102,\"resultDesc\":\"Call in queue\",\"content\":{}}\n"
         "and every state change as {\"state\":\"InCall\"}. Ctrl-C, SIGTERM, --timeout or --hold\n"
         "hang up (dropClickToCall); the chat is disconnected at the end. Reaching --timeout\n"
         "exits 3."_s,
         {QCommandLineOption(option::kMedia, u"voice or video (default voice)."_s, u"MEDIA"_s,
                             u"voice"_s),
          QCommandLineOption(option::kHold,
                             u"Hang up by itself this many seconds after the call is up "
                             "(default: stay until the agent ends it)."_s,
                             u"SECONDS"_s),
          QCommandLineOption(option::kCallTimeout,
                             u"Hang up and give up after this many seconds (default 120)."_s,
                             u"SECONDS"_s, u"120"_s)}},
        {u"history"_s,
         u"Print the chat history of the user id."_s,
         u"Prints the stored chat history of --user-id (queryHistoryChatMessage)."_s,
         {QCommandLineOption(option::kLimit, u"Number of messages (default 20)."_s, u"N"_s,
                             u"20"_s),
          QCommandLineOption(option::kOffset, u"Messages to skip (default 0)."_s, u"N"_s, u"0"_s)}},
        {u"leave-message"_s,
         u"Leave a message for when no agent is available."_s,
         u"Leaves a message with a call-back phone number (doLeaveMessage)."_s,
         {QCommandLineOption(option::kPhone, u"Contact phone number (required)."_s, u"PHONE"_s),
          QCommandLineOption(option::kText, u"The message (required)."_s, u"TEXT"_s)}},
        {u"survey"_s,
         u"Print the satisfaction survey mode of the channel."_s,
         u"Prints whether a satisfaction survey is configured, its levels and extra questions\n"
         "(getsatisfactionsurveymode)."_s,
         {}},
        {u"rate"_s,
         u"Submit a satisfaction rating."_s,
         u"Submits a satisfaction rating for the user's last conversation (saveSatisfaction)."_s,
         {QCommandLineOption(option::kScore,
                             u"1 (very dissatisfied) .. 5 (very satisfied), required."_s,
                             u"1..5"_s),
          QCommandLineOption(option::kComment, u"Free text, under 512 characters."_s, u"TEXT"_s),
          QCommandLineOption(option::kNps, u"Net promoter score 0..10."_s, u"N"_s),
          QCommandLineOption(option::kResolved, u"Was the issue resolved: yes or no."_s,
                             u"yes|no"_s)}},
    };
    return specs;
}

std::variant<Invocation, int> parseCommandLine(const QStringList &arguments, Console &console)
{
    // Pass 1: only the global options, to find the command (the first positional argument).
    QCommandLineParser overview;
    overview.setApplicationDescription(overviewText());
    const QCommandLineOption helpOption = overview.addHelpOption();
    // Not addVersionOption(): its -v would take the short form that --verbose has.
    const QCommandLineOption versionOption(u"version"_s, u"Print the version and exit."_s);
    overview.addOption(versionOption);
    overview.addOptions(globalOptions());
    overview.addPositionalArgument(u"command"_s, u"One of the commands above."_s,
                                   u"<command> [options]"_s);
    overview.parse(arguments); // errors are reported by pass 2, which knows all the options

    const QStringList positional = overview.positionalArguments();
    if (positional.isEmpty()) {
        if (overview.isSet(versionOption)) {
            console.printLine(QCoreApplication::applicationName() + u' ' +
                              QCoreApplication::applicationVersion());
            return ExitOk;
        }
        if (overview.isSet(helpOption)) {
            console.printText(overview.helpText().trimmed());
            return ExitOk;
        }
        return usageError(console, u"no command given"_s, u"cecctl"_s);
    }

    const CommandSpec *command = findCommand(positional.first());
    if (!command)
        return usageError(console, u"unknown command \"%1\""_s.arg(positional.first()),
                          u"cecctl"_s);

    // Pass 2: the global options plus the command's own.
    Invocation invocation{command, std::make_unique<QCommandLineParser>()};
    QCommandLineParser &parser = *invocation.parser;
    parser.addHelpOption();
    parser.addOptions(globalOptions());
    configureForCommand(parser, *command);
    const QString helpCommand = u"cecctl "_s + command->name;
    if (!parser.parse(arguments))
        return usageError(console, parser.errorText(), helpCommand);
    if (parser.isSet(u"help"_s)) {
        console.printText(parser.helpText().trimmed());
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(console,
                          u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().at(1)),
                          helpCommand);
    return invocation;
}

} // namespace cec::cli
