#pragma once

#include <QString>

namespace cec {

class CallPanelFactory;

// Loads the call-UI plugin: $CEC_CALLUI_PLUGIN, else libcec_callui.so next to this library or in
// its cec-widget/ folder (the installed layout). Null, with the reason, when it cannot be loaded,
// and always in a chat-only build (CEC_WITH_CALLS=OFF).
CallPanelFactory *loadCallPanelFactory(QString *error);

} // namespace cec
