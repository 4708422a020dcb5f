#include "agentrequest_p.h"

#include "cecclient.h"
#include "logging.h"

namespace cec {

AgentRequest::AgentRequest(CecClient &client, QObject *context, std::function<void()> accepted,
                           std::function<void(const ApiError &)> refused)
    : m_client(client)
    , m_context(context)
    , m_accepted(std::move(accepted))
    , m_refused(std::move(refused))
{}

void AgentRequest::release()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    OutgoingMessage transfer;
    transfer.controlType = protocol::ControlType::Trans2Agent;
    const quint64 generation = m_generation;
    m_client.send(transfer, m_context, [this, generation](Result<Done> result) {
        if (generation != m_generation)
            return;
        if (result) {
            m_accepted();
            return;
        }
        qCWarning(lcChat) << "TRANS2AGENT failed:" << result.error().toString();
        m_refused(result.error());
    });
}

void AgentRequest::cancel()
{
    m_waiting = false;
    ++m_generation;
}

} // namespace cec
