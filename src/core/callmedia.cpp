#include "callmedia.h"

#include <QCoreApplication>
#include <QTimer>

namespace cec {

using namespace Qt::StringLiterals;

void SignallingOnlyMedia::start(const CallSetup &setup, protocol::MediaAbility ability)
{
    Q_UNUSED(setup);
    Q_UNUSED(ability);
    m_active = true;
    // Asynchronously, like a real media layer, so the session sees Connecting before InCall.
    QTimer::singleShot(0, this, [this] {
        if (m_active)
            Q_EMIT established();
    });
}

void SignallingOnlyMedia::hangUp()
{
    m_active = false;
    Q_EMIT ended(QCoreApplication::translate("cec::SignallingOnlyMedia", "hung up"));
    Q_EMIT hangUpFinished(); // no SIP to wait for
}

} // namespace cec
