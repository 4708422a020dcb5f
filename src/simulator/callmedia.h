// What the tenant's click-to-call signalling needs from the media side (the WebRTC gateway and the
// agent media peer), so the tenant stays free of WebSocket and process details.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace cec::sim {

class CallMedia
{
public:
    enum class End
    {
        Released, // the agent (control API or autoReleaseMs) ends the call
        Failed,   // the call fails (control API)
        Dropped   // the customer dropped it through the API
    };

    virtual ~CallMedia() = default;

    // A call was created: get the agent peer going so it is up by the time 168101 goes out.
    virtual void prepare() = 0;
    // Runs ready (in context) once the agent peer can answer an INVITE, at once if it already can
    // or if there is no agent peer to wait for.
    virtual void whenReady(QObject *context, std::function<void()> ready) = 0;
    // 168101 went to this customer: the next INVITE through the gateway is theirs.
    virtual void expectCall(const QString &userId) = 0;
    // The call ended on the service side: the agent peer hangs up or rejects a pending INVITE.
    virtual void endCall(const QString &userId, End how) = 0;
};

} // namespace cec::sim
