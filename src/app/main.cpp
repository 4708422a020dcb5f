// cec-chat: the standalone customer chat around cec::ChatWidget.
#include "appsettings.h"
#include "chatapplication.h"
#include "languages.h"
#include "terminationsignals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkProxyFactory>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // Calls need nothing of the application object: the call page runs in its own process
    // (cec-call-host, docs/call-host.md), which sets up Qt WebEngine for itself. A chat-only build
    // (CEC_WITH_CALLS=OFF) has no call UI, so it is always --no-calls.
    const bool calls = CEC_WITH_CALLS && !std::any_of(argv + 1, argv + argc, [](const char *arg) {
                           return std::strcmp(arg, "--no-calls") == 0;
                       });
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"cec-widget"_s);
    QApplication::setApplicationName(u"cec-chat"_s);
    QApplication::setApplicationVersion(QStringLiteral(CEC_VERSION));
    QApplication::setDesktopFileName(u"cec-chat"_s);
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Customer chat for Huawei Cloud CEC web channels."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        u"demo"_s, u"Start the demo: a simulated contact centre (cec-sim) on this computer."_s);
    const QCommandLineOption settingsDirOption(
        u"settings-dir"_s,
        u"Keep settings and conversations in <dir> (default: $CEC_CHAT_SETTINGS_DIR, else the "
        "per-user config folder)."_s,
        u"dir"_s);
    const QCommandLineOption languageOption(
        u"lang"_s,
        u"User interface language: en, zh_CN or ar (default: the settings, else the "
        "system's)."_s,
        u"code"_s);
    const QCommandLineOption noCallsOption(
        u"no-calls"_s, u"Chat only: never offer voice or video calls (saves memory)."_s);
    const QCommandLineOption callOption(
        u"call"_s, u"Start a voice or video call as soon as the contact centre offers one."_s,
        u"voice|video"_s);
    parser.addOptions({demoOption, settingsDirOption, languageOption, noCallsOption, callOption});
    parser.process(app);

    cec::app::AppOptions options;
    options.demo = parser.isSet(demoOption);
    options.calls = calls;
    options.settingsDir = parser.isSet(settingsDirOption)
                              ? parser.value(settingsDirOption)
                              : qEnvironmentVariable("CEC_CHAT_SETTINGS_DIR");
    if (parser.isSet(callOption)) {
        const QString call = parser.value(callOption);
        if (call != "voice"_L1 && call != "video"_L1) {
            std::fprintf(stderr, "cec-chat: --call takes voice or video, not \"%s\"\n",
                         qPrintable(call));
            return 2;
        }
        if (!CEC_WITH_CALLS) {
            std::fprintf(stderr, "cec-chat: --call: this build has no calls (chat only)\n");
            return 2;
        }
        if (!calls) {
            std::fprintf(stderr, "cec-chat: --call and --no-calls exclude each other\n");
            return 2;
        }
        options.call = call == "video"_L1 ? cec::ChatWidget::CallType::Video
                                          : cec::ChatWidget::CallType::Voice;
    }
    const cec::app::SettingsStore store(options.settingsDir);
    options.language = cec::app::resolveLanguage(
        parser.isSet(languageOption) ? parser.value(languageOption) : store.load().language);

    QTranslator translator;
    cec::app::installTranslation(translator, options.language);

    cec::app::ChatApplication chat(options);
    // SIGINT/SIGTERM quit like the window's Quit: through the event loop, hanging up a running
    // call and stopping the demo simulator on the way.
    cec::TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &cec::TerminationSignals::received, &chat,
                     &cec::app::ChatApplication::requestQuit);
    QObject::connect(&chat, &cec::app::ChatApplication::readyToQuit, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    chat.start();
    return QApplication::exec();
}
