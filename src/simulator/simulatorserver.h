// The API Fabric front of the simulated service: routing, both token checks, token rotation
// headers, fault injection, the request log and the /sim control API.
#pragma once

#include "diagnostics.h"
#include "gateway.h"
#include "httpfront.h"
#include "scenario.h"
#include "tenant.h"
#include "tokens.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace cec::sim {

// The one tenant the simulator hosts; printed by --help so people can try it without reading code.
struct Credentials
{
    QString appKey = QStringLiteral("cec-demo-app");
    QString appSecret = QStringLiteral("cec-demo-secret");
    QString channelId = QStringLiteral("1011577355744904195");
};

class SimulatorServer final : public QObject
{
    Q_OBJECT
public:
    SimulatorServer(const Scenario &scenario, const Credentials &credentials,
                    QObject *parent = nullptr);

    // The entry point for every HttpFront (plain and TLS).
    void handle(HttpRequest request, const PendingResponsePtr &reply);

    FaultInjector &faults() { return m_faults; }
    void setGatewayAddresses(const QStringList &addresses)
    {
        m_tenant.setGatewayAddresses(addresses);
    }
    // Calls get real media: 168101 waits for the agent peer, SIP ends reach the call state.
    void attachGateway(Gateway *gateway);
    const Scenario &scenario() const { return m_scenario; }

private:
    void proceed(const HttpRequest &request, const PendingResponsePtr &reply,
                 const std::optional<FaultRule> &fault);
    void handleApi(const HttpRequest &request, const PendingResponsePtr &reply);
    void issueAccessToken(const HttpRequest &request, const PendingResponsePtr &reply,
                          bool requireSecret);
    QJsonObject applyToken(const QJsonObject &body);
    void dispatch(const QString &userId, const HttpRequest &request, const QJsonObject &body,
                  const PendingResponsePtr &reply);

    // The /sim control API.
    void handleControl(const HttpRequest &request, const PendingResponsePtr &reply);

    Scenario m_scenario;
    Credentials m_credentials;
    TokenStore m_tokens;
    Tenant m_tenant;
    FaultInjector m_faults;
    RequestLog m_log;
    Gateway *m_gateway = nullptr;
};

} // namespace cec::sim
