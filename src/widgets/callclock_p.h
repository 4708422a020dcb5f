// The call panel's clock: how long the customer has been waiting for an agent, then how long the
// call has lasted, ticking once a second while a call is running.
#pragma once

#include "callpanel_p.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

class QLabel;

namespace cec {

class CallClock final
{
    Q_DECLARE_TR_FUNCTIONS(cec::CallPanel) // the panel's strings, in the panel's context
public:
    explicit CallClock(QLabel *label);

    // Restarts the clock on entering a request, the queue or the call; ticks while one runs.
    void setPhase(CallPanel::Phase phase);
    void refresh(); // the label, from the clock and the phase

    static QString elapsedText(qint64 ms);

private:
    QLabel *m_label; // not owned
    CallPanel::Phase m_phase = CallPanel::Phase::Hidden;
    QElapsedTimer m_clock; // queue or call time
    QTimer m_tick;
};

} // namespace cec
