#include "devicefailuretext_p.h"

namespace cec {

using namespace Qt::StringLiterals;

namespace {
// Chromium's names for why a device could not be opened.
enum class Cause
{
    NotFound, // unplugged, or an id that no longer exists (the chosen one is gone)
    NotAllowed,
    Busy,
    DuringCall,
    Other
};

Cause causeOf(const QString &reason)
{
    if (reason == "NotFoundError"_L1 || reason == "OverconstrainedError"_L1)
        return Cause::NotFound;
    if (reason == "NotAllowedError"_L1 || reason == "SecurityError"_L1)
        return Cause::NotAllowed;
    if (reason == "NotReadableError"_L1 || reason == "AbortError"_L1 ||
        reason == "TrackStartError"_L1)
        return Cause::Busy;
    if (reason == "CallInProgress"_L1)
        return Cause::DuringCall;
    return Cause::Other;
}
} // namespace

QString DeviceFailureText::text(MediaDeviceKind kind, const QString &reason)
{
    if (reason.isEmpty())
        return {};
    const Cause cause = causeOf(reason);
    if (cause == Cause::DuringCall)
        return tr("The test cannot run during a call.");
    switch (kind) {
    case MediaDeviceKind::Microphone:
        switch (cause) {
        case Cause::NotFound:
            return tr("The microphone you chose was not found. Plug it in or choose another one.");
        case Cause::NotAllowed:
            return tr("Using your microphone was not allowed. Check your system's privacy "
                      "settings.");
        case Cause::Busy:
            return tr("Your microphone could not be opened. It may be in use by another program.");
        default:
            return tr("Your microphone could not be used (%1).").arg(reason);
        }
    case MediaDeviceKind::Camera:
        switch (cause) {
        case Cause::NotFound:
            return tr("The camera you chose was not found. Plug it in or choose another one.");
        case Cause::NotAllowed:
            return tr("Using your camera was not allowed. Check your system's privacy settings.");
        case Cause::Busy:
            return tr("Your camera could not be opened. It may be in use by another program.");
        default:
            return tr("Your camera could not be used (%1).").arg(reason);
        }
    case MediaDeviceKind::Speaker:
        switch (cause) {
        case Cause::NotFound:
            return tr("The speaker you chose was not found. Plug it in or choose another one.");
        default:
            return tr("The test sound could not be played on your speaker (%1).").arg(reason);
        }
    }
    return {};
}

} // namespace cec
