// Why a device could not be used in the device test, in plain words, from Chromium's error name
// (NotFoundError, NotAllowedError, ...) for that kind of device.
#pragma once

#include "mediatypes.h"

#include <QCoreApplication>

namespace cec {

class DeviceFailureText final
{
    Q_DECLARE_TR_FUNCTIONS(cec::PreCallDialog) // the dialog's strings, in the dialog's context
public:
    // Empty when `reason` is empty (the device did not fail).
    static QString text(MediaDeviceKind kind, const QString &reason);
};

} // namespace cec
