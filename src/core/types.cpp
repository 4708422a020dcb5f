#include "types.h"

#include "logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

ApiError malformed(const QString &endpoint, const QString &detail)
{
    return ApiError(ApiError::Kind::Malformed, endpoint, detail);
}

Result<QJsonObject> parseObject(const QByteArray &body, const QString &endpoint)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::IllegalUTF8String) {
        // QJsonDocument refuses a whole reply for one bad byte in one string, which would lose
        // every message of that poll. Decoded leniently, each invalid sequence is U+FFFD instead.
        document = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &parseError);
    }
    if (parseError.error != QJsonParseError::NoError)
        return malformed(endpoint, u"reply is not JSON: "_s % parseError.errorString());
    if (!document.isObject())
        return malformed(endpoint, u"reply is not a JSON object"_s);
    return document.object();
}

// Whether a JSON number lies within qint64: converting one outside it is undefined behaviour, and
// the server may send any number (found by tests/fuzz).
bool fitsInt64(double number)
{
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    return number >= -kLimit && number < kLimit;
}

// The docs disagree on whether codes, ids and timestamps are strings or numbers; accept both.
// A null string means absent (or null, or a type that cannot be a scalar).
QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (fitsInt64(number)) {
            const auto integral = static_cast<qint64>(number);
            if (static_cast<double>(integral) == number)
                return QString::number(integral);
        }
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

bool isScalarOrAbsent(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool() || value.isNull() ||
           value.isUndefined();
}

std::optional<qint64> integerOf(const QJsonValue &value)
{
    if (value.isDouble()) {
        // A number beyond qint64 is no integer we can use: as absent-or-wrong as a word.
        if (!fitsInt64(value.toDouble()))
            return std::nullopt;
        return static_cast<qint64>(value.toDouble());
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// Reads an optional integer field: absent/null gives fallback, a non-number is an error.
Result<qint64> optionalInteger(const QJsonObject &object, QLatin1StringView key, qint64 fallback,
                               const QString &endpoint)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (const auto number = integerOf(value))
        return *number;
    return malformed(endpoint, u"field %1 is not a number"_s.arg(key));
}

std::optional<bool> booleanOf(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare("true"_L1, Qt::CaseInsensitive) == 0 || text == "1"_L1)
            return true;
        if (text.compare("false"_L1, Qt::CaseInsensitive) == 0 || text == "0"_L1 || text.isEmpty())
            return false;
    }
    return std::nullopt;
}

QDateTime epochMs(const QJsonValue &value)
{
    if (const auto ms = integerOf(value); ms && *ms > 0)
        return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    return {};
}

QString resultDescOf(const QJsonObject &object)
{
    // The createClickToCall sample spells the key "resultDesc:" (stray colon).
    QString desc = scalarText(object.value("resultDesc"_L1));
    if (desc.isNull())
        desc = scalarText(object.value("resultDesc:"_L1));
    return desc;
}

QString resultCodeOf(const QJsonObject &object)
{
    QString code = scalarText(object.value("resultCode"_L1));
    if (code.isNull())
        code = scalarText(object.value("returnCode"_L1));
    return code.trimmed();
}

// A list that may arrive as a JSON array, a JSON array serialised into a string, or one plain
// string (simQuestions, READ content, gwAddresses).
QStringList flexibleList(const QJsonValue &value)
{
    QJsonArray array;
    if (value.isArray()) {
        array = value.toArray();
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.isEmpty())
            return {};
        const QJsonDocument nested = QJsonDocument::fromJson(text.toUtf8());
        if (!nested.isArray())
            return {text};
        array = nested.array();
    } else if (value.isDouble()) {
        return {scalarText(value)};
    } else {
        return {};
    }
    QStringList items;
    for (const QJsonValue &item : std::as_const(array)) {
        const QString text = scalarText(item);
        if (!text.isEmpty())
            items.append(text);
    }
    return items;
}

QString derivedKey(const DownlinkMessage &message)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString &part :
         {message.from, message.to, message.controlTypeText, message.mediaTypeText,
          QString::number(message.timestamp.isValid() ? message.timestamp.toMSecsSinceEpoch() : 0),
          message.content}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    }
    return u"derived:"_s % QString::fromLatin1(hash.result().toHex().left(24));
}

constexpr qsizetype kMaxMessagesPerReply = 200;

Result<QList<DownlinkMessage>> messageList(const QJsonObject &object, QLatin1StringView key,
                                           const QString &endpoint)
{
    const QJsonValue value = object.value(key);
    QList<DownlinkMessage> messages;
    if (value.isUndefined() || value.isNull())
        return messages;
    if (!value.isArray())
        return malformed(endpoint, u"field %1 is not a list"_s.arg(key));
    const QJsonArray array = value.toArray();
    // One poll or history page brings a handful of messages; a flood is cut (and said so in the
    // log) so that a single reply cannot fill the conversation.
    if (array.size() > kMaxMessagesPerReply)
        qCWarning(lcClient) << endpoint << "brought" << array.size() << "messages; the first"
                            << kMaxMessagesPerReply << "are taken";
    for (const QJsonValue &item : array) {
        if (messages.size() == kMaxMessagesPerReply)
            break;
        if (!item.isObject())
            return malformed(endpoint, u"an entry of %1 is not an object"_s.arg(key));
        messages.append(parse::downlinkMessage(item.toObject()));
    }
    return messages;
}

} // namespace

QString DownlinkMessage::dedupKey() const
{
    return messageCode.isEmpty() ? derivedKey(*this) : messageCode;
}

namespace parse {

Result<QJsonObject> businessObject(const QByteArray &body, const QString &endpoint,
                                   bool allowMissingCode)
{
    Result<QJsonObject> object = parseObject(body, endpoint);
    if (!object)
        return object;
    const QString code = resultCodeOf(object.value());
    if (code.isEmpty()) {
        if (allowMissingCode)
            return object;
        return malformed(endpoint, u"reply has no resultCode"_s);
    }
    if (code != protocol::result::kOk)
        return ApiError(ApiError::Kind::Result, endpoint, resultDescOf(object.value()), 0, code);
    return object;
}

Result<AccessToken> accessToken(const QByteArray &body, const QDateTime &receivedAt)
{
    const QString endpoint = u"tokenByAkSk"_s;
    Result<QJsonObject> parsed = parseObject(body, endpoint);
    if (!parsed)
        return parsed.error();
    const QJsonObject &object = parsed.value();
    const QJsonValue token = object.value("AccessToken"_L1);
    if (!token.isString() || token.toString().trimmed().isEmpty()) {
        // Some gateways answer 200 with an error body instead of a token.
        if (const auto gateway = gatewayError(body))
            return ApiError(ApiError::Kind::Gateway, endpoint, gateway->second, 0, gateway->first);
        return malformed(endpoint, u"reply has no AccessToken"_s);
    }
    const Result<qint64> lifetime = optionalInteger(
        object, "Expires"_L1, protocol::kDefaultAccessTokenLifetimeSeconds, endpoint);
    if (!lifetime)
        return lifetime.error();

    AccessToken result;
    result.token = token.toString().trimmed();
    // The lifetime is counted from our own clock: the server's CreateTime would make renewal
    // depend on the clock skew between this machine and the gateway.
    result.createdAt = receivedAt;
    // Missing: the documented default. Otherwise within [60 s, 3600 s]: a stated 0 or negative
    // lifetime would make every request renew first, and no token outlives the hour we may ask
    // for (X-Token-Expire at most 3600); renewing early is harmless, a storm is not.
    result.lifetimeSeconds = static_cast<int>(
        std::clamp<qint64>(lifetime.value(), protocol::kMinAccessTokenLifetimeSeconds,
                           protocol::kMaxAccessTokenLifetimeSeconds));
    return result;
}

Result<QString> messagingToken(const QByteArray &body)
{
    const QString endpoint = u"applyToken"_s;
    Result<QJsonObject> object = businessObject(body, endpoint);
    if (!object)
        return object.error();
    const QJsonValue value = object.value().value("token"_L1);
    if (!value.isString())
        return malformed(endpoint, u"reply has no token"_s);
    QString token = value.toString().trimmed();
    // One documented example wraps the token in an extra pair of quotes.
    while (token.size() >= 2 && token.startsWith(u'"') && token.endsWith(u'"'))
        token = token.mid(1, token.size() - 2).trimmed();
    if (token.isEmpty())
        return malformed(endpoint, u"reply has an empty token"_s);
    return token;
}

Result<Done> sendReply(const QByteArray &body)
{
    return plainReply(body, u"send"_s);
}

Result<Done> plainReply(const QByteArray &body, const QString &endpoint)
{
    Result<QJsonObject> object = businessObject(body, endpoint);
    if (!object)
        return object.error();
    return Done{};
}

Result<PollReply> pollReply(const QByteArray &body)
{
    const QString endpoint = u"poll"_s;
    Result<QJsonObject> object = businessObject(body, endpoint);
    if (!object)
        return object.error();
    Result<QList<DownlinkMessage>> messages =
        messageList(object.value(), "downlinkMessages"_L1, endpoint);
    if (!messages)
        return messages.error();
    return PollReply{messages.value()};
}

Result<QueueInfo> queueInfo(const QByteArray &body)
{
    const QString endpoint = u"queryQueueInfo"_s;
    Result<QJsonObject> parsed = parseObject(body, endpoint);
    if (!parsed)
        return parsed.error();
    const QJsonObject &object = parsed.value();
    QueueInfo info;
    info.resultCode = resultCodeOf(object);
    if (info.resultCode.isEmpty())
        return malformed(endpoint, u"reply has no resultCode"_s);
    // Being with an agent or in the IVR is not an error: it just means the queue is over.
    if (info.resultCode == protocol::result::kQueueAlreadyWithAgent ||
        info.resultCode == protocol::result::kQueueTransferredToIvr) {
        info.queued = false;
        return info;
    }
    if (info.resultCode != protocol::result::kOk)
        return ApiError(ApiError::Kind::Result, endpoint, resultDescOf(object), 0, info.resultCode);

    if (!integerOf(object.value("position"_L1)))
        return malformed(endpoint, u"reply has no position"_s);
    const std::pair<QLatin1StringView, int *> fields[] = {
        {"position"_L1, &info.position},
        {"totalWaitTime"_L1, &info.totalWaitSeconds},
        {"currentDeviceWaitTime"_L1, &info.currentDeviceWaitSeconds},
        {"configMaxcWaitTime"_L1, &info.configuredMaxWaitSeconds},
        {"longestWaitTime"_L1, &info.longestWaitSeconds},
        {"estimateWaitTime"_L1, &info.estimatedWaitSeconds},
    };
    for (const auto &[key, target] : fields) {
        const Result<qint64> value = optionalInteger(object, key, 0, endpoint);
        if (!value)
            return value.error();
        *target = static_cast<int>(value.value());
    }
    info.queued = true;
    return info;
}

Result<QString> uploadReply(const QByteArray &body)
{
    const QString endpoint = u"uploadFileStream"_s;
    Result<QJsonObject> object = businessObject(body, endpoint);
    if (!object)
        return object.error();
    const QString key = scalarText(object.value().value("objectKey"_L1)).trimmed();
    if (key.isEmpty())
        return malformed(endpoint, u"reply has no objectKey"_s);
    return key;
}

Result<QByteArray> downloadReply(const QByteArray &body)
{
    const QString endpoint = u"downloadFileStream"_s;
    Result<QJsonObject> object = businessObject(body, endpoint);
    if (!object)
        return object.error();
    const QJsonValue stream = object.value().value("fileStream"_L1);
    if (!stream.isString())
        return malformed(endpoint, u"reply has no fileStream"_s);
    // Judged on the text, before decoding anything: a file over the limit is not taken.
    const QString text = stream.toString().trimmed();
    if (text.size() > protocol::kMaxFileBase64Length)
        return ApiError(ApiError::Kind::Oversized, endpoint,
                        u"the file is larger than %1 bytes"_s.arg(protocol::kMaxFileBytes));
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return malformed(endpoint, u"fileStream is not Base64"_s);
    if (decoded.decoded.size() > protocol::kMaxFileBytes) // the padding of the last group
        return ApiError(ApiError::Kind::Oversized, endpoint,
                        u"the file is larger than %1 bytes"_s.arg(protocol::kMaxFileBytes));
    return decoded.decoded;
}

Result<QList<DownlinkMessage>> historyReply(const QByteArray &body)
{
    const QString endpoint = u"queryHistoryChatMessage"_s;
    Result<QJsonObject> object = businessObject(body, endpoint);
    if (!object)
        return object.error();
    return messageList(object.value(), "messageList"_L1, endpoint);
}

Result<SurveyMode> surveyMode(const QByteArray &body)
{
    const QString endpoint = u"getsatisfactionsurveymode"_s;
    Result<QJsonObject> object = businessObject(body, endpoint);
    if (!object)
        return object.error();
    SurveyMode mode;
    const QJsonValue surveyValue = object.value().value("satisfactionSurvey"_L1);
    if (surveyValue.isUndefined() || surveyValue.isNull())
        return mode;
    if (!surveyValue.isObject())
        return malformed(endpoint, u"satisfactionSurvey is not an object"_s);
    const QJsonObject survey = surveyValue.toObject();
    mode.enabled = scalarText(survey.value("surveyType"_L1))
                       .trimmed()
                       .compare("WEB"_L1, Qt::CaseInsensitive) == 0;

    const QJsonValue levels = survey.value("satisfactionLevel"_L1);
    if (levels.isArray()) {
        for (const QJsonValue &level : levels.toArray()) {
            const QJsonObject entry = level.toObject();
            const QString key = scalarText(entry.value("satisfactionLevelKey"_L1)).trimmed();
            if (key.isEmpty())
                return malformed(endpoint, u"a satisfaction level has no key"_s);
            mode.levels.append({key, scalarText(entry.value("satisfactionLevelDesc"_L1))});
        }
    } else if (!levels.isUndefined() && !levels.isNull()) {
        return malformed(endpoint, u"satisfactionLevel is not a list"_s);
    }
    if (mode.enabled && mode.levels.isEmpty()) {
        // The documented defaults, for tenants that did not configure their own.
        mode.levels = {
            {u"1"_s, QCoreApplication::translate("cec::SatisfactionLevel", "Very dissatisfied")},
            {u"2"_s, QCoreApplication::translate("cec::SatisfactionLevel", "Dissatisfied")},
            {u"3"_s, QCoreApplication::translate("cec::SatisfactionLevel", "Neutral")},
            {u"4"_s, QCoreApplication::translate("cec::SatisfactionLevel", "Satisfied")},
            {u"5"_s, QCoreApplication::translate("cec::SatisfactionLevel", "Very satisfied")}};
    }
    for (const QString &question : flexibleList(survey.value("satisfactionQuestion"_L1))) {
        const QString upper = question.trimmed().toUpper();
        mode.asksNps |= upper == "NPS"_L1;
        mode.asksFcr |= upper == "FCR"_L1;
        mode.asksCsat |= upper == "CSAT"_L1;
    }
    return mode;
}

Result<ClickToCallSupport> clickToCallSupport(const QByteArray &body)
{
    const QString endpoint = u"checkClickToCallSupport"_s;
    Result<QJsonObject> object = businessObject(body, endpoint);
    if (!object)
        return object.error();
    ClickToCallSupport support;
    const std::pair<QLatin1StringView, bool *> fields[] = {
        {"webRTCSupported"_L1, &support.webRtcSupported},
        {"clickToCallSupported"_L1, &support.clickToCallSupported},
    };
    for (const auto &[key, target] : fields) {
        const QJsonValue value = object.value().value(key);
        if (value.isUndefined() || value.isNull())
            continue; // absent: not supported
        const auto flag = booleanOf(value);
        if (!flag)
            return malformed(endpoint, u"field %1 is not a boolean"_s.arg(key));
        *target = *flag;
    }
    return support;
}

Result<ClickToCallEvent> clickToCallEvent(const QByteArray &body)
{
    const QString endpoint = u"getClickToCallEvents"_s;
    Result<QJsonObject> parsed = businessObject(body, endpoint);
    if (!parsed)
        return parsed.error();
    const QJsonObject &object = parsed.value();
    ClickToCallEvent event;
    event.resultDesc = resultDescOf(object);

    const QJsonValue idValue = object.value("eventId"_L1);
    if (!idValue.isUndefined() && !idValue.isNull() &&
        !(idValue.isString() && idValue.toString().trimmed().isEmpty())) {
        const auto id = integerOf(idValue);
        if (!id || *id < std::numeric_limits<int>::min() || *id > std::numeric_limits<int>::max())
            return malformed(endpoint, u"eventId is not a number"_s);
        event.eventId = static_cast<int>(*id);
    }

    QJsonValue contentValue = object.value("content"_L1);
    if (contentValue.isString()) {
        // Tolerate content serialised into a string.
        const QJsonDocument nested = QJsonDocument::fromJson(contentValue.toString().toUtf8());
        contentValue = nested.isObject() ? QJsonValue(nested.object()) : QJsonValue();
    }
    if (!contentValue.isUndefined() && !contentValue.isNull() && !contentValue.isObject())
        return malformed(endpoint, u"content is not an object"_s);
    event.rawContent = contentValue.toObject();
    const QJsonObject &content = event.rawContent;

    event.causeId = scalarText(content.value("causeId"_L1));
    event.causeDesc = scalarText(content.value("causeDesc"_L1));

    if (event.known() == protocol::CallEventId::Setup) {
        CallSetup &setup = event.setup;
        setup.domain = scalarText(content.value("domain"_L1)).trimmed();
        setup.accessCode = scalarText(content.value("accessCode"_L1)).trimmed();
        setup.caller = scalarText(content.value("clickToCallCaller"_L1)).trimmed();
        const QJsonValue addresses = content.value("gwAddresses"_L1);
        if (!isScalarOrAbsent(addresses) && !addresses.isArray())
            return malformed(endpoint, u"gwAddresses is not a list"_s);
        for (const QString &address : flexibleList(addresses)) {
            // A plain string may hold several comma-separated addresses.
            for (const QString &part : address.split(u',', Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    setup.gatewayAddresses.append(part.trimmed());
            }
        }
        // An empty gwAddresses is not malformed: ClickToCallSession's gateway rule refuses it
        // and fails and drops the call (as a poll failure it would be re-polled and the call left
        // queuing with nothing to dial).
        if (setup.domain.isEmpty() || setup.accessCode.isEmpty())
            return malformed(endpoint, u"call setup event lacks domain or accessCode"_s);
    }
    return event;
}

std::optional<std::pair<QString, QString>> gatewayError(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    const QString code = scalarText(object.value("errorCode"_L1));
    const QString info = scalarText(object.value("exceptionInfo"_L1));
    if (code.isNull() && info.isNull())
        return std::nullopt;
    return std::pair{code, info};
}

DownlinkMessage downlinkMessage(const QJsonObject &object)
{
    DownlinkMessage message;
    message.messageCode = scalarText(object.value("messageCode"_L1)).trimmed();
    message.controlTypeText = scalarText(object.value("controlType"_L1)).trimmed();
    message.controlType = protocol::controlTypeFromString(message.controlTypeText)
                              .value_or(protocol::ControlType::Chat);
    message.mediaTypeText = scalarText(object.value("mediaType"_L1)).trimmed();
    message.mediaType =
        protocol::mediaTypeFromString(message.mediaTypeText).value_or(protocol::MediaType::Text);
    message.sourceType = protocol::sourceTypeFromString(scalarText(object.value("sourceType"_L1)));
    message.from = scalarText(object.value("from"_L1));
    message.to = scalarText(object.value("to"_L1));
    message.senderNickname = scalarText(object.value("senderNickname"_L1));
    message.callId = scalarText(object.value("callId"_L1));
    message.contentType = scalarText(object.value("contentType"_L1)).trimmed();
    message.mediaFileType = scalarText(object.value("mediaFileType"_L1)).trimmed();
    message.queued =
        scalarText(object.value("queueFlag"_L1)).trimmed().compare("Y"_L1, Qt::CaseInsensitive) ==
        0;
    message.offline = booleanOf(object.value("isOfflineStatus"_L1)).value_or(false);
    message.suggestedQuestions = flexibleList(object.value("simQuestions"_L1));

    // poll sends "timestamp"; history sends "sendTime"; both may be missing.
    for (QLatin1StringView key : {"timestamp"_L1, "sendTime"_L1, "receiveTime"_L1}) {
        message.timestamp = epochMs(object.value(key));
        if (message.timestamp.isValid())
            break;
    }

    const QJsonValue content = object.value("content"_L1);
    if (content.isArray() || content.isObject()) {
        message.content = QString::fromUtf8(
            content.isArray() ? QJsonDocument(content.toArray()).toJson(QJsonDocument::Compact)
                              : QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact));
    } else {
        message.content = scalarText(content);
    }
    // The documented limit for downlink content is 500 characters (docs/cec-api-notes.md). Text
    // beyond it is cut with a visible note rather than dropped, so nothing vanishes silently and no
    // reply can make one message arbitrarily expensive to keep and lay out. READ lists are parsed
    // below from the JSON value itself.
    if (message.content.size() > protocol::kMaxDownlinkContentLength &&
        message.mediaType == protocol::MediaType::Text &&
        message.controlType != protocol::ControlType::Read) {
        const qsizetype cut = message.content.size() - protocol::kMaxDownlinkContentLength;
        message.content =
            message.content.left(protocol::kMaxDownlinkContentLength) +
            QCoreApplication::translate("cec::DownlinkMessage", "… [%1 more characters not shown]")
                .arg(cut);
        message.truncated = true;
    }
    if (message.controlType == protocol::ControlType::Read) {
        // READ content: the ids the agent has read, as a JSON array or a JSON array in a string;
        // a bare string is taken as a comma-separated list.
        for (const QString &item : flexibleList(content)) {
            for (const QString &id : item.split(u',', Qt::SkipEmptyParts)) {
                if (!id.trimmed().isEmpty())
                    message.readMessageCodes.append(id.trimmed());
            }
        }
    }
    return message;
}

} // namespace parse

} // namespace cec
