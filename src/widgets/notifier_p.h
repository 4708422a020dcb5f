// New-message notification while the window is not active: a tray message and a short sound
// (Qt Multimedia). Both can be switched off; without a tray icon only the sound plays.
#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace cec {

class NotificationSound;

class Notifier final : public QObject
{
    Q_OBJECT
public:
    explicit Notifier(QWidget *window, QObject *parent = nullptr);
    ~Notifier() override;

    void setTrayIcon(QSystemTrayIcon *trayIcon);
    void setTrayEnabled(bool enabled);
    void setSoundEnabled(bool enabled);
    bool trayEnabled() const;
    bool soundEnabled() const;

    // Notifies unless the window is active or both tray and sound are off (then it does nothing
    // and returns false).
    bool notifyNewMessage(const QString &sender, const QString &text);

Q_SIGNALS:
    void notified(const QString &title, const QString &text); // for tests and hosts
    void trayMessageShown(const QString &title, const QString &text);
    void soundPlayed();

private:
    void playSound();

    QPointer<QWidget> m_window;
    QPointer<QSystemTrayIcon> m_trayIcon;
    NotificationSound *m_sound = nullptr; // child, created on first use: start-up stays light
    bool m_trayEnabled = true;
    bool m_soundEnabled = true;
};

} // namespace cec
