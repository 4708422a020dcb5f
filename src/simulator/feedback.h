// What the customer leaves behind: the satisfaction survey (its levels and saved ratings) and
// messages left for the service (leaveMessage), which also end the chat session.
#pragma once

#include "customers.h"

#include <QJsonObject>
#include <QString>

namespace cec::sim {

class ChatSession;

class Feedback
{
public:
    Feedback(QString channelId, Customers &customers, ChatSession &session);

    QJsonObject surveyMode() const;
    QJsonObject saveSatisfaction(const QString &userId, const QJsonObject &body);
    QJsonObject leaveMessage(const QString &userId, const QJsonObject &body);

private:
    QString m_channelId;
    Customers &m_customers;
    ChatSession &m_session;
};

} // namespace cec::sim
