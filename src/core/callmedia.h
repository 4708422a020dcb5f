// The media half of a click-to-call: started with the 168101 content, implemented by the
// WebEngine page in src/media. Core only needs this seam.
#pragma once

#include "cec_core_export.h"

#include "types.h"

#include <QObject>

namespace cec {

class CEC_CORE_EXPORT CallMedia : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CallMedia() override = default;

    virtual void start(const CallSetup &setup, protocol::MediaAbility ability) = 0;
    // Ends the SIP session: emits ended() when the session is over on our side, then
    // hangUpFinished() once the BYE (or CANCEL) has been answered, or at once when there was
    // nothing to send. Between the two the process must stay alive, or the far end never hears
    // that the call is over.
    virtual void hangUp() = 0;

Q_SIGNALS:
    void established();
    void ended(const QString &reason); // remote or local end of the media session
    void failed(const QString &reason);
    void hangUpFinished(); // after hangUp(): see there
};

// For signalling-only use (cecctl, tests of the REST side): reports established at once.
class CEC_CORE_EXPORT SignallingOnlyMedia final : public CallMedia
{
    Q_OBJECT
public:
    using CallMedia::CallMedia;
    void start(const CallSetup &setup, protocol::MediaAbility ability) override;
    void hangUp() override;

private:
    bool m_active = false; // started and not hung up: a pending established() is still wanted
};

} // namespace cec
