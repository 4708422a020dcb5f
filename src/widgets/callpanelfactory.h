// Where the chat widget gets its click-to-call panel from. The panel pulls in Qt WebEngine
// (Chromium), so it lives in a plugin of its own that is loaded only once the tenant offers calls:
// a chat-only session never maps WebEngine at all.
#pragma once

#include "chatwidget.h"

#include <QtPlugin>

#include <functional>

class QWidget;

namespace cec {

class CecClient;

// One statistics sample of a call as the plugin reports it (about once a second while media
// flows; the media layer's CallStatistics, without its types). Unknown values are -1.
struct CallPanelStatistics final
{
    double roundTripTimeMs = -1;
    double jitterMs = -1;
    double packetLossPercent = 0;
    qint64 packetsLost = 0;
    qint64 packetsReceived = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    double outboundAudioLevel = 0; // 0..1
    double inboundAudioLevel = 0;  // 0..1
};

// What a panel tells the chat widget about its call, so that the widget can tell its host
// (ChatWidget's call signals). Implemented by the widget; called by the plugin.
class CallPanelObserver
{
public:
    virtual ~CallPanelObserver() = default;
    virtual void callStateChanged(ChatWidget::CallState state, ChatWidget::CallType type) = 0;
    // After callStateChanged(None); `detail` is the sentence the panel shows.
    virtual void callEnded(ChatWidget::CallEndReason reason, const QString &detail) = 0;
    virtual void microphoneMutedChanged(bool muted) = 0;
    virtual void callStatisticsChanged(const CallPanelStatistics &statistics) = 0;
};

class CallPanelFactory
{
public:
    virtual ~CallPanelFactory() = default;
    virtual QWidget *createCallPanel(CecClient &client, QWidget *parent) = 0;
    // Where the panel reports its call; null stops the reports (the widget is going away).
    virtual void setObserver(QWidget *callPanel, CallPanelObserver *observer) = 0;
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
    // The panel's mute button: during a call only (a new call starts unmuted).
    virtual void setMicrophoneMuted(QWidget *callPanel, bool muted) = 0;
    virtual bool isMicrophoneMuted(const QWidget *callPanel) const = 0;
};

} // namespace cec

#define CEC_CALL_PANEL_FACTORY_IID "org.cec-widget.CallPanelFactory/1.2"
Q_DECLARE_INTERFACE(cec::CallPanelFactory, CEC_CALL_PANEL_FACTORY_IID)
