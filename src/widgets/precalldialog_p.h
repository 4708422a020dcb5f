// "Test your devices" before a call: microphone level meter, speaker test tone, camera preview and
// whether the call service can be reached, with a verdict in plain words.
//
// Everything is measured in the call page itself (same Chromium, same devices, same permissions as
// the call), through RemoteCallMedia's typed device-test requests (CallBridge): the dialog sends
// no script to the page. It tests the devices the customer chose (RemoteCallMedia's selection,
// shared with the call panel's device menu); choosing another one here selects it for calls too.
// The network part is PreCallNetworkCheck; the sentences for a failed device, DeviceFailureText.
#pragma once

#include "mediatypes.h"
#include "types.h"

#include <QDialog>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class PreCallDialog;
}

namespace cec {

Q_DECLARE_LOGGING_CATEGORY(lcPreCall)

class CecClient;
class PreCallNetworkCheck;
class RemoteCallMedia;
class VideoFrameView;

class PreCallDialog final : public QDialog
{
    Q_OBJECT
public:
    // lastSetup: the 168101 content of an earlier call, if any; the gateway's address is only
    // known from it.
    PreCallDialog(RemoteCallMedia &media, CecClient &client, std::optional<CallSetup> lastSetup,
                  QWidget *parent = nullptr);
    ~PreCallDialog() override;

    enum class Check
    {
        Unknown,
        Works,
        Fails
    };
    Check microphone() const { return m_microphone; }
    Check speaker() const { return m_speaker; }
    Check camera() const { return m_camera; }
    Check service() const;
    Check gateway() const;
    double peakMicrophoneLevel() const { return m_peakLevel; }
    // The text shown for a device that could not be used (empty when none failed).
    QString failureText(MediaDeviceKind kind) const;
    QString verdict() const;

Q_SIGNALS:
    void verdictChanged(const QString &verdict);

protected:
    void done(int result) override;

private:
    void fillPicker(QComboBox *picker, MediaDeviceKind kind, const QList<MediaDevice> &devices);
    void onPicked(QComboBox *picker, MediaDeviceKind kind);
    void startCapture();
    void stopCapture();
    void onLevel(double level);
    void onFailed(MediaDeviceKind kind, const QString &reason);
    void playTestTone();
    void updateTexts();

    std::unique_ptr<Ui::PreCallDialog> m_ui;
    RemoteCallMedia &m_media;
    std::unique_ptr<PreCallNetworkCheck> m_network;
    QPointer<VideoFrameView> m_preview;
    QTimer m_micDeadline;
    bool m_captureStopped = false;
    bool m_hasCamera = false;
    QString m_failure[3]; // per MediaDeviceKind: the browser's reason, empty when none
    double m_peakLevel = 0;
    Check m_microphone = Check::Unknown;
    Check m_speaker = Check::Unknown;
    Check m_camera = Check::Unknown;
};

} // namespace cec
