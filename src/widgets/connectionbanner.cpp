#include "connectionbanner_p.h"

#include "chatwidgetcommon_p.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>

namespace cec {

using namespace std::chrono_literals;

ConnectionBanner::ConnectionBanner(const ChatSession &session, QFrame *banner, QLabel *label,
                                   QPushButton *reconnectButton)
    : m_session(session)
    , m_banner(banner)
    , m_label(label)
    , m_reconnectButton(reconnectButton)
{
    m_reconnectButton->hide();
    m_label->setTextFormat(Qt::PlainText);
    m_countdownTimer.setInterval(1s);
    QObject::connect(&m_countdownTimer, &QTimer::timeout, &m_countdownTimer, [this] { tick(); });
}

void ConnectionBanner::onStateChanged(bool wasLive)
{
    m_wasLive = wasLive;
    if (!isLiveState(m_session.state()))
        m_link = ChatSession::Link::Online;
    update();
}

void ConnectionBanner::update()
{
    using State = ChatSession::State;
    const State state = m_session.state();
    const bool wasLive = m_wasLive;
    QString text;
    bool offerRestart = false;
    if (state == State::Connecting) {
        text = tr("Connecting…");
    } else if (isLiveState(state) && m_link == ChatSession::Link::Reconnecting) {
        text = tr("Connection lost. Reconnecting in %n s…", nullptr, m_countdownSeconds);
    } else if (isLiveState(state) && m_link == ChatSession::Link::Offline) {
        text = tr("Offline. Your messages will be sent when the connection is back. Trying again "
                  "in %n s…",
                  nullptr, m_countdownSeconds);
    } else if (state == State::Failed && wasLive) {
        // Polling gave up (ChatSessionOptions::giveUpAfterFailures, or signing in kept failing):
        // the error banner says why; unsent messages stay queued for the reconnect.
        text = tr("The connection to the contact centre could not be restored, so this app "
                  "stopped retrying.");
        offerRestart = true;
    } else if (state == State::Failed) {
        text = tr("Could not connect to the contact centre.");
        offerRestart = true;
    } else if (state == State::Ended) {
        text = tr("The conversation has ended.");
        offerRestart = true;
    }
    m_label->setText(text);
    m_reconnectButton->setVisible(offerRestart);
    const bool lost = state == State::Failed && wasLive;
    m_reconnectButton->setText(lost                     ? tr("&Reconnect")
                               : state == State::Failed ? tr("&Try again")
                                                        : tr("&Start a new chat"));
    m_reconnectButton->setAccessibleName(lost                     ? tr("Reconnect")
                                         : state == State::Failed ? tr("Try again")
                                                                  : tr("Start a new chat"));
    m_banner->setVisible(!text.isEmpty());
    if (m_link == ChatSession::Link::Online || !isLiveState(state))
        m_countdownTimer.stop();
}

void ConnectionBanner::onLinkChanged(ChatSession::Link link, int retryInSeconds)
{
    m_link = link;
    m_countdownSeconds = retryInSeconds;
    if (link != ChatSession::Link::Online && !m_countdownTimer.isActive())
        m_countdownTimer.start();
    update();
}

void ConnectionBanner::tick()
{
    if (m_countdownSeconds > 0)
        --m_countdownSeconds;
    update();
}

} // namespace cec
