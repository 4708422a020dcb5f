// The call panel's status line: what the call is doing ("Waiting for an agent…"), why calls are
// not possible on this computer, and how the last call ended (the reason or the failure).
#pragma once

#include "callpanel_p.h"

#include <QCoreApplication>

class QLabel;

namespace cec {

class CallStatusLine final
{
    Q_DECLARE_TR_FUNCTIONS(cec::CallPanel) // the panel's strings, in the panel's context
public:
    explicit CallStatusLine(QLabel *label);

    // The outcome of the call: shown in the Ended / Failed phase until the next call starts.
    void clearOutcome();
    void setEndReason(const QString &reason) { m_endReason = reason; }
    void setFailure(const QString &userMessage) { m_failure = userMessage; }

    void update(CallPanel::Phase phase, const std::optional<DeviceCheck> &check, bool muted,
                bool onHold);
    QString text() const;

    static QString deviceProblemText(const DeviceCheck &check);

private:
    QLabel *m_label; // not owned
    QString m_endReason;
    QString m_failure;
};

} // namespace cec
