#include "callreadiness_p.h"

namespace cec {

bool CallReadiness::canStart(protocol::MediaAbility ability) const
{
    return m_deviceCheck && m_deviceCheck->canVoice &&
           (ability != protocol::MediaAbility::Video || m_deviceCheck->canVideo);
}

bool CallReadiness::canOffer() const
{
    return m_deviceCheck && m_deviceCheck->canVoice && m_chatConnected;
}

bool CallReadiness::canOfferVideo() const
{
    return canOffer() && m_deviceCheck->canVideo;
}

std::optional<CallPanel::Phase> CallReadiness::next(CallPanel::Phase current) const
{
    using Phase = CallPanel::Phase;
    switch (current) {
    case Phase::Hidden:
    case Phase::Checking:
    case Phase::Blocked:
    case Phase::Ready:
    case Phase::Ended:
    case Phase::Failed:
        break;
    default:
        return std::nullopt; // a call is running: only the device menu may change
    }
    const bool showingOutcome =
        current == Phase::Ready || current == Phase::Ended || current == Phase::Failed;
    if (!m_chatConnected || !m_support || !m_support->available())
        return Phase::Hidden; // chat-only customers see nothing of calls
    if (!m_deviceCheck)
        return showingOutcome ? current : Phase::Checking; // a re-check keeps the buttons
    if (!m_deviceCheck->canVoice)
        return Phase::Blocked;
    if (current == Phase::Ended || current == Phase::Failed)
        return current; // keep the outcome on screen; the buttons are offered again
    return Phase::Ready;
}

} // namespace cec
