#include "chatmessage.h"

#include "types.h"

namespace cec {

ChatMessage chatMessageFrom(const DownlinkMessage &message, bool fromHistory)
{
    ChatMessage chat;
    chat.id = message.dedupKey();
    chat.source = message.sourceType;
    chat.mediaType = message.mediaType;
    chat.senderName = message.senderNickname;
    chat.content = message.content;
    chat.timestamp = message.timestamp;
    chat.delivery = DeliveryState::Sent;
    chat.suggestedQuestions = message.suggestedQuestions;
    chat.contentType = message.contentType;
    chat.mediaFileType = message.mediaFileType;
    chat.fromHistory = fromHistory;
    return chat;
}

} // namespace cec
