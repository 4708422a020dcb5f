// Hosts the click-to-call panel in the chat widget: asks the tenant whether calls are offered,
// loads the call-UI plugin only then (it brings Qt WebEngine), places the panel under the header,
// tells it whether the chat is live, and ends or hands over the call when the chat or the widget
// goes. It also follows the call for the host (ChatWidget's call state, signals, mute and
// statistics) from what the panel reports (CallPanelObserver).
#pragma once

#include "callpanelfactory.h"
#include "chatsession.h"

#include <QElapsedTimer>
#include <QPointer>

#include <memory>
#include <optional>

class QBoxLayout;
class QNetworkAccessManager;
class QWidget;

namespace cec {

class CecClient;

class CallHost final : public CallPanelObserver
{
public:
    // `enabled`: ChatWidgetConfig::calls; `factory`: the configured one (null: the plugin).
    // The panel goes into `layout` at `position`.
    CallHost(bool enabled, CallPanelFactory *factory, CecClient &client, ChatWidget *widget,
             QBoxLayout *layout, int position);

    void onChatStateChanged(ChatSession::State state);
    void startCall(bool video);
    bool hasCall() const;
    void endCall(); // ChatWidget::callEndFinished() follows, from the event loop
    // From the widget's destructor: a running call finishes without the widget (CallTeardown
    // takes the panel, the client and the network manager).
    void handOverCall(std::unique_ptr<CecClient> &client,
                      std::unique_ptr<QNetworkAccessManager> &network);

    ChatWidget::CallState callState() const { return m_state; }
    void setMicrophoneMuted(bool muted);
    bool isMicrophoneMuted() const;
    const CallStats &statistics() const { return m_statistics; }

    // CallPanelObserver
    void callStateChanged(ChatWidget::CallState state, ChatWidget::CallType type) override;
    void callEnded(ChatWidget::CallEndReason reason, const QString &detail) override;
    void microphoneMutedChanged(bool muted) override;
    void callStatisticsChanged(const CallPanelStatistics &sample) override;

private:
    void offerCallsIfSupported();

    const bool m_enabled;
    CallPanelFactory *m_factory; // from the config, or the call-UI plugin
    CecClient &m_client;
    ChatWidget *const m_widget;
    QBoxLayout *m_layout;
    int m_position;
    QPointer<QWidget> m_panel; // child widget; deleted before the client it uses
    bool m_supportAsked = false;
    bool m_chatLive = false;
    std::optional<bool> m_requestedVideo; // startCall() before the panel existed

    ChatWidget::CallState m_state = ChatWidget::CallState::None;
    bool m_endedWithChat = false; // the chat's end ended the call (CallEndReason::ChatEnded)
    CallStats m_statistics;
    CallPanelStatistics m_lastSample; // for the bit rates
    QElapsedTimer m_lastSampleClock;
};

} // namespace cec
