// cecctl: command-line client of the CEC web channel, for diagnostics and scripting.
#include "cecclient.h"
#include "command.h"
#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "settings.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace cec::cli;

namespace {

void configureLogging(bool verbose)
{
    // Without --verbose the core's log stays silent whatever the environment says: cecctl reports
    // every failure itself, and scripts want a stable stderr.
    QLoggingCategory::setFilterRules(
        verbose ? u"cec.*.debug=true"_s
                : u"cec.*.debug=false\ncec.*.info=false\ncec.*.warning=false"_s);
}

// The core's log lines (--verbose) may quote what the service sent: the same rule as every line.
void printLogMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = terminalSafe(qFormatLogMessage(type, context, message)).toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(printLogMessage);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cecctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CEC_VERSION));

    Console console;
    auto parsed = parseCommandLine(QCoreApplication::arguments(), console);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Invocation &invocation = std::get<Invocation>(parsed);
    const QCommandLineParser &parser = *invocation.parser;

    const bool verbose = parser.isSet(option::kVerbose);
    console.setVerbose(verbose);
    configureLogging(verbose);

    auto settings =
        loadSettings(settingsInputFrom(parser, QProcessEnvironment::systemEnvironment()));
    if (const QString *problem = std::get_if<QString>(&settings)) {
        console.printDiagnostic(u"cecctl: "_s + *problem);
        return ExitUsageError;
    }
    const LoadedSettings &loaded = std::get<LoadedSettings>(settings);
    for (const QString &warning : loaded.warnings)
        console.printDiagnostic(warning);
    if (!loaded.configFile.isEmpty())
        console.printVerbose(u"cecctl: settings from "_s + loaded.configFile);

    QNetworkAccessManager network;
    cec::CecClient client(loaded.config, &network);
    const CommandContext context{client, console, parser, parser.isSet(option::kJson)};
    const std::unique_ptr<Command> command = createCommand(invocation.command->name, context);
    Q_ASSERT(command);
    // Start inside the event loop: a command that finishes at once must be able to quit it.
    QTimer::singleShot(0, command.get(), &Command::start);
    return app.exec();
}
