#include "callclock_p.h"

#include <QLabel>

#include <utility>

namespace cec {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

CallClock::CallClock(QLabel *label)
    : m_label(label)
{
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_tick.setInterval(1s);
    QObject::connect(&m_tick, &QTimer::timeout, m_label, [this] { refresh(); });
}

void CallClock::setPhase(CallPanel::Phase phase)
{
    using Phase = CallPanel::Phase;
    const Phase previous = std::exchange(m_phase, phase);
    if (phase != previous &&
        (phase == Phase::Queuing || phase == Phase::InCall || phase == Phase::Requesting))
        m_clock.start();
    const bool running = phase == Phase::Requesting || phase == Phase::Queuing ||
                         phase == Phase::Connecting || phase == Phase::InCall;
    if (running && !m_tick.isActive())
        m_tick.start();
    else if (!running)
        m_tick.stop();
}

void CallClock::refresh()
{
    using Phase = CallPanel::Phase;
    const bool shown = m_phase == Phase::Queuing || m_phase == Phase::InCall;
    m_label->setVisible(shown);
    if (shown) {
        const QString time = elapsedText(m_clock.isValid() ? m_clock.elapsed() : 0);
        m_label->setText(time);
        m_label->setAccessibleDescription(m_phase == Phase::Queuing
                                              ? tr("Waiting for %1").arg(time)
                                              : tr("Call duration %1").arg(time));
    } else {
        m_label->clear();
    }
}

QString CallClock::elapsedText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace cec
