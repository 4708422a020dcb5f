#include "typingandread_p.h"

#include "cecclient.h"
#include "logging.h"
#include "messagelog_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cec {

TypingAndRead::TypingAndRead(CecClient &client, const MessageLog &log,
                             std::chrono::milliseconds throttle, QObject *context)
    : m_client(client)
    , m_log(log)
    , m_throttle(throttle)
    , m_context(context)
{}

void TypingAndRead::typing()
{
    if (m_typingClock.isValid() && m_typingClock.elapsed() < m_throttle.count())
        return;
    m_typingClock.start();
    OutgoingMessage typing; // INPUT's content is open: empty TEXT (docs/cec-api.md §3.1, §7.8)
    typing.controlType = protocol::ControlType::Input;
    m_client.send(typing, m_context, [](Result<Done> result) {
        if (!result)
            qCDebug(lcChat) << "INPUT failed:" << result.error().toString();
    });
}

void TypingAndRead::read(const QStringList &messageIds)
{
    // Only server messages have codes the agent side knows; the upstream READ format is not
    // documented (docs/cec-api.md §7.8), so it mirrors the downlink: a JSON array of messageCodes.
    QJsonArray codes;
    for (const QString &id : messageIds) {
        if (const ChatMessage *message = m_log.find(id); message && !message->isOwn())
            codes.append(id);
    }
    if (codes.isEmpty())
        return;
    OutgoingMessage read;
    read.controlType = protocol::ControlType::Read;
    read.content = QString::fromUtf8(QJsonDocument(codes).toJson(QJsonDocument::Compact));
    m_client.send(read, m_context, [](Result<Done> result) {
        if (!result)
            qCDebug(lcChat) << "READ failed:" << result.error().toString();
    });
}

} // namespace cec
