// The simulated CEC tenant behind the API. It owns the parts that do the work (ChatSession,
// Outbox, Bot, AgentQueue, ScriptedAgent, FileStore, History, Feedback, ClickToCall, all over
// the Customers registry) and routes each endpoint to the one that serves it, so the server and
// the control API see one object. It knows nothing about HTTP authentication; the caller passes
// the customer identified by the token.
#pragma once

#include "agentqueue.h"
#include "bot.h"
#include "callmedia.h"
#include "chatsession.h"
#include "clicktocall.h"
#include "customers.h"
#include "feedback.h"
#include "filestore.h"
#include "history.h"
#include "httpfront.h"
#include "outbox.h"
#include "scenario.h"
#include "scriptedagent.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace cec::sim {

class Tenant final : public QObject
{
    Q_OBJECT
public:
    Tenant(const Scenario &scenario, QString channelId, QObject *parent = nullptr);
    ~Tenant() override;

    const QString &channelId() const { return m_channelId; }
    void setGatewayAddresses(const QStringList &addresses)
    {
        m_clickToCall.setGatewayAddresses(addresses);
    }
    // Without media (nullptr) 168101 goes out on schedule and nobody answers the gateway.
    void setCallMedia(CallMedia *media) { m_clickToCall.setCallMedia(media); }
    void registerCustomer(const QString &userId, const QString &userName, const QString &locale);

    // Endpoints; userId is the customer the ccmessaging-token belongs to.
    QJsonObject send(const QString &userId, const QJsonObject &body)
    {
        return m_session.send(userId, body);
    }
    void poll(const QString &userId, const HttpRequest &request, const PendingResponsePtr &reply)
    {
        m_outbox.poll(userId, request, reply);
    }
    QJsonObject queryQueueInfo(const QString &userId, const QJsonObject &body)
    {
        return m_queue.queryQueueInfo(userId, body);
    }
    QJsonObject uploadFile(const QString &userId, const QJsonObject &body)
    {
        return m_files.upload(userId, body);
    }
    QJsonObject downloadFile(const QJsonObject &body) const { return m_files.download(body); }
    QJsonObject queryHistory(const QString &userId, const QJsonObject &body) const
    {
        return m_history.query(userId, body);
    }
    QJsonObject surveyMode() const { return m_feedback.surveyMode(); }
    QJsonObject saveSatisfaction(const QString &userId, const QJsonObject &body)
    {
        return m_feedback.saveSatisfaction(userId, body);
    }
    QJsonObject leaveMessage(const QString &userId, const QJsonObject &body)
    {
        return m_feedback.leaveMessage(userId, body);
    }
    QJsonObject checkClickToCall(const HttpRequest &request) const
    {
        return m_clickToCall.check(request);
    }
    QJsonObject createClickToCall(const QString &userId, const QJsonObject &body)
    {
        return m_clickToCall.create(userId, body);
    }
    void clickToCallEvents(const QString &userId, const HttpRequest &request,
                           const PendingResponsePtr &reply)
    {
        m_clickToCall.events(userId, request, reply);
    }
    QJsonObject dropClickToCall(const QString &userId, const QJsonObject &body)
    {
        return m_clickToCall.drop(userId, body);
    }

    // Control API: each returns an error text, empty on success.
    QString agentSay(const QString &userId, const QString &text)
    {
        return m_agent.say(userId, text);
    }
    // A notice with sourceType SYSTEM, in whatever language the tenant uses.
    QString systemSay(const QString &userId, const QString &text)
    {
        return m_agent.systemSay(userId, text);
    }
    QString agentTyping(const QString &userId) { return m_agent.typing(userId); }
    QString agentRead(const QString &userId) { return m_agent.read(userId); }
    QString agentFile(const QString &userId, const QString &fileName, const QString &fileType,
                      const QByteArray &bytes, bool mediaLibrary, QString *key)
    {
        return m_agent.sendFile(userId, fileName, fileType, bytes, mediaLibrary, key);
    }
    QString agentLeave(const QString &userId, const QString &text = {})
    {
        return m_agent.leave(userId, text);
    }
    QString callRelease(const QString &userId, const QString &causeDesc)
    {
        return m_clickToCall.release(userId, causeDesc);
    }
    QString callFail(const QString &userId, const QString &causeDesc)
    {
        return m_clickToCall.fail(userId, causeDesc);
    }
    QString callTransfer(const QString &userId) { return m_clickToCall.transfer(userId); }
    QJsonObject state(const QString &userId) const;

    // From the gateway: the customer's SIP BYE/CANCEL ended the call (state "dropped", no event:
    // the customer knows), or the agent peer refused the INVITE (168105 with the SIP status).
    void customerHungUp(const QString &userId) { m_clickToCall.customerHungUp(userId); }
    void mediaRejected(const QString &userId, int status, const QString &reason)
    {
        m_clickToCall.mediaRejected(userId, status, reason);
    }

private:
    QString m_channelId;
    Customers m_customers;
    History m_history;
    Outbox m_outbox;
    FileStore m_files;
    Bot m_bot;
    AgentQueue m_queue;
    ScriptedAgent m_agent;
    ChatSession m_session;
    Feedback m_feedback;
    ClickToCall m_clickToCall;
};

} // namespace cec::sim
