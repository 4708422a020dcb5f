// The CallMedia the call session talks to from the start; the WebEngine page behind it is created
// on demand (create()), so the session can check support before any Chromium exists.
#pragma once

#include "callmedia.h"

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
    WebEngineCallMedia &create();

    void start(const CallSetup &setup, protocol::MediaAbility ability) override;
    void hangUp() override;

Q_SIGNALS:
    void created(cec::WebEngineCallMedia *media);

private:
    QWebEngineProfile *m_profile;         // not owned; null: the page's own off-the-record profile
    WebEngineCallMedia *m_real = nullptr; // child
};

} // namespace cec
