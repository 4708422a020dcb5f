// Whether the call panel may offer a call: the chat is connected, the tenant offers click-to-call,
// and this computer's devices can make one. Ready needs all three answers; nothing here shows
// anything, the panel turns the verdict into its phase.
#pragma once

#include "callpanel_p.h"

#include <optional>

namespace cec {

class CallReadiness final
{
public:
    bool chatConnected() const { return m_chatConnected; }
    void setChatConnected(bool connected) { m_chatConnected = connected; }
    const std::optional<ClickToCallSupport> &support() const { return m_support; }
    void setSupport(const ClickToCallSupport &support) { m_support = support; }
    const std::optional<DeviceCheck> &deviceCheck() const { return m_deviceCheck; }
    void setDeviceCheck(const DeviceCheck &check) { m_deviceCheck = check; }

    // The devices allow a call of this kind (the chat is not asked: a call needs none of it).
    bool canStart(protocol::MediaAbility ability) const;
    // The Voice button may be offered; canOfferVideo(): the Video button too.
    bool canOffer() const;
    bool canOfferVideo() const;

    // The phase the panel moves to from `current` (Checking / Blocked / Ready and the like);
    // nullopt while a call is running, which no answer here changes.
    std::optional<CallPanel::Phase> next(CallPanel::Phase current) const;

private:
    bool m_chatConnected = false;
    std::optional<ClickToCallSupport> m_support;
    std::optional<DeviceCheck> m_deviceCheck;
};

} // namespace cec
