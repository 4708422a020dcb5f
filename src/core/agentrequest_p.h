// The customer's request for a person (TRANS2AGENT). It waits until the outbox is idle: what the
// customer typed before asking goes first, so the bot answers it instead of it landing
// unanswered in the agent queue.
#pragma once

#include "apierror.h"

#include <QObject>

#include <functional>

namespace cec {

class CecClient;

class AgentRequest final
{
public:
    AgentRequest(CecClient &client, QObject *context, std::function<void()> accepted,
                 std::function<void(const ApiError &)> refused);

    void ask() { m_waiting = true; }
    bool isWaiting() const { return m_waiting; }
    // Sends the request if one is waiting.
    void release();
    // The chat is over: nothing waits, a reply still in flight is ignored.
    void cancel();

private:
    CecClient &m_client;
    QObject *m_context;
    std::function<void()> m_accepted;
    std::function<void(const ApiError &)> m_refused;
    bool m_waiting = false;
    quint64 m_generation = 0;
};

} // namespace cec
