#include "feedback.h"

#include "chatsession.h"
#include "tenantcommon_p.h"

#include <QJsonArray>

#include <protocol/protocol.h>

namespace cec::sim {

namespace proto = cec::protocol;

Feedback::Feedback(QString channelId, Customers &customers, ChatSession &session)
    : m_channelId(std::move(channelId))
    , m_customers(customers)
    , m_session(session)
{}

QJsonObject Feedback::surveyMode() const
{
    const QStringList descs{u"Very dissatisfied"_s, u"Dissatisfied"_s, u"Neutral"_s, u"Satisfied"_s,
                            u"Very satisfied"_s};
    QJsonArray levels;
    for (int i = 0; i < descs.size(); ++i)
        levels.append(QJsonObject{{u"satisfactionLevelKey"_s, QString::number(i + 1)},
                                  {u"satisfactionLevelDesc"_s, descs.at(i)}});
    QJsonObject reply = result(proto::result::kOk, u"success"_s);
    reply.insert(u"satisfactionSurvey"_s,
                 QJsonObject{{u"surveyType"_s, u"WEB"_s},
                             {u"satisfactionLevel"_s, levels},
                             {u"satisfactionQuestion"_s, QJsonArray{u"NPS"_s, u"FCR"_s}}});
    return reply;
}

QJsonObject Feedback::saveSatisfaction(const QString &userId, const QJsonObject &body)
{
    // The doc defines a "satisfication" object but its sample sends the fields flat.
    const QJsonObject s = body.value(u"satisfication"_s).isObject()
                              ? body.value(u"satisfication"_s).toObject()
                              : body;
    const auto bad = [](const QString &desc) { return result(proto::result::kBadParameter, desc); };
    if (s.contains(u"channel"_s) && text(s, u"channel"_s) != proto::kChannelWeb)
        return bad(u"channel must be WEB"_s);
    const QString user = text(s, u"userId"_s);
    if (user.isEmpty() || user.size() > proto::kMaxUserIdLength || user != userId)
        return bad(u"userId is invalid"_s);
    bool ok = false;
    const int evaluation = text(s, u"evaluation"_s).toInt(&ok);
    if (!ok || evaluation < 1 || evaluation > 5)
        return bad(u"evaluation must be 1-5"_s);
    if (text(s, u"comment"_s).size() > proto::kMaxSatisfactionCommentLength)
        return bad(u"comment must be shorter than 512 characters"_s);
    if (text(s, u"channelConfigId"_s) != m_channelId)
        return bad(u"channelConfigId is invalid"_s);
    if (!text(s, u"npsScore"_s).isEmpty()) {
        const int nps = text(s, u"npsScore"_s).toInt(&ok);
        if (!ok || nps < 0 || nps > 10)
            return bad(u"npsScore must be 0-10"_s);
    }
    if (!text(s, u"fcrValue"_s).isEmpty() && text(s, u"fcrValue"_s) != "1"_L1 &&
        text(s, u"fcrValue"_s) != "2"_L1) {
        return bad(u"fcrValue must be 1 (resolved) or 2 (not resolved)"_s);
    }
    Customer &c = m_customers.customer(userId);
    if (!c.everConnected)
        return result(proto::result::kProcessingFailure, u"failed to get call info"_s);
    QJsonObject record = s;
    record.insert(u"callId"_s, c.callId);
    record.insert(u"time"_s, nowMs());
    c.satisfaction.append(record);
    return result(proto::result::kOk, u"Save satisfaction success."_s);
}

QJsonObject Feedback::leaveMessage(const QString &userId, const QJsonObject &body)
{
    const QString callId = text(body, u"callId"_s);
    const QString caller = text(body, u"caller"_s);
    const QString message = text(body, u"leaveMessage"_s);
    if (callId.isEmpty() || caller.isEmpty() || message.trimmed().isEmpty())
        return result(proto::result::kMissingParameter,
                      u"callId, caller and leaveMessage are required"_s);
    if (callId.size() > proto::kMaxUserIdLength || caller.size() > 64 || message.size() > 2000 ||
        (body.contains(u"channel"_s) && text(body, u"channel"_s) != proto::kChannelWeb)) {
        return result(proto::result::kBadParameter, u"the leaveMessageParams is error."_s);
    }
    Customer &c = m_customers.customer(userId);
    c.leaveMessages.append(QJsonObject{{u"callId"_s, callId},
                                       {u"caller"_s, caller},
                                       {u"leaveMessage"_s, message},
                                       {u"time"_s, nowMs()}});
    if (c.isConnected())
        m_session.end(c); // the docs: the session ends after a left message
    return result(proto::result::kOk, u"Save leaveMessage success!"_s);
}

} // namespace cec::sim
