// cec-call-host: runs the WebEngine call page for the app, which never maps Qt WebEngine itself
// (docs/call-host.md). Started as `cec-call-host --connect <name>`; serves that one connection and
// exits with it, taking every Chromium process along.
#include "callhostservice.h"
#include "webengineasanoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocalSocket>
#include <QQuickWindow>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

#if defined(__SANITIZE_ADDRESS__)
extern "C" const char *__asan_default_options()
{
    return CEC_WEBENGINE_ASAN_OPTIONS;
}
#endif

namespace {
constexpr int connectTimeoutMs = 10'000;
}

int main(int argc, char **argv)
{
    // The host never shows a window: the page's picture goes to the app as frames. Always
    // offscreen, whatever the app's platform is (a host without a display must work the same).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // With an X display, the offscreen platform would still set up GLX, and with it Mesa (~22 MiB
    // PSS where there is no GPU), which nothing here uses.
    qunsetenv("DISPLAY");
    // Qt Quick's software renderer for the QWebEngineView that the frames are grabbed from: no
    // OpenGL context at all, so neither Mesa (~30 MiB where there is no GPU) nor
    // Qt::AA_ShareOpenGLContexts is needed.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    // Chromium's sandbox refuses to start as root (and would abort the process when the call page
    // is created); as root the process has nothing left for the sandbox to protect.
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"cec-call-host"_s);
    QApplication::setApplicationVersion(QStringLiteral(CEC_VERSION));
    // The last window is the frame source, created and deleted as the app asks: never a reason to
    // quit.
    QApplication::setQuitOnLastWindowClosed(false);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Runs the call page of cec-widget for the app that started it (not for direct use)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectOption(u"connect"_s, u"The app's local server."_s, u"name"_s);
    parser.addOption(connectOption);
    parser.process(app);
    if (!parser.isSet(connectOption)) {
        std::fprintf(stderr, "cec-call-host: --connect <name> is required\n");
        return 2;
    }

    auto *socket = new QLocalSocket;
    socket->connectToServer(parser.value(connectOption));
    if (!socket->waitForConnected(connectTimeoutMs)) {
        std::fprintf(stderr, "cec-call-host: cannot connect to \"%s\": %s\n",
                     qPrintable(parser.value(connectOption)), qPrintable(socket->errorString()));
        delete socket;
        return 2;
    }

    const bool testHooks = qgetenv("CEC_CALL_HOST_TEST_HOOKS") == "1";
    cec::CallHostService service(socket, testHooks);
    QObject::connect(&service, &cec::CallHostService::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    const int status = QApplication::exec();
    // WebEngine deletes parts of the page later; let that happen while the application exists.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return status;
}
