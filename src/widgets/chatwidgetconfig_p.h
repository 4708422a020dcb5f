// The data behind ChatWidgetConfig, with the settings hosts do not see: the client's and the
// session's timings (tests shorten them) and the call-panel factory (tests hand the widget the
// call UI directly instead of loading the plugin).
#pragma once

#include "chatsession.h"
#include "chatwidgetconfig.h"
#include "clientconfig.h"

#include <QSharedData>

namespace cec {

class CallPanelFactory;

class ChatWidgetConfigPrivate final : public QSharedData
{
public:
    ClientConfig client;
    ChatSessionOptions session;
    QString storageDirectory;
    bool notifications = true;
    bool sounds = true;
    bool calls = false;
    // Null: the call-UI plugin (libcec_callui.so), loaded only once the tenant offers calls.
    CallPanelFactory *callPanelFactory = nullptr;

    static ChatWidgetConfigPrivate &get(ChatWidgetConfig &config) { return *config.d; }
    static const ChatWidgetConfigPrivate &get(const ChatWidgetConfig &config) { return *config.d; }
};

} // namespace cec
