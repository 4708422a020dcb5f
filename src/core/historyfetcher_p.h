// The history a chat session asks for: the earlier conversation before CONNECT, and after an
// outage the messages a lost poll may have drained. Both go through IncomingMessages, whose dedup
// makes each message appear once whichever path brings it.
#pragma once

#include "incomingmessages_p.h"

#include <QDateTime>

#include <functional>

class QObject;

namespace cec {

class CecClient;
struct ChatSessionOptions;

class HistoryFetcher final
{
public:
    HistoryFetcher(CecClient &client, IncomingMessages &incoming, const ChatSessionOptions &options,
                   QObject *context, std::function<bool()> isLive);

    // The earlier conversation, shown before anything new; then `done`, also when it failed.
    void loadEarlier(std::function<void()> done);
    // Since `lastGoodPoll` (invalid: as far back as the limit goes), while the chat is live.
    void catchUp(const QDateTime &lastGoodPoll, IncomingMessages::AfterEntry after);
    // The chat started over or ended: replies still in flight are ignored.
    void cancel() { ++m_generation; }

private:
    CecClient &m_client;
    IncomingMessages &m_incoming;
    int m_earlierLimit;
    int m_catchUpLimit;
    QObject *m_context;
    std::function<bool()> m_isLive;
    quint64 m_generation = 0;
};

} // namespace cec
