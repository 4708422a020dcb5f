// The call's media, run by the call host process (cec-call-host: the WebEngine call page in a
// program of its own, docs/call-host.md), so that this process never maps Qt WebEngine and every
// Chromium process ends with the host.
//
// The API is BrowserCallMedia's, spoken over a local socket: create
// it on the customer's intent to call and delete it after the call. prepare() starts the host and
// loads the page; requests made before that are sent once the host is connected. Video arrives as
// frames (videoFrameReceived) while a size is set (setVideoSize).
#pragma once

#include "cec_core_export.h"

#include "browsercallmedia.h"

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

class CEC_CORE_EXPORT RemoteCallMedia final : public BrowserCallMedia
{
    Q_OBJECT
public:
    // hostProgram: the cec-call-host executable.
    explicit RemoteCallMedia(const QString &hostProgram, QObject *parent = nullptr);
    // Tells the host to quit; it hangs up what is left and exits on its own.
    ~RemoteCallMedia() override;

    void prepare() override; // starts the host, which loads the page
    bool isReady() const override { return m_ready; }
    void checkDevices() override;
    std::optional<DeviceCheck> lastDeviceCheck() const override { return m_lastCheck; }

    void start(const CallSetup &setup, protocol::MediaAbility ability) override;
    void hangUp() override;

    MediaState state() const override { return m_state; }
    void setMuted(bool muted) override;
    void setCameraEnabled(bool enabled) override;
    void setOnHold(bool onHold) override;
    void sendDtmf(const QString &tones) override;
    void selectDevice(MediaDeviceKind kind, const QString &deviceId) override;
    QString selectedDevice(MediaDeviceKind kind) const override;
    void startDeviceTest(bool video) override;
    void stopDeviceTest() override;
    void playTestSound() override;

    // The size the video is shown at: frames of it follow (at most 15 a second) until the size is
    // set empty again.
    void setVideoSize(QSize size);
    // The host's process id while it runs, else 0 (for tests and benchmarks).
    qint64 hostProcessId() const;

    // Tests and benchmarks only: honoured by a host started with CEC_CALL_HOST_TEST_HOOKS=1.
    void testReportDevices(const QJsonObject &devices);
    void testRunJavaScript(const QString &script, std::function<void(const QJsonValue &)> result);

Q_SIGNALS:
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
