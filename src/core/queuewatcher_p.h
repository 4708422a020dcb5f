// While the chat waits for an agent: asks for the queue position at the session's interval and
// reports how the wait ends (an agent took it, the session ended, back to the bot/IVR).
#pragma once

#include "types.h"

#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace cec {

class CecClient;

class QueueWatcher final
{
public:
    enum class Outcome
    {
        WithAgent,
        Ended,
        BackToBot,
    };

    QueueWatcher(CecClient &client, std::chrono::milliseconds interval, QObject *context,
                 std::function<void(const QueueInfo &)> infoChanged,
                 std::function<void(Outcome)> finished);

    void start(); // the chat entered the queue: asks now, then at the interval
    void stop();  // the chat left the queue: the position is forgotten
    // The chat is over: a reply still in flight belongs to it and is ignored.
    void cancel();
    const std::optional<QueueInfo> &info() const { return m_info; }

private:
    void query();

    CecClient &m_client;
    std::chrono::milliseconds m_interval;
    QObject *m_context;
    std::function<void(const QueueInfo &)> m_infoChanged;
    std::function<void(Outcome)> m_finished;
    QTimer m_timer;
    bool m_active = false;
    bool m_inFlight = false;
    quint64 m_generation = 0;
    std::optional<QueueInfo> m_info;
};

} // namespace cec
