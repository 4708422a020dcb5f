// The vocabulary of the CEC ccmessaging web channel (docs/cec-api.md): paths, field
// names, enumerations and codes. Pure QtCore, no I/O: shared by the client and by cec-sim.
#pragma once

#include "cec_protocol_export.h"

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>

namespace cec::protocol {

// send TEXT content, "1K" (docs/cec-api.md §3.1)
inline constexpr qsizetype kMaxTextBytes = 1024;
// send/history/satisfaction (docs/cec-api.md §1.4)
inline constexpr qsizetype kMaxUserIdLength = 24;
inline constexpr qsizetype kMaxApplyTokenUserIdLength = 32;
inline constexpr qsizetype kMaxDownlinkContentLength = 500;
inline constexpr qsizetype kMaxSatisfactionCommentLength = 511; // "< 512 chars"
inline constexpr qint64 kMaxFileBytes = 2 * 1024 * 1024; // download cap (docs/cec-api.md §3.6)
// The Base64 text of the largest file we take: 4 characters for every 3 bytes.
inline constexpr qint64 kMaxFileBase64Length = (kMaxFileBytes + 2) / 3 * 4;
inline constexpr int kMaxAccessTokenLifetimeSeconds = 3600;
inline constexpr int kDefaultAccessTokenLifetimeSeconds = 600;
// Our floor for an AccessToken lifetime the service states as 0, negative or tiny: renewing at
// 80 % of it would otherwise mean a token request before every call (docs/cec-api-notes.md).
inline constexpr int kMinAccessTokenLifetimeSeconds = 60;
inline constexpr int kMessagingTokenLifetimeSeconds = 3600;

inline constexpr QLatin1StringView kChannelWeb{"WEB"};
inline constexpr QLatin1StringView kSourceCustomer{"CUSTOMER"};

namespace path {
inline constexpr QLatin1StringView kTokenByAkSk{"/apigovernance/api/oauth/tokenByAkSk"};
inline constexpr QLatin1StringView kApplyToken{"/apiaccess/ccmessaging/applyToken"};
inline constexpr QLatin1StringView kSend{"/apiaccess/ccmessaging/send"};
inline constexpr QLatin1StringView kPoll{"/apiaccess/ccmessaging/poll"};
inline constexpr QLatin1StringView kQueryQueueInfo{"/apiaccess/ccmessaging/queryQueueInfo"};
inline constexpr QLatin1StringView kUploadFileStream{"/apiaccess/ccmessaging/uploadFileStream"};
inline constexpr QLatin1StringView kDownloadFileStream{"/apiaccess/ccmessaging/downloadFileStream"};
inline constexpr QLatin1StringView kQueryHistory{"/apiaccess/ccmessaging/queryHistoryChatMessage"};
inline constexpr QLatin1StringView kSurveyMode{"/apiaccess/ccmessaging/getsatisfactionsurveymode"};
inline constexpr QLatin1StringView kSaveSatisfaction{"/apiaccess/ccmessaging/saveSatisfaction"};
inline constexpr QLatin1StringView kLeaveMessage{"/apiaccess/ccmessaging/doLeaveMessage"};
inline constexpr QLatin1StringView kCheckClickToCall{
    "/apiaccess/ccmessaging/v1/checkClickToCallSupport"};
inline constexpr QLatin1StringView kCreateClickToCall{
    "/apiaccess/ccmessaging/v1/createClickToCall"};
inline constexpr QLatin1StringView kClickToCallEvents{
    "/apiaccess/ccmessaging/v1/getClickToCallEvents"};
inline constexpr QLatin1StringView kDropClickToCall{"/apiaccess/ccmessaging/v1/dropClickToCall"};
} // namespace path

namespace header {
inline constexpr QLatin1StringView kAppKey{"x-app-key"};
inline constexpr QLatin1StringView kMessagingToken{"ccmessaging-token"};
inline constexpr QLatin1StringView kTokenExpire{"X-Token-Expire"};
} // namespace header

enum class ControlType
{
    Connect,
    Chat,
    Input,
    Trans2Agent,
    Read,
    Disconnect
};
enum class MediaType
{
    Text,
    Image,
    Audio,
    Video,
    File,
    FileImage,
    FileVideo,
    WebCard,
    Locate,
    Document
};
enum class SourceType
{
    Customer,
    Agent,
    Robot,
    System,
    Unknown
};

CEC_PROTOCOL_EXPORT QString toString(ControlType type);
CEC_PROTOCOL_EXPORT QString toString(MediaType type);
CEC_PROTOCOL_EXPORT std::optional<ControlType> controlTypeFromString(QStringView text);
CEC_PROTOCOL_EXPORT std::optional<MediaType> mediaTypeFromString(QStringView text);
CEC_PROTOCOL_EXPORT SourceType
sourceTypeFromString(QStringView text); // USER in history maps to Customer

// Business result codes that the client reacts to (docs/cec-api.md §1.3, §6).
namespace result {
inline constexpr QLatin1StringView kOk{"0"};
inline constexpr QLatin1StringView kFailure{"1"};
inline constexpr QLatin1StringView kMissingParameter{"2"};
inline constexpr QLatin1StringView kBadParameter{"3"};
inline constexpr QLatin1StringView kClickToCallUnsupported{"7"};
inline constexpr QLatin1StringView kOutsideWorkingHours{"12"};
inline constexpr QLatin1StringView kProcessingFailure{"13"};
inline constexpr QLatin1StringView kQueueAlreadyWithAgent{"160021"};
inline constexpr QLatin1StringView kQueueTransferredToIvr{"160022"};
inline constexpr QLatin1StringView kQueueSessionEnded{"160004"};   // no such session, or ended
inline constexpr QLatin1StringView kQueueSessionAlreadyEnded{"5"}; // session already ended
} // namespace result

// Click-to-call events (docs/cec-api.md §4.3; all but 168101 come from the seed page).
enum class CallEventId : int
{
    Setup = 168101,
    Queuing = 168102,
    QueueTimeout = 168103,
    Failure = 168105,
    Transfer = 168106,
    Release = 168110,
};
CEC_PROTOCOL_EXPORT std::optional<CallEventId> callEventIdFromInt(int id);

enum class MediaAbility
{
    Voice,
    Video
}; // "0" / "1" on the wire
CEC_PROTOCOL_EXPORT QString toWire(MediaAbility ability);

// The documented upload types and the extra types the download endpoint knows
// (docs/cec-api.md §3.5, §3.6).
CEC_PROTOCOL_EXPORT QStringList uploadFileTypes(); // lower case, in the documentation's order
CEC_PROTOCOL_EXPORT bool isUploadFileType(QStringView extension);
CEC_PROTOCOL_EXPORT bool isDownloadFileType(QStringView extension);
// Sent as IMAGE with the bare object key (shown inline to the agent); other types go as FILE.
CEC_PROTOCOL_EXPORT bool isImageFileType(QStringView extension);

// The content of a FILE message: "name,size,objectKey,type" (docs/cec-api.md §3.1).
// The one home of that format: the session builds it, the widget, the model and cecctl read it.
struct CEC_PROTOCOL_EXPORT FileMessage final
{
    QString name;
    qint64 size = -1; // -1: not given or not a number
    QString objectKey;
    QString type;

    // A comma in the name would shift the fields, so it becomes '_'.
    QString toContent() const;
    // Lenient: a name with commas (from another client) keeps them, as the last three fields are
    // fixed; content with fewer than four fields is a bare object key (IMAGE messages).
    static FileMessage parse(const QString &content);
};

} // namespace cec::protocol
