#include "callpanelplugin_p.h"

#include "callpanel_p.h"

namespace cec {

QWidget *CallPanelPlugin::createCallPanel(CecClient &client, QWidget *parent)
{
    return new CallPanel(client, {}, parent);
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

} // namespace cec
