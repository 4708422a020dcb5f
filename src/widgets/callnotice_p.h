// A passing notice under the call strip (a transfer to another agent, a device that was
// unplugged during the call); it hides itself after a few seconds.
#pragma once

#include "mediatypes.h"

#include <QCoreApplication>
#include <QTimer>

class QLabel;

namespace cec {

class CallNotice final
{
    Q_DECLARE_TR_FUNCTIONS(cec::CallPanel) // the panel's strings, in the panel's context
public:
    explicit CallNotice(QLabel *label);

    void showTransferred();
    void showDeviceLost(MediaDeviceKind kind);

private:
    void show(const QString &text);

    QLabel *m_label; // not owned
    QTimer m_hideTimer;
};

} // namespace cec
