#include "agentqueue.h"

#include "outbox.h"
#include "scenario.h"
#include "tenantcommon_p.h"

#include <protocol/protocol.h>

#include <cmath>

namespace cec::sim {

namespace proto = cec::protocol;

AgentQueue::AgentQueue(const Scenario &scenario, QString channelId, Customers &customers,
                       Outbox &outbox)
    : m_scenario(scenario)
    , m_channelId(std::move(channelId))
    , m_customers(customers)
    , m_outbox(outbox)
{}

void AgentQueue::enter(Customer &c)
{
    c.queuePosition = m_scenario.queueLength;
    c.queuedAtMs = nowMs();
    if (c.queuePosition <= 0) {
        agentJoins(c);
        return;
    }
    m_outbox.sayText(
        c, u"SYSTEM"_s,
        u"Transferring you to an agent. Customers ahead of you: %1."_s.arg(c.queuePosition));
    m_customers.later(c, m_scenario.queueStepMs, [this](Customer &target) { step(target); });
}

void AgentQueue::step(Customer &c)
{
    if (c.mode != Customer::Mode::Queue)
        return;
    if (--c.queuePosition <= 0) {
        agentJoins(c);
        return;
    }
    m_customers.later(c, m_scenario.queueStepMs, [this](Customer &target) { step(target); });
}

void AgentQueue::agentJoins(Customer &c)
{
    c.mode = Customer::Mode::Agent;
    c.queuePosition = 0;
    m_outbox.sayText(c, u"SYSTEM"_s, u"agent connected"_s);
    m_outbox.sayText(c, u"AGENT"_s,
                     u"Hello, this is %1. How can I help you today?"_s.arg(m_scenario.agentName));
}

QJsonObject AgentQueue::queryQueueInfo(const QString &userId, const QJsonObject &body)
{
    const QString requested = text(body, u"userId"_s);
    if (requested.isEmpty() || requested.size() > proto::kMaxApplyTokenUserIdLength ||
        requested != userId) {
        return result(proto::result::kFailure, u"userId is invalid"_s);
    }
    if (text(body, u"channelConfigId"_s) != m_channelId)
        return result(proto::result::kFailure, u"channelConfigId is invalid"_s);
    if (body.contains(u"channel"_s) && text(body, u"channel"_s) != proto::kChannelWeb)
        return result(proto::result::kFailure, u"channel must be WEB"_s);
    const Customer &c = m_customers.customer(userId);
    if (c.mode == Customer::Mode::Agent)
        return result(proto::result::kQueueAlreadyWithAgent, u"already connected to an agent"_s);
    if (c.mode != Customer::Mode::Queue)
        return result(proto::result::kQueueSessionEnded,
                      u"the session does not exist or has ended"_s);
    const qint64 waited = (nowMs() - c.queuedAtMs) / 1000;
    const qint64 estimate =
        static_cast<qint64>(std::ceil(double(c.queuePosition) * m_scenario.queueStepMs / 1000.0));
    QJsonObject reply = result(proto::result::kOk, u""_s);
    reply.insert(u"position"_s, c.queuePosition);
    reply.insert(u"totalWaitTime"_s, waited);
    reply.insert(u"currentDeviceWaitTime"_s, waited);
    reply.insert(u"configMaxcWaitTime"_s, 60);
    reply.insert(u"longestWaitTime"_s, waited);
    reply.insert(u"estimateWaitTime"_s, estimate);
    return reply;
}

} // namespace cec::sim
