// cec-sim-agent: the simulated agent's WebRTC peer, started by cec-sim (src/simulator/README.md).
// A hidden QWebEnginePage runs JsSIP against the gateway; commands arrive as JSON lines on stdin,
// reports leave as JSON lines on stdout. It quits when stdin closes (cec-sim went away).
#include "agentpage.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace cec::sim;

#if defined(__SANITIZE_ADDRESS__)
// Only in the asan preset's build (CEC_SANITIZE): AddressSanitizer's defaults for this process (an
// ASAN_OPTIONS in the environment still overrides each flag), the same as for the WebEngine test
// executables, where tests/support/webenginetestmain.cpp gives the evidence. In short:
// new_delete_type_mismatch=0 because Qt WebEngine 6.4.2 itself deletes an 88-byte object as a
// 24-byte type whenever a page is destroyed (libQt6WebEngineCore.so.6+0x4173e9a below
// QtWebEngineCore::WebContentsAdapter::~WebContentsAdapter()), which aborted the agent each time
// cec-sim stopped it; malloc_context_size=2 so that the LeakSanitizer suppression for Chromium's
// own leaks (tests/sanitizers/lsan.supp, by module) cannot also hide a leak of ours.
extern "C" const char *__asan_default_options()
{
    return "new_delete_type_mismatch=0:malloc_context_size=2";
}
#endif

namespace {

void writeLine(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void report(const QString &event, const QString &text = {})
{
    QJsonObject object{{u"event"_s, event}};
    if (!text.isEmpty())
        object.insert(u"text"_s, text);
    writeLine(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The agent runs headless and talks over loopback only; these make that work whatever the caller
// set (its own flags are kept, ours are added).
void prepareEnvironment()
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1"); // Chromium's sandbox refuses to run as root
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir = u"/tmp/runtime-%1"_s.arg(::geteuid());
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir.toLocal8Bit());
    }
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const auto add = [&flags](const char *flag, const char *unlessPresent) {
        if (!flags.contains(unlessPresent))
            flags += ' ' + QByteArray(flag);
    };
    add("--allow-loopback-in-peer-connection", "--allow-loopback-in-peer-connection");
    // Chromium gathers every local address (loopback included) only for pages that were granted
    // capture; the agent's media is synthesised, so a fake microphone is all it ever opens.
    add("--use-fake-device-for-media-stream", "--use-fake-device-for-media-stream");
    add("--disable-features=WebRtcHideLocalIpsWithMdns", "WebRtcHideLocalIpsWithMdns");
    add("--autoplay-policy=no-user-gesture-required", "--autoplay-policy");
    // A page without a view counts as hidden: keep its timers (stats, test pattern) running.
    add("--disable-background-timer-throttling", "--disable-background-timer-throttling");
    add("--disable-renderer-backgrounding", "--disable-renderer-backgrounding");
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        add("--disable-gpu", "--disable-gpu");
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
}

} // namespace

int main(int argc, char *argv[])
{
    prepareEnvironment();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cec-sim-agent"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The simulated agent's WebRTC peer for cec-sim (started by cec-sim)."_s);
    parser.addHelpOption();
    const QCommandLineOption gatewayOption(u"gateway"_s, u"Gateway URL for the agent."_s, u"URL"_s);
    const QCommandLineOption domainOption(u"domain"_s, u"SIP domain."_s, u"DOMAIN"_s,
                                          u"cec-sim.local"_s);
    const QCommandLineOption accessCodeOption(u"access-code"_s, u"The number customers dial."_s,
                                              u"CODE"_s, u"179080000537636"_s);
    parser.addOptions({gatewayOption, domainOption, accessCodeOption});
    parser.process(app);
    if (!parser.isSet(gatewayOption)) {
        std::fputs("cec-sim-agent: --gateway is required\n", stderr);
        return 2;
    }

    QWebEngineProfile profile; // no storage name: off the record
    AgentPage page(&profile, [](const QString &json) { writeLine(json.toUtf8()); });
    page.settings()->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    page.settings()->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, false);
    page.setAudioMuted(true); // the customer hears the agent; the machine running it must not
    page.setVisible(true);    // lifecycle "active" although no view shows it

    const QJsonObject config{{u"gateway"_s, parser.value(gatewayOption)},
                             {u"domain"_s, parser.value(domainOption)},
                             {u"accessCode"_s, parser.value(accessCodeOption)}};
    QObject::connect(&page, &QWebEnginePage::loadFinished, &app, [&page, config](bool ok) {
        if (!ok) {
            report(u"error"_s, u"the agent page did not load"_s);
            QCoreApplication::exit(1);
            return;
        }
        page.runJavaScript(u"window.cecAgent.start(%1)"_s.arg(
            QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))));
    });
    QObject::connect(&page, &QWebEnginePage::renderProcessTerminated, &app,
                     [](QWebEnginePage::RenderProcessTerminationStatus, int code) {
                         report(u"error"_s, u"the agent page's renderer died (%1)"_s.arg(code));
                         QCoreApplication::exit(3);
                     });

    // Commands from cec-sim, one JSON object per line; end of input means cec-sim is gone.
    QByteArray pending;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&] {
        char buffer[4096];
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
            return;
        }
        pending.append(buffer, got);
        qsizetype newline = 0;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QJsonDocument command = QJsonDocument::fromJson(pending.left(newline));
            pending.remove(0, newline + 1);
            if (!command.isObject())
                continue;
            page.runJavaScript(u"window.cecAgent.command(%1)"_s.arg(
                QString::fromUtf8(command.toJson(QJsonDocument::Compact))));
        }
    });

    page.load(QUrl(u"qrc:/agent/agent.html"_s));
    return QCoreApplication::exec();
}
