// Typed requests and replies of the ccmessaging API, and their lenient JSON parsers.
#pragma once

#include "cec_core_export.h"

#include "apierror.h"
#include "protocol/protocol.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cec {

struct CEC_CORE_EXPORT AccessToken final
{
    QString token;
    QDateTime createdAt;
    int lifetimeSeconds = 0;
    QDateTime expiresAt() const { return createdAt.addSecs(lifetimeSeconds); }
};

struct CEC_CORE_EXPORT OutgoingMessage final
{
    protocol::ControlType controlType = protocol::ControlType::Chat;
    protocol::MediaType mediaType = protocol::MediaType::Text;
    QString content;
    QDateTime timestamp; // sent as epoch-ms string; now when null
};

// A message from poll (DownLinkMsg) or history, normalised.
struct CEC_CORE_EXPORT DownlinkMessage final
{
    QString messageCode; // may be empty: the client then derives a stable key
    protocol::ControlType controlType = protocol::ControlType::Chat;
    QString controlTypeText; // verbatim, for unknown values
    protocol::MediaType mediaType = protocol::MediaType::Text;
    QString mediaTypeText;
    protocol::SourceType sourceType = protocol::SourceType::Unknown;
    QString content;
    bool truncated = false; // content was over the documented 500 characters and was cut
    QString from;
    QString to;
    QString senderNickname;
    QDateTime timestamp;
    QString callId;
    QStringList suggestedQuestions; // simQuestions
    bool queued = false;            // queueFlag == "Y"
    bool offline = false;           // isOfflineStatus
    QString contentType;            // "1" for locally uploaded files
    QString mediaFileType;
    QStringList readMessageCodes; // READ: the ids the agent has read

    // messageCode, or a key derived from the fields when the server sent none.
    QString dedupKey() const;
};

struct CEC_CORE_EXPORT PollReply final
{
    QList<DownlinkMessage> messages;
};

struct CEC_CORE_EXPORT QueueInfo final
{
    bool queued = true; // false when resultCode says connected (160021) or IVR (160022)
    QString resultCode;
    int position = 0;
    int totalWaitSeconds = 0;
    int currentDeviceWaitSeconds = 0;
    int configuredMaxWaitSeconds = 0;
    int longestWaitSeconds = 0;
    int estimatedWaitSeconds = 0;
};

struct CEC_CORE_EXPORT HistoryQuery final
{
    std::optional<QDateTime> start;
    std::optional<QDateTime> end;
    int limit = 50;
    int offset = 0;
};

struct CEC_CORE_EXPORT DownloadRequest final
{
    QString fileId;     // the downlink content
    QString fileType;   // mediaFileType or extension
    bool local = false; // contentType "1": send "local/" + fileId
};

struct CEC_CORE_EXPORT SatisfactionLevel final
{
    QString key;
    QString description;
};

struct CEC_CORE_EXPORT SurveyMode final
{
    bool enabled = false; // surveyType WEB
    QList<SatisfactionLevel> levels;
    bool asksNps = false;
    bool asksFcr = false;
    bool asksCsat = false;
};

struct CEC_CORE_EXPORT SatisfactionRating final
{
    QString evaluation; // "1".."5"
    QString comment;
    std::optional<int> npsScore;  // 0..9 per doc (0..10 accepted leniently)
    std::optional<bool> resolved; // FCR: "1" resolved / "2" not
};

struct CEC_CORE_EXPORT LeaveMessage final
{
    QString phone;
    QString text;
};

struct CEC_CORE_EXPORT ClickToCallSupport final
{
    bool webRtcSupported = false;
    bool clickToCallSupported = false;
    bool available() const { return webRtcSupported && clickToCallSupported; }
};

struct CEC_CORE_EXPORT CallSetup final
{
    QString domain;
    QStringList gatewayAddresses;
    QString accessCode;
    QString caller; // clickToCallCaller
};

struct CEC_CORE_EXPORT ClickToCallEvent final
{
    // nullopt when the poll returned no event ("polled without any events").
    std::optional<int> eventId;
    std::optional<protocol::CallEventId> known() const
    {
        return eventId ? protocol::callEventIdFromInt(*eventId) : std::nullopt;
    }
    QString resultDesc;
    CallSetup setup; // for 168101
    QString causeId;
    QString causeDesc;
    QJsonObject rawContent;
};

// Parsers: lenient (numbers or numeric strings, unknown fields ignored); a missing or wrong-typed
// mandatory field gives ApiError::Kind::Malformed. `endpoint` is used only in error text.
namespace parse {
// Checks resultCode ?? returnCode (absent counts as failure unless allowMissing) and returns the
// object.
CEC_CORE_EXPORT Result<QJsonObject> businessObject(const QByteArray &body, const QString &endpoint,
                                                   bool allowMissingCode = false);
CEC_CORE_EXPORT Result<AccessToken> accessToken(const QByteArray &body,
                                                const QDateTime &receivedAt);
CEC_CORE_EXPORT Result<QString> messagingToken(const QByteArray &body);
CEC_CORE_EXPORT Result<Done> sendReply(const QByteArray &body);
CEC_CORE_EXPORT Result<PollReply> pollReply(const QByteArray &body);
CEC_CORE_EXPORT Result<QueueInfo> queueInfo(const QByteArray &body);
CEC_CORE_EXPORT Result<QString> uploadReply(const QByteArray &body); // objectKey
CEC_CORE_EXPORT Result<QByteArray> downloadReply(const QByteArray &body);
CEC_CORE_EXPORT Result<QList<DownlinkMessage>> historyReply(const QByteArray &body);
CEC_CORE_EXPORT Result<SurveyMode> surveyMode(const QByteArray &body);
CEC_CORE_EXPORT Result<Done> plainReply(const QByteArray &body, const QString &endpoint);
CEC_CORE_EXPORT Result<ClickToCallSupport> clickToCallSupport(const QByteArray &body);
CEC_CORE_EXPORT Result<ClickToCallEvent> clickToCallEvent(const QByteArray &body);
// API Fabric error body {"errorCode","exceptionInfo"} of a non-200 reply, if it is one.
CEC_CORE_EXPORT std::optional<std::pair<QString, QString>> gatewayError(const QByteArray &body);
CEC_CORE_EXPORT DownlinkMessage downlinkMessage(const QJsonObject &object);
} // namespace parse

} // namespace cec
