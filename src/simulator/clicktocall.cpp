#include "clicktocall.h"

#include "scenario.h"
#include "tenantcommon_p.h"

#include <QJsonArray>
#include <QTimer>

#include <protocol/protocol.h>

namespace cec::sim {

namespace proto = cec::protocol;

ClickToCall::ClickToCall(const Scenario &scenario, Customers &customers)
    : m_scenario(scenario)
    , m_customers(customers)
{}

QJsonObject ClickToCall::check(const HttpRequest &request) const
{
    if (request.queryValue("channel"_L1) != proto::kChannelWeb)
        return result(proto::result::kBadParameter, u"channel must be WEB"_s);
    QJsonObject reply = result(proto::result::kOk, QString());
    reply.insert(u"webRTCSupported"_s, m_scenario.clickToCall.webRtcSupported);
    reply.insert(u"clickToCallSupported"_s, m_scenario.clickToCall.clickToCallSupported);
    return reply;
}

QJsonObject ClickToCall::create(const QString &userId, const QJsonObject &body)
{
    const ClickToCallScript &script = m_scenario.clickToCall;
    if (text(body, u"channel"_s) != proto::kChannelWeb)
        return result(proto::result::kBadParameter, u"channel must be WEB"_s);
    const QString ability = text(body, u"mediaAbility"_s);
    if (ability != "0"_L1 && ability != "1"_L1)
        return result(proto::result::kBadParameter,
                      u"mediaAbility must be \"0\" (voice) or \"1\" (video)"_s);
    if (!script.clickToCallSupported || script.createResultCode == "7"_L1)
        return result(proto::result::kClickToCallUnsupported,
                      u"The channel does not support click-to-call."_s);
    if (!m_scenario.workingHours || script.createResultCode == "12"_L1)
        return result(proto::result::kOutsideWorkingHours, kOutsideHours);
    Customer &c = m_customers.customer(userId);
    if (!c.isConnected() || c.call == CallState::Queuing || c.call == CallState::Setup)
        return result(proto::result::kProcessingFailure, u"connect failed"_s);
    if (script.createResultCode == "13"_L1)
        return result(proto::result::kProcessingFailure, u"No agents available currently"_s);

    ++c.callGeneration;
    c.call = CallState::Queuing;
    c.callEvents.clear();
    for (int i = 0; i < script.queueEvents; ++i) {
        m_customers.laterInCall(c, i * script.queueStepMs, [this](Customer &target) {
            pushEvent(target, {{u"resultCode"_s, u"0"_s},
                               {u"resultDesc"_s, u"Call in queue"_s},
                               {u"eventId"_s, int(proto::CallEventId::Queuing)}});
        });
    }
    m_customers.laterInCall(c, script.queueEvents * script.queueStepMs,
                            [this](Customer &target) { outcome(target); });
    if (m_media)
        m_media->prepare();
    return result(proto::result::kOk, QString());
}

void ClickToCall::outcome(Customer &c)
{
    const ClickToCallScript &script = m_scenario.clickToCall;
    if (script.outcome == "timeout"_L1) {
        endCall(c, CallState::Failed, int(proto::CallEventId::QueueTimeout),
                u"Call queue timeout"_s, u"No agent answered within the queue time."_s);
        return;
    }
    if (script.outcome == "failure"_L1) {
        endCall(c, CallState::Failed, int(proto::CallEventId::Failure), u"Call failed"_s,
                u"The call could not be set up."_s);
        return;
    }
    if (!m_media)
        return announceSetup(c);
    // 168101 waits for the agent peer, so a fast client never dials into nothing.
    m_media->whenReady(
        m_customers.context(), [this, userId = c.userId, generation = c.callGeneration] {
            Customer &target = m_customers.customer(userId);
            if (target.callGeneration == generation && target.call == CallState::Queuing)
                announceSetup(target);
        });
}

void ClickToCall::announceSetup(Customer &c)
{
    const ClickToCallScript &script = m_scenario.clickToCall;
    c.call = CallState::Setup;
    if (m_media)
        m_media->expectCall(c.userId);
    pushEvent(c, {{u"resultCode"_s, u"0"_s},
                  {u"resultDesc"_s, u"Call connected"_s},
                  {u"eventId"_s, int(proto::CallEventId::Setup)},
                  {u"content"_s,
                   QJsonObject{{u"domain"_s, u"cec-sim.local"_s},
                               {u"gwAddresses"_s, QJsonArray::fromStringList(m_gatewayAddresses)},
                               {u"accessCode"_s, u"179080000537636"_s},
                               {u"clickToCallCaller"_s, u"AnonymousCard"_s}}}});
    if (script.autoReleaseMs > 0) {
        m_customers.laterInCall(c, script.autoReleaseMs, [this](Customer &target) {
            if (target.call == CallState::Setup)
                endCall(target, CallState::Released, int(proto::CallEventId::Release),
                        u"Call disconnected"_s, u"The agent released the call."_s);
        });
    }
}

void ClickToCall::endCall(Customer &c, CallState state, int eventId, const QString &desc,
                          const QString &causeDesc)
{
    const bool hadMedia = c.call == CallState::Setup;
    c.call = state;
    ++c.callGeneration; // nothing scripted for this call may follow its end
    if (m_media && hadMedia)
        m_media->endCall(c.userId, state == CallState::Released ? CallMedia::End::Released
                                                                : CallMedia::End::Failed);
    pushEvent(c, {{u"resultCode"_s, u"0"_s},
                  {u"resultDesc"_s, desc},
                  {u"eventId"_s, eventId},
                  {u"content"_s, QJsonObject{{u"causeId"_s, -1}, {u"causeDesc"_s, causeDesc}}}});
}

void ClickToCall::pushEvent(Customer &c, QJsonObject event)
{
    c.callEvents.append(std::move(event));
    flushEvents(c);
}

void ClickToCall::flushEvents(Customer &c)
{
    if (!c.callPoll.reply)
        return;
    if (!c.callPoll.reply->isOpen()) {
        c.callPoll = {};
        return;
    }
    const bool ended = c.call == CallState::Released || c.call == CallState::Failed ||
                       c.call == CallState::Dropped;
    if (c.callEvents.isEmpty() && !ended)
        return; // keep holding
    const Customer::Poll waiting = std::exchange(c.callPoll, {});
    if (c.callEvents.isEmpty()) {
        waiting.reply->send(HttpReply::json(
            result(proto::result::kOk, u"ClickToCall polled without any events"_s)));
        return;
    }
    waiting.reply->send(HttpReply::json(c.callEvents.takeFirst()));
}

void ClickToCall::events(const QString &userId, const HttpRequest &request,
                         const PendingResponsePtr &reply)
{
    if (request.queryValue("channel"_L1) != proto::kChannelWeb)
        return reply->send(
            HttpReply::json(result(proto::result::kBadParameter, u"channel must be WEB"_s)));
    Customer &c = m_customers.customer(userId);
    if (c.call == CallState::None)
        return reply->send(HttpReply::json(
            result(proto::result::kProcessingFailure, u"no click-to-call call exists"_s)));
    if (c.callPoll.reply && c.callPoll.reply->isOpen()) {
        // A newer long poll replaces the held one, which returns empty.
        std::exchange(c.callPoll, {})
            .reply->send(HttpReply::json(
                result(proto::result::kOk, u"ClickToCall polled without any events"_s)));
    }
    c.callPoll = {reply, false, m_customers.nextSerial()};
    flushEvents(c);
    if (!c.callPoll.reply)
        return;
    QTimer::singleShot(
        m_scenario.clickToCall.eventHoldMs, Qt::PreciseTimer, m_customers.context(),
        [this, userId, serial = c.callPoll.serial] {
            Customer &target = m_customers.customer(userId);
            if (target.callPoll.serial != serial || !target.callPoll.reply)
                return;
            std::exchange(target.callPoll, {})
                .reply->send(HttpReply::json(
                    result(proto::result::kOk, u"ClickToCall polled without any events"_s)));
        });
}

QJsonObject ClickToCall::drop(const QString &userId, const QJsonObject &body)
{
    if (text(body, u"channel"_s) != proto::kChannelWeb)
        return result(proto::result::kBadParameter, u"channel must be WEB"_s);
    Customer &c = m_customers.customer(userId);
    if (c.call == CallState::None)
        return result(proto::result::kProcessingFailure, u"disconnect failed"_s);
    if (c.call == CallState::Queuing || c.call == CallState::Setup) {
        if (m_media && c.call == CallState::Setup)
            m_media->endCall(c.userId, CallMedia::End::Dropped);
        c.call = CallState::Dropped;
        ++c.callGeneration;
        c.callEvents.clear();
        flushEvents(c); // a held event poll returns empty now
    }
    return result(proto::result::kOk, QString());
}

QString ClickToCall::release(const QString &userId, const QString &causeDesc)
{
    Customer &c = m_customers.customer(userId);
    if (c.call != CallState::Setup && c.call != CallState::Queuing)
        return u"customer %1 has no active click-to-call call"_s.arg(userId);
    endCall(c, CallState::Released, int(proto::CallEventId::Release), u"Call disconnected"_s,
            causeDesc.isEmpty() ? u"The agent released the call."_s : causeDesc);
    return {};
}

QString ClickToCall::fail(const QString &userId, const QString &causeDesc)
{
    Customer &c = m_customers.customer(userId);
    if (c.call != CallState::Setup && c.call != CallState::Queuing)
        return u"customer %1 has no active click-to-call call"_s.arg(userId);
    endCall(c, CallState::Failed, int(proto::CallEventId::Failure), u"Call failed"_s,
            causeDesc.isEmpty() ? u"The call failed."_s : causeDesc);
    return {};
}

QString ClickToCall::transfer(const QString &userId)
{
    Customer &c = m_customers.customer(userId);
    if (c.call != CallState::Setup && c.call != CallState::Queuing)
        return u"customer %1 has no active click-to-call call"_s.arg(userId);
    pushEvent(c, {{u"resultCode"_s, u"0"_s},
                  {u"resultDesc"_s, u"Call transfered"_s},
                  {u"eventId"_s, int(proto::CallEventId::Transfer)}});
    return {};
}

void ClickToCall::customerHungUp(const QString &userId)
{
    Customer &c = m_customers.customer(userId);
    if (c.call != CallState::Setup)
        return;
    c.call = CallState::Dropped;
    ++c.callGeneration;
    flushEvents(c); // a held event poll returns (empty) now that the call is over
}

void ClickToCall::mediaRejected(const QString &userId, int status, const QString &reason)
{
    Customer &c = m_customers.customer(userId);
    if (c.call != CallState::Setup)
        return;
    endCall(c, CallState::Failed, int(proto::CallEventId::Failure), u"Call failed"_s,
            u"The agent did not take the call (SIP %1 %2)."_s.arg(status).arg(reason));
}

} // namespace cec::sim
