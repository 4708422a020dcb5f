#include "deferredcallmedia_p.h"

#include "callpanel_p.h"
#include "webenginecallmedia.h"

namespace cec {

DeferredCallMedia::DeferredCallMedia(QWebEngineProfile *profile, QObject *parent)
    : CallMedia(parent)
    , m_profile(profile)
{}

DeferredCallMedia::~DeferredCallMedia() = default;

WebEngineCallMedia &DeferredCallMedia::create()
{
    if (m_real)
        return *m_real;
    qCInfo(lcCallPanel) << "a call is possible: creating the call page";
    m_real = new WebEngineCallMedia(m_profile, this);
    connect(m_real, &CallMedia::established, this, &CallMedia::established);
    connect(m_real, &CallMedia::ended, this, &CallMedia::ended);
    connect(m_real, &CallMedia::failed, this, &CallMedia::failed);
    connect(m_real, &CallMedia::hangUpFinished, this, &CallMedia::hangUpFinished);
    Q_EMIT created(m_real);
    return *m_real;
}

void DeferredCallMedia::start(const CallSetup &setup, protocol::MediaAbility ability)
{
    create().start(setup, ability);
}

void DeferredCallMedia::hangUp()
{
    if (m_real) {
        m_real->hangUp();
    } else {
        Q_EMIT ended(tr("hung up"));
        Q_EMIT hangUpFinished();
    }
}

} // namespace cec
