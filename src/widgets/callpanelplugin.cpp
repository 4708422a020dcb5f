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

} // namespace cec
