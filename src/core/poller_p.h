// The poll loop of a live chat and the link it reveals: polls at the session's interval, backs off
// on failures (Reconnecting, then Offline), says when the link is back (for a catch-up), and
// gives up after too many failures in a row or when signing in failed for good.
#pragma once

#include "apierror.h"
#include "backoff.h"
#include "chatsession.h"
#include "types.h"

#include <QDateTime>
#include <QTimer>

#include <functional>
#include <optional>

namespace cec {

class Poller final
{
public:
    struct Hooks
    {
        std::function<bool()> isLive; // polls only while the chat is live
        std::function<void(const DownlinkMessage &)> message;
        // The first good poll after failures; `lastGoodPoll` is invalid if there was none.
        std::function<void(const QDateTime &lastGoodPoll)> recovered;
        std::function<void(ChatSession::Link link, int retryInSeconds)> linkChanged;
        std::function<void(const ApiError &)> error;  // a failure the user should hear of
        std::function<void(const ApiError &)> gaveUp; // polling stopped for good
    };

    Poller(CecClient &client, const ChatSessionOptions &options, QObject *context, Hooks hooks);

    // A new chat: Online (not announced), failures forgotten, a reply in flight ignored.
    void reset();
    void schedule(std::chrono::milliseconds delay);
    void stop() { m_timer.stop(); }
    // The chat is over: a reply still in flight belongs to it and is ignored.
    void cancel();

    ChatSession::Link link() const { return m_link; }
    // Why the link is not Online (the last failed poll's error); empty while Online.
    const std::optional<ApiError> &linkError() const { return m_linkError; }

private:
    void poll();
    void succeeded(const PollReply &reply);
    void failed(const ApiError &error);
    void setLink(ChatSession::Link next, int retryInSeconds);
    bool isLive() const { return m_hooks.isLive && m_hooks.isLive(); }

    CecClient &m_client;
    std::chrono::milliseconds m_interval;
    int m_offlineAfterFailures;
    QObject *m_context;
    Hooks m_hooks;
    QTimer m_timer;
    Backoff m_backoff;
    bool m_inFlight = false;
    quint64 m_generation = 0; // bumped by reset() and cancel(); stale replies compare unequal
    ChatSession::Link m_link = ChatSession::Link::Online;
    std::optional<ApiError> m_linkError; // the last failed poll's, until one succeeds
    QDateTime m_lastGoodPoll;
};

} // namespace cec
