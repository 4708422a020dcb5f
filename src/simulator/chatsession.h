// The customer's side of a chat: sendUserMessage (CONNECT, CHAT, TRANS2AGENT, DISCONNECT, ...),
// checked as the real service checks it, and the session that starts with the bot or the agent
// queue and ends on DISCONNECT or a left message.
#pragma once

#include "customers.h"

#include <QJsonObject>
#include <QString>

namespace cec::sim {

class AgentQueue;
class Bot;
class FileStore;
class History;
class Outbox;
class ScriptedAgent;
struct Scenario;

class ChatSession
{
public:
    struct Parts
    {
        Customers &customers;
        Outbox &outbox;
        History &history;
        FileStore &files;
        Bot &bot;
        AgentQueue &queue;
        ScriptedAgent &agent;
    };

    ChatSession(const Scenario &scenario, QString channelId, Parts parts);

    // userId is the customer the ccmessaging-token belongs to.
    QJsonObject send(const QString &userId, const QJsonObject &body);
    void end(Customer &c);

private:
    QJsonObject connect(Customer &c);
    QJsonObject disconnect(Customer &c);
    QJsonObject transferToAgent(Customer &c);
    QJsonObject chat(Customer &c, const QJsonObject &body, const QString &mediaType,
                     const QString &content);
    QString checkContent(const QString &mediaType, const QString &content) const;
    void start(Customer &c, Customer::Mode mode);

    const Scenario &m_scenario;
    QString m_channelId;
    Parts m_parts;
};

} // namespace cec::sim
