#include "demosimulator.h"

#include "applogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace cec::app {

namespace {

QString firstExisting(const QStringList &candidates, bool executable)
{
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && (!executable || info.isExecutable()))
            return info.absoluteFilePath();
    }
    return {};
}

} // namespace

DemoSimulator::DemoSimulator(QObject *parent)
    : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // Should cec-chat die without cleaning up, the kernel stops the simulator too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSimulator::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The demo simulator (%1) could not be started: %2")
                              .arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (m_url.isEmpty())
            Q_EMIT failed(tr("The demo simulator stopped before it was ready (exit code %1): %2")
                              .arg(exitCode)
                              .arg(QString::fromUtf8(m_process.readAllStandardError()).trimmed()));
        else
            qCWarning(lcApp) << "the demo simulator stopped, exit code" << exitCode;
    });
}

DemoSimulator::~DemoSimulator()
{
    stop();
}

QString DemoSimulator::locateExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("CEC_SIM");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QDir appDir(QCoreApplication::applicationDirPath());
    QStringList candidates{appDir.filePath(u"../simulator/cec-sim"_s),
                           appDir.filePath(u"cec-sim"_s)};
#ifdef CEC_SIM_BUILD_PATH
    candidates << QString::fromUtf8(CEC_SIM_BUILD_PATH);
#endif
    return firstExisting(candidates, true);
}

QString DemoSimulator::locateScenario()
{
    const QString fromEnvironment = qEnvironmentVariable("CEC_SIM_SCENARIO");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QDir appDir(QCoreApplication::applicationDirPath());
    QStringList candidates{appDir.filePath(u"../share/cec-widget/demo.json"_s)};
#ifdef CEC_DEMO_SCENARIO_SOURCE_PATH
    candidates << QString::fromUtf8(CEC_DEMO_SCENARIO_SOURCE_PATH);
#endif
    return firstExisting(candidates, false);
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
    m_process.start(program, arguments);
}

void DemoSimulator::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Blocking on purpose: the app is leaving or switching away, and must not leave it behind.
    const QSignalBlocker blocker(m_process);
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool DemoSimulator::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

qint64 DemoSimulator::processId() const
{
    return m_process.processId();
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
    m_output += m_process.readAllStandardOutput();
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
