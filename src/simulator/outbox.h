// What goes down to the customer: builds downlink messages, keeps them until the customer's long
// poll (queryUserMessages) collects them, and answers that poll.
#pragma once

#include "customers.h"
#include "httpfront.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace cec::sim {

class History;
struct Scenario;

class Outbox
{
public:
    Outbox(const Scenario &scenario, QString channelId, Customers &customers, History &history);

    void poll(const QString &userId, const HttpRequest &request, const PendingResponsePtr &reply);

    QJsonObject downlink(Customer &c, const QString &controlType, const QString &sourceType,
                         const QString &content, const QString &mediaType = QStringLiteral("TEXT"));
    void deliver(Customer &c, QJsonObject message);
    // A CHAT text from sourceType, recorded in the history.
    void sayText(Customer &c, const QString &sourceType, const QString &text,
                 const QJsonValue &simQuestions = QJsonValue::Null);
    void sendReadNotice(Customer &c);
    void sendTyping(Customer &c);
    // Answers a held poll with whatever is waiting (possibly nothing).
    void flushPoll(Customer &c);

private:
    const Scenario &m_scenario;
    QString m_channelId;
    Customers &m_customers;
    History &m_history;
};

} // namespace cec::sim
