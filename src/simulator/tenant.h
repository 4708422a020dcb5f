// The simulated CEC tenant behind the API: customer sessions, the scripted bot and agent, the agent
// queue, stored files, history, surveys, left messages and click-to-call signalling. It knows
// nothing about HTTP authentication; the caller passes the customer identified by the token.
#pragma once

#include "callmedia.h"
#include "httpfront.h"
#include "scenario.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <memory>

namespace cec::sim {

class Tenant final : public QObject
{
    Q_OBJECT
public:
    Tenant(const Scenario &scenario, QString channelId, QObject *parent = nullptr);
    ~Tenant() override;

    const QString &channelId() const { return m_channelId; }
    void setGatewayAddresses(const QStringList &addresses) { m_gatewayAddresses = addresses; }
    // Without media (nullptr) 168101 goes out on schedule and nobody answers the gateway.
    void setCallMedia(CallMedia *media) { m_media = media; }
    void registerCustomer(const QString &userId, const QString &userName, const QString &locale);

    // Endpoints; userId is the customer the ccmessaging-token belongs to.
    QJsonObject send(const QString &userId, const QJsonObject &body);
    void poll(const QString &userId, const HttpRequest &request, const PendingResponsePtr &reply);
    QJsonObject queryQueueInfo(const QString &userId, const QJsonObject &body);
    QJsonObject uploadFile(const QString &userId, const QJsonObject &body);
    QJsonObject downloadFile(const QJsonObject &body) const;
    QJsonObject queryHistory(const QString &userId, const QJsonObject &body) const;
    QJsonObject surveyMode() const;
    QJsonObject saveSatisfaction(const QString &userId, const QJsonObject &body);
    QJsonObject leaveMessage(const QString &userId, const QJsonObject &body);
    QJsonObject checkClickToCall(const HttpRequest &request) const;
    QJsonObject createClickToCall(const QString &userId, const QJsonObject &body);
    void clickToCallEvents(const QString &userId, const HttpRequest &request,
                           const PendingResponsePtr &reply);
    QJsonObject dropClickToCall(const QString &userId, const QJsonObject &body);

    // Control API: each returns an error text, empty on success.
    QString agentSay(const QString &userId, const QString &text);
    // A notice with sourceType SYSTEM, in whatever language the tenant uses.
    QString systemSay(const QString &userId, const QString &text);
    QString agentTyping(const QString &userId);
    QString agentRead(const QString &userId);
    QString agentFile(const QString &userId, const QString &fileName, const QString &fileType,
                      const QByteArray &bytes, bool mediaLibrary, QString *key);
    QString agentLeave(const QString &userId, const QString &text = {});
    QString callRelease(const QString &userId, const QString &causeDesc);
    QString callFail(const QString &userId, const QString &causeDesc);
    QString callTransfer(const QString &userId);
    QJsonObject state(const QString &userId) const;

    // From the gateway: the customer's SIP BYE/CANCEL ended the call (state "dropped", no event:
    // the customer knows), or the agent peer refused the INVITE (168105 with the SIP status).
    void customerHungUp(const QString &userId);
    void mediaRejected(const QString &userId, int status, const QString &reason);

private:
    struct Customer;
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
    struct StoredFile
    {
        QByteArray bytes;
        QString type;
        QString name;
    };

    Customer &customer(const QString &userId);
    const Customer *findCustomer(const QString &userId) const;
    static bool isConnected(const Customer &c);
    static QString modeName(Mode mode);
    static QString callStateName(CallState state);

    // Runs fn later unless the session (or, for calls, the call) it belongs to has ended since.
    void later(const Customer &c, int ms, std::function<void(Customer &)> fn);
    void laterInCall(const Customer &c, int ms, std::function<void(Customer &)> fn);

    QJsonObject connect(Customer &c);
    QJsonObject disconnect(Customer &c);
    QJsonObject transferToAgent(Customer &c);
    QJsonObject chat(Customer &c, const QJsonObject &body, const QString &mediaType,
                     const QString &content);
    QString checkContent(const QString &mediaType, const QString &content) const;

    void startSession(Customer &c, Mode mode);
    void endSession(Customer &c);
    void enterQueue(Customer &c);
    void queueStep(Customer &c);
    void agentJoins(Customer &c);
    void botAnswer(Customer &c, const QString &text);
    void agentAnswer(Customer &c, const QString &mediaType, const QString &text);

    QJsonObject downlink(Customer &c, const QString &controlType, const QString &sourceType,
                         const QString &content, const QString &mediaType = QStringLiteral("TEXT"));
    void deliver(Customer &c, QJsonObject message);
    void sayText(Customer &c, const QString &sourceType, const QString &text,
                 const QJsonValue &simQuestions = QJsonValue::Null);
    void sendReadNotice(Customer &c);
    void sendTyping(Customer &c);
    void recordHistory(Customer &c, const QJsonObject &message, const QString &sourceType);
    void flushPoll(Customer &c);

    void pushCallEvent(Customer &c, QJsonObject event);
    void flushCallEvents(Customer &c);
    void callOutcome(Customer &c);
    void announceSetup(Customer &c);
    void endCall(Customer &c, CallState state, int eventId, const QString &desc,
                 const QString &causeDesc);

    const Scenario &m_scenario;
    QString m_channelId;
    QStringList m_gatewayAddresses;
    CallMedia *m_media = nullptr;
    std::map<QString, std::unique_ptr<Customer>> m_customers;
    QHash<QString, StoredFile> m_localFiles;   // "local/<key>" on download
    QHash<QString, StoredFile> m_libraryFiles; // media-library ids
    quint64 m_serial = 0;
    qint64 m_historyId = 0;
};

} // namespace cec::sim
