// The call's media, run by the call host process (cec-call-host: the WebEngine call page in a
// program of its own, docs/call-host.md), so that this process never maps Qt WebEngine and every
// Chromium process ends with the host.
//
// The API is the call page's (src/media/webenginecallmedia.h), spoken over a local socket: create
// it on the customer's intent to call and delete it after the call. prepare() starts the host and
// loads the page; requests made before that are sent once the host is connected. Video arrives as
// frames (videoFrameReceived) while a size is set (setVideoSize).
#pragma once

#include "cec_core_export.h"

#include "callmedia.h"
#include "mediatypes.h"

#include <QJsonValue>
#include <QSize>

#include <functional>
#include <map>
#include <optional>

class QLocalServer;
class QProcess;
class QTimer;

namespace cec {

class CallHostChannel;

class CEC_CORE_EXPORT RemoteCallMedia final : public CallMedia
{
    Q_OBJECT
public:
    // hostProgram: the cec-call-host executable.
    explicit RemoteCallMedia(const QString &hostProgram, QObject *parent = nullptr);
    // Tells the host to quit; it hangs up what is left and exits on its own.
    ~RemoteCallMedia() override;

    void prepare(); // starts the host, which loads the page; ready() follows
    bool isReady() const { return m_ready; }
    void checkDevices(); // devicesChecked() follows
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
    // The pre-call device test (WebEngineCallMedia::startDeviceTest).
    void startDeviceTest(bool video);
    void stopDeviceTest();
    void playTestSound();

    // The size the video is shown at: frames of it follow (at most 15 a second) until the size is
    // set empty again.
    void setVideoSize(QSize size);
    // The host's process id while it runs, else 0 (for tests and benchmarks).
    qint64 hostProcessId() const;

    // Tests and benchmarks only: honoured by a host started with CEC_CALL_HOST_TEST_HOOKS=1.
    void testReportDevices(const QJsonObject &devices);
    void testRunJavaScript(const QString &script, std::function<void(const QJsonValue &)> result);

Q_SIGNALS:
    void ready();
    void devicesChecked(const cec::DeviceCheck &check);
    void stateChanged(cec::MediaState state);
    void errorOccurred(const QString &code, const QString &message);
    void statisticsUpdated(const cec::CallStatistics &statistics);
    void mutedChanged(bool muted);
    void cameraEnabledChanged(bool enabled);
    void holdChanged(bool onHold);
    void dtmfSent(const QString &tone);
    void deviceSelected(cec::MediaDeviceKind kind, const QString &deviceId);
    void deviceLost(cec::MediaDeviceKind kind, const QString &lostId, const QString &fallbackId);
    void deviceTestStarted(const QString &microphoneId, const QString &cameraId);
    void deviceTestLevel(double level);
    void deviceTestVideoShown(QSize size);
    void deviceTestFailed(cec::MediaDeviceKind kind, const QString &reason);
    void testSoundPlayed(const QString &speakerId);
    // RGB32 pixels (QImage::Format_RGB32, rows of size.width() * 4 bytes).
    void videoFrameReceived(QSize size, const QByteArray &rgb32);
    void hostExited(); // the host ended without being asked (after errorOccurred)

private:
    void send(const QJsonObject &message);
    void launch();
    void onConnection();
    void onMessage(const QJsonObject &message);
    void onFrame(QSize size, const QByteArray &rgb32);
    void onHostLost(const QString &why);
    void endCall(MediaState outcome, const QString &detail);

    QString m_hostProgram;
    QLocalServer *m_server = nullptr;     // child, until the host connects
    QProcess *m_process = nullptr;        // child; handed to a reaper on destruction
    CallHostChannel *m_channel = nullptr; // child
    QTimer *m_connectTimeout = nullptr;   // child
    QList<QJsonObject> m_pending;         // sent once the host is connected
    std::optional<DeviceCheck> m_lastCheck;
    MediaState m_state = MediaState::Idle;
    bool m_ready = false;
    bool m_callActive = false;    // start() .. ended()/failed()
    bool m_hangUpPending = false; // hangUp() .. hangUpFinished()
    bool m_lost = false;          // the host died or broke the protocol
    QSize m_videoSize{0, 0};
    QString m_selected[3]; // per MediaDeviceKind
    int m_nextScriptId = 1;
    std::map<int, std::function<void(const QJsonValue &)>> m_scripts;
};

} // namespace cec
