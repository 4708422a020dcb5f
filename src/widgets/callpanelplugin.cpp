#include "callpanelplugin_p.h"

#include "callpanel_p.h"
#include "callreport_p.h"

namespace cec {

QWidget *CallPanelPlugin::createCallPanel(CecClient &client, QWidget *parent)
{
    auto *panel = new CallPanel(client, {}, parent);
    new CallReport(*panel); // a child: reports once an observer is set
    return panel;
}

void CallPanelPlugin::setObserver(QWidget *callPanel, CallPanelObserver *observer)
{
    if (auto *report = callPanel ? callPanel->findChild<CallReport *>() : nullptr)
        report->setObserver(observer);
}

void CallPanelPlugin::setChatConnected(QWidget *callPanel, bool connected)
{
    if (auto *panel = qobject_cast<CallPanel *>(callPanel))
        panel->setChatConnected(connected);
}

void CallPanelPlugin::requestCall(QWidget *callPanel, bool video)
{
    if (auto *panel = qobject_cast<CallPanel *>(callPanel))
        panel->requestCall(video ? protocol::MediaAbility::Video : protocol::MediaAbility::Voice);
}

bool CallPanelPlugin::hasCall(QWidget *callPanel) const
{
    auto *panel = qobject_cast<CallPanel *>(callPanel);
    return panel && panel->session().hasCall();
}

void CallPanelPlugin::endCall(QWidget *callPanel, std::function<void()> done)
{
    if (auto *panel = qobject_cast<CallPanel *>(callPanel))
        panel->endCall(std::move(done));
}

void CallPanelPlugin::setMicrophoneMuted(QWidget *callPanel, bool muted)
{
    if (auto *panel = qobject_cast<CallPanel *>(callPanel))
        panel->setMicrophoneMuted(muted);
}

bool CallPanelPlugin::isMicrophoneMuted(const QWidget *callPanel) const
{
    auto *panel = qobject_cast<const CallPanel *>(callPanel);
    return panel && panel->isMicrophoneMuted();
}

} // namespace cec
