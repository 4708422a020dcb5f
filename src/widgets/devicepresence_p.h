// Whether this computer has the devices for a call, asked of Qt Multimedia: cheap, and no Chromium.
//
// The Voice/Video buttons are offered from this check, so that the WebEngine call page is only
// created when the customer shows intent to call (issue 10). The page's own getUserMedia check
// still runs before the media starts; it has the last word and the device ids the page uses.
#pragma once

#include "mediatypes.h"

#include <functional>
#include <optional>

namespace cec {

class DevicePresence final
{
public:
    // The seed's rule (DeviceCheck): microphone and speaker for voice, a camera too for video.
    // nullopt when Qt Multimedia sees no audio device at all, input or output: then it cannot tell
    // (no sound server it can use, or a machine whose devices only the browser reaches), so the
    // buttons are offered and the page's check on the click decides. A machine that has some
    // audio devices but lacks one is told so at once (Blocked), without starting the page.
    // CEC_CALL_DEVICE_CHECK=page in the environment gives the same nullopt (for test set-ups whose
    // browser has fake capture devices).
    static std::optional<DeviceCheck> check();

    // The rule itself, for the lists Qt Multimedia (or a test) reports.
    static std::optional<DeviceCheck> evaluate(const QList<MediaDevice> &microphones,
                                               const QList<MediaDevice> &speakers,
                                               const QList<MediaDevice> &cameras);

    // Tests replace the probe: their call page uses Chromium's fake devices, while Qt Multimedia
    // sees the machine's real ones (none on CI). An empty function restores QMediaDevices.
    using Probe = std::function<std::optional<DeviceCheck>()>;
    static void setProbeForTesting(Probe probe);
};

} // namespace cec
