#include "customers.h"

#include <QTimer>

namespace cec::sim {

using namespace Qt::StringLiterals;

QString modeName(Customer::Mode mode)
{
    switch (mode) {
    case Customer::Mode::None:
        return u"none"_s;
    case Customer::Mode::Robot:
        return u"robot"_s;
    case Customer::Mode::Queue:
        return u"queue"_s;
    case Customer::Mode::Agent:
        return u"agent"_s;
    case Customer::Mode::Ended:
        return u"ended"_s;
    }
    return {};
}

QString callStateName(Customer::CallState state)
{
    switch (state) {
    case Customer::CallState::None:
        return u"none"_s;
    case Customer::CallState::Queuing:
        return u"queuing"_s;
    case Customer::CallState::Setup:
        return u"setup"_s;
    case Customer::CallState::Released:
        return u"released"_s;
    case Customer::CallState::Failed:
        return u"failed"_s;
    case Customer::CallState::Dropped:
        return u"dropped"_s;
    }
    return {};
}

Customers::Customers(QObject *context)
    : m_context(context)
{}

Customer &Customers::customer(const QString &userId)
{
    auto &slot = m_customers[userId];
    if (!slot) {
        slot = std::make_unique<Customer>();
        slot->userId = userId;
        slot->userName = userId;
    }
    return *slot;
}

const Customer *Customers::find(const QString &userId) const
{
    const auto it = m_customers.find(userId);
    return it == m_customers.end() ? nullptr : it->second.get();
}

void Customers::later(const Customer &c, int ms, std::function<void(Customer &)> fn)
{
    QTimer::singleShot(ms, Qt::PreciseTimer, m_context,
                       [this, userId = c.userId, generation = c.generation, fn] {
                           Customer &target = customer(userId);
                           if (target.generation == generation)
                               fn(target);
                       });
}

void Customers::laterInCall(const Customer &c, int ms, std::function<void(Customer &)> fn)
{
    QTimer::singleShot(ms, Qt::PreciseTimer, m_context,
                       [this, userId = c.userId, generation = c.callGeneration, fn] {
                           Customer &target = customer(userId);
                           if (target.callGeneration == generation)
                               fn(target);
                       });
}

} // namespace cec::sim
