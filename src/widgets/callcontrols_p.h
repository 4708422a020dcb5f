// The call panel's buttons: which of Voice / Video / Retry / Test devices / Hang up / Devices are
// offered in each phase, and the in-call controls (Mute, Camera, Hold and the DTMF keypad), whose
// toggles go to the call page and which follow what the page reports.
#pragma once

#include "callpanel_p.h"

#include <QCoreApplication>

#include <functional>

namespace Ui {
class CallPanel;
}

namespace cec {

class CallReadiness;
class DeferredCallMedia;

class CallControls final
{
    Q_DECLARE_TR_FUNCTIONS(cec::CallPanel) // the panel's strings, in the panel's context
public:
    // `changed`: a control was toggled by the customer or by the page; the panel updates.
    CallControls(Ui::CallPanel &ui, DeferredCallMedia &media, std::function<void()> changed);

    // The page's own reports: the buttons follow without acting again. `mutedReported` runs last,
    // outside the button's signal blocker (a host may answer with setMuted() at once).
    void follow(RemoteCallMedia &media, std::function<void(bool)> mutedReported);

    void reset(); // a new call: nothing muted, held or open
    void update(CallPanel::Phase phase, bool videoCall, const CallReadiness &readiness);

    bool isMuted() const;
    bool isOnHold() const;
    void setMuted(bool muted); // as if clicked: the page mutes, then reports it

private:
    void createKeypad();

    Ui::CallPanel &m_ui;
    DeferredCallMedia &m_media;
    std::function<void()> m_changed;
};

} // namespace cec
