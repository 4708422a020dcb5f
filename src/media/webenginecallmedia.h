// CallMedia implemented by the WebEngine call page: JsSIP over the gateway WebSocket, WebRTC media.
//
// Create it only when the customer shows intent to call, and delete it again after the call (it
// starts a Chromium renderer and helpers, about 100-170 MiB PSS; the widgets' DeferredCallMedia
// does both, issue 10); call prepare() at once so the page loads while the call is requested.
// Requests made before the page is ready are kept and sent once it is.
#pragma once

#include "cec_media_export.h"

#include "callmedia.h"
#include "mediatypes.h"

#include <QSize>

#include <functional>
#include <optional>
#include <vector>

class QWebEngineProfile;

namespace cec {

class CallPage;

class CEC_MEDIA_EXPORT WebEngineCallMedia final : public CallMedia
{
    Q_OBJECT
public:
    // Without a profile the page makes its own off-the-record one.
    explicit WebEngineCallMedia(QWebEngineProfile *profile = nullptr, QObject *parent = nullptr);
    ~WebEngineCallMedia() override;

    // The page, e.g. for a QWebEngineView showing the preview and the remote video.
    CallPage &page() const { return *m_page; }

    void prepare(); // loads the page; ready() follows
    bool isReady() const;
    void checkDevices(); // devicesChecked() follows (loads the page first if needed)
    std::optional<DeviceCheck> lastDeviceCheck() const { return m_lastCheck; }

    void start(const CallSetup &setup, protocol::MediaAbility ability) override;
    void hangUp() override;

    MediaState state() const { return m_state; }
    void setMuted(bool muted);
    void setCameraEnabled(bool enabled);
    void setOnHold(bool onHold);
    void sendDtmf(const QString &tones); // 0-9 * # A-D and ',' (pause), sent as RFC 2833 events
    // Device ids from the device check; an empty id means the system default. Also mid-call.
    void selectDevice(MediaDeviceKind kind, const QString &deviceId);
    QString selectedDevice(MediaDeviceKind kind) const;

    // The pre-call device test, with the selected devices (selectDevice): the microphone's level
    // (deviceTestLevel), the camera in the page's local preview when `video`
    // (deviceTestVideoShown), until stopDeviceTest(). Starting again (e.g. after another device was
    // selected) replaces the running test. A device that cannot be opened ends in deviceTestFailed.
    void startDeviceTest(bool video);
    void stopDeviceTest();
    // A short tone through the selected speaker (testSoundPlayed, or deviceTestFailed(Speaker)).
    void playTestSound();

Q_SIGNALS:
    void ready();
    void devicesChecked(const cec::DeviceCheck &check); // also again when devices come and go
    void stateChanged(cec::MediaState state);
    // The call's end (Ended or Failed) with the page's cause, just before ended()/failed() carry
    // its sentence (mediaOutcomeText): the call host sends the cause, the app translates it.
    void outcomeReported(cec::MediaState outcome, const QString &detail);
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

private:
    void onBridgeConnected();
    void onStateReported(MediaState state, const QString &detail);
    void onError(const QString &code, const QString &message);
    void setState(MediaState state);
    void finishHangUp();
    void whenReady(std::function<void()> action);

    CallPage *m_page = nullptr;                   // child
    std::vector<std::function<void()>> m_pending; // requests waiting for the page
    std::optional<DeviceCheck> m_lastCheck;
    MediaState m_state = MediaState::Idle;
    bool m_callActive = false;    // start() called and neither ended() nor failed() emitted yet
    bool m_hangUpPending = false; // hangUp() asked the page; hangUpFinished() not yet emitted
    int m_callNumber = 0;         // tells a late timer of an earlier call from the current one
    QString m_selected[3];        // per MediaDeviceKind, for the next start()
};

} // namespace cec
