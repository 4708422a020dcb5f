// One QApplication per WebEngine test binary (media, gateway, call panel), with the headless
// WebEngine environment of the shared platform notes: offscreen, no sandbox (root), fake capture
// devices (3 microphones, 1 camera, 3 speakers), loopback ICE; cec-sim and its agent peer inherit
// it. Never --use-fake-ui-for-media-stream: the page's own permission answers are under test.
#include <QApplication>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <unistd.h>

namespace {
void setDefault(const char *name, const QByteArray &value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, value);
}
} // namespace

int main(int argc, char **argv)
{
    setDefault("QT_QPA_PLATFORM", "offscreen");
    // No session bus in CI: without this Chromium tries to autolaunch one and logs errors.
    setDefault("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    setDefault("QTWEBENGINE_DISABLE_SANDBOX", "1");
    setDefault("QTWEBENGINE_CHROMIUM_FLAGS",
               "--use-fake-device-for-media-stream --allow-loopback-in-peer-connection "
               "--disable-features=WebRtcHideLocalIpsWithMdns --disable-gpu");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtimeDir = QStringLiteral("/tmp/runtime-") + QString::number(getuid());
        QDir().mkpath(runtimeDir);
        QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir.toLocal8Bit());
    }
    // QWebEngineView (the call's video) needs shared GL contexts, set before the application.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    ::testing::InitGoogleTest(&argc, argv);
    QApplication app(argc, argv);
    const int result = RUN_ALL_TESTS();
    // WebEngine deletes parts of a page later; let that happen while the application exists.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return result;
}
