// Where the chat widget gets its click-to-call panel from. The panel pulls in Qt WebEngine
// (Chromium), so it lives in a plugin of its own that is loaded only once the tenant offers calls:
// a chat-only session never maps WebEngine at all.
#pragma once

#include <QtPlugin>

#include <functional>

class QWidget;

namespace cec {

class CecClient;

class CallPanelFactory
{
public:
    virtual ~CallPanelFactory() = default;
    virtual QWidget *createCallPanel(CecClient &client, QWidget *parent) = 0;
    // The chat's state is what makes a call possible (createClickToCall needs a chat session).
    virtual void setChatConnected(QWidget *callPanel, bool connected) = 0;
    // Starts a call as soon as the panel offers one (at once if it does).
    virtual void requestCall(QWidget *callPanel, bool video) = 0;
    // A call is running or being hung up.
    virtual bool hasCall(QWidget *callPanel) const = 0;
    // Ends a running call: SIP BYE (or CANCEL before the answer) and dropClickToCall. `done`
    // runs from the event loop once both have been answered or about 2 s have passed (at once
    // when there is no call), as long as the panel exists; keep the panel alive until then.
    virtual void endCall(QWidget *callPanel, std::function<void()> done) = 0;
};

} // namespace cec

#define CEC_CALL_PANEL_FACTORY_IID "org.cec-widget.CallPanelFactory/1.1"
Q_DECLARE_INTERFACE(cec::CallPanelFactory, CEC_CALL_PANEL_FACTORY_IID)
