#include "callbridge.h"

#include "medialogging.h"
#include "types.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace cec {

using namespace Qt::StringLiterals;

void CallBridge::requestStart(const CallSetup &setup, bool video, const QString &microphoneId,
                              const QString &cameraId, const QString &speakerId)
{
    Q_EMIT startRequested(QJsonObject{
        {"gatewayAddresses"_L1, QJsonArray::fromStringList(setup.gatewayAddresses)},
        {"domain"_L1, setup.domain},
        {"accessCode"_L1, setup.accessCode},
        {"caller"_L1, setup.caller},
        {"video"_L1, video},
        {"microphoneId"_L1, microphoneId},
        {"cameraId"_L1, cameraId},
        {"speakerId"_L1, speakerId},
    });
}

void CallBridge::requestDevice(MediaDeviceKind kind, const QString &deviceId)
{
    Q_EMIT deviceRequested(toString(kind), deviceId);
}

void CallBridge::requestDeviceTest(const QString &microphoneId, const QString &cameraId, bool video)
{
    Q_EMIT deviceTestRequested(microphoneId, cameraId, video);
}

void CallBridge::requestTestSound(const QString &speakerId)
{
    Q_EMIT testSoundRequested(speakerId);
}

void CallBridge::pageReady()
{
    Q_EMIT pageConnected();
}

void CallBridge::reportDevices(const QJsonObject &devices)
{
    Q_EMIT devicesChecked(DeviceCheck::fromJson(devices));
}

void CallBridge::reportState(const QString &state, const QString &detail)
{
    const auto known = mediaStateFromString(state);
    if (!known) {
        qCWarning(lcMedia) << "page reported an unknown state" << state;
        return;
    }
    Q_EMIT stateReported(*known, detail);
}

void CallBridge::reportError(const QString &code, const QString &message)
{
    Q_EMIT errorReported(code, message);
}

void CallBridge::reportStatistics(const QJsonObject &statistics)
{
    Q_EMIT statisticsReported(CallStatistics::fromJson(statistics));
}

void CallBridge::reportMuted(bool muted)
{
    Q_EMIT mutedReported(muted);
}

void CallBridge::reportCameraEnabled(bool enabled)
{
    Q_EMIT cameraEnabledReported(enabled);
}

void CallBridge::reportHold(bool onHold)
{
    Q_EMIT holdReported(onHold);
}

void CallBridge::reportDtmfSent(const QString &tone)
{
    if (tone.size() == 1)
        Q_EMIT dtmfSent(tone);
}

void CallBridge::reportHangUpDone()
{
    Q_EMIT hangUpDone();
}

void CallBridge::reportDeviceSelected(const QString &kind, const QString &deviceId)
{
    if (const auto known = mediaDeviceKindFromString(kind))
        Q_EMIT deviceSelected(*known, deviceId);
}

void CallBridge::reportDeviceLost(const QString &kind, const QString &lostId,
                                  const QString &fallbackId)
{
    if (const auto known = mediaDeviceKindFromString(kind))
        Q_EMIT deviceLost(*known, lostId, fallbackId);
}

void CallBridge::reportDeviceTestStarted(const QString &microphoneId, const QString &cameraId)
{
    Q_EMIT deviceTestStarted(microphoneId, cameraId);
}

void CallBridge::reportDeviceTestLevel(double level)
{
    if (!std::isfinite(level))
        return;
    Q_EMIT deviceTestLevel(std::clamp(level, 0.0, 1.0));
}

void CallBridge::reportDeviceTestVideo(int width, int height)
{
    if (width > 0 && height > 0)
        Q_EMIT deviceTestVideo(QSize(width, height));
}

void CallBridge::reportDeviceTestFailed(const QString &kind, const QString &reason)
{
    const auto known = mediaDeviceKindFromString(kind);
    if (!known) {
        qCWarning(lcMedia) << "page reported a device test failure of an unknown kind" << kind;
        return;
    }
    // The reason is the browser's error name; anything else is cut short for the text it ends in.
    Q_EMIT deviceTestFailed(*known, reason.left(64));
}

void CallBridge::reportTestSoundPlayed(const QString &speakerId)
{
    Q_EMIT testSoundPlayed(speakerId);
}

} // namespace cec
