// The cec-chat window: menus around the chat widget, or a start page while there is no chat.
#pragma once

#include <QMainWindow>

#include <memory>

class QSystemTrayIcon;

namespace Ui {
class MainWindow;
}

namespace cec {
class ChatWidget;
}

namespace cec::app {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `chat` (the window takes ownership) and replaces the previous one, if any.
    void setChatWidget(ChatWidget *chat);
    ChatWidget *chatWidget() const { return m_chat; }
    void removeChatWidget();

    // The start page with a status sentence, e.g. while the demo starts or after a failure.
    void showStatus(const QString &text, bool offerChoices);

    // The tray icon mirrors the unread count in its tooltip (the window does not own it).
    void setTrayIcon(QSystemTrayIcon *trayIcon);
    // Appended to the title, e.g. "Demo".
    void setTitleSuffix(const QString &suffix);

Q_SIGNALS:
    void settingsRequested();
    void demoRequested();

private:
    void updateTitle();
    void exportTranscript();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ChatWidget *m_chat = nullptr;
    QSystemTrayIcon *m_trayIcon = nullptr;
    QString m_titleSuffix;
    int m_unread = 0;
};

} // namespace cec::app
