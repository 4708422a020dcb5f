// The embeddable customer chat:
//
//     cec::ChatWidgetConfig config;           // service address, app key, customer (see there)
//     auto *chat = new cec::ChatWidget(config, parent);
//     chat->start();
#pragma once

#include "cec_widgets_export.h"
#include "chatwidgetconfig.h"

#include <QWidget>

#include <memory>

class QSystemTrayIcon;

namespace cec {

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

Q_SIGNALS:
    void unreadCountChanged(int count);
    void conversationEnded();
    void callEndFinished(); // after endCall()

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class ChatWidgetPrivate;
    std::unique_ptr<ChatWidgetPrivate> d;
};

} // namespace cec
