// The click-to-call signalling as a state machine (docs/cec-api.md §4.2, the seed's sequence):
// checkClickToCallSupport -> createClickToCall -> long-poll getClickToCallEvents ->
// dropClickToCall.
#pragma once

#include "cec_core_export.h"

#include "apierror.h"
#include "types.h"

#include <QObject>

#include <chrono>
#include <memory>

namespace cec {

class CecClient;
class CallMedia;
class ClickToCallSessionPrivate;

struct CEC_CORE_EXPORT ClickToCallOptions final
{
    int maxConsecutiveEventFailures = 3;        // the seed's retry rule (docs/cec-api.md §4.4)
    std::chrono::milliseconds repollDelay{100}; // the vendor demo re-polls after 100 ms
    // An answer without an event that came back at once (a server that does not hold the long
    // poll) is polled again no sooner than this after the previous poll was sent.
    std::chrono::milliseconds minEmptyPollInterval{1000};
    std::chrono::milliseconds failureBackoff{1000}; // pause after a failed event poll
    // How long a hang-up may take before hangUpFinished() is emitted anyway: an app that quits
    // waits for it, and must not hang when the network or the gateway is gone.
    std::chrono::milliseconds hangUpBound{2000};
};

class CEC_CORE_EXPORT ClickToCallSession final : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        CheckingSupport,
        Unavailable, // tenant/channel does not support it
        Ready,       // supported; a call can be started
        Requesting,  // createClickToCall sent
        Queuing,     // 168102
        Connecting,  // 168101 received, media starting
        InCall,      // media established
        Ending,      // hang-up in progress (SIP BYE + dropClickToCall)
        Ended,       // 168110, or our hang-up completed
        Failed,      // 168103, 168105, create refused, or three failed event polls
    };
    Q_ENUM(State)

    ClickToCallSession(CecClient &client, CallMedia &media, ClickToCallOptions options = {},
                       QObject *parent = nullptr);
    ~ClickToCallSession() override;

    State state() const;
    std::optional<protocol::MediaAbility> mediaAbility() const;

    void checkSupport(); // Idle/Ended/Failed -> CheckingSupport -> Ready|Unavailable
    void start(protocol::MediaAbility ability); // Ready/Ended/Failed -> Requesting
    // Any active state -> Ending -> Ended. hangUpFinished() follows once the media has finished
    // its hang-up (SIP BYE or CANCEL answered, or nothing to send) and dropClickToCall has been
    // answered, or after options.hangUpBound; emitted from the event loop, also when no call was
    // running. dropClickToCall lives with the client, not with this session: destroying the
    // session right after hangUp() does not cancel it.
    void hangUp();
    // A call is running or being hung up (Requesting ... Ending).
    bool hasCall() const;

Q_SIGNALS:
    void stateChanged(cec::ClickToCallSession::State state);
    void supportChecked(const cec::ClickToCallSupport &support);
    void eventReceived(const cec::ClickToCallEvent &event); // every event, unknown ids included
    void transferred();                                     // 168106
    void unknownEvent(int eventId);
    void ended(const QString &reason); // causeDesc or ours
    void failed(const cec::ApiError &error, const QString &userMessage);
    void hangUpFinished(); // see hangUp()

private:
    std::unique_ptr<ClickToCallSessionPrivate> d;
};

} // namespace cec
