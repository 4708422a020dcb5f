#include "chatstatusheader_p.h"

#include "inerttext.h"

#include <QFrame>
#include <QLabel>

namespace cec {

using namespace std::chrono_literals;

namespace {
constexpr auto kTypingShown = 4s; // the agent's typing notice fades after this
} // namespace

ChatStatusHeader::ChatStatusHeader(const ChatSession &session, const Widgets &widgets)
    : m_session(session)
    , m_ui(widgets)
{
    m_ui.typingLabel->hide();
    m_ui.typingLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui.typingLabel->setTextFormat(Qt::PlainText);
    m_ui.queueLabel->setTextFormat(Qt::PlainText);
    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(kTypingShown);
    QObject::connect(&m_typingTimer, &QTimer::timeout, m_ui.typingLabel, &QWidget::hide);
}

void ChatStatusHeader::onStateChanged(ChatSession::State state)
{
    using State = ChatSession::State;
    m_ui.queueBanner->setVisible(state == State::Queued);
    if (state == State::Queued && !m_session.queueInfo())
        m_ui.queueLabel->setText(tr("Waiting for an agent…"));

    QLabel *status = m_ui.statusLabel;
    switch (state) {
    case State::Idle:
        status->setText(tr("Not connected"));
        break;
    case State::Connecting:
        status->setText(tr("Connecting…"));
        break;
    case State::Connected:
        status->setText(tr("Chatting with the assistant"));
        break;
    case State::Queued:
        status->setText(tr("Waiting for an agent"));
        break;
    case State::WithAgent:
        status->setText(m_agentName.isEmpty() ? tr("Chatting with an agent")
                                              : tr("Chatting with %1").arg(m_agentName));
        break;
    case State::Disconnecting:
        status->setText(tr("Ending the chat…"));
        break;
    case State::Ended:
        status->setText(tr("The conversation has ended"));
        m_ui.typingLabel->hide();
        break;
    case State::Closed:
        status->setText(tr("We are closed now"));
        break;
    case State::Failed:
        status->setText(tr("Not connected"));
        break;
    }
}

void ChatStatusHeader::onQueueInfo(const QueueInfo &info)
{
    QString text = tr("You are number %1 in the queue.").arg(info.position);
    if (info.estimatedWaitSeconds > 0) {
        const int minutes = info.estimatedWaitSeconds / 60;
        text += u' ' + (minutes >= 1 ? tr("Estimated wait: about %n minute(s).", nullptr, minutes)
                                     : tr("Estimated wait: about %n second(s).", nullptr,
                                          info.estimatedWaitSeconds));
    }
    m_ui.queueLabel->setText(text);
    m_ui.queueBanner->setVisible(m_session.state() == ChatSession::State::Queued);
}

void ChatStatusHeader::onAgentTyping()
{
    m_ui.typingLabel->setText(m_agentName.isEmpty() ? tr("The agent is typing…")
                                                    : tr("%1 is typing…").arg(m_agentName));
    m_ui.typingLabel->show();
    m_typingTimer.start();
}

void ChatStatusHeader::onAgentMessage(const QString &senderName)
{
    const QString name = inertLine(senderName, kMaxNameLength); // shown in labels
    if (!name.isEmpty() && name != m_agentName) {
        m_agentName = name;
        if (m_session.state() == ChatSession::State::WithAgent)
            m_ui.statusLabel->setText(tr("Chatting with %1").arg(m_agentName));
    }
    m_ui.typingLabel->hide();
    m_typingTimer.stop();
}

} // namespace cec
