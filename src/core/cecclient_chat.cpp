// CecClient's chat endpoints: sending, polling, the queue and the history.
#include "cecclient.h"

#include "cecclient_p.h"
#include "endpointsupport_p.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cec {

using namespace Qt::StringLiterals;
namespace path = protocol::path;

void CecClient::send(const OutgoingMessage &message, QObject *context, Callback<Done> done)
{
    if (message.mediaType == protocol::MediaType::Text) {
        if (const QString problem = validateText(message.content); !problem.isEmpty()) {
            d->refuse(u"send"_s, problem, context, plainBy(std::move(done), u"send"_s));
            return;
        }
    } else if (message.content.trimmed().isEmpty()) {
        d->refuse(u"send"_s,
                  QCoreApplication::translate("cec::CecClient",
                                              "A file message needs the uploaded file's key."),
                  context, plainBy(std::move(done), u"send"_s));
        return;
    }
    const QDateTime timestamp =
        message.timestamp.isValid() ? message.timestamp : QDateTime::currentDateTimeUtc();
    const ClientConfig &config = d->m_config;
    RequestSpec spec;
    spec.operation = u"send"_s;
    spec.method = "POST";
    spec.path = path::kSend;
    spec.timeout = config.requestTimeout;
    // There is no idempotency key: a CHAT sent twice reaches the agent twice. (A second CONNECT,
    // INPUT or READ does no harm, and Qt's quiet re-send spares them a failure.)
    spec.sendOnce = message.controlType == protocol::ControlType::Chat;
    spec.body = {
        {u"channel"_s, channelWeb()},
        {u"controlType"_s, protocol::toString(message.controlType)},
        {u"mediaType"_s, protocol::toString(message.mediaType)},
        {u"content"_s, message.content},
        {u"from"_s, config.userId},
        {u"to"_s, config.channelId},
        {u"sourceType"_s, QString(protocol::kSourceCustomer)},
        {u"senderNickname"_s, config.userName.isEmpty() ? config.userId : config.userName},
        {u"timestamp"_s, QString::number(timestamp.toMSecsSinceEpoch())},
    };
    d->submit(std::move(spec), context, parsedBy<Done>(std::move(done), parse::sendReply));
}

void CecClient::poll(QObject *context, Callback<PollReply> done)
{
    RequestSpec spec;
    spec.operation = u"poll"_s;
    spec.method = "GET";
    spec.path = path::kPoll;
    spec.timeout = d->m_config.requestTimeout;
    spec.maxReplyBytes = kMaxListReplyBytes;
    spec.query.addQueryItem(u"receiverId"_s, d->m_config.userId);
    spec.query.addQueryItem(u"channel"_s, channelWeb());
    spec.query.addQueryItem(u"isNeedRead"_s, u"true"_s);
    d->submit(std::move(spec), context, parsedBy<PollReply>(std::move(done), parse::pollReply));
}

void CecClient::queryQueueInfo(QObject *context, Callback<QueueInfo> done)
{
    RequestSpec spec;
    spec.operation = u"queryQueueInfo"_s;
    spec.method = "POST";
    spec.path = path::kQueryQueueInfo;
    spec.timeout = d->m_config.requestTimeout;
    spec.body = {{u"userId"_s, d->m_config.userId},
                 {u"channelConfigId"_s, d->m_config.channelId},
                 {u"channel"_s, channelWeb()}};
    d->submit(std::move(spec), context, parsedBy<QueueInfo>(std::move(done), parse::queueInfo));
}

void CecClient::queryHistory(const HistoryQuery &query, QObject *context,
                             Callback<QList<DownlinkMessage>> done)
{
    RequestSpec spec;
    spec.operation = u"queryHistoryChatMessage"_s;
    spec.method = "POST";
    spec.path = path::kQueryHistory;
    spec.timeout = d->m_config.requestTimeout;
    spec.maxReplyBytes = kMaxListReplyBytes;
    spec.body = {{u"channelId"_s, d->m_config.channelId},
                 {u"userId"_s, d->m_config.userId},
                 {u"limit"_s, QString::number(query.limit)},
                 {u"offset"_s, QString::number(query.offset)},
                 {u"channel"_s, channelWeb()}};
    if (query.start && query.start->isValid())
        spec.body.insert(u"startTime"_s, QString::number(query.start->toMSecsSinceEpoch()));
    if (query.end && query.end->isValid())
        spec.body.insert(u"endTime"_s, QString::number(query.end->toMSecsSinceEpoch()));
    d->submit(std::move(spec), context,
              parsedBy<QList<DownlinkMessage>>(std::move(done), parse::historyReply));
}

} // namespace cec
