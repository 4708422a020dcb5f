// A chat message as JSON on disk (the conversation store and its archive): names of our own,
// independent of the wire protocol's spelling, so that a protocol change never silently
// reinterprets stored files. Holds no secret or token: messages carry none.
#pragma once

#include "chatmessage.h"

#include <QJsonObject>

namespace cec {

QJsonObject messageToJson(const ChatMessage &message);
// Lenient: unknown names fall back to defaults. A message that was being sent when it was
// written comes back Queued (it is sent again from the queue).
ChatMessage messageFromJson(const QJsonObject &object);

} // namespace cec
