#include "keyringsession.h"

#include "waitfor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace cec::test {

namespace {

bool busStarted = false;

// A child that the kernel stops (SIGTERM) when this test process ends, however it ends.
QProcess *processBoundToThisOne()
{
    auto *process = new QProcess;
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    return process;
}

} // namespace

KeyringSession::KeyringSession() = default;

KeyringSession::~KeyringSession() = default;

bool KeyringSession::alreadyUsed()
{
    return busStarted;
}

bool KeyringSession::keyringAvailable()
{
    return !QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty() &&
           !QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty();
}

bool KeyringSession::startBus(QString *error)
{
    if (busStarted) {
        *error = u"a private bus was already started in this test process"_s;
        return false;
    }
    busStarted = true;
    const QString runtime = m_dir.filePath(u"run"_s);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
    if (QStandardPaths::findExecutable(u"dbus-daemon"_s).isEmpty()) {
        // No bus at all is also "no Secret Service".
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath(u"no-bus"_s).toUtf8());
        return true;
    }
    // No <servicedir>: nothing is auto-activated (the system's gnome-keyring would otherwise
    // start on the first Secret Service call and outlive the test).
    QFile config(m_dir.filePath(u"session.conf"_s));
    if (!config.open(QIODevice::WriteOnly)) {
        *error = u"cannot write the bus configuration"_s;
        return false;
    }
    config.write(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig><type>session</type>"
        "<listen>unix:dir=" +
        m_dir.path().toUtf8() +
        "</listen>"
        "<auth>EXTERNAL</auth>"
        "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
        "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    config.close();
    m_bus = processBoundToThisOne();
    m_bus->start(u"dbus-daemon"_s,
                 {u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address=1"_s});
    if (!waitFor(
            [this] { return m_bus->canReadLine() || m_bus->state() == QProcess::NotRunning; }) ||
        !m_bus->canReadLine()) {
        *error =
            u"dbus-daemon did not start: "_s + QString::fromUtf8(m_bus->readAllStandardError());
        return false;
    }
    const QByteArray address = m_bus->readLine().trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    return true;
}

bool KeyringSession::startKeyring(QString *error)
{
    m_keyring = processBoundToThisOne();
    m_keyring->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    m_keyring->start(u"gnome-keyring-daemon"_s,
                     {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    if (!m_keyring->waitForStarted(5000)) {
        *error = u"gnome-keyring-daemon did not start"_s;
        return false;
    }
    m_keyring->write("test-keyring-password\n");
    m_keyring->closeWriteChannel();
    const bool registered = waitFor([] {
        auto *bus = QDBusConnection::sessionBus().interface();
        return bus && bus->isServiceRegistered(u"org.freedesktop.secrets"_s).value();
    });
    if (!registered)
        *error = u"no Secret Service on the private bus: "_s +
                 QString::fromUtf8(m_keyring->readAllStandardError());
    return registered;
}

} // namespace cec::test
