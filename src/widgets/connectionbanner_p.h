// The connection banner: "Connecting…", the reconnect countdown while the link is down, and the
// way back (Reconnect / Try again / Start a new chat) once the session has stopped.
#pragma once

#include "chatsession.h"

#include <QCoreApplication>
#include <QTimer>

class QFrame;
class QLabel;
class QPushButton;

namespace cec {

class ConnectionBanner final
{
    Q_DECLARE_TR_FUNCTIONS(cec::ChatWidget)
public:
    // The reconnect button's clicks are the coordinator's (it restarts the session).
    ConnectionBanner(const ChatSession &session, QFrame *banner, QLabel *label,
                     QPushButton *reconnectButton);

    // After every state change; `wasLive`: the conversation had been connected (so a failure now
    // means the connection was lost rather than never made).
    void onStateChanged(bool wasLive);
    void onLinkChanged(ChatSession::Link link, int retryInSeconds);

private:
    void update();
    void tick();

    const ChatSession &m_session;
    QFrame *m_banner;
    QLabel *m_label;
    QPushButton *m_reconnectButton;
    QTimer m_countdownTimer;
    int m_countdownSeconds = 0;
    ChatSession::Link m_link = ChatSession::Link::Online;
    bool m_wasLive = false;
};

} // namespace cec
