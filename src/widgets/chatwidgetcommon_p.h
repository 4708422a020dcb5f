// What the chat widget's parts share: the logging category and which chat states are "live".
#pragma once

#include "chatsession.h"

#include <QLoggingCategory>

namespace cec {

Q_DECLARE_LOGGING_CATEGORY(lcWidgets)

// The customer can chat (and call): the session is connected, queued or with an agent.
inline bool isLiveState(ChatSession::State state)
{
    return state == ChatSession::State::Connected || state == ChatSession::State::Queued ||
           state == ChatSession::State::WithAgent;
}

} // namespace cec
