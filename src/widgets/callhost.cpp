#include "callhost_p.h"

#include "callpanelfactory.h"
#include "pluginloader_p.h"
#include "callstats_p.h"
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
    // A chat-only build (CEC_WITH_CALLS=OFF) has no call UI to load: not even the support check.
    : m_enabled(enabled && (CEC_WITH_CALLS || factory))
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
        m_factory->setObserver(m_panel, this);
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
        m_endedWithChat = true;
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
    // Nothing is reported to the widget any more; out of its tree before ~QWidget deletes the
    // children.
    m_factory->setObserver(panel, nullptr);
    panel->hide();
    panel->setParent(nullptr);
    CallTeardown::start(*m_factory, panel, std::move(client), std::move(network));
}

void CallHost::setMicrophoneMuted(bool muted)
{
    if (m_panel)
        m_factory->setMicrophoneMuted(m_panel, muted);
}

bool CallHost::isMicrophoneMuted() const
{
    return m_panel && m_factory->isMicrophoneMuted(m_panel);
}

void CallHost::callStateChanged(ChatWidget::CallState state, ChatWidget::CallType type)
{
    using CallState = ChatWidget::CallState;
    if (state == m_state)
        return;
    if (state == CallState::Requesting) {
        m_endedWithChat = false;
        m_statistics = {};
        m_lastSampleClock.invalidate();
    }
    m_state = state;
    qCInfo(lcWidgets) << "call state" << state;
    Q_EMIT m_widget->callStateChanged(state);
    if (state == CallState::InCall)
        Q_EMIT m_widget->callStarted(type);
}

void CallHost::callEnded(ChatWidget::CallEndReason reason, const QString &detail)
{
    using Reason = ChatWidget::CallEndReason;
    if (m_endedWithChat && (reason == Reason::HungUpByCustomer || reason == Reason::Cancelled))
        reason = Reason::ChatEnded;
    m_endedWithChat = false;
    qCInfo(lcWidgets) << "call ended:" << reason;
    Q_EMIT m_widget->callEnded(reason, detail);
}

void CallHost::microphoneMutedChanged(bool muted)
{
    Q_EMIT m_widget->microphoneMutedChanged(muted);
}

void CallHost::callStatisticsChanged(const CallPanelStatistics &sample)
{
    if (m_state == ChatWidget::CallState::None)
        return; // a late sample of a call that has ended
    CallStatsData data;
    data.valid = true;
    data.sample = sample;
    // The page reports totals; the rates are the growth since the previous sample.
    if (m_lastSampleClock.isValid() && m_lastSampleClock.elapsed() > 0) {
        const double seconds = double(m_lastSampleClock.elapsed()) / 1000.0;
        data.sendBitrate =
            double(qMax<qint64>(0, sample.bytesSent - m_lastSample.bytesSent)) * 8.0 / seconds;
        data.receiveBitrate =
            double(qMax<qint64>(0, sample.bytesReceived - m_lastSample.bytesReceived)) * 8.0 /
            seconds;
    }
    m_lastSample = sample;
    m_lastSampleClock.start();
    m_statistics = CallStats(data);
    Q_EMIT m_widget->callStatisticsChanged();
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

ChatWidget::CallState ChatWidget::callState() const
{
    return d->callHost->callState();
}

void ChatWidget::setMicrophoneMuted(bool muted)
{
    d->callHost->setMicrophoneMuted(muted);
}

bool ChatWidget::isMicrophoneMuted() const
{
    return d->callHost->isMicrophoneMuted();
}

CallStats ChatWidget::callStatistics() const
{
    return d->callHost->statistics();
}

} // namespace cec
