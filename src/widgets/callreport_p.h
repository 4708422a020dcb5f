// Tells the chat widget (CallPanelObserver) what a CallPanel's call does, in the terms of the
// host-facing API: the call state, how the call ended, the microphone and the statistics.
// The end reason is read from the click-to-call session: a hang-up of ours goes through Ending
// (a customer's hang-up, or a cancel before the call was answered); 168110 or the gateway's BYE
// end it from the agent's side; 168103 is a queue timeout; any other failure is Failed.
#pragma once

#include "callpanelfactory.h"
#include "clicktocallsession.h"

#include <QObject>

namespace cec {

class CallPanel;
struct CallStatistics;

class CallReport final : public QObject
{
    Q_OBJECT
public:
    explicit CallReport(CallPanel &panel); // a child of the panel

    void setObserver(CallPanelObserver *observer) { m_observer = observer; }

    static ChatWidget::CallState callStateOf(ClickToCallSession::State state);

private:
    void onSessionState(ClickToCallSession::State state);
    void onEnded(const QString &reason);
    void onFailed(const ApiError &error, const QString &userMessage);
    void onStatistics(const CallStatistics &statistics);
    void finish(ChatWidget::CallEndReason reason, const QString &detail);

    CallPanel &m_panel;
    CallPanelObserver *m_observer = nullptr; // not owned
    ChatWidget::CallState m_state = ChatWidget::CallState::None;
    bool m_running = false;       // a call was started and has not been reported as ended
    bool m_reachedCall = false;   // it got to InCall
    bool m_customerEnded = false; // it went through Ending: our hang-up
};

} // namespace cec
