// The one object the call page sees, published over QWebChannel as "callBridge".
//
// C++ -> page: the *Requested signals, which the page connects to.
// page -> C++: the Q_INVOKABLE report*() methods, which re-emit typed C++ signals.
// The page never reaches into the application; every value it sends is re-validated here.
#pragma once

#include "cec_media_export.h"

#include "mediatypes.h"

#include <QJsonObject>
#include <QObject>
#include <QSize>

namespace cec {

struct CallSetup;

class CEC_MEDIA_EXPORT CallBridge final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Typed helpers for C++ callers; each emits the matching *Requested signal.
    void requestStart(const CallSetup &setup, bool video, const QString &microphoneId,
                      const QString &cameraId, const QString &speakerId);
    void requestDevice(MediaDeviceKind kind, const QString &deviceId);
    // The pre-call device test: captures exactly these devices (empty id: the system default),
    // reports the microphone level and whether the preview shows pictures, until stopped.
    void requestDeviceTest(const QString &microphoneId, const QString &cameraId, bool video);
    void requestTestSound(const QString &speakerId);

    // Called by the page.
    Q_INVOKABLE void pageReady();
    Q_INVOKABLE void reportDevices(const QJsonObject &devices);
    Q_INVOKABLE void reportState(const QString &state, const QString &detail);
    Q_INVOKABLE void reportError(const QString &code, const QString &message);
    Q_INVOKABLE void reportStatistics(const QJsonObject &statistics);
    Q_INVOKABLE void reportMuted(bool muted);
    Q_INVOKABLE void reportCameraEnabled(bool enabled);
    Q_INVOKABLE void reportHold(bool onHold);
    Q_INVOKABLE void reportDtmfSent(const QString &tone);
    // After hangUpRequested: the BYE/CANCEL was answered, or there was nothing to send.
    Q_INVOKABLE void reportHangUpDone();
    Q_INVOKABLE void reportDeviceSelected(const QString &kind, const QString &deviceId);
    Q_INVOKABLE void reportDeviceLost(const QString &kind, const QString &lostId,
                                      const QString &fallbackId);
    // The device test's capture is open; the ids are the ones the browser actually opened.
    Q_INVOKABLE void reportDeviceTestStarted(const QString &microphoneId, const QString &cameraId);
    Q_INVOKABLE void reportDeviceTestLevel(double level); // 0..1, the microphone's recent peak
    Q_INVOKABLE void reportDeviceTestVideo(int width, int height); // the preview shows pictures
    // kind: microphone, camera or speaker; reason: the browser's error name (NotFoundError, ...).
    Q_INVOKABLE void reportDeviceTestFailed(const QString &kind, const QString &reason);
    Q_INVOKABLE void reportTestSoundPlayed(const QString &speakerId);

Q_SIGNALS:
    // To the page (names and payloads are the page's API: see src/media/README.md).
    void checkDevicesRequested();
    void startRequested(const QJsonObject &call);
    void hangUpRequested();
    void muteRequested(bool muted);
    void cameraEnabledRequested(bool enabled);
    void holdRequested(bool onHold);
    void dtmfRequested(const QString &tones);
    void deviceRequested(const QString &kind, const QString &deviceId);
    void deviceTestRequested(const QString &microphoneId, const QString &cameraId, bool video);
    void deviceTestStopRequested();
    void testSoundRequested(const QString &speakerId);

    // To C++.
    void pageConnected();
    void devicesChecked(const cec::DeviceCheck &check);
    void stateReported(cec::MediaState state, const QString &detail);
    void errorReported(const QString &code, const QString &message);
    void statisticsReported(const cec::CallStatistics &statistics);
    void mutedReported(bool muted);
    void cameraEnabledReported(bool enabled);
    void holdReported(bool onHold);
    void dtmfSent(const QString &tone);
    void hangUpDone();
    void deviceSelected(cec::MediaDeviceKind kind, const QString &deviceId);
    void deviceLost(cec::MediaDeviceKind kind, const QString &lostId, const QString &fallbackId);
    void deviceTestStarted(const QString &microphoneId, const QString &cameraId);
    void deviceTestLevel(double level);
    void deviceTestVideo(QSize size);
    void deviceTestFailed(cec::MediaDeviceKind kind, const QString &reason);
    void testSoundPlayed(const QString &speakerId);
};

} // namespace cec
