// The simulator's WebRTC gateway: SIP over WebSocket (subprotocol "sip") between the customer's
// JsSIP and the simulated agent's JsSIP, plus the agent media peer process (cec-sim-agent) that it
// starts on demand. It routes by Call-ID, logs every SIP method and status for tests, and answers
// only when there is nobody to route to.
#pragma once

#include "callmedia.h"
#include "scenario.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QWebSocket;
class QWebSocketServer;

namespace cec::sim {

struct SipRouting;

class Gateway final : public QObject, public CallMedia
{
    Q_OBJECT
public:
    enum class AgentMode
    {
        Off,  // no agent peer: INVITEs get 480 and 168101 is not held back
        Auto, // started at the first createClickToCall
        Eager // started with cec-sim
    };

    Gateway(const Scenario &scenario, AgentMode mode, QString agentPath, bool quiet,
            QObject *parent = nullptr);
    ~Gateway() override;

    // Binds the plain (ws) and, with a certificate, the TLS (wss) WebSocket server. Returns the
    // bound port, 0 on failure.
    quint16 listen(const QHostAddress &host, quint16 port);
    quint16 listenSecure(const QHostAddress &host, quint16 port, const QSslCertificate &certificate,
                         const QSslKey &key);
    void setAgentAddress(const QString &url) { m_agentUrl = url; }
    void start(); // Eager mode: start the agent peer now

    // CallMedia
    void prepare() override;
    void whenReady(QObject *context, std::function<void()> ready) override;
    void expectCall(const QString &userId) override;
    void endCall(const QString &userId, End how) override;

    // Control API views: GET /sim/sip, GET /sim/media.
    QJsonObject sipLog(const QString &userId) const;
    void clearSipLog() { m_sipLog = {}; }
    QJsonObject mediaState(const QString &userId) const;

signals:
    void customerHungUp(const QString &userId);
    void agentRejected(const QString &userId, int status, const QString &reason);

private:
    enum class AgentState
    {
        Off,
        Stopped,
        Starting,
        Ready,
        Unavailable // the executable is missing or failed to start
    };
    struct Call
    {
        QString callId;
        QString userId;
        QPointer<QWebSocket> customer;
        QString sipState = QStringLiteral("inviting"); // as the gateway saw it
        QString agentState;                            // as the agent peer reported it
        QJsonObject stats;
        int statsReports = 0;
        bool ended = false;
    };

    void acceptConnections(QWebSocketServer *server);
    void onCustomerMessage(QWebSocket *socket, const QString &message);
    void onAgentMessage(const QString &message);
    void onCustomerGone(QWebSocket *socket);
    void onAgentConnected(QWebSocket *socket);
    void log(const QString &from, const QString &to, const SipRouting &routing,
             const QString &userId);
    Call *findCallOfUser(const QString &userId);
    const Call *findCallOfUser(const QString &userId) const;

    void startAgent();
    void onAgentOutput();
    void onAgentFinished();
    void onAgentEvent(const QJsonObject &event);
    void sendAgentCommand(const QJsonObject &command);
    void runReadyCallbacks();
    static QString agentStateName(AgentState state);

    const Scenario &m_scenario;
    AgentMode m_mode;
    QString m_agentPath;
    bool m_quiet;
    QString m_agentUrl;
    std::vector<std::unique_ptr<QWebSocketServer>> m_servers; // destroyed first: ~Gateway()
    bool m_closing = false;                                   // set by ~Gateway()
    QPointer<QWebSocket> m_agentSocket;
    AgentState m_agentState = AgentState::Stopped;
    QProcess *m_agentProcess = nullptr;
    QByteArray m_agentOutput;
    QString m_agentError;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> ready;
    };
    QList<Waiter> m_waiters;
    QStringList m_expectedUsers; // customers given 168101 whose INVITE has not come yet
    QHash<QString, std::shared_ptr<Call>> m_calls; // by Call-ID
    QList<std::shared_ptr<Call>> m_callOrder;      // newest last
    QJsonArray m_sipLog;
    QElapsedTimer m_clock;
};

} // namespace cec::sim
