// What the customer's side tells the agent besides messages: that the customer is typing (INPUT,
// throttled) and which of the agent's messages were read (READ). Both are best effort: a failure
// is only logged.
#pragma once

#include <QElapsedTimer>
#include <QStringList>

#include <chrono>

class QObject;

namespace cec {

class CecClient;
class MessageLog;

class TypingAndRead final
{
public:
    TypingAndRead(CecClient &client, const MessageLog &log, std::chrono::milliseconds throttle,
                  QObject *context);

    void typing();
    // Of `messageIds`, only the server's messages are reported (ours have no code it knows).
    void read(const QStringList &messageIds);

private:
    CecClient &m_client;
    const MessageLog &m_log;
    std::chrono::milliseconds m_throttle;
    QObject *m_context;
    QElapsedTimer m_typingClock;
};

} // namespace cec
