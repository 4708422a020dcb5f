// The click-to-call strip of the chat widget: Voice / Video buttons, the call's progress, in-call
// controls, the video view, and the pre-call device test.
//
// Chromium is expensive (about 90 MiB PSS with its helper processes in a call, see the README's
// measurements), so the WebEngine call page runs only around calls, in the call host process
// (cec-call-host, docs/call-host.md; issue 10). The buttons are
// offered from the tenant's support answer and a browser-free device check (DevicePresence, Qt
// Multimedia); the page is created on the customer's intent: the pointer over the call buttons,
// the device menu, the device test, or at the latest the click, where it loads and runs its own
// device check while createClickToCall and the queue run. After the call (or an intent that led
// to none) it is released once no call was placed for pageReleaseDelay(), so a customer who calls
// back at once finds it warm. Chat-only customers never start it.
//
// CallPanel is the coordinator: it turns the session's states into its Phase and tells its parts.
// Each part is a class of its own: CallReadiness (may a call be offered), CallControls (the
// buttons and the in-call controls), CallDeviceMenu, CallStatusLine (the status and how the call
// ended), CallClock, CallNotice, CallQualityIndicator (the statistics), CallVideoView and
// DeferredCallMedia (the page created on demand); RingbackTone plays while the customer queues.
#pragma once

#include "clicktocallsession.h"
#include "deferredcallmedia_p.h"
#include "mediatypes.h"

#include <QFrame>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class CallPanel;
}

namespace cec {

Q_DECLARE_LOGGING_CATEGORY(lcCallPanel)

class CallClock;
class CallControls;
class CallDeviceMenu;
class CallNotice;
class CallQualityIndicator;
class CallReadiness;
class CallStatusLine;
class CallVideoView;
class CecClient;
class PreCallDialog;
class RingbackTone;
class RemoteCallMedia;

struct CallPanelOptions final
{
    ClickToCallOptions call;
    // The call host program (docs/call-host.md); empty: $CEC_CALL_HOST, else cec-call-host next
    // to the call-UI plugin.
    QString hostProgram;
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
    // Null until the customer shows intent to call, and again once the host was told to quit.
    RemoteCallMedia *media() const { return m_media.real(); }
    std::optional<CallStatistics> lastStatistics() const { return m_lastStatistics; }
    std::optional<DeviceCheck> lastDeviceCheck() const;
    QString statusText() const;

    void startCall(protocol::MediaAbility ability);
    // startCall() as soon as the panel is Ready (now if it is); for a host's own call action.
    void requestCall(protocol::MediaAbility ability);
    void hangUp();
    // hangUp(), then `done` once the hang-up is finished (ClickToCallSession::hangUpFinished).
    void endCall(std::function<void()> done);
    void openDeviceTest();
    // The customer may be about to call: the call page is created now (when calls are offered),
    // so that it is loaded by the time the call needs it.
    void prepareCall();
    // How long the page stays after a call (or an intent) before it is released; 30 s.
    std::chrono::milliseconds pageReleaseDelay() const;
    void setPageReleaseDelay(std::chrono::milliseconds delay);
    // The Mute button, for the host (ChatWidget::setMicrophoneMuted): only during a call.
    void setMicrophoneMuted(bool muted);
    bool isMicrophoneMuted() const;

Q_SIGNALS:
    void phaseChanged(cec::CallPanel::Phase phase);
    void statisticsUpdated(const cec::CallStatistics &statistics);
    void microphoneMutedChanged(bool muted); // as the call page reports it

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setupUi();
    void onMediaCreated(RemoteCallMedia *media);
    void onSupportChecked(const ClickToCallSupport &support);
    void onDevicesChecked(const DeviceCheck &check);
    void checkPresence(); // the browser-free check, while there is no page
    bool callRunning() const;
    void scheduleRelease();
    void updateRelease(); // the release timer runs only while there is a page and no call
    void releasePage();
    void onSessionState(ClickToCallSession::State state);
    void onSessionEnded(const QString &reason);
    void onSessionFailed(const QString &userMessage);
    void onStatistics(const CallStatistics &statistics);
    void setPhase(Phase phase);
    void updateControls();
    void updateReadiness(); // Checking / Blocked / Ready from the readiness' answers

    std::unique_ptr<Ui::CallPanel> m_ui;
    // The parts, before the session: they outlive its last signals when the panel is destroyed.
    std::unique_ptr<CallReadiness> m_readiness;
    std::unique_ptr<CallControls> m_controls;
    std::unique_ptr<CallDeviceMenu> m_deviceMenu;
    std::unique_ptr<CallStatusLine> m_statusLine;
    std::unique_ptr<CallClock> m_clock;
    std::unique_ptr<CallNotice> m_notice;
    std::unique_ptr<CallQualityIndicator> m_quality;
    std::unique_ptr<CallVideoView> m_video;
    QTimer m_releaseTimer; // runs only while the page exists and no call is up
    CecClient &m_client;
    CallPanelOptions m_options;
    DeferredCallMedia m_media;
    ClickToCallSession m_session;
    RingbackTone *m_ringback = nullptr; // child
    QPointer<PreCallDialog> m_deviceTest;
    bool m_deviceTestWaiting = false; // openDeviceTest() waits for a new page's device check

    Phase m_phase = Phase::Hidden;
    std::optional<CallStatistics> m_lastStatistics;
    std::optional<CallSetup> m_lastSetup; // from the last 168101, for the reachability test
    protocol::MediaAbility m_lastAbility = protocol::MediaAbility::Voice;
    std::optional<protocol::MediaAbility> m_requestedCall; // requestCall() waiting for Ready
};

} // namespace cec
