#include "chatsession.h"

#include "agentqueue.h"
#include "bot.h"
#include "filestore.h"
#include "history.h"
#include "outbox.h"
#include "scenario.h"
#include "scriptedagent.h"
#include "tenantcommon_p.h"

#include <QJsonDocument>

#include <protocol/protocol.h>

namespace cec::sim {

namespace proto = cec::protocol;
using Mode = Customer::Mode;

ChatSession::ChatSession(const Scenario &scenario, QString channelId, Parts parts)
    : m_scenario(scenario)
    , m_channelId(std::move(channelId))
    , m_parts(parts)
{}

QJsonObject ChatSession::send(const QString &userId, const QJsonObject &body)
{
    for (const QString &key :
         {u"channel"_s, u"controlType"_s, u"mediaType"_s, u"from"_s, u"to"_s, u"sourceType"_s}) {
        if (text(body, key).isEmpty())
            return result(proto::result::kMissingParameter, u"parameter %1 is missing"_s.arg(key));
    }
    if (text(body, u"channel"_s) != proto::kChannelWeb)
        return result(proto::result::kBadParameter, u"channel must be WEB"_s);
    const auto control = proto::controlTypeFromString(text(body, u"controlType"_s));
    if (!control || text(body, u"controlType"_s) != proto::toString(*control))
        return result(proto::result::kBadParameter, u"controlType is invalid"_s);
    const auto media = proto::mediaTypeFromString(text(body, u"mediaType"_s));
    if (!media || *media == proto::MediaType::Locate || *media == proto::MediaType::Document ||
        text(body, u"mediaType"_s) != proto::toString(*media)) {
        return result(proto::result::kBadParameter, u"mediaType is invalid"_s);
    }
    const QString from = text(body, u"from"_s);
    if (from.size() > proto::kMaxUserIdLength)
        return result(proto::result::kBadParameter, u"from must be 1-24 characters"_s);
    if (from != userId)
        return result(proto::result::kBadParameter,
                      u"from does not match the user of the ccmessaging-token"_s);
    if (text(body, u"to"_s) != m_channelId)
        return result(proto::result::kBadParameter,
                      u"to must be the channel configuration ID of the WEB channel"_s);
    if (text(body, u"sourceType"_s) != proto::kSourceCustomer)
        return result(proto::result::kBadParameter, u"sourceType must be CUSTOMER"_s);
    const QString content = text(body, u"content"_s);
    const QString mediaType = proto::toString(*media);
    if (*media == proto::MediaType::Text && content.toUtf8().size() > proto::kMaxTextBytes) {
        return result(
            proto::result::kBadParameter,
            u"content is too long: TEXT content must not exceed 1024 bytes (UTF-8), got %1"_s.arg(
                content.toUtf8().size()));
    }

    Customer &c = m_parts.customers.customer(userId);
    if (!body.value(u"senderNickname"_s).toString().isEmpty())
        c.userName = body.value(u"senderNickname"_s).toString();
    switch (*control) {
    case proto::ControlType::Connect:
        return connect(c);
    case proto::ControlType::Disconnect:
        return disconnect(c);
    case proto::ControlType::Trans2Agent:
        return transferToAgent(c);
    case proto::ControlType::Chat:
        return chat(c, body, mediaType, content);
    case proto::ControlType::Input:
    case proto::ControlType::Read:
        if (!c.isConnected())
            return result(proto::result::kProcessingFailure, kNotConnected);
        return result(proto::result::kOk, QString());
    }
    return result(proto::result::kBadParameter, u"controlType is invalid"_s);
}

QJsonObject ChatSession::connect(Customer &c)
{
    const bool toAgent = m_scenario.connectTarget == "agent"_L1;
    if (c.isConnected()) {
        // A repeated CONNECT keeps the running session (no second greeting).
        return result(proto::result::kOk, c.mode == Mode::Robot
                                              ? u"connect to robot successfully."_s
                                              : u"connect to agent successfully."_s);
    }
    if (toAgent) {
        if (!m_scenario.workingHours)
            return result(proto::result::kOutsideWorkingHours, kOutsideHours);
        start(c, Mode::Queue);
        m_parts.queue.enter(c);
        return result(proto::result::kOk, u"connect to agent successfully."_s);
    }
    start(c, Mode::Robot);
    m_parts.bot.greet(c);
    return result(proto::result::kOk, u"connect to robot successfully."_s);
}

QJsonObject ChatSession::disconnect(Customer &c)
{
    if (!c.isConnected())
        return result(proto::result::kProcessingFailure, u"disconnect failed"_s);
    const bool robot = c.mode == Mode::Robot;
    end(c);
    return result(proto::result::kOk,
                  robot ? u"Disconnect robot successfully"_s : u"disconnect successfully"_s);
}

QJsonObject ChatSession::transferToAgent(Customer &c)
{
    if (!c.isConnected())
        return result(proto::result::kProcessingFailure,
                      u"fail to transfer from robot to agent,session keep touch failed."_s);
    if (c.mode != Mode::Robot)
        return result(proto::result::kProcessingFailure,
                      u"fail to transfer from robot to agent,it has been agent service."_s);
    if (!m_scenario.workingHours)
        return result(proto::result::kOutsideWorkingHours, kOutsideHours);
    c.mode = Mode::Queue;
    m_parts.queue.enter(c);
    return result(proto::result::kOk, u"transfer to agent successfully."_s);
}

QString ChatSession::checkContent(const QString &mediaType, const QString &content) const
{
    const auto knownKey = [this](const QString &key) {
        return m_parts.files.hasLocal(key.trimmed());
    };
    if (mediaType == "TEXT"_L1)
        return content.trimmed().isEmpty() ? u"content must not be empty"_s : QString();
    if (mediaType == "FILE"_L1) {
        // "fileName,fileSizeBytes,objectKey,fileType"; a file name may itself contain commas.
        const QStringList parts = content.split(u',');
        if (parts.size() < 4)
            return u"FILE content must be \"fileName,fileSizeBytes,objectKey,fileType\""_s;
        bool sizeOk = false;
        parts.at(parts.size() - 3).trimmed().toLongLong(&sizeOk);
        if (!sizeOk)
            return u"FILE content: fileSizeBytes is not a number"_s;
        if (!knownKey(parts.at(parts.size() - 2)))
            return u"FILE content: objectKey was not uploaded"_s;
        return {};
    }
    if (mediaType == "WEBCARD"_L1) {
        const QJsonObject card = QJsonDocument::fromJson(content.toUtf8()).object();
        if (card.value(u"redirectUrl"_s).toString().isEmpty() &&
            card.value(u"mediaFileId"_s).toString().isEmpty()) {
            return u"WEBCARD content must be a JSON object with redirectUrl or mediaFileId"_s;
        }
        return {};
    }
    // IMAGE / AUDIO / VIDEO: "objectKey" (or the older "objectKey,ext"); FILE_IMAGE / FILE_VIDEO:
    // "objectKey,ext".
    if (!knownKey(content.section(u',', 0, 0)))
        return u"%1 content must reference an uploaded objectKey"_s.arg(mediaType);
    return {};
}

QJsonObject ChatSession::chat(Customer &c, const QJsonObject &body, const QString &mediaType,
                              const QString &content)
{
    if (!c.isConnected())
        return result(proto::result::kProcessingFailure, kNotConnected);
    if (const QString problem = checkContent(mediaType, content); !problem.isEmpty())
        return result(proto::result::kBadParameter, problem);

    QJsonObject message{{u"channel"_s, QString(proto::kChannelWeb)},
                        {u"controlType"_s, u"CHAT"_s},
                        {u"mediaType"_s, mediaType},
                        {u"content"_s, content},
                        {u"senderNickname"_s, body.value(u"senderNickname"_s).toString(c.userName)},
                        {u"senderAvatar"_s, body.value(u"senderAvatar"_s)},
                        {u"timestamp"_s, nowMs()},
                        {u"messageCode"_s, newKey()},
                        {u"callId"_s, c.callId}};
    m_parts.history.record(c.userId, message, u"USER"_s);

    if (c.mode == Mode::Robot) {
        m_parts.bot.answer(c, mediaType == "TEXT"_L1 ? content : QString());
        return result(proto::result::kOk, u"Send message to robot successfully"_s);
    }
    c.unreadCodes << message.value(u"messageCode"_s).toString();
    if (c.mode == Mode::Agent)
        m_parts.agent.answer(c, mediaType, content);
    return result(proto::result::kOk, u"sendUserMessage successfully."_s);
}

void ChatSession::start(Customer &c, Mode mode)
{
    ++c.generation;
    c.mode = mode;
    c.everConnected = true;
    c.callId = u"%1-%2"_s.arg(nowMs()).arg(m_parts.customers.nextSerial());
    c.outbox.clear();
    c.unreadCodes.clear();
    c.interIdx = 0;
}

void ChatSession::end(Customer &c)
{
    ++c.generation;
    c.mode = Mode::Ended;
    c.outbox.clear();
    c.unreadCodes.clear();
    m_parts.outbox.flushPoll(c); // a held poll answers now, empty
}

} // namespace cec::sim
