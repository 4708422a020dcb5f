#include "scriptedagent.h"

#include "filestore.h"
#include "history.h"
#include "outbox.h"
#include "scenario.h"
#include "tenantcommon_p.h"

#include <protocol/protocol.h>

namespace cec::sim {

namespace proto = cec::protocol;

namespace {

bool isImageType(const QString &type)
{
    static const QStringList images{u"jpg"_s, u"jpeg"_s, u"png"_s, u"bmp"_s};
    return images.contains(type.toLower());
}

} // namespace

ScriptedAgent::ScriptedAgent(const Scenario &scenario, Customers &customers, Outbox &outbox,
                             History &history, FileStore &files)
    : m_scenario(scenario)
    , m_customers(customers)
    , m_outbox(outbox)
    , m_history(history)
    , m_files(files)
{}

void ScriptedAgent::answer(Customer &c, const QString &mediaType, const QString &content)
{
    // A human reads first, types, then answers: READ and typing notices at half the delay.
    const int delay = m_scenario.agentReplyDelayMs;
    const QString reply = mediaType == "TEXT"_L1
                              ? u"Thanks, I see: \"%1\". Let me check that for you."_s.arg(content)
                              : u"Thank you, I have received your file."_s;
    m_customers.later(c, delay / 2, [this](Customer &target) {
        m_outbox.sendReadNotice(target);
        m_outbox.sendTyping(target);
    });
    m_customers.later(
        c, delay, [this, reply](Customer &target) { m_outbox.sayText(target, u"AGENT"_s, reply); });
}

Customer *ScriptedAgent::connected(const QString &userId, QString *error)
{
    Customer &c = m_customers.customer(userId);
    if (c.isConnected())
        return &c;
    *error = u"customer %1 has no connected chat session"_s.arg(userId);
    return nullptr;
}

QString ScriptedAgent::say(const QString &userId, const QString &message)
{
    QString error;
    if (Customer *c = connected(userId, &error))
        m_outbox.sayText(*c, c->mode == Customer::Mode::Robot ? u"ROBOT"_s : u"AGENT"_s, message);
    return error;
}

QString ScriptedAgent::systemSay(const QString &userId, const QString &message)
{
    QString error;
    if (Customer *c = connected(userId, &error))
        m_outbox.sayText(*c, u"SYSTEM"_s, message);
    return error;
}

QString ScriptedAgent::typing(const QString &userId)
{
    QString error;
    if (Customer *c = connected(userId, &error))
        m_outbox.sendTyping(*c);
    return error;
}

QString ScriptedAgent::read(const QString &userId)
{
    QString error;
    if (Customer *c = connected(userId, &error))
        m_outbox.sendReadNotice(*c);
    return error;
}

QString ScriptedAgent::sendFile(const QString &userId, const QString &fileName,
                                const QString &fileType, const QByteArray &bytes, bool mediaLibrary,
                                QString *key)
{
    QString error;
    Customer *c = connected(userId, &error);
    if (!c)
        return error;
    if (!proto::isDownloadFileType(fileType))
        return u"fileType %1 is not a downloadable type"_s.arg(fileType);
    *key = m_files.storeAgentFile(bytes, fileType, fileName, mediaLibrary);
    QJsonObject message =
        m_outbox.downlink(*c, u"CHAT"_s, c->mode == Customer::Mode::Robot ? u"ROBOT"_s : u"AGENT"_s,
                          *key, isImageType(fileType) ? u"IMAGE"_s : u"FILE"_s);
    message.insert(u"contentType"_s,
                   mediaLibrary ? QJsonValue(QJsonValue::Null) : QJsonValue(u"1"_s));
    message.insert(u"mediaFileType"_s, fileType.toLower());
    m_history.record(c->userId, message, message.value(u"sourceType"_s).toString());
    m_outbox.deliver(*c, message);
    return {};
}

QString ScriptedAgent::leave(const QString &userId, const QString &text)
{
    QString error;
    Customer *c = connected(userId, &error);
    if (!c)
        return error;
    const QJsonObject message =
        m_outbox.downlink(*c, u"DISCONNECT"_s, u"AGENT"_s,
                          text.isEmpty() ? u"The agent has ended the chat."_s : text);
    ++c->generation; // stop scripted replies, but keep the DISCONNECT for the next poll
    c->mode = Customer::Mode::Ended;
    c->unreadCodes.clear();
    m_outbox.deliver(*c, message);
    return {};
}

} // namespace cec::sim
