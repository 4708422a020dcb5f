#include "historyfetcher_p.h"

#include "cecclient.h"
#include "chatsession.h"
#include "logging.h"

namespace cec {

using namespace std::chrono_literals;

namespace {

// The catch-up after an outage asks for history since the last good poll minus this margin, so a
// server clock that runs somewhat behind ours does not hide the messages we missed.
constexpr auto kCatchUpClockMargin = 5min;

} // namespace

HistoryFetcher::HistoryFetcher(CecClient &client, IncomingMessages &incoming,
                               const ChatSessionOptions &options, QObject *context,
                               std::function<bool()> isLive)
    : m_client(client)
    , m_incoming(incoming)
    , m_earlierLimit(options.historyOnConnect)
    , m_catchUpLimit(options.catchUpHistory)
    , m_context(context)
    , m_isLive(std::move(isLive))
{}

// Before CONNECT: whatever the new session sends (greeting with its suggested questions, queue
// notices, the agent joining) then arrives through the poll with all its fields, which history
// entries lack (docs/cec-api.md §3.7), and drives the state. Nothing is sent or polled meanwhile,
// so nothing can race with it.
void HistoryFetcher::loadEarlier(std::function<void()> done)
{
    HistoryQuery query;
    query.limit = m_earlierLimit;
    const quint64 generation = m_generation;
    m_client.queryHistory(
        query, m_context,
        [this, generation, done = std::move(done)](Result<QList<DownlinkMessage>> result) {
            if (generation != m_generation)
                return;
            if (result)
                m_incoming.mergeHistory(result.value(), /*fromHistory=*/true);
            else
                qCWarning(lcChat) << "history before CONNECT failed:" << result.error().toString();
            done();
        });
}

void HistoryFetcher::catchUp(const QDateTime &lastGoodPoll, IncomingMessages::AfterEntry after)
{
    HistoryQuery query;
    query.limit = m_catchUpLimit;
    if (lastGoodPoll.isValid())
        query.start = lastGoodPoll.addSecs(-std::chrono::seconds(kCatchUpClockMargin).count());
    const quint64 generation = m_generation;
    m_client.queryHistory(
        query, m_context,
        [this, generation, after = std::move(after)](Result<QList<DownlinkMessage>> result) {
            if (generation != m_generation || !m_isLive())
                return;
            if (result)
                m_incoming.mergeHistory(result.value(), /*fromHistory=*/false, after);
            else
                qCWarning(lcChat) << "catch-up history failed:" << result.error().toString();
        });
}

} // namespace cec
