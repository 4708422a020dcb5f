// The click-to-call strip of the chat widget: Voice / Video buttons, the call's progress, in-call
// controls, the video view, and the pre-call device test.
//
// Chromium is expensive (about 130 MiB PSS, see the README's measurements), so the WebEngine call
// page is created only once a call is possible: the chat is connected AND the tenant says
// click-to-call is supported. It is then loaded and its devices are checked at once, so that it is
// ready before the user clicks. Chat-only customers never start it.
#pragma once

#include "callmedia.h"
#include "clicktocallsession.h"
#include "mediatypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFrame>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QWebEngineProfile;
class QWebEngineView;

namespace Ui {
class CallPanel;
}

namespace cec {

class CecClient;
class RingbackTone;
class WebEngineCallMedia;

// The CallMedia the call session talks to from the start; the WebEngine page behind it is created
// on demand (create()), so the session can check support before any Chromium exists.
class DeferredCallMedia final : public CallMedia
{
    Q_OBJECT
public:
    explicit DeferredCallMedia(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~DeferredCallMedia() override;

    WebEngineCallMedia *real() const { return m_real; }
    WebEngineCallMedia &create();

    void start(const CallSetup &setup, protocol::MediaAbility ability) override;
    void hangUp() override;

Q_SIGNALS:
    void created(cec::WebEngineCallMedia *media);

private:
    QWebEngineProfile *m_profile;         // not owned; null: the page's own off-the-record profile
    WebEngineCallMedia *m_real = nullptr; // child
};

struct CallPanelOptions final
{
    ClickToCallOptions call;
    QWebEngineProfile *profile = nullptr; // not owned; must outlive the panel
};

class CallPanel final : public QFrame
{
    Q_OBJECT
public:
    enum class Phase
    {
        Hidden,     // no call possible: chat not connected, or the tenant offers no calls
        Checking,   // support and devices being checked
        Blocked,    // calls are offered but this computer cannot make one (see the message)
        Ready,      // Voice (and Video) buttons shown
        Requesting, // createClickToCall sent
        Queuing,    // waiting for an agent; ringback playing
        Connecting, // agent found, media starting
        InCall,
        Ending,
        Ended, // back to ready, with the reason shown
        Failed,
    };
    Q_ENUM(Phase)

    explicit CallPanel(CecClient &client, CallPanelOptions options = {}, QWidget *parent = nullptr);
    ~CallPanel() override;

    // The chat's state is what makes a call possible (createClickToCall needs a chat session).
    void setChatConnected(bool connected);

    Phase phase() const { return m_phase; }
    ClickToCallSession &session() { return m_session; }
    WebEngineCallMedia *media() const { return m_media.real(); } // null until a call is possible
    std::optional<CallStatistics> lastStatistics() const { return m_lastStatistics; }
    std::optional<DeviceCheck> lastDeviceCheck() const { return m_deviceCheck; }
    QString statusText() const;

    void startCall(protocol::MediaAbility ability);
    // startCall() as soon as the panel is Ready (now if it is); for a host's own call action.
    void requestCall(protocol::MediaAbility ability);
    void hangUp();
    // hangUp(), then `done` once the hang-up is finished (ClickToCallSession::hangUpFinished).
    void endCall(std::function<void()> done);
    void openDeviceTest();
    // The Mute button, for the host (ChatWidget::setMicrophoneMuted): only during a call.
    void setMicrophoneMuted(bool muted);
    bool isMicrophoneMuted() const;

Q_SIGNALS:
    void phaseChanged(cec::CallPanel::Phase phase);
    void statisticsUpdated(const cec::CallStatistics &statistics);
    void microphoneMutedChanged(bool muted); // as the call page reports it

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupUi();
    void createKeypad();
    void onMediaCreated(WebEngineCallMedia *media);
    void onSupportChecked(const ClickToCallSupport &support);
    void onDevicesChecked(const DeviceCheck &check);
    void onSessionState(ClickToCallSession::State state);
    void onSessionEnded(const QString &reason);
    void onSessionFailed(const QString &userMessage);
    void onStatistics(const CallStatistics &statistics);
    void setPhase(Phase phase);
    void setStatus(const QString &text);
    void showNotice(const QString &text);
    void updateControls();
    void updateReadiness(); // Checking / Blocked / Ready from the two checks
    void updateTimer();
    void rebuildDeviceMenu();
    void showVideo(bool show);
    static QString deviceProblemText(const DeviceCheck &check);
    static QString elapsedText(qint64 ms);

    std::unique_ptr<Ui::CallPanel> m_ui;
    CecClient &m_client;
    CallPanelOptions m_options;
    DeferredCallMedia m_media;
    ClickToCallSession m_session;
    RingbackTone *m_ringback = nullptr; // child
    QMenu *m_deviceMenu = nullptr;      // child
    QPointer<QWebEngineView> m_videoView;

    Phase m_phase = Phase::Hidden;
    bool m_chatConnected = false;
    std::optional<ClickToCallSupport> m_support;
    std::optional<DeviceCheck> m_deviceCheck;
    std::optional<CallStatistics> m_lastStatistics;
    std::optional<CallSetup> m_lastSetup; // from the last 168101, for the reachability test
    protocol::MediaAbility m_lastAbility = protocol::MediaAbility::Voice;
    std::optional<protocol::MediaAbility> m_requestedCall; // requestCall() waiting for Ready
    QString m_endReason;
    QString m_failure;
    QElapsedTimer m_phaseClock; // queue or call time
    QTimer m_tick;
    QTimer m_noticeTimer;
};

} // namespace cec
