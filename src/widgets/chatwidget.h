// The embeddable customer chat:
//
//     cec::ChatWidgetConfig config;
//     config.client = ...;                    // endpoint, app key, token URL, customer
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
    explicit ChatWidget(ChatWidgetConfig config, QWidget *parent = nullptr);
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

    ChatSession &session(); // for hosts that want to observe state; the widget drives it

Q_SIGNALS:
    void unreadCountChanged(int count);
    void conversationEnded();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<ChatWidgetPrivate> d;
};

} // namespace cec
