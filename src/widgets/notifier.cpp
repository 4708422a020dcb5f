#include "notifier_p.h"

#include "inerttext.h"
#include "notificationsound_p.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QUrl>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace cec {

namespace {
// A tray balloon is a glance, not a transcript.
constexpr qsizetype kMaxPreviewLength = 160;
constexpr int kTrayMessageMs = 5000;

// One line, inert (inerttext.h) and bounded: title and body come from the other side.
QString preview(const QString &text)
{
    QString line = inertLine(text.simplified(), kMaxPreviewLength);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Qt hands the body to org.freedesktop.Notifications as it is, and most notification servers
    // (GNOME, Plasma, dunst, xfce) read it as markup: <b>, <a href>, <img src> would format, link
    // or load. Escaping would show "&lt;" on the servers that take plain text, so the three
    // characters markup needs are shown as look-alikes instead.
    line.replace(u'<', QChar(0x2039)).replace(u'>', QChar(0x203A)).replace(u'&', QChar(0xFF06));
#endif
    return line;
}
} // namespace

Notifier::Notifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{}

Notifier::~Notifier() = default;

void Notifier::setTrayIcon(QSystemTrayIcon *trayIcon)
{
    m_trayIcon = trayIcon;
}
void Notifier::setTrayEnabled(bool enabled)
{
    m_trayEnabled = enabled;
}
void Notifier::setSoundEnabled(bool enabled)
{
    m_soundEnabled = enabled;
}
bool Notifier::trayEnabled() const
{
    return m_trayEnabled;
}
bool Notifier::soundEnabled() const
{
    return m_soundEnabled;
}

bool Notifier::notifyNewMessage(const QString &sender, const QString &text)
{
    if (!m_trayEnabled && !m_soundEnabled)
        return false;
    // The user is looking at the conversation: the message itself is the notification.
    if (m_window && m_window->window()->isActiveWindow())
        return false;

    const QString title = sender.isEmpty()
                              ? tr("New message")
                              : tr("New message from %1").arg(inertLine(sender, kMaxNameLength));
    const QString body = preview(text);

    if (m_trayEnabled) {
        if (m_trayIcon) {
            // Plain text: the platform shows it as such, agent text can't format anything.
            m_trayIcon->showMessage(title, body, QSystemTrayIcon::Information, kTrayMessageMs);
            Q_EMIT trayMessageShown(title, body);
        }
        if (m_window)
            QApplication::alert(m_window->window()); // taskbar highlight until activated
    }
    if (m_soundEnabled)
        playSound();
    Q_EMIT notified(title, body);
    return true;
}

void Notifier::playSound()
{
    if (!m_sound) {
        m_sound = new NotificationSound(u":/cec/sounds/message.wav"_s, this);
        m_sound->setVolume(0.6);
    }
    // Without an audio device this is silent; a notification never fails because of sound.
    m_sound->play();
    Q_EMIT soundPlayed();
}

} // namespace cec
