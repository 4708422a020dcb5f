// The media half of a click-to-call: started with the 168101 content, implemented by the
// WebEngine page in src/media. Core only needs this seam.
#pragma once

#include "types.h"

#include <QObject>

namespace cec {

class CallMedia : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~CallMedia() override = default;

    virtual void start(const CallSetup &setup, protocol::MediaAbility ability) = 0;
    virtual void hangUp() = 0; // ends the SIP session; emits ended() when done

Q_SIGNALS:
    void established();
    void ended(const QString &reason); // remote or local end of the media session
    void failed(const QString &reason);
};

// For signalling-only use (cecctl, tests of the REST side): reports established at once.
class SignallingOnlyMedia final : public CallMedia
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
