#include "tenant.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

#include <protocol/protocol.h>

#include <cmath>

Q_DECLARE_LOGGING_CATEGORY(lcSim)

namespace cec::sim {

using namespace Qt::StringLiterals;
namespace proto = cec::protocol;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject result(QLatin1StringView code, const QString &desc)
{
    return {{u"resultCode"_s, QString(code)}, {u"resultDesc"_s, desc}};
}

// Bodies carry numbers as strings in the docs, but clients differ; accept both.
QString text(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

bool isImageType(const QString &type)
{
    static const QStringList images{u"jpg"_s, u"jpeg"_s, u"png"_s, u"bmp"_s};
    return images.contains(type.toLower());
}

const auto kNotConnected =
    u"sendUserMessage failed: no chat session is connected; send CONNECT first."_s;
const auto kOutsideHours =
    u"The current time is not within the working time of the service agents"_s;

} // namespace

struct Tenant::Customer
{
    struct Poll
    {
        PendingResponsePtr reply;
        bool needRead = false;
        quint64 serial = 0;
    };

    QString userId;
    QString userName;
    QString locale;
    Mode mode = Mode::None;
    quint64 generation = 0; // bumped whenever a session starts or ends: stale timers compare it
    QString callId;
    bool everConnected = false;
    QList<QJsonObject> outbox;
    QStringList unreadCodes; // customer messageCodes the agent has not read yet
    QList<QJsonObject> history;
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

Tenant::Tenant(const Scenario &scenario, QString channelId, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_channelId(std::move(channelId))
{}

Tenant::~Tenant() = default;

void Tenant::registerCustomer(const QString &userId, const QString &userName, const QString &locale)
{
    Customer &c = customer(userId);
    c.userName = userName;
    c.locale = locale;
}

Tenant::Customer &Tenant::customer(const QString &userId)
{
    auto &slot = m_customers[userId];
    if (!slot) {
        slot = std::make_unique<Customer>();
        slot->userId = userId;
        slot->userName = userId;
    }
    return *slot;
}

const Tenant::Customer *Tenant::findCustomer(const QString &userId) const
{
    const auto it = m_customers.find(userId);
    return it == m_customers.end() ? nullptr : it->second.get();
}

bool Tenant::isConnected(const Customer &c)
{
    return c.mode == Mode::Robot || c.mode == Mode::Queue || c.mode == Mode::Agent;
}

QString Tenant::modeName(Mode mode)
{
    switch (mode) {
    case Mode::None:
        return u"none"_s;
    case Mode::Robot:
        return u"robot"_s;
    case Mode::Queue:
        return u"queue"_s;
    case Mode::Agent:
        return u"agent"_s;
    case Mode::Ended:
        return u"ended"_s;
    }
    return {};
}

QString Tenant::callStateName(CallState state)
{
    switch (state) {
    case CallState::None:
        return u"none"_s;
    case CallState::Queuing:
        return u"queuing"_s;
    case CallState::Setup:
        return u"setup"_s;
    case CallState::Released:
        return u"released"_s;
    case CallState::Failed:
        return u"failed"_s;
    case CallState::Dropped:
        return u"dropped"_s;
    }
    return {};
}

void Tenant::later(const Customer &c, int ms, std::function<void(Customer &)> fn)
{
    QTimer::singleShot(ms, Qt::PreciseTimer, this,
                       [this, userId = c.userId, generation = c.generation, fn] {
                           Customer &target = customer(userId);
                           if (target.generation == generation)
                               fn(target);
                       });
}

void Tenant::laterInCall(const Customer &c, int ms, std::function<void(Customer &)> fn)
{
    QTimer::singleShot(ms, Qt::PreciseTimer, this,
                       [this, userId = c.userId, generation = c.callGeneration, fn] {
                           Customer &target = customer(userId);
                           if (target.callGeneration == generation)
                               fn(target);
                       });
}

// ---------------------------------------------------------------------------------------- send

QJsonObject Tenant::send(const QString &userId, const QJsonObject &body)
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

    Customer &c = customer(userId);
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
        if (!isConnected(c))
            return result(proto::result::kProcessingFailure, kNotConnected);
        return result(proto::result::kOk, QString());
    }
    return result(proto::result::kBadParameter, u"controlType is invalid"_s);
}

QJsonObject Tenant::connect(Customer &c)
{
    const bool toAgent = m_scenario.connectTarget == "agent"_L1;
    if (isConnected(c)) {
        // A repeated CONNECT keeps the running session (no second greeting).
        return result(proto::result::kOk, c.mode == Mode::Robot
                                              ? u"connect to robot successfully."_s
                                              : u"connect to agent successfully."_s);
    }
    if (toAgent) {
        if (!m_scenario.workingHours)
            return result(proto::result::kOutsideWorkingHours, kOutsideHours);
        startSession(c, Mode::Queue);
        enterQueue(c);
        return result(proto::result::kOk, u"connect to agent successfully."_s);
    }
    startSession(c, Mode::Robot);
    const QJsonValue questions =
        m_scenario.bot.suggestions.isEmpty()
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(m_scenario.bot.suggestions))
                      .toJson(QJsonDocument::Compact)));
    sayText(c, u"ROBOT"_s, m_scenario.bot.greeting, questions);
    return result(proto::result::kOk, u"connect to robot successfully."_s);
}

QJsonObject Tenant::disconnect(Customer &c)
{
    if (!isConnected(c))
        return result(proto::result::kProcessingFailure, u"disconnect failed"_s);
    const bool robot = c.mode == Mode::Robot;
    endSession(c);
    return result(proto::result::kOk,
                  robot ? u"Disconnect robot successfully"_s : u"disconnect successfully"_s);
}

QJsonObject Tenant::transferToAgent(Customer &c)
{
    if (!isConnected(c))
        return result(proto::result::kProcessingFailure,
                      u"fail to transfer from robot to agent,session keep touch failed."_s);
    if (c.mode != Mode::Robot)
        return result(proto::result::kProcessingFailure,
                      u"fail to transfer from robot to agent,it has been agent service."_s);
    if (!m_scenario.workingHours)
        return result(proto::result::kOutsideWorkingHours, kOutsideHours);
    c.mode = Mode::Queue;
    enterQueue(c);
    return result(proto::result::kOk, u"transfer to agent successfully."_s);
}

QString Tenant::checkContent(const QString &mediaType, const QString &content) const
{
    const auto knownKey = [this](const QString &key) {
        return m_localFiles.contains(key.trimmed());
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

QJsonObject Tenant::chat(Customer &c, const QJsonObject &body, const QString &mediaType,
                         const QString &content)
{
    if (!isConnected(c))
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
    recordHistory(c, message, u"USER"_s);

    if (c.mode == Mode::Robot) {
        botAnswer(c, mediaType == "TEXT"_L1 ? content : QString());
        return result(proto::result::kOk, u"Send message to robot successfully"_s);
    }
    c.unreadCodes << message.value(u"messageCode"_s).toString();
    if (c.mode == Mode::Agent)
        agentAnswer(c, mediaType, content);
    return result(proto::result::kOk, u"sendUserMessage successfully."_s);
}

// --------------------------------------------------------------------------- session script

void Tenant::startSession(Customer &c, Mode mode)
{
    ++c.generation;
    c.mode = mode;
    c.everConnected = true;
    c.callId = u"%1-%2"_s.arg(nowMs()).arg(++m_serial);
    c.outbox.clear();
    c.unreadCodes.clear();
    c.interIdx = 0;
}

void Tenant::endSession(Customer &c)
{
    ++c.generation;
    c.mode = Mode::Ended;
    c.outbox.clear();
    c.unreadCodes.clear();
    flushPoll(c); // a held poll answers now, empty
}

void Tenant::enterQueue(Customer &c)
{
    c.queuePosition = m_scenario.queueLength;
    c.queuedAtMs = nowMs();
    if (c.queuePosition <= 0) {
        agentJoins(c);
        return;
    }
    sayText(c, u"SYSTEM"_s,
            u"Transferring you to an agent. Customers ahead of you: %1."_s.arg(c.queuePosition));
    later(c, m_scenario.queueStepMs, [this](Customer &target) { queueStep(target); });
}

void Tenant::queueStep(Customer &c)
{
    if (c.mode != Mode::Queue)
        return;
    if (--c.queuePosition <= 0) {
        agentJoins(c);
        return;
    }
    later(c, m_scenario.queueStepMs, [this](Customer &target) { queueStep(target); });
}

void Tenant::agentJoins(Customer &c)
{
    c.mode = Mode::Agent;
    c.queuePosition = 0;
    sayText(c, u"SYSTEM"_s, u"agent connected"_s);
    sayText(c, u"AGENT"_s,
            u"Hello, this is %1. How can I help you today?"_s.arg(m_scenario.agentName));
}

void Tenant::botAnswer(Customer &c, const QString &question)
{
    for (const BotAnswer &answer : m_scenario.bot.answers) {
        const QStringList alternatives = answer.match.split(u'|', Qt::SkipEmptyParts);
        for (const QString &keyword : alternatives) {
            if (question.contains(keyword.trimmed(), Qt::CaseInsensitive)) {
                sayText(c, u"ROBOT"_s, answer.reply);
                return;
            }
        }
    }
    sayText(c, u"ROBOT"_s, m_scenario.bot.fallback);
}

void Tenant::agentAnswer(Customer &c, const QString &mediaType, const QString &content)
{
    // A human reads first, types, then answers: READ and typing notices at half the delay.
    const int delay = m_scenario.agentReplyDelayMs;
    const QString reply = mediaType == "TEXT"_L1
                              ? u"Thanks, I see: \"%1\". Let me check that for you."_s.arg(content)
                              : u"Thank you, I have received your file."_s;
    later(c, delay / 2, [this](Customer &target) {
        sendReadNotice(target);
        sendTyping(target);
    });
    later(c, delay, [this, reply](Customer &target) { sayText(target, u"AGENT"_s, reply); });
}

// ---------------------------------------------------------------------------------- downlinks

QJsonObject Tenant::downlink(Customer &c, const QString &controlType, const QString &sourceType,
                             const QString &content, const QString &mediaType)
{
    QString nickname;
    if (sourceType == "ROBOT"_L1)
        nickname = m_scenario.botName;
    else if (sourceType == "AGENT"_L1)
        nickname = m_scenario.agentName;
    else
        nickname = u"system"_s;
    const qint64 now = nowMs();
    return {
        {u"from"_s, m_channelId},
        {u"to"_s, c.userId},
        {u"channel"_s, QString(proto::kChannelWeb)},
        {u"controlType"_s, controlType},
        {u"mediaType"_s, mediaType},
        {u"content"_s, content},
        {u"senderNickname"_s, nickname},
        {u"senderAvatar"_s, QJsonValue::Null},
        {u"sourceType"_s, sourceType},
        {u"timestamp"_s, now},
        {u"receiveTime"_s, now},
        {u"messageCode"_s, newKey()},
        {u"callId"_s, c.callId},
        {u"simQuestions"_s, QJsonValue::Null},
        {u"interIdx"_s, sourceType == "ROBOT"_L1 ? QJsonValue(QString::number(++c.interIdx))
                                                 : QJsonValue(QJsonValue::Null)},
        {u"isOfflineStatus"_s, false},
        {u"queueFlag"_s, c.mode == Mode::Queue ? QJsonValue(u"Y"_s) : QJsonValue(QJsonValue::Null)},
        {u"contentType"_s, QJsonValue::Null},
        {u"mediaFileType"_s, QJsonValue::Null},
        {u"robotGender"_s,
         sourceType == "ROBOT"_L1 ? QJsonValue(u"MALE"_s) : QJsonValue(QJsonValue::Null)},
    };
}

void Tenant::sayText(Customer &c, const QString &sourceType, const QString &text,
                     const QJsonValue &simQuestions)
{
    // Downlink content is limited to 500 characters; longer texts arrive as several messages.
    QString rest = text.isEmpty() ? u" "_s : text;
    bool first = true;
    while (!rest.isEmpty()) {
        QJsonObject message =
            downlink(c, u"CHAT"_s, sourceType, rest.left(proto::kMaxDownlinkContentLength));
        rest.remove(0, proto::kMaxDownlinkContentLength);
        if (first)
            message.insert(u"simQuestions"_s, simQuestions);
        first = false;
        recordHistory(c, message, sourceType);
        deliver(c, message);
    }
}

void Tenant::sendReadNotice(Customer &c)
{
    if (c.unreadCodes.isEmpty())
        return;
    const QString codes = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(c.unreadCodes)).toJson(QJsonDocument::Compact));
    c.unreadCodes.clear();
    deliver(c, downlink(c, u"READ"_s, u"AGENT"_s, codes));
}

void Tenant::sendTyping(Customer &c)
{
    // Not documented for the downlink: the customer's own typing notice is controlType INPUT, so
    // the agent's is the same shape coming the other way, with empty content.
    deliver(c, downlink(c, u"INPUT"_s, u"AGENT"_s, QString()));
}

void Tenant::recordHistory(Customer &c, const QJsonObject &message, const QString &sourceType)
{
    const qint64 time = message.value(u"timestamp"_s).toInteger();
    c.history.append({
        {u"id"_s, QString::number(++m_historyId)},
        {u"channel"_s, QString(proto::kChannelWeb)},
        {u"senderNickname"_s, message.value(u"senderNickname"_s)},
        {u"senderAvatar"_s, message.value(u"senderAvatar"_s)},
        {u"sendTime"_s, time},
        {u"receiveTime"_s, time},
        {u"controlType"_s, message.value(u"controlType"_s)},
        {u"sourceType"_s, sourceType},
        {u"mediaType"_s, message.value(u"mediaType"_s)},
        {u"content"_s, message.value(u"content"_s)},
        {u"callId"_s, message.value(u"callId"_s)},
        {u"messageCode"_s, message.value(u"messageCode"_s)},
        {u"associationContentId"_s, QJsonValue::Null},
        {u"sendStatus"_s, QJsonValue::Null},
        {u"errorMsg"_s, QJsonValue::Null},
        {u"isForwarded"_s, QJsonValue::Null},
        {u"forwardTime"_s, QJsonValue::Null},
        {u"contentDealType"_s, QJsonValue::Null},
    });
}

void Tenant::deliver(Customer &c, QJsonObject message)
{
    c.outbox.append(std::move(message));
    const bool isRead = c.outbox.constLast().value(u"controlType"_s).toString() == "READ"_L1;
    if (c.poll.reply && (!isRead || c.poll.needRead))
        flushPoll(c);
}

void Tenant::flushPoll(Customer &c)
{
    Customer::Poll waiting = std::exchange(c.poll, {});
    if (!waiting.reply)
        return;
    if (!waiting.reply->isOpen())
        return; // client went away: the messages stay for its next poll
    QJsonArray messages;
    for (const QJsonObject &message : std::as_const(c.outbox)) {
        // READ notices only go to clients that ask for them; the others never see them.
        if (message.value(u"controlType"_s).toString() != "READ"_L1 || waiting.needRead)
            messages.append(message);
    }
    c.outbox.clear();
    QJsonObject body = result(proto::result::kOk, u"query user messages success."_s);
    body.insert(u"downlinkMessages"_s, messages);
    waiting.reply->send(HttpReply::json(body));
}

void Tenant::poll(const QString &userId, const HttpRequest &request,
                  const PendingResponsePtr &reply)
{
    const QString receiverId = request.queryValue("receiverId"_L1);
    const QString channel = request.queryValue("channel"_L1);
    if (receiverId.isEmpty() || channel.isEmpty())
        return reply->send(HttpReply::json(
            result(proto::result::kMissingParameter, u"receiverId and channel are required"_s)));
    if (channel != proto::kChannelWeb)
        return reply->send(
            HttpReply::json(result(proto::result::kBadParameter, u"channel must be WEB"_s)));
    if (receiverId != userId)
        return reply->send(HttpReply::json(result(
            proto::result::kBadParameter, u"receiverId does not match the ccmessaging-token"_s)));

    Customer &c = customer(userId);
    flushPoll(c); // a second poll from the same customer releases the first
    const bool needRead = request.queryValue("isNeedRead"_L1) == "true"_L1;
    c.poll = {reply, needRead, ++m_serial};
    const bool hasMessages = std::any_of(c.outbox.cbegin(), c.outbox.cend(), [&](const auto &m) {
        return needRead || m.value(u"controlType"_s).toString() != "READ"_L1;
    });
    if (hasMessages || m_scenario.pollHoldMs <= 0) {
        flushPoll(c);
        return;
    }
    QTimer::singleShot(m_scenario.pollHoldMs, Qt::PreciseTimer, this,
                       [this, userId, serial = c.poll.serial] {
                           Customer &target = customer(userId);
                           if (target.poll.serial == serial)
                               flushPoll(target);
                       });
}

// ------------------------------------------------------------------------------------- queue

QJsonObject Tenant::queryQueueInfo(const QString &userId, const QJsonObject &body)
{
    const QString requested = text(body, u"userId"_s);
    if (requested.isEmpty() || requested.size() > proto::kMaxApplyTokenUserIdLength ||
        requested != userId) {
        return result(proto::result::kFailure, u"userId is invalid"_s);
    }
    if (text(body, u"channelConfigId"_s) != m_channelId)
        return result(proto::result::kFailure, u"channelConfigId is invalid"_s);
    if (body.contains(u"channel"_s) && text(body, u"channel"_s) != proto::kChannelWeb)
        return result(proto::result::kFailure, u"channel must be WEB"_s);
    const Customer &c = customer(userId);
    if (c.mode == Mode::Agent)
        return result(proto::result::kQueueAlreadyWithAgent, u"already connected to an agent"_s);
    if (c.mode != Mode::Queue)
        return result(proto::result::kQueueSessionEnded,
                      u"the session does not exist or has ended"_s);
    const qint64 waited = (nowMs() - c.queuedAtMs) / 1000;
    const qint64 estimate =
        static_cast<qint64>(std::ceil(double(c.queuePosition) * m_scenario.queueStepMs / 1000.0));
    QJsonObject reply = result(proto::result::kOk, u""_s);
    reply.insert(u"position"_s, c.queuePosition);
    reply.insert(u"totalWaitTime"_s, waited);
    reply.insert(u"currentDeviceWaitTime"_s, waited);
    reply.insert(u"configMaxcWaitTime"_s, 60);
    reply.insert(u"longestWaitTime"_s, waited);
    reply.insert(u"estimateWaitTime"_s, estimate);
    return reply;
}

// ------------------------------------------------------------------------------------- files

QJsonObject Tenant::uploadFile(const QString &userId, const QJsonObject &body)
{
    const auto fail = [](QLatin1StringView code, const QString &desc) {
        return QJsonObject{{u"returnCode"_s, QString(code)}, {u"resultDesc"_s, desc}};
    };
    const QString fileType = text(body, u"fileType"_s);
    const QString stream = text(body, u"fileStream"_s);
    if (fileType.isEmpty() || stream.isEmpty() || text(body, u"channel"_s).isEmpty())
        return fail(proto::result::kMissingParameter,
                    u"fileType, fileStream and channel are required"_s);
    if (text(body, u"channel"_s) != proto::kChannelWeb)
        return fail(proto::result::kBadParameter, u"channel must be WEB"_s);
    if (!proto::isUploadFileType(fileType))
        return fail(
            proto::result::kBadParameter,
            u"fileType %1 is not supported (jpg, jpeg, png, bmp, mp3, aac, mp4, txt, csv)"_s.arg(
                fileType));
    const auto decoded =
        QByteArray::fromBase64Encoding(stream.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(proto::result::kBadParameter, u"fileStream is not valid Base64"_s);
    if (decoded.decoded.size() > proto::kMaxFileBytes)
        return fail(proto::result::kBadParameter,
                    u"the file is %1 bytes; uploads are limited to 2 MB (2097152 bytes)"_s.arg(
                        decoded.decoded.size()));
    const QString key = newKey();
    m_localFiles.insert(key, {decoded.decoded, fileType.toLower(), QString()});
    ++customer(userId).uploads;
    return {{u"returnCode"_s, u"0"_s}, {u"objectKey"_s, key}};
}

QJsonObject Tenant::downloadFile(const QJsonObject &body) const
{
    const QString fileId = text(body, u"fileId"_s);
    const QString fileType = text(body, u"fileType"_s);
    if (fileId.isEmpty())
        return result("401"_L1, u"objectKey is null!"_s);
    if (text(body, u"channel"_s).isEmpty())
        return result(proto::result::kMissingParameter,
                      u"param channelId or userId or tenantId is null"_s);
    if (!proto::isDownloadFileType(fileType))
        return result(proto::result::kProcessingFailure, u"param filetype Out of range!"_s);
    const StoredFile *file = nullptr;
    if (fileId.startsWith("local/"_L1)) {
        const auto it = m_localFiles.constFind(fileId.mid(6));
        file = it == m_localFiles.cend() ? nullptr : &*it;
    } else if (text(body, u"multiMedia"_s) == "multiMedia"_L1) {
        const auto it = m_libraryFiles.constFind(fileId);
        file = it == m_libraryFiles.cend() ? nullptr : &*it;
    }
    if (!file)
        return result(proto::result::kProcessingFailure, u"fsservice downloadFile is failed"_s);
    if (file->bytes.isEmpty())
        return result(proto::result::kProcessingFailure, u"empty file!"_s);
    if (file->bytes.size() > proto::kMaxFileBytes)
        return result(
            proto::result::kProcessingFailure,
            u"the file is %1 bytes and exceeds the 2 MB download limit"_s.arg(file->bytes.size()));
    QJsonObject reply = result(proto::result::kOk, QString());
    reply.insert(u"fileStream"_s, QString::fromLatin1(file->bytes.toBase64()));
    return reply;
}

// ----------------------------------------------------------------------------------- history

QJsonObject Tenant::queryHistory(const QString &userId, const QJsonObject &body) const
{
    if (text(body, u"channelId"_s) != m_channelId)
        return result(proto::result::kFailure, u"channelId is invalid"_s);
    const QString requested = text(body, u"userId"_s);
    if (requested.isEmpty() || requested.size() > proto::kMaxUserIdLength || requested != userId)
        return result(proto::result::kFailure, u"userId is invalid"_s);
    const auto number = [&](const QString &key, qint64 fallback, bool *ok) {
        const QString value = text(body, key);
        if (value.isEmpty())
            return fallback;
        bool parsed = false;
        const qint64 n = value.toLongLong(&parsed);
        *ok = *ok && parsed && n >= 0;
        return n;
    };
    bool ok = true;
    const qint64 start = number(u"startTime"_s, 0, &ok);
    const qint64 end = number(u"endTime"_s, std::numeric_limits<qint64>::max(), &ok);
    const qint64 limit = number(u"limit"_s, 20, &ok);
    const qint64 offset = number(u"offset"_s, 0, &ok);
    if (!ok)
        return result(proto::result::kFailure,
                      u"startTime, endTime, limit and offset must be non-negative numbers"_s);
    QJsonArray page;
    if (const Customer *c = findCustomer(userId)) {
        qint64 index = 0;
        for (const QJsonObject &item : c->history) {
            const qint64 time = item.value(u"sendTime"_s).toInteger();
            if (time < start || time > end)
                continue;
            if (index++ < offset)
                continue;
            if (page.size() >= limit)
                break;
            page.append(item);
        }
    }
    QJsonObject reply = result(proto::result::kOk, u"success"_s);
    reply.insert(u"messageList"_s, page);
    return reply;
}

// ------------------------------------------------------------------------------ satisfaction

QJsonObject Tenant::surveyMode() const
{
    const QStringList descs{u"Very dissatisfied"_s, u"Dissatisfied"_s, u"Neutral"_s, u"Satisfied"_s,
                            u"Very satisfied"_s};
    QJsonArray levels;
    for (int i = 0; i < descs.size(); ++i)
        levels.append(QJsonObject{{u"satisfactionLevelKey"_s, QString::number(i + 1)},
                                  {u"satisfactionLevelDesc"_s, descs.at(i)}});
    QJsonObject reply = result(proto::result::kOk, u"success"_s);
    reply.insert(u"satisfactionSurvey"_s,
                 QJsonObject{{u"surveyType"_s, u"WEB"_s},
                             {u"satisfactionLevel"_s, levels},
                             {u"satisfactionQuestion"_s, QJsonArray{u"NPS"_s, u"FCR"_s}}});
    return reply;
}

QJsonObject Tenant::saveSatisfaction(const QString &userId, const QJsonObject &body)
{
    // The doc defines a "satisfication" object but its sample sends the fields flat.
    const QJsonObject s = body.value(u"satisfication"_s).isObject()
                              ? body.value(u"satisfication"_s).toObject()
                              : body;
    const auto bad = [](const QString &desc) { return result(proto::result::kBadParameter, desc); };
    if (s.contains(u"channel"_s) && text(s, u"channel"_s) != proto::kChannelWeb)
        return bad(u"channel must be WEB"_s);
    const QString user = text(s, u"userId"_s);
    if (user.isEmpty() || user.size() > proto::kMaxUserIdLength || user != userId)
        return bad(u"userId is invalid"_s);
    bool ok = false;
    const int evaluation = text(s, u"evaluation"_s).toInt(&ok);
    if (!ok || evaluation < 1 || evaluation > 5)
        return bad(u"evaluation must be 1-5"_s);
    if (text(s, u"comment"_s).size() > proto::kMaxSatisfactionCommentLength)
        return bad(u"comment must be shorter than 512 characters"_s);
    if (text(s, u"channelConfigId"_s) != m_channelId)
        return bad(u"channelConfigId is invalid"_s);
    if (!text(s, u"npsScore"_s).isEmpty()) {
        const int nps = text(s, u"npsScore"_s).toInt(&ok);
        if (!ok || nps < 0 || nps > 10)
            return bad(u"npsScore must be 0-10"_s);
    }
    if (!text(s, u"fcrValue"_s).isEmpty() && text(s, u"fcrValue"_s) != "1"_L1 &&
        text(s, u"fcrValue"_s) != "2"_L1) {
        return bad(u"fcrValue must be 1 (resolved) or 2 (not resolved)"_s);
    }
    Customer &c = customer(userId);
    if (!c.everConnected)
        return result(proto::result::kProcessingFailure, u"failed to get call info"_s);
    QJsonObject record = s;
    record.insert(u"callId"_s, c.callId);
    record.insert(u"time"_s, nowMs());
    c.satisfaction.append(record);
    return result(proto::result::kOk, u"Save satisfaction success."_s);
}

QJsonObject Tenant::leaveMessage(const QString &userId, const QJsonObject &body)
{
    const QString callId = text(body, u"callId"_s);
    const QString caller = text(body, u"caller"_s);
    const QString message = text(body, u"leaveMessage"_s);
    if (callId.isEmpty() || caller.isEmpty() || message.trimmed().isEmpty())
        return result(proto::result::kMissingParameter,
                      u"callId, caller and leaveMessage are required"_s);
    if (callId.size() > proto::kMaxUserIdLength || caller.size() > 64 || message.size() > 2000 ||
        (body.contains(u"channel"_s) && text(body, u"channel"_s) != proto::kChannelWeb)) {
        return result(proto::result::kBadParameter, u"the leaveMessageParams is error."_s);
    }
    Customer &c = customer(userId);
    c.leaveMessages.append(QJsonObject{{u"callId"_s, callId},
                                       {u"caller"_s, caller},
                                       {u"leaveMessage"_s, message},
                                       {u"time"_s, nowMs()}});
    if (isConnected(c))
        endSession(c); // the docs: the session ends after a left message
    return result(proto::result::kOk, u"Save leaveMessage success!"_s);
}

// ------------------------------------------------------------------------------ click-to-call

QJsonObject Tenant::checkClickToCall(const HttpRequest &request) const
{
    if (request.queryValue("channel"_L1) != proto::kChannelWeb)
        return result(proto::result::kBadParameter, u"channel must be WEB"_s);
    QJsonObject reply = result(proto::result::kOk, QString());
    reply.insert(u"webRTCSupported"_s, m_scenario.clickToCall.webRtcSupported);
    reply.insert(u"clickToCallSupported"_s, m_scenario.clickToCall.clickToCallSupported);
    return reply;
}

QJsonObject Tenant::createClickToCall(const QString &userId, const QJsonObject &body)
{
    const ClickToCallScript &script = m_scenario.clickToCall;
    if (text(body, u"channel"_s) != proto::kChannelWeb)
        return result(proto::result::kBadParameter, u"channel must be WEB"_s);
    const QString ability = text(body, u"mediaAbility"_s);
    if (ability != "0"_L1 && ability != "1"_L1)
        return result(proto::result::kBadParameter,
                      u"mediaAbility must be \"0\" (voice) or \"1\" (video)"_s);
    if (!script.clickToCallSupported || script.createResultCode == "7"_L1)
        return result(proto::result::kClickToCallUnsupported,
                      u"The channel does not support click-to-call."_s);
    if (!m_scenario.workingHours || script.createResultCode == "12"_L1)
        return result(proto::result::kOutsideWorkingHours, kOutsideHours);
    Customer &c = customer(userId);
    if (!isConnected(c) || c.call == CallState::Queuing || c.call == CallState::Setup)
        return result(proto::result::kProcessingFailure, u"connect failed"_s);
    if (script.createResultCode == "13"_L1)
        return result(proto::result::kProcessingFailure, u"No agents available currently"_s);

    ++c.callGeneration;
    c.call = CallState::Queuing;
    c.callEvents.clear();
    for (int i = 0; i < script.queueEvents; ++i) {
        laterInCall(c, i * script.queueStepMs, [this](Customer &target) {
            pushCallEvent(target, {{u"resultCode"_s, u"0"_s},
                                   {u"resultDesc"_s, u"Call in queue"_s},
                                   {u"eventId"_s, int(proto::CallEventId::Queuing)}});
        });
    }
    laterInCall(c, script.queueEvents * script.queueStepMs,
                [this](Customer &target) { callOutcome(target); });
    if (m_media)
        m_media->prepare();
    return result(proto::result::kOk, QString());
}

void Tenant::callOutcome(Customer &c)
{
    const ClickToCallScript &script = m_scenario.clickToCall;
    if (script.outcome == "timeout"_L1) {
        endCall(c, CallState::Failed, int(proto::CallEventId::QueueTimeout),
                u"Call queue timeout"_s, u"No agent answered within the queue time."_s);
        return;
    }
    if (script.outcome == "failure"_L1) {
        endCall(c, CallState::Failed, int(proto::CallEventId::Failure), u"Call failed"_s,
                u"The call could not be set up."_s);
        return;
    }
    if (!m_media)
        return announceSetup(c);
    // 168101 waits for the agent peer, so a fast client never dials into nothing.
    m_media->whenReady(this, [this, userId = c.userId, generation = c.callGeneration] {
        Customer &target = customer(userId);
        if (target.callGeneration == generation && target.call == CallState::Queuing)
            announceSetup(target);
    });
}

void Tenant::announceSetup(Customer &c)
{
    const ClickToCallScript &script = m_scenario.clickToCall;
    c.call = CallState::Setup;
    if (m_media)
        m_media->expectCall(c.userId);
    pushCallEvent(c, {{u"resultCode"_s, u"0"_s},
                      {u"resultDesc"_s, u"Call connected"_s},
                      {u"eventId"_s, int(proto::CallEventId::Setup)},
                      {u"content"_s, QJsonObject{{u"domain"_s, u"cec-sim.local"_s},
                                                 {u"gwAddresses"_s,
                                                  QJsonArray::fromStringList(m_gatewayAddresses)},
                                                 {u"accessCode"_s, u"179080000537636"_s},
                                                 {u"clickToCallCaller"_s, u"AnonymousCard"_s}}}});
    if (script.autoReleaseMs > 0) {
        laterInCall(c, script.autoReleaseMs, [this](Customer &target) {
            if (target.call == CallState::Setup)
                endCall(target, CallState::Released, int(proto::CallEventId::Release),
                        u"Call disconnected"_s, u"The agent released the call."_s);
        });
    }
}

void Tenant::endCall(Customer &c, CallState state, int eventId, const QString &desc,
                     const QString &causeDesc)
{
    const bool hadMedia = c.call == CallState::Setup;
    c.call = state;
    ++c.callGeneration; // nothing scripted for this call may follow its end
    if (m_media && hadMedia)
        m_media->endCall(c.userId, state == CallState::Released ? CallMedia::End::Released
                                                                : CallMedia::End::Failed);
    pushCallEvent(c,
                  {{u"resultCode"_s, u"0"_s},
                   {u"resultDesc"_s, desc},
                   {u"eventId"_s, eventId},
                   {u"content"_s, QJsonObject{{u"causeId"_s, -1}, {u"causeDesc"_s, causeDesc}}}});
}

void Tenant::pushCallEvent(Customer &c, QJsonObject event)
{
    c.callEvents.append(std::move(event));
    flushCallEvents(c);
}

void Tenant::flushCallEvents(Customer &c)
{
    if (!c.callPoll.reply)
        return;
    if (!c.callPoll.reply->isOpen()) {
        c.callPoll = {};
        return;
    }
    const bool ended = c.call == CallState::Released || c.call == CallState::Failed ||
                       c.call == CallState::Dropped;
    if (c.callEvents.isEmpty() && !ended)
        return; // keep holding
    const Customer::Poll waiting = std::exchange(c.callPoll, {});
    if (c.callEvents.isEmpty()) {
        waiting.reply->send(HttpReply::json(
            result(proto::result::kOk, u"ClickToCall polled without any events"_s)));
        return;
    }
    waiting.reply->send(HttpReply::json(c.callEvents.takeFirst()));
}

void Tenant::clickToCallEvents(const QString &userId, const HttpRequest &request,
                               const PendingResponsePtr &reply)
{
    if (request.queryValue("channel"_L1) != proto::kChannelWeb)
        return reply->send(
            HttpReply::json(result(proto::result::kBadParameter, u"channel must be WEB"_s)));
    Customer &c = customer(userId);
    if (c.call == CallState::None)
        return reply->send(HttpReply::json(
            result(proto::result::kProcessingFailure, u"no click-to-call call exists"_s)));
    if (c.callPoll.reply && c.callPoll.reply->isOpen()) {
        // A newer long poll replaces the held one, which returns empty.
        std::exchange(c.callPoll, {})
            .reply->send(HttpReply::json(
                result(proto::result::kOk, u"ClickToCall polled without any events"_s)));
    }
    c.callPoll = {reply, false, ++m_serial};
    flushCallEvents(c);
    if (!c.callPoll.reply)
        return;
    QTimer::singleShot(
        m_scenario.clickToCall.eventHoldMs, Qt::PreciseTimer, this,
        [this, userId, serial = c.callPoll.serial] {
            Customer &target = customer(userId);
            if (target.callPoll.serial != serial || !target.callPoll.reply)
                return;
            std::exchange(target.callPoll, {})
                .reply->send(HttpReply::json(
                    result(proto::result::kOk, u"ClickToCall polled without any events"_s)));
        });
}

QJsonObject Tenant::dropClickToCall(const QString &userId, const QJsonObject &body)
{
    if (text(body, u"channel"_s) != proto::kChannelWeb)
        return result(proto::result::kBadParameter, u"channel must be WEB"_s);
    Customer &c = customer(userId);
    if (c.call == CallState::None)
        return result(proto::result::kProcessingFailure, u"disconnect failed"_s);
    if (c.call == CallState::Queuing || c.call == CallState::Setup) {
        if (m_media && c.call == CallState::Setup)
            m_media->endCall(c.userId, CallMedia::End::Dropped);
        c.call = CallState::Dropped;
        ++c.callGeneration;
        c.callEvents.clear();
        flushCallEvents(c); // a held event poll returns empty now
    }
    return result(proto::result::kOk, QString());
}

// ------------------------------------------------------------------------------- control API

QString Tenant::agentSay(const QString &userId, const QString &message)
{
    Customer &c = customer(userId);
    if (!isConnected(c))
        return u"customer %1 has no connected chat session"_s.arg(userId);
    sayText(c, c.mode == Mode::Robot ? u"ROBOT"_s : u"AGENT"_s, message);
    return {};
}

QString Tenant::systemSay(const QString &userId, const QString &message)
{
    Customer &c = customer(userId);
    if (!isConnected(c))
        return u"customer %1 has no connected chat session"_s.arg(userId);
    sayText(c, u"SYSTEM"_s, message);
    return {};
}

QString Tenant::agentTyping(const QString &userId)
{
    Customer &c = customer(userId);
    if (!isConnected(c))
        return u"customer %1 has no connected chat session"_s.arg(userId);
    sendTyping(c);
    return {};
}

QString Tenant::agentRead(const QString &userId)
{
    Customer &c = customer(userId);
    if (!isConnected(c))
        return u"customer %1 has no connected chat session"_s.arg(userId);
    sendReadNotice(c);
    return {};
}

QString Tenant::agentFile(const QString &userId, const QString &fileName, const QString &fileType,
                          const QByteArray &bytes, bool mediaLibrary, QString *key)
{
    Customer &c = customer(userId);
    if (!isConnected(c))
        return u"customer %1 has no connected chat session"_s.arg(userId);
    if (!proto::isDownloadFileType(fileType))
        return u"fileType %1 is not a downloadable type"_s.arg(fileType);
    *key = newKey();
    (mediaLibrary ? m_libraryFiles : m_localFiles)
        .insert(*key, {bytes, fileType.toLower(), fileName});
    QJsonObject message = downlink(c, u"CHAT"_s, c.mode == Mode::Robot ? u"ROBOT"_s : u"AGENT"_s,
                                   *key, isImageType(fileType) ? u"IMAGE"_s : u"FILE"_s);
    message.insert(u"contentType"_s,
                   mediaLibrary ? QJsonValue(QJsonValue::Null) : QJsonValue(u"1"_s));
    message.insert(u"mediaFileType"_s, fileType.toLower());
    recordHistory(c, message, message.value(u"sourceType"_s).toString());
    deliver(c, message);
    return {};
}

QString Tenant::agentLeave(const QString &userId, const QString &text)
{
    Customer &c = customer(userId);
    if (!isConnected(c))
        return u"customer %1 has no connected chat session"_s.arg(userId);
    const QJsonObject message = downlink(
        c, u"DISCONNECT"_s, u"AGENT"_s, text.isEmpty() ? u"The agent has ended the chat."_s : text);
    ++c.generation; // stop scripted replies, but keep the DISCONNECT for the next poll
    c.mode = Mode::Ended;
    c.unreadCodes.clear();
    deliver(c, message);
    return {};
}

QString Tenant::callRelease(const QString &userId, const QString &causeDesc)
{
    Customer &c = customer(userId);
    if (c.call != CallState::Setup && c.call != CallState::Queuing)
        return u"customer %1 has no active click-to-call call"_s.arg(userId);
    endCall(c, CallState::Released, int(proto::CallEventId::Release), u"Call disconnected"_s,
            causeDesc.isEmpty() ? u"The agent released the call."_s : causeDesc);
    return {};
}

QString Tenant::callFail(const QString &userId, const QString &causeDesc)
{
    Customer &c = customer(userId);
    if (c.call != CallState::Setup && c.call != CallState::Queuing)
        return u"customer %1 has no active click-to-call call"_s.arg(userId);
    endCall(c, CallState::Failed, int(proto::CallEventId::Failure), u"Call failed"_s,
            causeDesc.isEmpty() ? u"The call failed."_s : causeDesc);
    return {};
}

QString Tenant::callTransfer(const QString &userId)
{
    Customer &c = customer(userId);
    if (c.call != CallState::Setup && c.call != CallState::Queuing)
        return u"customer %1 has no active click-to-call call"_s.arg(userId);
    pushCallEvent(c, {{u"resultCode"_s, u"0"_s},
                      {u"resultDesc"_s, u"Call transfered"_s},
                      {u"eventId"_s, int(proto::CallEventId::Transfer)}});
    return {};
}

void Tenant::customerHungUp(const QString &userId)
{
    Customer &c = customer(userId);
    if (c.call != CallState::Setup)
        return;
    c.call = CallState::Dropped;
    ++c.callGeneration;
    flushCallEvents(c); // a held event poll returns (empty) now that the call is over
}

void Tenant::mediaRejected(const QString &userId, int status, const QString &reason)
{
    Customer &c = customer(userId);
    if (c.call != CallState::Setup)
        return;
    endCall(c, CallState::Failed, int(proto::CallEventId::Failure), u"Call failed"_s,
            u"The agent did not take the call (SIP %1 %2)."_s.arg(status).arg(reason));
}

QJsonObject Tenant::state(const QString &userId) const
{
    const Customer *c = findCustomer(userId);
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
    return {{u"connected"_s, isConnected(*c)},
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
