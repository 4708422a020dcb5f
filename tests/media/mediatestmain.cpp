// One QGuiApplication per media test binary, with the headless WebEngine environment the tests need
// (see shared platform notes): offscreen, no sandbox (root), fake capture devices, loopback ICE.
#include <QDir>
#include <QFile>
#include <QGuiApplication>

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
    // Fake devices give 3 microphones, 1 camera and 3 speakers. Never
    // --use-fake-ui-for-media-stream: the page's permission answers are part of what is tested.
    setDefault("QTWEBENGINE_CHROMIUM_FLAGS",
               "--use-fake-device-for-media-stream --allow-loopback-in-peer-connection "
               "--disable-features=WebRtcHideLocalIpsWithMdns --disable-gpu");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtimeDir = QStringLiteral("/tmp/runtime-") + QString::number(getuid());
        QDir().mkpath(runtimeDir);
        QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir.toLocal8Bit());
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    ::testing::InitGoogleTest(&argc, argv);
    QGuiApplication app(argc, argv);
    const int result = RUN_ALL_TESTS();
    // WebEngine deletes parts of a page later (deleteLater); let that happen while the
    // application still exists, not during its destruction.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return result;
}
