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
// The bus and the keyring of this process: deliberately never deleted (see keyringsession.h).
// Held here, not by the KeyringSession that a test destroys, so that they stay reachable until
// the process ends (an object only pointed to by a destroyed KeyringSession is a leak to ASan).
QProcess *theBus = nullptr;
QProcess *theKeyring = nullptr;

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
    theBus = processBoundToThisOne();
    theBus->start(u"dbus-daemon"_s,
                  {u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address=1"_s});
    if (!waitFor([] { return theBus->canReadLine() || theBus->state() == QProcess::NotRunning; }) ||
        !theBus->canReadLine()) {
        *error =
            u"dbus-daemon did not start: "_s + QString::fromUtf8(theBus->readAllStandardError());
        return false;
    }
    const QByteArray address = theBus->readLine().trimmed();
    qputenv("DBUS_SESSION_BUS_ADDRESS", address);
    return true;
}

bool KeyringSession::startKeyring(QString *error)
{
    theKeyring = processBoundToThisOne();
    theKeyring->setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    theKeyring->start(u"gnome-keyring-daemon"_s,
                      {u"--foreground"_s, u"--unlock"_s, u"--components=secrets"_s});
    if (!theKeyring->waitForStarted(5000)) {
        *error = u"gnome-keyring-daemon did not start"_s;
        return false;
    }
    theKeyring->write("test-keyring-password\n");
    theKeyring->closeWriteChannel();
    const bool registered = waitFor([] {
        auto *bus = QDBusConnection::sessionBus().interface();
        return bus && bus->isServiceRegistered(u"org.freedesktop.secrets"_s).value();
    });
    if (!registered)
        *error = u"no Secret Service on the private bus: "_s +
                 QString::fromUtf8(theKeyring->readAllStandardError());
    return registered;
}

} // namespace cec::test
