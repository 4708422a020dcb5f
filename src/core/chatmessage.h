#pragma once

#include "cec_core_export.h"

#include "protocol/protocol.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cec {

struct DownlinkMessage;

enum class DeliveryState
{
    Queued,
    Sending,
    Sent,
    Failed,
    Read
};

// A message as the conversation shows it, whichever side sent it.
struct CEC_CORE_EXPORT ChatMessage final
{
    QString id; // server messageCode, or a local uuid for our own messages
    protocol::SourceType source = protocol::SourceType::Unknown;
    protocol::MediaType mediaType = protocol::MediaType::Text;
    QString senderName;
    QString content;
    QDateTime timestamp;
    DeliveryState delivery = DeliveryState::Sent; // meaningful for our own messages
    QString failureReason;                        // user sentence when delivery == Failed
    QStringList suggestedQuestions;
    QString contentType;   // "1" for locally uploaded files (download needs "local/")
    QString mediaFileType; // for downloads
    QString fileName;      // own file messages: the user's file name (content is the wire form)
    bool fromHistory = false;
    bool isOwn() const { return source == protocol::SourceType::Customer; }
};

// The one conversion of a server message (a poll's or a history entry) into what the
// conversation shows, for the session and for cecctl alike. The id is its dedupKey() (so a
// message seen twice, by poll and by history, keeps one id), delivery Sent. The timestamp is the
// server's, invalid when it sent none: the caller decides what to show instead.
CEC_CORE_EXPORT ChatMessage chatMessageFrom(const DownlinkMessage &message, bool fromHistory);

} // namespace cec
