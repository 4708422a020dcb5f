// A private D-Bus session bus for one test process: empty (no Secret Service) or with an unlocked
// gnome-keyring. The test's environment points at it, so QtKeychain never sees the user's keyring.
// The bus and the keyring live exactly as long as the test process (the kernel stops them when it
// ends): stopping them earlier would make GLib's shared bus connection, which libsecret opened,
// raise SIGTERM in this process. So there is one bus per process: ctest runs each test alone.
// The two QProcess objects are therefore kept, never deleted, by pointers of static storage
// duration in keyringsession.cpp (not by this object, which ends with the test): they stay
// reachable, so LeakSanitizer does not report them as leaked at exit.
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace cec::test {

class KeyringSession final
{
public:
    KeyringSession();
    ~KeyringSession();

    // Must run before anything in the process talks to D-Bus; false once a bus was started in
    // this process (alreadyUsed()).
    bool startBus(QString *error);
    static bool alreadyUsed();
    // An unlocked gnome-keyring with the Secret Service on that bus.
    bool startKeyring(QString *error);
    static bool keyringAvailable();

private:
    QTemporaryDir m_dir;
};

} // namespace cec::test
