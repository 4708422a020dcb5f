// CallMedia implemented by the WebEngine call page: JsSIP over the gateway WebSocket, WebRTC media.
//
// Create it only when the customer shows intent to call, and delete it again after the call (it
// starts a Chromium renderer and helpers, about 100-170 MiB PSS; the widgets' DeferredCallMedia
// does both, issue 10); call prepare() at once so the page loads while the call is requested.
// Requests made before the page is ready are kept and sent once it is.
#pragma once

#include "cec_media_export.h"

#include "browsercallmedia.h"

#include <functional>
#include <optional>
#include <vector>

class QWebEngineProfile;

namespace cec {

class CallPage;

class CEC_MEDIA_EXPORT WebEngineCallMedia final : public BrowserCallMedia
{
    Q_OBJECT
public:
    // Without a profile the page makes its own off-the-record one.
    explicit WebEngineCallMedia(QWebEngineProfile *profile = nullptr, QObject *parent = nullptr);
    ~WebEngineCallMedia() override;

    // The page, e.g. for a QWebEngineView showing the preview and the remote video.
    CallPage &page() const { return *m_page; }

    void prepare() override;
    bool isReady() const override;
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

Q_SIGNALS:
    // The call's end (Ended or Failed) with the page's cause, just before ended()/failed() carry
    // its sentence (mediaOutcomeText): the call host sends the cause, the app translates it.
    void outcomeReported(cec::MediaState outcome, const QString &detail);

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
