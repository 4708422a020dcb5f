// The queue in front of the human agent: counts the customers ahead down on the scenario's
// schedule, then connects the agent, and answers queryQueueInfo meanwhile.
#pragma once

#include "customers.h"

#include <QJsonObject>

namespace cec::sim {

class Outbox;
struct Scenario;

class AgentQueue
{
public:
    AgentQueue(const Scenario &scenario, QString channelId, Customers &customers, Outbox &outbox);

    void enter(Customer &c);
    QJsonObject queryQueueInfo(const QString &userId, const QJsonObject &body);

private:
    void step(Customer &c);
    void agentJoins(Customer &c);

    const Scenario &m_scenario;
    QString m_channelId;
    Customers &m_customers;
    Outbox &m_outbox;
};

} // namespace cec::sim
