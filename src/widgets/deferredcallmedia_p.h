// The CallMedia the call session talks to from the start; the WebEngine page behind it (in the call
// host process) is created on demand (create(), on the customer's intent to call) and given back
// after the call (release()), so that Chromium runs only around calls.
#pragma once

#include "callmedia.h"
#include "mediatypes.h"

#include <optional>

namespace cec {

class RemoteCallMedia;

class DeferredCallMedia final : public CallMedia
{
    Q_OBJECT
public:
    // hostProgram: the cec-call-host executable (docs/call-host.md).
    explicit DeferredCallMedia(QString hostProgram, QObject *parent = nullptr);
    ~DeferredCallMedia() override;

    // $CEC_CALL_HOST, else cec-call-host in the folder this code was loaded from (the call-UI
    // plugin's, where both are built and installed).
    static QString defaultHostProgram();

    RemoteCallMedia *real() const { return m_real; }
    // The call host started and its page loaded and asked for its device check (devicesChecked()
    // follows).
    RemoteCallMedia &create();
    // Tells the call host to quit, and with it every Chromium process; only between calls (busy()
    // is false).
    void release();
    bool busy() const { return m_callActive || m_hangingUp; }

    // Waits for the page's own device check, then starts its media; a check that does not allow
    // the call fails it (failed()) without opening anything.
    void start(const CallSetup &setup, protocol::MediaAbility ability) override;
    void hangUp() override;

Q_SIGNALS:
    void created(cec::RemoteCallMedia *media);
    void released();

private:
    void startWhenChecked();
    void restoreChoices(const DeviceCheck &check); // the released page's choices, by label

    QString m_hostProgram;
    RemoteCallMedia *m_real = nullptr; // child
    bool m_callActive = false;         // start() .. ended()/failed()
    bool m_hangingUp = false;          // hangUp() .. hangUpFinished(): the BYE is on its way
    std::optional<std::pair<CallSetup, protocol::MediaAbility>> m_pendingStart;
    QString m_chosenLabels[3]; // per MediaDeviceKind, from the released page, for the next one
};

} // namespace cec
