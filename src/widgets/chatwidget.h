// The embeddable customer chat:
//
//     cec::ChatWidgetConfig config;           // service address, app key, customer (see there)
//     auto *chat = new cec::ChatWidget(config, parent);
//     chat->start();
#pragma once

#include "callstats.h"
#include "cec_widgets_export.h"
#include "chatwidgetconfig.h"

#include <QWidget>

#include <memory>

class QSystemTrayIcon;

namespace cec {

class CallHost;
class ChatWidgetPrivate;

class CEC_WIDGETS_EXPORT ChatWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ChatWidget(const ChatWidgetConfig &config, QWidget *parent = nullptr);
    ~ChatWidget() override;

    // Restores the saved conversation (unsent messages, recent history) and connects.
    void start();
    // Ends the conversation (asks the user to confirm when `confirm`), then offers the survey.
    void endChat(bool confirm = true);

    int unreadCount() const;
    void setNotificationsEnabled(bool enabled);
    void setSoundsEnabled(bool enabled);
    // The host's tray icon, used for new-message notifications; the widget never creates one.
    void setTrayIcon(QSystemTrayIcon *trayIcon);

    // Writes the conversation as HTML or plain text (by the file's extension).
    bool exportTranscript(const QString &fileName, QString *error = nullptr) const;

    enum class CallType
    {
        Voice,
        Video,
    };
    Q_ENUM(CallType)
    // Where a call is, for a host that follows it (callStateChanged()).
    enum class CallState
    {
        None,       // no call (before the first, or after one ended: see callEnded())
        Requesting, // the call was asked for (createClickToCall)
        Queued,     // waiting for an agent
        Connecting, // an agent took it; the audio/video connection is being made
        InCall,     // connected: callStarted() was emitted
        Ending,     // hung up from our side: Hang up, endCall() or the chat ending (BYE/CANCEL)
    };
    Q_ENUM(CallState)
    enum class CallEndReason
    {
        HungUpByCustomer, // the customer (or endCall()) hung up a connected call
        Cancelled,        // the customer (or endCall()) hung up before it was connected
        HungUpByAgent,    // the agent or the contact centre ended it (168110, or their BYE)
        ChatEnded,        // the chat ended (the customer's endChat() or the agent leaving)
        QueueTimeout,     // no agent answered in time (168103)
        Failed,           // it could not be set up or broke off (168105, refused, media, network)
    };
    Q_ENUM(CallEndReason)
    // Starts a call like the Voice / Video buttons, as soon as one is possible (the chat is
    // connected, the tenant offers calls, the devices passed their check): for a host's own "call
    // us" action. Nothing happens when the tenant offers no calls or calls are off in the config.
    void startCall(CallType type);
    // A voice or video call is running (queued, connecting, in call) or being hung up.
    bool hasCall() const;
    // Ends a running call (SIP BYE, or CANCEL before the agent answered, and dropClickToCall)
    // without blocking. callEndFinished() follows once both have been answered or after about
    // 2 s, so a host that quits can wait for it; also (from the event loop) when there is no call.
    // A host may also just delete the widget: a running call is then finished in the background
    // (bounded the same way) while the event loop runs, and at the latest when
    // QCoreApplication::aboutToQuit is emitted.
    void endCall();
    CallState callState() const;
    // The customer's microphone in the running call (the call panel's Mute button does the
    // same). Only during a call: every call starts unmuted.
    void setMicrophoneMuted(bool muted);
    bool isMicrophoneMuted() const;
    // The latest sample of the running (or last) call; not valid before its first sample.
    CallStats callStatistics() const;

Q_SIGNALS:
    void unreadCountChanged(int count);
    void conversationEnded();
    void callEndFinished(); // after endCall()
    void callStateChanged(cec::ChatWidget::CallState state);
    void callStarted(cec::ChatWidget::CallType type); // connected (CallState::InCall)
    // After callStateChanged(None); `detail` is the sentence the call panel shows.
    void callEnded(cec::ChatWidget::CallEndReason reason, const QString &detail);
    void microphoneMutedChanged(bool muted); // as the call page confirms it
    void callStatisticsChanged();            // a new sample: callStatistics()

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class ChatWidgetPrivate;
    std::unique_ptr<ChatWidgetPrivate> d;
};

} // namespace cec
