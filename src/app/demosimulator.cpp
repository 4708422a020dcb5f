#include "demosimulator.h"

#include "applogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <utility>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace cec::app {

namespace {

constexpr auto kKillAfter = std::chrono::seconds(3);

QString firstExisting(const QStringList &candidates, bool executable)
{
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && (!executable || info.isExecutable()))
            return info.absoluteFilePath();
    }
    return {};
}

// The parent of the simulator processes that stop() lets go of until each deletes itself (once
// its child is reaped). Deliberately never deleted, like the processes left behind at exit: held
// here, they stay reachable, so AddressSanitizer's leak check does not count them as leaked.
QObject *processesLetGo()
{
    static QObject *const holder = new QObject;
    return holder;
}

} // namespace

DemoSimulator::DemoSimulator(QObject *parent)
    : QObject(parent)
{}

DemoSimulator::~DemoSimulator()
{
    stop();
}

QString DemoSimulator::locateExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("CEC_SIM");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Installed: next to cec-chat in bin/. Build tree: src/app/cec-chat and src/simulator/cec-sim.
    const QDir appDir(QCoreApplication::applicationDirPath());
    return firstExisting(
        {appDir.filePath(u"cec-sim"_s), appDir.filePath(u"../simulator/cec-sim"_s)}, true);
}

QString DemoSimulator::locateScenario()
{
    const QString fromEnvironment = qEnvironmentVariable("CEC_SIM_SCENARIO");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Installed: share/cec-widget/demo.json. Build tree: a copy next to cec-sim (src/simulator).
    const QDir appDir(QCoreApplication::applicationDirPath());
    return firstExisting({appDir.filePath(u"../share/cec-widget/demo.json"_s),
                          appDir.filePath(u"../simulator/scenarios/demo.json"_s)},
                         false);
}

void DemoSimulator::start()
{
    stop();
    m_output.clear();
    m_url.clear();
    const QString program = locateExecutable();
    if (program.isEmpty()) {
        // Reported from the event loop, like every other outcome of start().
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT failed(tr("The demo simulator cec-sim was not found. Set CEC_SIM to its "
                                 "path, or install it next to cec-chat."));
            },
            Qt::QueuedConnection);
        return;
    }
    QStringList arguments{u"--port"_s, u"0"_s, u"--quiet"_s};
    const QString scenario = locateScenario();
    if (!scenario.isEmpty())
        arguments << u"--scenario"_s << scenario;
    else
        qCWarning(lcApp) << "demo scenario not found; cec-sim runs with its built-in defaults";
    qCInfo(lcApp) << "starting the demo simulator" << program << arguments;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // Should cec-chat die without cleaning up, the kernel stops the simulator too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    QProcess *process = m_process;
    connect(process, &QProcess::readyReadStandardOutput, this, &DemoSimulator::readOutput);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The demo simulator (%1) could not be started: %2")
                              .arg(process->program(), process->errorString()));
    });
    connect(process, &QProcess::finished, this,
            [this, process](int exitCode, QProcess::ExitStatus) {
                if (m_url.isEmpty())
                    Q_EMIT failed(
                        tr("The demo simulator stopped before it was ready (exit code %1): %2")
                            .arg(exitCode)
                            .arg(QString::fromUtf8(process->readAllStandardError()).trimmed()));
                else
                    qCWarning(lcApp) << "the demo simulator stopped, exit code" << exitCode;
            });
    m_process->start(program, arguments);
}

void DemoSimulator::stop()
{
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return;
    // Not waited for: cec-sim exits within milliseconds of SIGTERM, and a GUI thread blocked in
    // waitForFinished() is a frozen window. The process object lets itself go once the child is
    // reaped; if no event loop runs any more (the app is exiting), it is simply left behind (with
    // processesLetGo() as its parent) and PR_SET_PDEATHSIG stops the simulator with us.
    disconnect(process, nullptr, this, nullptr);
    process->setParent(processesLetGo());
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(kKillAfter, process, [process] {
        qCWarning(lcApp) << "the demo simulator ignored SIGTERM; killing it";
        process->kill();
    });
    process->terminate();
}

bool DemoSimulator::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 DemoSimulator::processId() const
{
    return m_process ? m_process->processId() : 0;
}

ClientConfig DemoSimulator::clientConfig(const QString &customerId, const QString &displayName,
                                         const QString &locale) const
{
    ClientConfig config;
    config.baseUrl = m_url;
    config.appKey = QString::fromLatin1(appKey);
    config.appSecret = QString::fromLatin1(appSecret);
    config.channelId = QString::fromLatin1(channelId);
    config.userId = customerId;
    config.userName = displayName;
    config.locale = locale;
    config.proxy = QNetworkProxy(QNetworkProxy::NoProxy); // loopback, whatever the system says
    return config;
}

void DemoSimulator::readOutput()
{
    if (!m_process)
        return;
    m_output += m_process->readAllStandardOutput();
    if (!m_url.isEmpty())
        return;
    static const QRegularExpression listening(u"cec-sim listening on (http://\\S+)"_s);
    const auto match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    m_url = QUrl(match.captured(1));
    qCInfo(lcApp) << "demo simulator ready at" << m_url.toString();
    Q_EMIT ready(m_url);
}

} // namespace cec::app
