// One QApplication per WebEngine test binary (media, gateway, call panel), with the headless
// WebEngine environment of the shared platform notes: offscreen, no sandbox (root), fake capture
// devices (3 microphones, 1 camera, 3 speakers), loopback ICE; cec-sim and its agent peer inherit
// it. Never --use-fake-ui-for-media-stream: the page's own permission answers are under test.
#include <QApplication>
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <unistd.h>

#include "webengineasanoptions.h"

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer's defaults for the WebEngine test executables only (the asan preset's build; an
// ASAN_OPTIONS in the environment still overrides each flag). cec-sim-agent and cec-call-host set
// the same for themselves (src/core/webengineasanoptions.h); the other children (cec-sim, cecctl,
// cec-chat) do not load it.
//
// new_delete_type_mismatch=0: Qt WebEngine 6.4.2 (Chromium 102; Debian's stripped
// libQt6WebEngineCore.so.6, not built by us) deletes an 88-byte object through a pointer to a
// 24-byte type whenever a page is destroyed: operator delete(void*, 24) is called from
// libQt6WebEngineCore.so.6+0x4173e9a, below QtWebEngineCore::WebContentsAdapter::
// ~WebContentsAdapter() in QWebEnginePagePrivate::~QWebEnginePagePrivate(); the object was
// allocated at libQt6WebEngineCore.so.6+0x4175939. All 44 tests that destroy a page aborted
// there (same frames in each). Every other ASan check stays on here, and every executable that
// does not load Qt WebEngine keeps this one for our code.
//
// malloc_context_size=2: keep only the allocating function (and the allocator) of each
// allocation. LeakSanitizer suppresses a leak when any stored frame matches an entry of
// tests/sanitizers/lsan.supp, whose Chromium entry can only name the module
// libQt6WebEngineCore.so.6. With the default 30 frames an object leaked by our own code in a slot
// connected to a QWebEnginePage signal has that module at frame #6 and was suppressed too
// (tried: a deliberate leak in CallPage's loadFinished handler passed); with 2 frames only
// allocations made by Chromium's own code match, and our leak is reported. The price: ASan's
// allocated-by / freed-by stacks in these processes show one frame of ours; for a deeper one
// rerun with ASAN_OPTIONS=malloc_context_size=30 (leaks then hide again, as described).
extern "C" const char *__asan_default_options()
{
    return CEC_WEBENGINE_ASAN_OPTIONS;
}
#endif

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
    // Chromium's fake devices, not the machine's (none on CI): the call page's check decides
    // whether a call can be placed, whatever Qt Multimedia finds here (DevicePresence).
    setDefault("CEC_CALL_DEVICE_CHECK", "page");
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
