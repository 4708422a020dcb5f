#include "sendreconciler.h"

#include "backoff.h"
#include "cecclient.h"
#include "logging.h"

#include <algorithm>

namespace cec {

SendReconciler::SendReconciler(CecClient &client, Ledger ledger, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ledger(std::move(ledger))
    , m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_entries.clear();
        query(0);
    });
}

bool SendReconciler::isUncertain(const ApiError &error)
{
    // An answer we could not read may still be the server's "done": assume nothing.
    return error.mayHaveArrived() || error.kind() == ApiError::Kind::Malformed ||
           error.kind() == ApiError::Kind::Oversized;
}

void SendReconciler::check(Inquiry inquiry, Done done)
{
    ++m_generation;
    m_inquiry = std::move(inquiry);
    m_done = std::move(done);
    m_failures = 0;
    // Not at once: a server that dropped the connection may still be storing the message.
    m_timer.start(std::max(m_options.minBackoff, m_inquiry.settle));
}

void SendReconciler::noteDelivered(const QString &content)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Older ones can no longer fall inside a search window (first attempt minus the margin).
    const QDateTime horizon = now.addSecs(-2 * m_options.clockMargin.count() - 3600);
    m_delivered.removeIf([&](const Delivery &delivery) { return delivery.at < horizon; });
    m_delivered.append({content, now});
}

void SendReconciler::query(int page)
{
    HistoryQuery window;
    window.start = m_inquiry.firstAttempt.addSecs(-m_options.clockMargin.count());
    window.limit = m_options.pageSize;
    window.offset = page * m_options.pageSize;
    const quint64 generation = m_generation;
    m_client.queryHistory(
        window, this, [this, generation, page](Result<QList<DownlinkMessage>> result) {
            if (generation != m_generation || !m_done)
                return;
            if (!result) {
                ++m_failures;
                const auto delay = backoff(m_failures);
                qCWarning(lcChat) << "history check for message" << m_inquiry.messageId
                                  << "failed:" << result.error().toString() << "- again in"
                                  << delay.count() << "ms";
                m_timer.start(delay);
                return;
            }
            m_entries += result.value();
            if (result->size() >= m_options.pageSize && page + 1 < m_options.maxPages)
                query(page + 1);
            else
                decide();
        });
}

void SendReconciler::decide()
{
    const QDateTime since = m_inquiry.firstAttempt.addSecs(-m_options.clockMargin.count());
    Verdict verdict = Verdict::Missing;
    QString key;
    if (m_ledger.isPairedWithHistory(m_inquiry.messageId)) {
        verdict = Verdict::Arrived;
    } else {
        // Customer entries with our text that no message on screen accounts for. Earlier CHATs of
        // the same text answered within the window account for one each; any beyond is ours.
        QList<const DownlinkMessage *> candidates;
        for (const DownlinkMessage &entry : std::as_const(m_entries)) {
            if (entry.sourceType != protocol::SourceType::Customer ||
                entry.controlType != protocol::ControlType::Chat ||
                entry.content != m_inquiry.content || m_ledger.isKnownKey(entry.dedupKey())) {
                continue;
            }
            // Entries without a time are kept: the document does not promise one (lenient).
            if (entry.timestamp.isValid() && entry.timestamp < since)
                continue;
            candidates.append(&entry);
        }
        const auto earlier =
            std::count_if(m_delivered.cbegin(), m_delivered.cend(), [&](const Delivery &delivery) {
                return delivery.content == m_inquiry.content && delivery.at >= since;
            });
        if (candidates.size() > earlier) {
            verdict = Verdict::Arrived;
            // The order of messageList is not documented (docs/cec-api.md §7.11): the newest is
            // taken for ours.
            const auto newest =
                std::max_element(candidates.cbegin(), candidates.cend(),
                                 [](const DownlinkMessage *a, const DownlinkMessage *b) {
                                     return a->timestamp < b->timestamp;
                                 });
            key = (*newest)->dedupKey();
        }
    }
    qCInfo(lcChat) << "history check for message" << m_inquiry.messageId << "after" << m_failures
                   << "failed check(s):"
                   << (verdict == Verdict::Arrived ? "it arrived" : "it did not arrive");
    ++m_generation;
    m_entries.clear();
    const Done done = std::exchange(m_done, nullptr);
    done(verdict, key);
}

std::chrono::milliseconds SendReconciler::backoff(int failures) const
{
    // The client's one back-off rule; no jitter: a single history check has nothing to spread.
    const BackoffPolicy policy{m_options.minBackoff, m_options.maxBackoff,
                               BackoffPolicy::Jitter::None};
    return policy.cappedDelay(failures);
}

} // namespace cec
