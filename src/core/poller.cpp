#include "poller_p.h"

#include "cecclient.h"
#include "logging.h"

namespace cec {

using Link = ChatSession::Link;

Poller::Poller(CecClient &client, const ChatSessionOptions &options, QObject *context, Hooks hooks)
    : m_client(client)
    , m_interval(options.pollInterval)
    , m_offlineAfterFailures(options.offlineAfterFailures)
    , m_context(context)
    , m_hooks(std::move(hooks))
    , m_backoff({options.minBackoff, options.maxBackoff, BackoffPolicy::Jitter::Equal,
                 options.giveUpAfterFailures},
                client.config().random)
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, context, [this] { poll(); });
}

void Poller::reset()
{
    cancel();
    m_backoff.reset();
    m_linkError.reset();
    m_link = Link::Online;
}

void Poller::cancel()
{
    ++m_generation;
    m_inFlight = false;
}

void Poller::schedule(std::chrono::milliseconds delay)
{
    if (isLive())
        m_timer.start(delay);
}

void Poller::poll()
{
    if (!isLive() || m_inFlight)
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    m_client.poll(m_context, [this, generation](Result<PollReply> result) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        if (!isLive())
            return;
        if (result)
            succeeded(result.value());
        else
            failed(result.error());
    });
}

void Poller::succeeded(const PollReply &reply)
{
    const QDateTime previousGoodPoll = m_lastGoodPoll;
    m_lastGoodPoll = QDateTime::currentDateTimeUtc();
    if (m_backoff.failures() > 0) {
        qCInfo(lcChat) << "poll recovered after" << m_backoff.failures() << "failures";
        m_backoff.reset();
        m_linkError.reset();
        setLink(Link::Online, 0);
        if (m_hooks.recovered)
            m_hooks.recovered(previousGoodPoll);
    }
    for (const DownlinkMessage &message : reply.messages) {
        if (m_hooks.message)
            m_hooks.message(message);
        if (!isLive())
            return; // the agent ended the chat; the rest of the batch is moot
    }
    schedule(m_interval);
}

void Poller::failed(const ApiError &error)
{
    m_linkError = error;
    if (error.kind() == ApiError::Kind::SignIn) {
        // The client gave up renewing tokens: polling on would only start that over.
        qCWarning(lcChat) << "poll failed:" << error.toString() << "- giving up";
        m_hooks.gaveUp(error);
        return;
    }
    const auto delay = m_backoff.failed();
    const int failures = m_backoff.failures();
    if (m_backoff.exhausted()) {
        qCWarning(lcChat) << "poll failed" << failures << "times in a row:" << error.toString()
                          << "- giving up";
        m_hooks.gaveUp(error);
        return;
    }
    const int seconds = int((delay.count() + 999) / 1000);
    qCWarning(lcChat) << "poll failed" << failures << "time(s):" << error.toString()
                      << "- retrying in" << delay.count() << "ms";
    setLink(failures >= m_offlineAfterFailures ? Link::Offline : Link::Reconnecting, seconds);
    // Network trouble shows as the link state. Anything else (e.g. a refused request) will not
    // cure itself, so the user hears of it, once per outage; polling goes on in case it does.
    if (failures == 1 && !error.isRetryable() && m_hooks.error)
        m_hooks.error(error);
    schedule(delay);
}

void Poller::setLink(Link next, int retryInSeconds)
{
    const bool changed = m_link != next;
    m_link = next;
    // Reconnecting is re-announced on every failure because the countdown changes.
    if ((changed || next != Link::Online) && m_hooks.linkChanged)
        m_hooks.linkChanged(next, retryInSeconds);
}

} // namespace cec
