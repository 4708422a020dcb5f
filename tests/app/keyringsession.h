// A private D-Bus session bus for one test process: empty (no Secret Service) or with an unlocked
// gnome-keyring. The test's environment points at it, so QtKeychain never sees the user's keyring.
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

    // Must run before anything in the process talks to D-Bus.
    bool startBus(QString *error);
    // An unlocked gnome-keyring with the Secret Service on that bus.
    bool startKeyring(QString *error);
    static bool keyringAvailable();

private:
    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
};

} // namespace cec::test
