#include "callstatusline_p.h"

#include <QLabel>

namespace cec {

CallStatusLine::CallStatusLine(QLabel *label)
    : m_label(label)
{}

void CallStatusLine::clearOutcome()
{
    m_endReason.clear();
    m_failure.clear();
}

QString CallStatusLine::text() const
{
    return m_label->text();
}

void CallStatusLine::update(CallPanel::Phase phase, const std::optional<DeviceCheck> &check,
                            bool muted, bool onHold)
{
    using Phase = CallPanel::Phase;
    QString status;
    switch (phase) {
    case Phase::Hidden:
        break;
    case Phase::Checking:
        status = tr("Checking whether you can call us…");
        break;
    case Phase::Blocked:
        status = check ? deviceProblemText(*check) : tr("Calls are not possible on this computer.");
        break;
    case Phase::Ready:
        status = tr("You can also talk to an agent by phone call.");
        break;
    case Phase::Requesting:
        status = tr("Requesting a call…");
        break;
    case Phase::Queuing:
        status = tr("Waiting for an agent…");
        break;
    case Phase::Connecting:
        status = tr("Connecting…");
        break;
    case Phase::InCall:
        status = onHold ? tr("On hold") : muted ? tr("In call (muted)") : tr("In call");
        break;
    case Phase::Ending:
        status = tr("Ending the call…");
        break;
    case Phase::Ended:
        status = m_endReason.isEmpty() ? tr("The call has ended.")
                                       : tr("The call has ended: %1").arg(m_endReason);
        break;
    case Phase::Failed:
        status = m_failure.isEmpty() ? tr("The call did not work.") : m_failure;
        break;
    }
    m_label->setText(status);
}

QString CallStatusLine::deviceProblemText(const DeviceCheck &check)
{
    using Problem = DeviceCheck::Problem;
    switch (check.problem) {
    case Problem::NoSpeaker:
        return tr("To call, connect a speaker or headphones. No speaker was found.");
    case Problem::NoMicrophone:
        return tr("To call, connect a microphone or a headset. No microphone was found.");
    case Problem::PermissionDenied:
        return tr("Calls need your microphone, but using it was not allowed. Check your system's "
                  "privacy settings.");
    case Problem::DeviceError:
        return tr("Your microphone could not be opened. It may be in use by another program.");
    case Problem::WebRtcUnsupported:
        return tr("Calls are not supported on this computer.");
    case Problem::None:
        break;
    }
    return tr("Calls need a microphone and a speaker.");
}

} // namespace cec
