#include "callhost_p.h"

#include "callpanelfactory.h"
#include "callpanelloader_p.h"
#include "callteardown_p.h"
#include "cecclient.h"
#include "chatwidget.h"
#include "chatwidget_p.h"
#include "chatwidgetcommon_p.h"

#include <QBoxLayout>
#include <QNetworkAccessManager>

namespace cec {

CallHost::CallHost(bool enabled, CallPanelFactory *factory, CecClient &client, ChatWidget *widget,
                   QBoxLayout *layout, int position)
    : m_enabled(enabled)
    , m_factory(factory)
    , m_client(client)
    , m_widget(widget)
    , m_layout(layout)
    , m_position(position)
{}

void CallHost::offerCallsIfSupported()
{
    if (!m_enabled || m_supportAsked)
        return;
    m_supportAsked = true;
    // Asked here, before the call UI exists, because the panel brings Qt WebEngine with it:
    // a tenant without click-to-call must not cost a chat-only customer any of that.
    m_client.checkClickToCallSupport(m_widget, [this](Result<ClickToCallSupport> support) {
        if (!support || !support->available()) {
            qCInfo(lcWidgets) << "click-to-call not offered"
                              << (support ? QString() : support.error().toString());
            m_supportAsked = support.ok(); // a failed check is asked again on reconnect
            return;
        }
        QString error;
        if (!m_factory)
            m_factory = loadCallPanelFactory(&error);
        if (!m_factory) {
            qCWarning(lcWidgets).noquote()
                << "calls are unavailable: the call UI did not load:" << error;
            return;
        }
        m_panel = m_factory->createCallPanel(m_client, m_widget);
        m_layout->insertWidget(m_position, m_panel);
        m_factory->setChatConnected(m_panel, m_chatLive);
        if (const auto video = std::exchange(m_requestedVideo, std::nullopt))
            m_factory->requestCall(m_panel, *video);
    });
}

void CallHost::onChatStateChanged(ChatSession::State state)
{
    using State = ChatSession::State;
    m_chatLive = isLiveState(state);
    if (m_chatLive)
        offerCallsIfSupported();
    if (!m_panel)
        return;
    m_factory->setChatConnected(m_panel, m_chatLive);
    // The call belongs to the chat: when the customer ends the chat or the contact centre
    // does (the agent leaves), a running call ends with it (BYE or CANCEL, dropClickToCall).
    if ((state == State::Disconnecting || state == State::Ended) && m_factory->hasCall(m_panel)) {
        qCInfo(lcWidgets) << "the chat is ending: ending the call too";
        m_factory->endCall(m_panel, {});
    }
}

void CallHost::startCall(bool video)
{
    if (m_panel)
        m_factory->requestCall(m_panel, video);
    else if (m_enabled)
        m_requestedVideo = video; // asked for once the panel exists
}

bool CallHost::hasCall() const
{
    return m_panel && m_factory->hasCall(m_panel);
}

void CallHost::endCall()
{
    m_requestedVideo.reset();
    // Always from the event loop and outside the call panel's own signals, so that a host may
    // delete the widget in a slot connected to callEndFinished().
    QPointer<ChatWidget> widget(m_widget);
    auto finished = [widget] {
        if (widget)
            QMetaObject::invokeMethod(
                widget, [widget] { Q_EMIT widget->callEndFinished(); }, Qt::QueuedConnection);
    };
    if (!m_panel) {
        finished();
        return;
    }
    m_factory->endCall(m_panel, finished);
}

void CallHost::handOverCall(std::unique_ptr<CecClient> &client,
                            std::unique_ptr<QNetworkAccessManager> &network)
{
    QWidget *panel = m_panel;
    m_panel = nullptr;
    if (!panel)
        return;
    if (!m_factory->hasCall(panel)) {
        delete panel;
        return;
    }
    // Out of the widget tree before ~QWidget deletes the children.
    panel->hide();
    panel->setParent(nullptr);
    CallTeardown::start(*m_factory, panel, std::move(client), std::move(network));
}

// --- ChatWidget's call API: the host's view of the call is CallHost's ----------------------------

bool ChatWidget::hasCall() const
{
    return d->callHost->hasCall();
}

void ChatWidget::startCall(CallType type)
{
    d->callHost->startCall(type == CallType::Video);
}

void ChatWidget::endCall()
{
    d->callHost->endCall();
}

} // namespace cec
