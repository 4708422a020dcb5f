// What a host application gives the chat widget.
#pragma once

#include "cec_widgets_export.h"
#include "chatsession.h"
#include "clientconfig.h"

#include <QString>

namespace cec {

class CallPanelFactory;

struct CEC_WIDGETS_EXPORT ChatWidgetConfig final
{
    ClientConfig client;        // endpoint, credentials, customer id and name, locale
    ChatSessionOptions session; // poll and back-off timings
    // Where the conversation is kept between runs (unsent messages, recent messages, customer id).
    // Empty: QStandardPaths::AppDataLocation + "/conversations". Never holds a secret.
    QString storageDirectory;
    bool notifications = true; // tray message for new messages while the window is inactive
    bool sounds = true;        // sound for new messages while the window is inactive
    // Offer voice/video calls when the tenant supports click-to-call. The call page (Chromium,
    // about 130 MiB, see the README's measurements) starts only once a call is possible; the host
    // must set up Qt WebEngine (Qt::AA_ShareOpenGLContexts before the QApplication;
    // QTWEBENGINE_DISABLE_SANDBOX as root).
    bool calls = false;
    // Where the call panel comes from; null: the call-UI plugin (libcec_callui.so), loaded only
    // once the tenant says it offers calls.
    CallPanelFactory *callPanelFactory = nullptr;
};

} // namespace cec
