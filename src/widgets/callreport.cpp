#include "callreport_p.h"

#include "callpanel_p.h"

namespace cec {

using namespace Qt::StringLiterals;

CallReport::CallReport(CallPanel &panel)
    : QObject(&panel)
    , m_panel(panel)
{
    ClickToCallSession &session = panel.session();
    connect(&session, &ClickToCallSession::stateChanged, this,
            [this](ClickToCallSession::State state) { onSessionState(state); });
    connect(&session, &ClickToCallSession::ended, this,
            [this](const QString &reason) { onEnded(reason); });
    connect(&session, &ClickToCallSession::failed, this,
            [this](const ApiError &error, const QString &message) { onFailed(error, message); });
    connect(&panel, &CallPanel::statisticsUpdated, this,
            [this](const CallStatistics &statistics) { onStatistics(statistics); });
    connect(&panel, &CallPanel::microphoneMutedChanged, this, [this](bool muted) {
        if (m_observer)
            m_observer->microphoneMutedChanged(muted);
    });
}

ChatWidget::CallState CallReport::callStateOf(ClickToCallSession::State state)
{
    using State = ClickToCallSession::State;
    using CallState = ChatWidget::CallState;
    switch (state) {
    case State::Requesting:
        return CallState::Requesting;
    case State::Queuing:
        return CallState::Queued;
    case State::Connecting:
        return CallState::Connecting;
    case State::InCall:
        return CallState::InCall;
    case State::Ending:
        return CallState::Ending;
    case State::Idle:
    case State::CheckingSupport:
    case State::Unavailable:
    case State::Ready:
    case State::Ended:
    case State::Failed:
        break;
    }
    return CallState::None;
}

void CallReport::onSessionState(ClickToCallSession::State state)
{
    using State = ClickToCallSession::State;
    if (state == State::Requesting) {
        m_running = true;
        m_reachedCall = false;
        m_customerEnded = false;
    }
    if (state == State::InCall)
        m_reachedCall = true;
    if (state == State::Ending)
        m_customerEnded = true;
    const ChatWidget::CallState next = callStateOf(state);
    if (next == m_state)
        return;
    m_state = next;
    const auto ability = m_panel.session().mediaAbility();
    const auto type = ability == protocol::MediaAbility::Video ? ChatWidget::CallType::Video
                                                               : ChatWidget::CallType::Voice;
    if (m_observer)
        m_observer->callStateChanged(next, type);
}

void CallReport::onEnded(const QString &reason)
{
    using Reason = ChatWidget::CallEndReason;
    if (!m_customerEnded)
        finish(Reason::HungUpByAgent, reason);
    else
        finish(m_reachedCall ? Reason::HungUpByCustomer : Reason::Cancelled, reason);
}

void CallReport::onFailed(const ApiError &error, const QString &userMessage)
{
    // The event's id is the error's code (ClickToCallSession::eventError).
    const bool queueTimeout =
        error.code() == QString::number(int(protocol::CallEventId::QueueTimeout));
    finish(queueTimeout ? ChatWidget::CallEndReason::QueueTimeout
                        : ChatWidget::CallEndReason::Failed,
           userMessage);
}

void CallReport::finish(ChatWidget::CallEndReason reason, const QString &detail)
{
    if (!m_running)
        return; // not a call: the support check failed
    m_running = false;
    if (m_observer)
        m_observer->callEnded(reason, detail);
}

void CallReport::onStatistics(const CallStatistics &statistics)
{
    if (!m_observer)
        return;
    CallPanelStatistics sample;
    sample.roundTripTimeMs = statistics.roundTripTimeMs;
    sample.jitterMs = statistics.jitterMs;
    sample.packetLossPercent = statistics.packetLossPercent;
    sample.packetsLost = statistics.packetsLost;
    sample.packetsReceived = statistics.packetsReceived;
    sample.bytesSent = statistics.bytesSent;
    sample.bytesReceived = statistics.bytesReceived;
    sample.outboundAudioLevel = statistics.outboundAudioLevel;
    sample.inboundAudioLevel = statistics.inboundAudioLevel;
    m_observer->callStatisticsChanged(sample);
}

} // namespace cec
