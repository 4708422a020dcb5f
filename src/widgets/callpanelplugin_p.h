// The call-UI plugin (libcec_callui.so): makes CallPanels for the chat widget.
#pragma once

#include "callpanelfactory.h"

#include <QObject>

namespace cec {

class CallPanelPlugin final : public QObject, public CallPanelFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CEC_CALL_PANEL_FACTORY_IID)
    Q_INTERFACES(cec::CallPanelFactory)
public:
    using QObject::QObject;
    QWidget *createCallPanel(CecClient &client, QWidget *parent) override;
    void setObserver(QWidget *callPanel, CallPanelObserver *observer) override;
    void setChatConnected(QWidget *callPanel, bool connected) override;
    void requestCall(QWidget *callPanel, bool video) override;
    bool hasCall(QWidget *callPanel) const override;
    void endCall(QWidget *callPanel, std::function<void()> done) override;
    void setMicrophoneMuted(QWidget *callPanel, bool muted) override;
    bool isMicrophoneMuted(const QWidget *callPanel) const override;
};

} // namespace cec
