#include "tenant.h"

#include <QJsonArray>

namespace cec::sim {

using namespace Qt::StringLiterals;

Tenant::Tenant(const Scenario &scenario, QString channelId, QObject *parent)
    : QObject(parent)
    , m_channelId(std::move(channelId))
    , m_customers(this)
    , m_history(m_channelId)
    , m_outbox(scenario, m_channelId, m_customers, m_history)
    , m_files(m_customers)
    , m_bot(scenario, m_outbox)
    , m_queue(scenario, m_channelId, m_customers, m_outbox)
    , m_agent(scenario, m_customers, m_outbox, m_history, m_files)
    , m_session(scenario, m_channelId,
                {m_customers, m_outbox, m_history, m_files, m_bot, m_queue, m_agent})
    , m_feedback(m_channelId, m_customers, m_session)
    , m_clickToCall(scenario, m_customers)
{}

Tenant::~Tenant() = default;

void Tenant::registerCustomer(const QString &userId, const QString &userName, const QString &locale)
{
    Customer &c = m_customers.customer(userId);
    c.userName = userName;
    c.locale = locale;
}

QJsonObject Tenant::state(const QString &userId) const
{
    const Customer *c = m_customers.find(userId);
    if (!c) {
        return {{u"connected"_s, false},
                {u"mode"_s, u"none"_s},
                {u"call"_s, u"none"_s},
                {u"satisfaction"_s, QJsonArray()},
                {u"leaveMessages"_s, QJsonArray()},
                {u"uploads"_s, 0},
                {u"queuePosition"_s, 0},
                {u"pendingDownlinks"_s, 0}};
    }
    return {{u"connected"_s, c->isConnected()},
            {u"mode"_s, modeName(c->mode)},
            {u"call"_s, callStateName(c->call)},
            {u"satisfaction"_s, c->satisfaction},
            {u"leaveMessages"_s, c->leaveMessages},
            {u"uploads"_s, c->uploads},
            {u"queuePosition"_s, c->queuePosition},
            {u"pendingDownlinks"_s, c->outbox.size()},
            {u"callId"_s, c->callId}};
}

} // namespace cec::sim
