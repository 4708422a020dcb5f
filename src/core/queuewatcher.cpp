#include "queuewatcher_p.h"

#include "cecclient.h"
#include "logging.h"

namespace cec {

using namespace std::chrono_literals;

QueueWatcher::QueueWatcher(CecClient &client, std::chrono::milliseconds interval, QObject *context,
                           std::function<void(const QueueInfo &)> infoChanged,
                           std::function<void(Outcome)> finished)
    : m_client(client)
    , m_interval(interval)
    , m_context(context)
    , m_infoChanged(std::move(infoChanged))
    , m_finished(std::move(finished))
{
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, context, [this] { query(); });
}

void QueueWatcher::start()
{
    m_active = true;
    m_timer.start(0ms);
}

void QueueWatcher::stop()
{
    m_active = false;
    m_timer.stop();
    m_info.reset();
}

void QueueWatcher::cancel()
{
    ++m_generation;
    m_inFlight = false;
}

void QueueWatcher::query()
{
    if (!m_active || m_inFlight)
        return;
    m_inFlight = true;
    const quint64 generation = m_generation;
    m_client.queryQueueInfo(m_context, [this, generation](Result<QueueInfo> result) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        if (!m_active)
            return;
        QString code;
        if (result) {
            code = result->resultCode;
            if (result->queued) {
                m_info = result.value();
                m_infoChanged(result.value());
            }
        } else {
            code = result.error().code();
            qCWarning(lcChat) << "queryQueueInfo failed:" << result.error().toString();
        }
        if (code == protocol::result::kQueueAlreadyWithAgent) {
            m_finished(Outcome::WithAgent);
        } else if (code == protocol::result::kQueueSessionEnded ||
                   code == protocol::result::kQueueSessionAlreadyEnded) {
            qCInfo(lcChat) << "the queue query says the session has ended";
            m_finished(Outcome::Ended);
        } else if (code == protocol::result::kQueueTransferredToIvr) {
            m_finished(Outcome::BackToBot);
        } else {
            m_timer.start(m_interval);
        }
    });
}

} // namespace cec
