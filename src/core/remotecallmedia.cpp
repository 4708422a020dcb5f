#include "remotecallmedia.h"

#include "callhostchannel.h"
#include "callhostlog_p.h"
#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimer>

namespace cec {

using namespace Qt::StringLiterals;

namespace {
// Starting the host and Chromium takes well under a second here (docs/call-host.md); a slow,
// loaded machine gets far longer before the call is given up.
constexpr int kConnectTimeoutMs = 30'000;
// After quit the host hangs up what is left (bounded at 3 s there) and exits.
constexpr int kQuitGraceMs = 10'000;

int indexOf(MediaDeviceKind kind)
{
    return static_cast<int>(kind);
}

QString serverName()
{
    return u"cec-call-%1-%2"_s.arg(QCoreApplication::applicationPid())
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QChar(u'0'));
}
} // namespace

RemoteCallMedia::RemoteCallMedia(const QString &hostProgram, QObject *parent)
    : BrowserCallMedia(parent)
    , m_hostProgram(hostProgram)
{
    qRegisterMetaType<cec::DeviceCheck>();
    qRegisterMetaType<cec::CallStatistics>();
    qRegisterMetaType<cec::MediaState>();
    qRegisterMetaType<cec::MediaDeviceKind>();
}

RemoteCallMedia::~RemoteCallMedia()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    // The host is given time to hang up and to end Chromium; the connection goes with it, so that
    // the quit is written out even though this object is gone.
    if (m_channel) {
        m_channel->disconnect(this);
        m_channel->send({{"m"_L1, "quit"_L1}});
        m_channel->setParent(m_process);
    }
    // The application keeps the process object until the host has exited (or, when the
    // application ends first, ends it on the way out).
    QProcess *process = m_process;
    process->disconnect(this);
    process->setParent(QCoreApplication::instance());
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    QTimer::singleShot(kQuitGraceMs, process, &QProcess::kill);
}

void RemoteCallMedia::launch()
{
    if (m_process || m_lost)
        return;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(serverName())) {
        onHostLost(u"cannot listen for the call host: "_s + m_server->errorString());
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, &RemoteCallMedia::onConnection);

    m_process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    CallHostLog::prepare(environment);
    m_process->setProcessEnvironment(environment);
    CallHostLog::follow(*m_process);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onHostLost(
                u"%1 could not be started: %2"_s.arg(m_hostProgram, m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        onHostLost(status == QProcess::CrashExit
                       ? u"the call host crashed"_s
                       : u"the call host exited with status %1"_s.arg(code));
    });
    m_connectTimeout = new QTimer(this);
    m_connectTimeout->setSingleShot(true);
    connect(m_connectTimeout, &QTimer::timeout, this, [this] {
        onHostLost(u"the call host did not connect within %1 s"_s.arg(kConnectTimeoutMs / 1000));
    });
    m_connectTimeout->start(kConnectTimeoutMs);
    qCInfo(lcCall) << "starting the call host" << m_hostProgram;
    m_process->start(m_hostProgram, {u"--connect"_s, m_server->fullServerName()});
}

void RemoteCallMedia::onConnection()
{
    QLocalSocket *socket = m_server->nextPendingConnection();
    if (!socket || m_channel)
        return;
    // One host, one connection: nobody else may connect after it.
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
    m_connectTimeout->stop();
    m_channel = new CallHostChannel(socket, this);
    connect(m_channel, &CallHostChannel::messageReceived, this, &RemoteCallMedia::onMessage);
    connect(m_channel, &CallHostChannel::frameReceived, this, &RemoteCallMedia::onFrame);
    connect(m_channel, &CallHostChannel::protocolError, this,
            [this](const QString &why) { onHostLost(u"the call host sent "_s + why); });
    connect(m_channel, &CallHostChannel::disconnected, this,
            [this] { onHostLost(u"the call host closed the connection"_s); });
    for (const QJsonObject &message : std::exchange(m_pending, {}))
        m_channel->send(message);
}

void RemoteCallMedia::send(const QJsonObject &message)
{
    launch();
    if (m_lost)
        return;
    if (m_channel)
        m_channel->send(message);
    else
        m_pending.append(message);
}

void RemoteCallMedia::prepare()
{
    send({{"m"_L1, "prepare"_L1}});
}

void RemoteCallMedia::checkDevices()
{
    send({{"m"_L1, "checkDevices"_L1}});
}

void RemoteCallMedia::start(const CallSetup &setup, protocol::MediaAbility ability)
{
    if (m_callActive) {
        qCWarning(lcCall) << "start() during a call ignored";
        return;
    }
    m_callActive = true;
    if (m_state != MediaState::Starting) {
        m_state = MediaState::Starting;
        Q_EMIT stateChanged(m_state);
    }
    if (m_lost) {
        // Reported from the event loop, like a failure the host would send.
        QMetaObject::invokeMethod(
            this, [this] { endCall(MediaState::Failed, u"page-failed"_s); }, Qt::QueuedConnection);
        return;
    }
    send({{"m"_L1, "start"_L1},
          {"setup"_L1,
           QJsonObject{{"domain"_L1, setup.domain},
                       {"gatewayAddresses"_L1, QJsonArray::fromStringList(setup.gatewayAddresses)},
                       {"accessCode"_L1, setup.accessCode},
                       {"caller"_L1, setup.caller}}},
          {"video"_L1, ability == protocol::MediaAbility::Video}});
}

void RemoteCallMedia::hangUp()
{
    if (!m_callActive || m_lost) {
        if (m_callActive)
            endCall(MediaState::Ended, u"local"_s);
        else
            Q_EMIT ended(mediaOutcomeText(MediaState::Ended, u"local"_s));
        Q_EMIT hangUpFinished();
        return;
    }
    m_hangUpPending = true;
    send({{"m"_L1, "hangUp"_L1}});
}

void RemoteCallMedia::setMuted(bool muted)
{
    send({{"m"_L1, "setMuted"_L1}, {"on"_L1, muted}});
}

void RemoteCallMedia::setCameraEnabled(bool enabled)
{
    send({{"m"_L1, "setCameraEnabled"_L1}, {"on"_L1, enabled}});
}

void RemoteCallMedia::setOnHold(bool onHold)
{
    send({{"m"_L1, "setOnHold"_L1}, {"on"_L1, onHold}});
}

void RemoteCallMedia::sendDtmf(const QString &tones)
{
    if (const QString problem = dtmfProblem(tones); !problem.isEmpty()) {
        qCWarning(lcCall) << "DTMF tones rejected:" << tones;
        Q_EMIT errorOccurred(u"dtmf-invalid"_s, problem);
        return;
    }
    send({{"m"_L1, "sendDtmf"_L1}, {"tones"_L1, tones}});
}

void RemoteCallMedia::selectDevice(MediaDeviceKind kind, const QString &deviceId)
{
    m_selected[indexOf(kind)] = deviceId;
    send({{"m"_L1, "selectDevice"_L1}, {"kind"_L1, toString(kind)}, {"id"_L1, deviceId}});
}

QString RemoteCallMedia::selectedDevice(MediaDeviceKind kind) const
{
    return m_selected[indexOf(kind)];
}

void RemoteCallMedia::startDeviceTest(bool video)
{
    send({{"m"_L1, "startDeviceTest"_L1}, {"video"_L1, video}});
}

void RemoteCallMedia::stopDeviceTest()
{
    if (m_process)
        send({{"m"_L1, "stopDeviceTest"_L1}});
}

void RemoteCallMedia::playTestSound()
{
    send({{"m"_L1, "playTestSound"_L1}});
}

void RemoteCallMedia::setVideoSize(QSize size)
{
    if (size.isEmpty())
        size = QSize(0, 0); // what the host takes for "no frames"
    if (size == m_videoSize)
        return;
    m_videoSize = size;
    if (m_process || !size.isEmpty())
        send({{"m"_L1, "videoSize"_L1}, {"width"_L1, size.width()}, {"height"_L1, size.height()}});
}

qint64 RemoteCallMedia::hostProcessId() const
{
    return m_process && m_process->state() != QProcess::NotRunning ? m_process->processId() : 0;
}

void RemoteCallMedia::testReportDevices(const QJsonObject &devices)
{
    send({{"m"_L1, "test.reportDevices"_L1}, {"devices"_L1, devices}});
}

void RemoteCallMedia::testRunJavaScript(const QString &script,
                                        std::function<void(const QJsonValue &)> result)
{
    const int id = m_nextScriptId++;
    m_scripts[id] = std::move(result);
    send({{"m"_L1, "test.runJavaScript"_L1}, {"id"_L1, id}, {"script"_L1, script}});
}

void RemoteCallMedia::onMessage(const QJsonObject &message)
{
    const QString name = message.value("m"_L1).toString();
    const auto text = [&](QLatin1StringView key) { return message.value(key).toString(); };
    const auto on = [&] { return message.value("on"_L1).toBool(); };
    const auto kind = [&]() { return mediaDeviceKindFromString(text("kind"_L1)); };
    if (name == "ready"_L1) {
        m_ready = true;
        Q_EMIT ready();
    } else if (name == "devicesChecked"_L1) {
        m_lastCheck = DeviceCheck::fromJson(message.value("check"_L1).toObject());
        Q_EMIT devicesChecked(*m_lastCheck);
    } else if (name == "stateChanged"_L1) {
        const auto state = mediaStateFromString(text("state"_L1));
        if (state && *state != m_state) {
            m_state = *state;
            Q_EMIT stateChanged(m_state);
        }
    } else if (name == "established"_L1) {
        if (m_callActive)
            Q_EMIT established();
    } else if (name == "ended"_L1 || name == "failed"_L1) {
        endCall(name == "ended"_L1 ? MediaState::Ended : MediaState::Failed, text("detail"_L1));
    } else if (name == "hangUpFinished"_L1) {
        if (std::exchange(m_hangUpPending, false))
            Q_EMIT hangUpFinished();
    } else if (name == "errorOccurred"_L1) {
        Q_EMIT errorOccurred(text("code"_L1), text("message"_L1));
    } else if (name == "statisticsUpdated"_L1) {
        Q_EMIT statisticsUpdated(
            CallStatistics::fromJson(message.value("statistics"_L1).toObject()));
    } else if (name == "mutedChanged"_L1) {
        Q_EMIT mutedChanged(on());
    } else if (name == "cameraEnabledChanged"_L1) {
        Q_EMIT cameraEnabledChanged(on());
    } else if (name == "holdChanged"_L1) {
        Q_EMIT holdChanged(on());
    } else if (name == "dtmfSent"_L1) {
        Q_EMIT dtmfSent(text("tone"_L1));
    } else if (name == "deviceSelected"_L1) {
        if (const auto known = kind()) {
            m_selected[indexOf(*known)] = text("id"_L1);
            Q_EMIT deviceSelected(*known, text("id"_L1));
        }
    } else if (name == "deviceLost"_L1) {
        if (const auto known = kind()) {
            m_selected[indexOf(*known)] = text("fallbackId"_L1);
            Q_EMIT deviceLost(*known, text("lostId"_L1), text("fallbackId"_L1));
        }
    } else if (name == "deviceTestStarted"_L1) {
        Q_EMIT deviceTestStarted(text("microphoneId"_L1), text("cameraId"_L1));
    } else if (name == "deviceTestLevel"_L1) {
        Q_EMIT deviceTestLevel(std::clamp(message.value("level"_L1).toDouble(), 0.0, 1.0));
    } else if (name == "deviceTestVideoShown"_L1) {
        Q_EMIT deviceTestVideoShown(
            QSize(message.value("width"_L1).toInt(), message.value("height"_L1).toInt()));
    } else if (name == "deviceTestFailed"_L1) {
        if (const auto known = kind())
            Q_EMIT deviceTestFailed(*known, text("reason"_L1));
    } else if (name == "testSoundPlayed"_L1) {
        Q_EMIT testSoundPlayed(text("speakerId"_L1));
    } else if (name == "test.javaScriptResult"_L1) {
        const auto found = m_scripts.find(message.value("id"_L1).toInt());
        if (found != m_scripts.end()) {
            auto result = std::move(found->second);
            m_scripts.erase(found);
            result(message.value("value"_L1));
        }
    } else {
        qCWarning(lcCall) << "call host: unknown message ignored:" << name.left(40);
    }
}

void RemoteCallMedia::onFrame(QSize size, const QByteArray &rgb32)
{
    // Always taken, so that the host may send the next one when video is wanted again.
    m_channel->send({{"m"_L1, "frameDone"_L1}});
    if (!m_videoSize.isEmpty())
        Q_EMIT videoFrameReceived(size, rgb32);
}

void RemoteCallMedia::endCall(MediaState outcome, const QString &detail)
{
    if (!std::exchange(m_callActive, false))
        return;
    if (m_state != outcome) {
        m_state = outcome;
        Q_EMIT stateChanged(m_state);
    }
    if (outcome == MediaState::Ended)
        Q_EMIT ended(mediaOutcomeText(outcome, detail));
    else
        Q_EMIT failed(mediaOutcomeText(outcome, detail));
}

void RemoteCallMedia::onHostLost(const QString &why)
{
    if (m_lost)
        return;
    m_lost = true;
    m_ready = false;
    m_pending.clear();
    qCWarning(lcCall).noquote() << "call host lost:" << why;
    if (m_connectTimeout)
        m_connectTimeout->stop();
    if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->kill();
    Q_EMIT errorOccurred(u"host-exited"_s, why);
    endCall(MediaState::Failed, u"page-failed"_s);
    if (std::exchange(m_hangUpPending, false))
        Q_EMIT hangUpFinished();
    Q_EMIT hostExited();
}

} // namespace cec
