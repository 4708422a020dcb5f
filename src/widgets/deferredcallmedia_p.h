// The CallMedia the call session talks to from the start; the WebEngine page behind it is created
// on demand (create(), on the customer's intent to call) and given back after the call
// (release()), so that Chromium runs only around calls.
#pragma once

#include "callmedia.h"
#include "mediatypes.h"

#include <optional>

class QWebEngineProfile;

namespace cec {

class WebEngineCallMedia;

class DeferredCallMedia final : public CallMedia
{
    Q_OBJECT
public:
    explicit DeferredCallMedia(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~DeferredCallMedia() override;

    WebEngineCallMedia *real() const { return m_real; }
    // The page, loaded and asked for its device check (devicesChecked() follows on the page).
    WebEngineCallMedia &create();
    // Deletes the page and with it its Chromium renderer; only between calls (busy() is false).
    void release();
    bool busy() const { return m_callActive || m_hangingUp; }

    // Waits for the page's own device check, then starts its media; a check that does not allow
    // the call fails it (failed()) without opening anything.
    void start(const CallSetup &setup, protocol::MediaAbility ability) override;
    void hangUp() override;

Q_SIGNALS:
    void created(cec::WebEngineCallMedia *media);
    void released();

private:
    void startWhenChecked();
    void restoreChoices(const DeviceCheck &check); // the released page's choices, by label

    QWebEngineProfile *m_profile;         // not owned; null: the page's own off-the-record profile
    WebEngineCallMedia *m_real = nullptr; // child
    bool m_callActive = false;            // start() .. ended()/failed()
    bool m_hangingUp = false;             // hangUp() .. hangUpFinished(): the BYE is on its way
    std::optional<std::pair<CallSetup, protocol::MediaAbility>> m_pendingStart;
    QString m_chosenLabels[3]; // per MediaDeviceKind, from the released page, for the next one
};

} // namespace cec
