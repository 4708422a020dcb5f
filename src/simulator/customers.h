// The customers of the simulated tenant and the per-customer state every part of it works on: the
// chat session, its held long poll and the click-to-call call. Records live as long as the tenant.
#pragma once

#include "httpfront.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace cec::sim {

struct Customer
{
    enum class Mode
    {
        None,
        Robot,
        Queue,
        Agent,
        Ended
    };
    enum class CallState
    {
        None,
        Queuing,
        Setup,
        Released,
        Failed,
        Dropped
    };
    struct Poll
    {
        PendingResponsePtr reply;
        bool needRead = false;
        quint64 serial = 0;
    };

    bool isConnected() const
    {
        return mode == Mode::Robot || mode == Mode::Queue || mode == Mode::Agent;
    }

    QString userId;
    QString userName;
    QString locale;
    Mode mode = Mode::None;
    quint64 generation = 0; // bumped whenever a session starts or ends: stale timers compare it
    QString callId;
    bool everConnected = false;
    QList<QJsonObject> outbox;
    QStringList unreadCodes; // customer messageCodes the agent has not read yet
    int queuePosition = 0;
    qint64 queuedAtMs = 0;
    Poll poll;
    int interIdx = 0;

    CallState call = CallState::None;
    quint64 callGeneration = 0;
    QList<QJsonObject> callEvents;
    Poll callPoll;

    QJsonArray satisfaction;
    QJsonArray leaveMessages;
    int uploads = 0;
};

QString modeName(Customer::Mode mode);
QString callStateName(Customer::CallState state);

class Customers
{
public:
    // Scheduled work is bound to context, so none of it runs once the tenant is gone.
    explicit Customers(QObject *context);

    Customer &customer(const QString &userId);
    const Customer *find(const QString &userId) const;
    // One sequence for call ids and poll serials alike, so no two of them are ever equal.
    quint64 nextSerial() { return ++m_serial; }
    QObject *context() const { return m_context; }

    // Runs fn later unless the session (or, for calls, the call) it belongs to has ended since.
    void later(const Customer &c, int ms, std::function<void(Customer &)> fn);
    void laterInCall(const Customer &c, int ms, std::function<void(Customer &)> fn);

private:
    QObject *m_context;
    std::map<QString, std::unique_ptr<Customer>> m_customers;
    quint64 m_serial = 0;
};

} // namespace cec::sim
