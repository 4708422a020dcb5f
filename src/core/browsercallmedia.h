// CallMedia as a browser page runs it: besides start and hang-up, the devices (check, choice,
// pre-call test), the in-call controls and the statistics. Two implementations: the call page in
// this process (src/media: WebEngineCallMedia, what the call host runs) and the same page in the
// call host process (RemoteCallMedia, what the call UI uses; docs/call-host.md).
#pragma once

#include "cec_core_export.h"

#include "callmedia.h"
#include "mediatypes.h"

#include <QSize>

#include <optional>

namespace cec {

class CEC_CORE_EXPORT BrowserCallMedia : public CallMedia
{
    Q_OBJECT
public:
    using CallMedia::CallMedia;

    virtual void prepare() = 0; // loads the page; ready() follows
    virtual bool isReady() const = 0;
    virtual void checkDevices() = 0; // devicesChecked() follows (loads the page first if needed)
    virtual std::optional<DeviceCheck> lastDeviceCheck() const = 0;

    virtual MediaState state() const = 0;
    virtual void setMuted(bool muted) = 0;
    virtual void setCameraEnabled(bool enabled) = 0;
    virtual void setOnHold(bool onHold) = 0;
    // 0-9 * # A-D and ',' (pause), sent as RFC 2833 events; others: errorOccurred("dtmf-invalid").
    virtual void sendDtmf(const QString &tones) = 0;
    // Device ids from the device check; an empty id means the system default. Also mid-call.
    virtual void selectDevice(MediaDeviceKind kind, const QString &deviceId) = 0;
    virtual QString selectedDevice(MediaDeviceKind kind) const = 0;

    // The pre-call device test, with the selected devices (selectDevice): the microphone's level
    // (deviceTestLevel), the camera in the page's local preview when `video`
    // (deviceTestVideoShown), until stopDeviceTest(). Starting again (e.g. after another device was
    // selected) replaces the running test. A device that cannot be opened ends in deviceTestFailed.
    virtual void startDeviceTest(bool video) = 0;
    virtual void stopDeviceTest() = 0;
    // A short tone through the selected speaker (testSoundPlayed, or deviceTestFailed(Speaker)).
    virtual void playTestSound() = 0;

Q_SIGNALS:
    void ready();
    void devicesChecked(const cec::DeviceCheck &check); // also again when devices come and go
    void stateChanged(cec::MediaState state);
    void errorOccurred(const QString &code, const QString &message);
    void statisticsUpdated(const cec::CallStatistics &statistics);
    void mutedChanged(bool muted);
    void cameraEnabledChanged(bool enabled);
    void holdChanged(bool onHold);
    void dtmfSent(const QString &tone); // each tone as it is sent
    void deviceSelected(cec::MediaDeviceKind kind, const QString &deviceId);
    // The device in use went away (unplugged); the call goes on with fallbackId (the default).
    void deviceLost(cec::MediaDeviceKind kind, const QString &lostId, const QString &fallbackId);
    // The device test opened these devices (the ids the browser reports for its tracks).
    void deviceTestStarted(const QString &microphoneId, const QString &cameraId);
    void deviceTestLevel(double level); // 0..1, several times a second
    void deviceTestVideoShown(QSize size);
    // reason: the browser's error name, e.g. NotFoundError, OverconstrainedError, NotAllowedError.
    void deviceTestFailed(cec::MediaDeviceKind kind, const QString &reason);
    void testSoundPlayed(const QString &speakerId);
};

} // namespace cec
