#include "clicktocallsession.h"

#include "callmedia.h"
#include "cecclient.h"
#include "gatewayaddresses.h"
#include "logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace cec {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class ClickToCallSessionPrivate final
{
public:
    using State = ClickToCallSession::State;

    ClickToCallSessionPrivate(ClickToCallSession *session, CecClient &cecClient,
                              CallMedia &callMedia, ClickToCallOptions callOptions)
        : q(session)
        , client(cecClient)
        , media(callMedia)
        , options(callOptions)
    {
        pollTimer.setSingleShot(true);
        QObject::connect(&pollTimer, &QTimer::timeout, q, [this] { pollEvents(); });
        hangUpTimer.setSingleShot(true);
        QObject::connect(&hangUpTimer, &QTimer::timeout, q, [this] {
            qCWarning(lcCall).noquote()
                << u"hang-up not confirmed within %1 ms (media: %2, dropClickToCall: %3); "
                   u"finishing anyway"_s.arg(options.hangUpBound.count())
                       .arg(mediaHangUpPending ? u"pending"_s : u"done"_s,
                            dropPending ? u"pending"_s : u"answered"_s);
            finishHangUp();
        });
        QObject::connect(&media, &CallMedia::hangUpFinished, q, [this] {
            if (!mediaHangUpPending)
                return;
            mediaHangUpPending = false;
            settleHangUp();
        });
        QObject::connect(&media, &CallMedia::established, q, [this] { onMediaEstablished(); });
        QObject::connect(&media, &CallMedia::ended, q,
                         [this](const QString &reason) { onMediaEnded(reason); });
        QObject::connect(&media, &CallMedia::failed, q,
                         [this](const QString &reason) { onMediaFailed(reason); });
    }

    bool isActive() const
    {
        return state == State::Requesting || state == State::Queuing ||
               state == State::Connecting || state == State::InCall;
    }

    void setState(State next)
    {
        if (state == next)
            return;
        qCInfo(lcCall) << "state" << state << "->" << next;
        state = next;
        Q_EMIT q->stateChanged(next);
    }

    // --- support -----------------------------------------------------------------------------
    void checkSupport()
    {
        if (isActive() || state == State::Ending || state == State::CheckingSupport) {
            qCWarning(lcCall) << "checkSupport ignored in state" << state;
            return;
        }
        setState(State::CheckingSupport);
        client.checkClickToCallSupport(q, [this](Result<ClickToCallSupport> result) {
            if (state != State::CheckingSupport)
                return;
            if (!result) {
                qCWarning(lcCall) << "checkClickToCallSupport failed:" << result.error().toString();
                setState(State::Unavailable);
                Q_EMIT q->failed(result.error(), result.error().userMessage());
                return;
            }
            setState(result->available() ? State::Ready : State::Unavailable);
            Q_EMIT q->supportChecked(result.value());
        });
    }

    // --- the call ----------------------------------------------------------------------------
    void start(protocol::MediaAbility requested)
    {
        if (state != State::Ready && state != State::Ended && state != State::Failed) {
            qCWarning(lcCall) << "start ignored in state" << state;
            return;
        }
        ++generation;
        ability = requested;
        consecutiveFailures = 0;
        mediaRunning = false;
        setState(State::Requesting);
        const quint64 callGeneration = generation;
        client.createClickToCall(requested, q, [this, callGeneration](Result<Done> result) {
            if (callGeneration != generation || state != State::Requesting)
                return;
            if (!result) {
                const ApiError &error = result.error();
                qCWarning(lcCall) << "createClickToCall failed:" << error.toString();
                fail(error, createFailureMessage(error));
                return;
            }
            pollEvents();
        });
    }

    static QString createFailureMessage(const ApiError &error)
    {
        if (error.kind() != ApiError::Kind::Result)
            return error.userMessage();
        const QString code = error.code();
        if (code == protocol::result::kClickToCallUnsupported)
            return QCoreApplication::translate(
                "cec::ClickToCallSession",
                "This channel does not offer calls. You can keep chatting instead.");
        if (code == protocol::result::kOutsideWorkingHours)
            return QCoreApplication::translate(
                "cec::ClickToCallSession",
                "Calls are only possible during the contact centre's working hours.");
        if (code == protocol::result::kProcessingFailure)
            return QCoreApplication::translate(
                "cec::ClickToCallSession",
                "No agent is available for a call right now, or the call could not be "
                "requested. Please try again later.");
        return error.userMessage();
    }

    // Long poll, one at a time; the 60 s request timeout is the client's
    // (ClientConfig::clickToCallEventTimeout).
    void pollEvents()
    {
        if (!isActive() || pollInFlight)
            return;
        pollInFlight = true;
        pollClock.start();
        const quint64 callGeneration = generation;
        client.getClickToCallEvents(q, [this, callGeneration](Result<ClickToCallEvent> result) {
            if (callGeneration != generation)
                return; // an answer for a call that is over
            pollInFlight = false;
            if (!isActive())
                return;
            if (result)
                onEvent(result.value());
            else
                onPollFailed(result.error());
        });
    }

    void schedulePoll(std::chrono::milliseconds delay)
    {
        if (isActive())
            pollTimer.start(delay);
    }

    void stopPolling()
    {
        // Replies still in flight carry the old generation and are dropped.
        ++generation;
        pollInFlight = false;
        pollTimer.stop();
    }

    void onPollFailed(const ApiError &error)
    {
        ++consecutiveFailures;
        qCWarning(lcCall) << "getClickToCallEvents failed" << consecutiveFailures
                          << "time(s):" << error.toString();
        if (consecutiveFailures < options.maxConsecutiveEventFailures) {
            schedulePoll(options.failureBackoff);
            return;
        }
        // The seed's rule (docs/cec-api.md §4.4): three failures in a row and the client gives up.
        // The call may still exist on the server, so drop it rather than leave an agent waiting.
        stopPolling();
        hangUpMedia();
        dropCall();
        fail(error, QCoreApplication::translate(
                        "cec::ClickToCallSession",
                        "Lost contact with the call service. The call was ended."));
    }

    void onEvent(const ClickToCallEvent &event)
    {
        consecutiveFailures = 0;
        if (!event.eventId) {
            // "polled without any events": at once again after a held long poll, but a server
            // that answers at once is not polled in a tight loop.
            const auto sincePoll = std::chrono::milliseconds(pollClock.elapsed());
            schedulePoll(std::max(options.repollDelay, options.minEmptyPollInterval - sincePoll));
            return;
        }
        Q_EMIT q->eventReceived(event);
        if (!isActive())
            return; // a slot reacted by hanging up
        const auto known = event.known();
        if (!known) {
            qCInfo(lcCall) << "unknown click-to-call event" << *event.eventId;
            Q_EMIT q->unknownEvent(*event.eventId);
            schedulePoll(options.repollDelay);
            return;
        }
        using protocol::CallEventId;
        switch (*known) {
        case CallEventId::Queuing:
            if (state == State::Requesting)
                setState(State::Queuing);
            break;
        case CallEventId::Setup:
            if (state == State::Requesting || state == State::Queuing) {
                if (!startMedia(event))
                    return;
            }
            break;
        case CallEventId::Transfer:
            Q_EMIT q->transferred();
            break;
        case CallEventId::Release: {
            stopPolling();
            const QString reason = event.causeDesc.isEmpty()
                                       ? QCoreApplication::translate("cec::ClickToCallSession",
                                                                     "The agent ended the call.")
                                       : event.causeDesc;
            setState(State::Ended); // before hanging up, so the media's ended() is ours
            hangUpMedia();
            Q_EMIT q->ended(reason);
            return;
        }
        case CallEventId::QueueTimeout:
            stopPolling();
            hangUpMedia();
            fail(eventError(event),
                 QCoreApplication::translate("cec::ClickToCallSession",
                                             "No agent answered in time. Please try again later."));
            return;
        case CallEventId::Failure: {
            stopPolling();
            hangUpMedia();
            const QString reason =
                event.causeDesc.isEmpty()
                    ? QCoreApplication::translate("cec::ClickToCallSession",
                                                  "The call could not be set up.")
                    : QCoreApplication::translate("cec::ClickToCallSession",
                                                  "The call could not be set up: %1")
                          .arg(event.causeDesc);
            fail(eventError(event), reason);
            return;
        }
        }
        // Keep polling in every remaining state, InCall included: 168110 ends the call.
        schedulePoll(options.repollDelay);
    }

    // Only acceptable gateway addresses reach the media (gatewayaddresses.h); with none left the
    // call fails and is dropped, so no agent is left waiting. False when the call failed.
    bool startMedia(const ClickToCallEvent &event)
    {
        const GatewayAddressSelection gateways =
            selectGatewayAddresses(event.setup.gatewayAddresses);
        for (const QString &refusal : gateways.refusals)
            qCWarning(lcCall).noquote() << "gateway address refused:" << refusal;
        if (gateways.accepted.isEmpty()) {
            qCWarning(lcCall) << "no acceptable gateway address in the call set-up; dropping the "
                                 "call";
            stopPolling();
            dropCall();
            fail(ApiError(
                     ApiError::Kind::Rejected, protocol::path::kClickToCallEvents,
                     u"no acceptable gateway address (%1 refused)"_s.arg(gateways.refusals.size()),
                     0, QString::number(event.eventId.value_or(0))),
                 QCoreApplication::translate(
                     "cec::ClickToCallSession",
                     "The call could not be connected securely: the call service offered no "
                     "secure connection for it. The call was ended; please try again later."));
            return false;
        }
        CallSetup setup = event.setup;
        setup.gatewayAddresses = gateways.accepted;
        setState(State::Connecting);
        mediaRunning = true;
        media.start(setup, ability.value_or(protocol::MediaAbility::Voice));
        return true;
    }

    // Failure events arrive with resultCode "0"; the ApiError records the event and the CTI cause.
    static ApiError eventError(const ClickToCallEvent &event)
    {
        return ApiError(ApiError::Kind::Result, protocol::path::kClickToCallEvents,
                        event.causeDesc.isEmpty() ? event.resultDesc : event.causeDesc, 0,
                        QString::number(event.eventId.value_or(0)));
    }

    void fail(const ApiError &error, const QString &userMessage)
    {
        stopPolling();
        setState(State::Failed);
        Q_EMIT q->failed(error, userMessage);
    }

    void hangUpMedia()
    {
        if (!mediaRunning)
            return;
        mediaRunning = false;
        if (state == State::Ending)
            mediaHangUpPending = true; // before hangUp(): the media may finish synchronously
        media.hangUp();
    }

    // The client is the request's context, not the session: a host that hangs up and destroys
    // the session (a closing window) must not cancel the drop on its way out. `done` runs only
    // while the session still exists.
    void dropCall(std::function<void(Result<Done>)> done = {})
    {
        QPointer<ClickToCallSession> alive(q);
        client.dropClickToCall(&client, [alive, done = std::move(done)](Result<Done> result) {
            if (!result)
                qCWarning(lcCall) << "dropClickToCall failed:" << result.error().toString();
            if (alive && done)
                done(std::move(result));
        });
    }

    // --- finishing a hang-up -----------------------------------------------------------------
    void settleHangUp()
    {
        if (hangUpFinishing && !mediaHangUpPending && !dropPending)
            finishHangUp();
    }

    void finishHangUp()
    {
        if (!hangUpFinishing)
            return;
        hangUpFinishing = false;
        mediaHangUpPending = false;
        dropPending = false;
        hangUpTimer.stop();
        qCInfo(lcCall) << "hang-up finished";
        Q_EMIT q->hangUpFinished();
    }

    void announceNothingToHangUp()
    {
        QTimer::singleShot(0, q, [this] {
            if (!hangUpFinishing)
                Q_EMIT q->hangUpFinished();
        });
    }

    // --- hang-up and media -------------------------------------------------------------------
    void hangUp()
    {
        if (!isActive()) {
            qCDebug(lcCall) << "hangUp ignored in state" << state;
            if (!hangUpFinishing)
                announceNothingToHangUp(); // a hang-up still finishing announces itself
            return;
        }
        stopPolling();
        hangUpFinishing = true;
        dropPending = true;
        mediaHangUpPending = false;
        hangUpTimer.start(options.hangUpBound);
        setState(State::Ending);
        hangUpMedia();
        const quint64 endingGeneration = generation;
        dropCall([this, endingGeneration](Result<Done> result) {
            dropPending = false;
            QPointer<ClickToCallSession> alive(q);
            if (endingGeneration == generation && state == State::Ending) {
                setState(State::Ended);
                // Our side is gone either way; only say that the service did not confirm it.
                Q_EMIT q->ended(
                    result ? QCoreApplication::translate("cec::ClickToCallSession",
                                                         "You ended the call.")
                           : QCoreApplication::translate(
                                 "cec::ClickToCallSession",
                                 "You ended the call, but the call service did not confirm it."));
            }
            if (alive)
                settleHangUp();
        });
    }

    void onMediaEstablished()
    {
        if (state == State::Connecting)
            setState(State::InCall);
    }

    void onMediaEnded(const QString &reason)
    {
        if (!mediaRunning)
            return; // our own hang-up
        mediaRunning = false;
        if (state == State::InCall) {
            // The remote side sent BYE: release the REST side too.
            stopPolling();
            dropCall();
            setState(State::Ended);
            Q_EMIT q->ended(reason);
        } else if (state == State::Connecting) {
            stopPolling();
            dropCall();
            fail(ApiError(ApiError::Kind::Transport, u"media"_s, reason),
                 QCoreApplication::translate("cec::ClickToCallSession",
                                             "The call ended before it was connected: %1")
                     .arg(reason));
        }
    }

    void onMediaFailed(const QString &reason)
    {
        // Not running: the failure belongs to a call that already ended (the service's 168105 can
        // overtake the page's own report), not to a new one the customer has started since.
        if (!isActive() || !mediaRunning)
            return;
        qCWarning(lcCall) << "media failed:" << reason;
        stopPolling();
        hangUpMedia();
        dropCall();
        fail(ApiError(ApiError::Kind::Transport, u"media"_s, reason),
             QCoreApplication::translate("cec::ClickToCallSession",
                                         "The call's audio/video connection failed: %1")
                 .arg(reason));
    }

    ClickToCallSession *const q;
    CecClient &client;
    CallMedia &media;
    ClickToCallOptions options;
    State state = State::Idle;
    std::optional<protocol::MediaAbility> ability;
    QTimer pollTimer;
    QElapsedTimer pollClock;         // since the current (or last) event poll was sent
    QTimer hangUpTimer;              // bounds a hang-up (options.hangUpBound)
    bool hangUpFinishing = false;    // hangUp() ran, hangUpFinished() not yet emitted
    bool mediaHangUpPending = false; // the media's hangUpFinished() is awaited
    bool dropPending = false;        // the hang-up's dropClickToCall is awaited
    bool pollInFlight = false;
    bool mediaRunning = false; // started and not yet ended/hung up
    int consecutiveFailures = 0;
    quint64 generation = 0; // bumped whenever polling starts or stops; stale replies are dropped
};

ClickToCallSession::ClickToCallSession(CecClient &client, CallMedia &media,
                                       ClickToCallOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ClickToCallSessionPrivate>(this, client, media, options))
{}

ClickToCallSession::~ClickToCallSession() = default;

ClickToCallSession::State ClickToCallSession::state() const
{
    return d->state;
}

std::optional<protocol::MediaAbility> ClickToCallSession::mediaAbility() const
{
    return d->ability;
}

void ClickToCallSession::checkSupport()
{
    d->checkSupport();
}

void ClickToCallSession::start(protocol::MediaAbility ability)
{
    d->start(ability);
}

void ClickToCallSession::hangUp()
{
    d->hangUp();
}

bool ClickToCallSession::hasCall() const
{
    return d->isActive() || d->state == State::Ending;
}

} // namespace cec
