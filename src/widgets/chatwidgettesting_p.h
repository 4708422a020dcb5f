// For the project's own tests only (this header is not installed): the session a widget drives,
// to wait for its state or to send without clicking. Hosts observe the widget through its public
// signals instead; the session is not part of the public API, so it can change.
#pragma once

#include "cec_widgets_export.h"

namespace cec {

class ChatSession;
class ChatWidget;

CEC_WIDGETS_EXPORT ChatSession &chatSessionOf(ChatWidget &widget);

} // namespace cec
