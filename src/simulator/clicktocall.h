// Click-to-call signalling: whether calls are offered, creating a call, the long-polled call
// events (queuing, 168101 setup with the gateway addresses, release/failure), dropping it, and
// what the control API and the gateway do to a running call. The media itself is CallMedia's.
#pragma once

#include "callmedia.h"
#include "customers.h"
#include "httpfront.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cec::sim {

struct Scenario;

class ClickToCall
{
public:
    ClickToCall(const Scenario &scenario, Customers &customers);

    void setGatewayAddresses(const QStringList &addresses) { m_gatewayAddresses = addresses; }
    // Without media (nullptr) 168101 goes out on schedule and nobody answers the gateway.
    void setCallMedia(CallMedia *media) { m_media = media; }

    QJsonObject check(const HttpRequest &request) const;
    QJsonObject create(const QString &userId, const QJsonObject &body);
    void events(const QString &userId, const HttpRequest &request, const PendingResponsePtr &reply);
    QJsonObject drop(const QString &userId, const QJsonObject &body);

    // Control API: each returns an error text, empty on success.
    QString release(const QString &userId, const QString &causeDesc);
    QString fail(const QString &userId, const QString &causeDesc);
    QString transfer(const QString &userId);

    // From the gateway.
    void customerHungUp(const QString &userId);
    void mediaRejected(const QString &userId, int status, const QString &reason);

private:
    using CallState = Customer::CallState;

    void pushEvent(Customer &c, QJsonObject event);
    void flushEvents(Customer &c);
    void outcome(Customer &c);
    void announceSetup(Customer &c);
    void endCall(Customer &c, CallState state, int eventId, const QString &desc,
                 const QString &causeDesc);

    const Scenario &m_scenario;
    Customers &m_customers;
    QStringList m_gatewayAddresses;
    CallMedia *m_media = nullptr;
};

} // namespace cec::sim
