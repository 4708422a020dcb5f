#include "gateway.h"

#include "sipmessage.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

Q_DECLARE_LOGGING_CATEGORY(lcSim)

namespace cec::sim {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kAgentPath = "/gateway/agent"_L1;
constexpr auto kCustomerPath = "/gateway"_L1;
// The INVITE carries the agent peer's instructions in this header; only the agent reads it.
constexpr auto kAgentHeader = "X-Cec-Sim-Agent"_L1;
constexpr int kAgentStartTimeoutMs = 30000;

} // namespace

Gateway::Gateway(const Scenario &scenario, AgentMode mode, QString agentPath, bool quiet,
                 QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_mode(mode)
    , m_agentPath(std::move(agentPath))
    , m_quiet(quiet)
    , m_agentState(mode == AgentMode::Off ? AgentState::Off : AgentState::Stopped)
{
    m_clock.start();
}

Gateway::~Gateway()
{
    if (m_agentProcess) {
        m_agentProcess->disconnect(this);
        if (m_agentProcess->state() != QProcess::NotRunning) {
            // Closing its stdin is the agent's signal to quit; it also quits if we die.
            m_agentProcess->closeWriteChannel();
            if (!m_agentProcess->waitForFinished(3000)) {
                m_agentProcess->kill();
                m_agentProcess->waitForFinished(1000);
            }
        }
    }
    // The servers own the connected sockets, whose disconnected() reaches onCustomerGone() and
    // the agent's handlers. Left to the member destructors, the servers would go after the call
    // lists (declared later) while this is still a QObject that receives those signals:
    // onCustomerGone() then read the destroyed m_callOrder (a heap-use-after-free under ASan at
    // every cec-sim exit with a customer still connected). Destroyed here, every member exists;
    // m_closing keeps the handlers from acting on a gateway that is going away.
    m_closing = true;
    m_servers.clear();
}

quint16 Gateway::listen(const QHostAddress &host, quint16 port)
{
    auto server =
        std::make_unique<QWebSocketServer>(u"cec-sim gateway"_s, QWebSocketServer::NonSecureMode);
    server->setSupportedSubprotocols({u"sip"_s});
    if (!server->listen(host, port))
        return 0;
    const quint16 bound = server->serverPort();
    acceptConnections(server.get());
    m_servers.push_back(std::move(server));
    return bound;
}

quint16 Gateway::listenSecure(const QHostAddress &host, quint16 port,
                              const QSslCertificate &certificate, const QSslKey &key)
{
    auto server =
        std::make_unique<QWebSocketServer>(u"cec-sim gateway"_s, QWebSocketServer::SecureMode);
    server->setSupportedSubprotocols({u"sip"_s});
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(certificate);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(ssl);
    if (!server->listen(host, port))
        return 0;
    const quint16 bound = server->serverPort();
    acceptConnections(server.get());
    m_servers.push_back(std::move(server));
    return bound;
}

void Gateway::acceptConnections(QWebSocketServer *server)
{
    connect(server, &QWebSocketServer::newConnection, this, [this, server] {
        while (QWebSocket *socket = server->nextPendingConnection()) {
            connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
            const QString path = socket->requestUrl().path();
            if (socket->subprotocol() != "sip"_L1) {
                qCWarning(lcSim).noquote() << "gateway: WebSocket without subprotocol sip refused";
                socket->close(QWebSocketProtocol::CloseCodeProtocolError,
                              u"the subprotocol sip is required"_s);
                continue;
            }
            if (path == kAgentPath) {
                onAgentConnected(socket);
            } else if (path == kCustomerPath) {
                connect(
                    socket, &QWebSocket::textMessageReceived, this,
                    [this, socket](const QString &message) { onCustomerMessage(socket, message); });
                connect(socket, &QWebSocket::binaryMessageReceived, this,
                        [this, socket](const QByteArray &message) {
                            onCustomerMessage(socket, QString::fromUtf8(message));
                        });
                connect(socket, &QWebSocket::disconnected, this,
                        [this, socket] { onCustomerGone(socket); });
            } else {
                socket->close(QWebSocketProtocol::CloseCodeBadOperation, u"unknown gateway path"_s);
            }
        }
    });
}

// --------------------------------------------------------------------------------- routing

void Gateway::onCustomerMessage(QWebSocket *socket, const QString &message)
{
    const std::optional<SipRouting> routing = parseSipRouting(message);
    if (!routing)
        return; // keep-alive CRLFs and garbage
    std::shared_ptr<Call> call = m_calls.value(routing->callId);
    if (!call) {
        if (!routing->isRequest)
            return; // a response to nothing we routed
        call = std::make_shared<Call>();
        call->callId = routing->callId;
        if (routing->method == "INVITE"_L1) {
            const QString named =
                QUrlQuery(socket->requestUrl()).queryItemValue(u"userId"_s, QUrl::FullyDecoded);
            if (!named.isEmpty()) {
                call->userId = named;
                m_expectedUsers.removeOne(named);
            } else if (!m_expectedUsers.isEmpty()) {
                call->userId = m_expectedUsers.takeFirst();
            }
        }
        m_calls.insert(call->callId, call);
        m_callOrder.append(call);
    }
    call->customer = socket;
    log(u"customer"_s, u"agent"_s, *routing, call->userId);

    const bool hangUp =
        routing->isRequest && (routing->method == "BYE"_L1 || routing->method == "CANCEL"_L1);
    if (hangUp && !call->ended) {
        call->ended = true;
        call->sipState = routing->method == "BYE"_L1 ? u"customer hung up"_s : u"cancelled"_s;
        if (!call->userId.isEmpty())
            emit customerHungUp(call->userId);
    }

    if (!m_agentSocket || m_agentSocket->state() != QAbstractSocket::ConnectedState) {
        if (!routing->isRequest || routing->method == "ACK"_L1)
            return;
        // Nobody to route to: the only answer the gateway writes itself.
        const bool noAgentAtAll =
            m_agentState == AgentState::Off || m_agentState == AgentState::Unavailable;
        const int status = noAgentAtAll ? 503 : 480;
        const QString reason =
            noAgentAtAll ? u"Service Unavailable"_s : u"Temporarily Unavailable"_s;
        socket->sendTextMessage(sipResponseTo(message, status, reason));
        SipRouting answer = *routing;
        answer.isRequest = false;
        answer.status = status;
        answer.reason = reason;
        answer.cseqMethod = routing->method;
        log(u"gateway"_s, u"customer"_s, answer, call->userId);
        if (routing->method == "INVITE"_L1 && !call->ended) {
            call->ended = true;
            call->sipState = u"rejected"_s;
            if (!call->userId.isEmpty())
                emit agentRejected(call->userId, status, reason);
        }
        return;
    }
    QString forwarded = message;
    if (routing->isRequest && routing->method == "INVITE"_L1 && call->sipState == "inviting"_L1) {
        const ClickToCallScript &script = m_scenario.clickToCall;
        forwarded = withSipHeader(message, kAgentHeader,
                                  u"answerDelayMs=%1;failure=%2;userId=%3"_s.arg(
                                      QString::number(script.answerDelayMs), script.mediaFailure,
                                      call->userId.isEmpty() ? u"-"_s : call->userId));
    }
    m_agentSocket->sendTextMessage(forwarded);
}

void Gateway::onAgentMessage(const QString &message)
{
    const std::optional<SipRouting> routing = parseSipRouting(message);
    if (!routing)
        return;
    const std::shared_ptr<Call> call = m_calls.value(routing->callId);
    log(u"agent"_s, u"customer"_s, *routing, call ? call->userId : QString());
    if (!call)
        return;
    if (!routing->isRequest && routing->cseqMethod == "INVITE"_L1 && !call->ended) {
        if (routing->status >= 180 && routing->status < 200)
            call->sipState = u"ringing"_s;
        else if (routing->status >= 200 && routing->status < 300)
            call->sipState = u"answered"_s;
        else if (routing->status >= 300) {
            call->ended = true;
            call->sipState = u"rejected"_s;
            if (!call->userId.isEmpty())
                emit agentRejected(call->userId, routing->status, routing->reason);
        }
    }
    if (routing->isRequest && routing->method == "BYE"_L1 && !call->ended) {
        call->ended = true;
        call->sipState = u"agent hung up"_s;
    }
    if (call->customer && call->customer->state() == QAbstractSocket::ConnectedState) {
        call->customer->sendTextMessage(message);
    } else if (routing->isRequest && routing->method != "ACK"_L1 && m_agentSocket) {
        m_agentSocket->sendTextMessage(
            sipResponseTo(message, 481, u"Call/Transaction Does Not Exist"_s));
    }
}

void Gateway::onCustomerGone(QWebSocket *socket)
{
    if (m_closing)
        return;
    for (const std::shared_ptr<Call> &call : std::as_const(m_callOrder)) {
        if (call->customer != socket || call->ended)
            continue;
        // The customer's transport is gone: the agent hangs up as a real gateway would.
        call->ended = true;
        call->sipState = u"customer gone"_s;
        sendAgentCommand({{u"cmd"_s, u"end"_s}, {u"callId"_s, call->callId}, {u"status"_s, 480}});
        if (!call->userId.isEmpty())
            emit customerHungUp(call->userId);
    }
}

void Gateway::onAgentConnected(QWebSocket *socket)
{
    if (m_agentSocket && m_agentSocket != socket)
        m_agentSocket->close(QWebSocketProtocol::CloseCodeGoingAway, u"replaced"_s);
    m_agentSocket = socket;
    connect(socket, &QWebSocket::textMessageReceived, this, &Gateway::onAgentMessage);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (m_agentSocket != socket)
            return;
        m_agentSocket = nullptr;
        if (m_agentState == AgentState::Ready)
            m_agentState = m_agentProcess && m_agentProcess->state() == QProcess::Running
                               ? AgentState::Starting
                               : AgentState::Stopped;
    });
    m_agentState = AgentState::Ready;
    qCInfo(lcSim).noquote() << "gateway: agent media peer connected after" << m_clock.elapsed()
                            << "ms";
    runReadyCallbacks();
}

void Gateway::log(const QString &from, const QString &to, const SipRouting &routing,
                  const QString &userId)
{
    QJsonObject entry{{u"timeMs"_s, m_clock.elapsed()},
                      {u"from"_s, from},
                      {u"to"_s, to},
                      {u"callId"_s, routing.callId},
                      {u"cseqMethod"_s, routing.cseqMethod},
                      {u"userId"_s, userId}};
    if (routing.isRequest) {
        entry.insert(u"method"_s, routing.method);
    } else {
        entry.insert(u"status"_s, routing.status);
        entry.insert(u"reason"_s, routing.reason);
    }
    m_sipLog.append(entry);
    if (m_sipLog.size() > 10000)
        m_sipLog.removeFirst();
    qCInfo(lcSim).noquote()
        << "SIP" << from << "->" << to << ":"
        << (routing.isRequest
                ? routing.method
                : u"%1 %2 (%3)"_s.arg(routing.status).arg(routing.reason, routing.cseqMethod))
        << (userId.isEmpty() ? QString() : u"user="_s + userId);
}

Gateway::Call *Gateway::findCallOfUser(const QString &userId)
{
    for (auto it = m_callOrder.crbegin(); it != m_callOrder.crend(); ++it) {
        if (userId.isEmpty() || (*it)->userId == userId)
            return it->get();
    }
    return nullptr;
}

const Gateway::Call *Gateway::findCallOfUser(const QString &userId) const
{
    return const_cast<Gateway *>(this)->findCallOfUser(userId);
}

// ------------------------------------------------------------------------------- CallMedia

void Gateway::prepare()
{
    if (m_agentState == AgentState::Stopped)
        startAgent();
}

void Gateway::start()
{
    if (m_mode == AgentMode::Eager)
        prepare();
}

void Gateway::whenReady(QObject *context, std::function<void()> ready)
{
    if (m_agentState != AgentState::Starting && m_agentState != AgentState::Stopped) {
        ready();
        return;
    }
    m_waiters.append({context, std::move(ready)});
    prepare();
}

void Gateway::expectCall(const QString &userId)
{
    m_expectedUsers.removeAll(userId);
    m_expectedUsers.append(userId);
}

void Gateway::endCall(const QString &userId, End how)
{
    m_expectedUsers.removeAll(userId);
    Call *call = findCallOfUser(userId);
    if (!call || userId.isEmpty() || call->ended)
        return;
    call->ended = true;
    call->sipState = how == End::Released ? u"released"_s
                     : how == End::Failed ? u"failed"_s
                                          : u"dropped"_s;
    // A pending INVITE is refused with this status; an answered call gets a BYE.
    const int status = how == End::Failed ? 503 : 480;
    sendAgentCommand({{u"cmd"_s, u"end"_s}, {u"callId"_s, call->callId}, {u"status"_s, status}});
}

// ---------------------------------------------------------------------------- agent process

QString Gateway::agentStateName(AgentState state)
{
    switch (state) {
    case AgentState::Off:
        return u"off"_s;
    case AgentState::Stopped:
        return u"stopped"_s;
    case AgentState::Starting:
        return u"starting"_s;
    case AgentState::Ready:
        return u"ready"_s;
    case AgentState::Unavailable:
        return u"unavailable"_s;
    }
    return {};
}

void Gateway::startAgent()
{
    if (m_mode == AgentMode::Off)
        return;
    if (m_agentPath.isEmpty() || !QFileInfo(m_agentPath).isExecutable()) {
        m_agentState = AgentState::Unavailable;
        m_agentError = u"agent media peer not found at %1"_s.arg(m_agentPath);
        qCWarning(lcSim).noquote()
            << "warning:" << m_agentError << "- calls through the gateway will get 503";
        runReadyCallbacks();
        return;
    }
    if (!m_agentProcess) {
        m_agentProcess = new QProcess(this);
        connect(m_agentProcess, &QProcess::readyReadStandardOutput, this, &Gateway::onAgentOutput);
        connect(m_agentProcess, &QProcess::finished, this, &Gateway::onAgentFinished);
        connect(m_agentProcess, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
            if (e != QProcess::FailedToStart)
                return;
            m_agentState = AgentState::Unavailable;
            m_agentError = m_agentProcess->errorString();
            qCWarning(lcSim).noquote()
                << "warning: cannot start the agent media peer:" << m_agentError;
            runReadyCallbacks();
        });
    }
    if (m_quiet)
        m_agentProcess->setStandardErrorFile(QProcess::nullDevice());
    else
        m_agentProcess->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_agentState = AgentState::Starting;
    m_agentOutput.clear();
    m_agentProcess->start(m_agentPath,
                          {u"--gateway"_s, m_agentUrl, u"--domain"_s, u"cec-sim.local"_s,
                           u"--access-code"_s, u"179080000537636"_s});
    QTimer::singleShot(kAgentStartTimeoutMs, this, [this, process = m_agentProcess] {
        if (m_agentProcess != process || m_agentState != AgentState::Starting ||
            m_waiters.isEmpty())
            return;
        qCWarning(lcSim).noquote() << "warning: the agent media peer is not ready after"
                                   << kAgentStartTimeoutMs << "ms; announcing calls anyway";
        runReadyCallbacks();
    });
}

void Gateway::runReadyCallbacks()
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.ready();
    }
}

void Gateway::onAgentOutput()
{
    m_agentOutput += m_agentProcess->readAllStandardOutput();
    qsizetype newline = 0;
    while ((newline = m_agentOutput.indexOf('\n')) >= 0) {
        const QByteArray line = m_agentOutput.left(newline).trimmed();
        m_agentOutput.remove(0, newline + 1);
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            onAgentEvent(document.object());
        else if (!line.isEmpty() && !m_quiet)
            qCInfo(lcSim).noquote() << "agent:" << QString::fromUtf8(line);
    }
}

void Gateway::onAgentEvent(const QJsonObject &event)
{
    const QString kind = event.value(u"event"_s).toString();
    const std::shared_ptr<Call> call = m_calls.value(event.value(u"callId"_s).toString());
    if (kind == "call"_L1 && call) {
        call->agentState = event.value(u"state"_s).toString();
    } else if (kind == "stats"_L1 && call) {
        QJsonObject stats = event;
        stats.remove(u"event"_s);
        call->stats = stats;
        ++call->statsReports;
    } else if (kind == "log"_L1) {
        qCInfo(lcSim).noquote() << "agent:" << event.value(u"text"_s).toString();
    }
}

void Gateway::onAgentFinished()
{
    qCWarning(lcSim).noquote() << "warning: the agent media peer exited with code"
                               << m_agentProcess->exitCode();
    m_agentState = AgentState::Stopped;
    m_agentError = u"the agent media peer exited (code %1)"_s.arg(m_agentProcess->exitCode());
    runReadyCallbacks(); // nobody waits forever for a peer that died while starting
}

void Gateway::sendAgentCommand(const QJsonObject &command)
{
    if (!m_agentProcess || m_agentProcess->state() != QProcess::Running)
        return;
    m_agentProcess->write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
}

// ---------------------------------------------------------------------------- control views

QJsonObject Gateway::sipLog(const QString &userId) const
{
    if (userId.isEmpty())
        return {{u"messages"_s, m_sipLog}};
    QJsonArray filtered;
    for (const QJsonValue &entry : m_sipLog) {
        if (entry.toObject().value(u"userId"_s).toString() == userId)
            filtered.append(entry);
    }
    return {{u"messages"_s, filtered}};
}

QJsonObject Gateway::mediaState(const QString &userId) const
{
    QJsonObject state{{u"agent"_s, agentStateName(m_agentState)}};
    if (!m_agentError.isEmpty())
        state.insert(u"agentError"_s, m_agentError);
    const Call *call = findCallOfUser(userId);
    if (!call) {
        state.insert(u"call"_s, QJsonValue::Null);
        return state;
    }
    state.insert(u"call"_s, QJsonObject{{u"callId"_s, call->callId},
                                        {u"userId"_s, call->userId},
                                        {u"sip"_s, call->sipState},
                                        {u"agentSession"_s, call->agentState},
                                        {u"ended"_s, call->ended},
                                        {u"statsReports"_s, call->statsReports},
                                        {u"stats"_s, call->stats}});
    return state;
}

} // namespace cec::sim
