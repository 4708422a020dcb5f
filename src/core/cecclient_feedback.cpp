// CecClient's feedback endpoints: the satisfaction survey and leaving a message.
#include "cecclient.h"

#include "cecclient_p.h"
#include "endpointsupport_p.h"

#include <QCoreApplication>

namespace cec {

using namespace Qt::StringLiterals;
namespace path = protocol::path;

void CecClient::getSatisfactionSurveyMode(QObject *context, Callback<SurveyMode> done)
{
    RequestSpec spec;
    spec.operation = u"getsatisfactionsurveymode"_s;
    spec.method = "POST";
    spec.path = path::kSurveyMode;
    spec.timeout = d->m_config.requestTimeout;
    // No body is documented; these identify the conversation and are ignored if unneeded.
    spec.body = {{u"channel"_s, channelWeb()},
                 {u"userId"_s, d->m_config.userId},
                 {u"channelConfigId"_s, d->m_config.channelId}};
    d->submit(std::move(spec), context, parsedBy<SurveyMode>(std::move(done), parse::surveyMode));
}

void CecClient::saveSatisfaction(const SatisfactionRating &rating, QObject *context,
                                 Callback<Done> done)
{
    const QString operation = u"saveSatisfaction"_s;
    QString problem;
    if (rating.evaluation.trimmed().isEmpty())
        problem = QCoreApplication::translate("cec::CecClient",
                                              "Choose a rating before sending the survey.");
    else if (rating.comment.size() > protocol::kMaxSatisfactionCommentLength)
        problem = QCoreApplication::translate(
                      "cec::CecClient", "The comment is too long (%1 characters; at most %2).")
                      .arg(rating.comment.size())
                      .arg(protocol::kMaxSatisfactionCommentLength);
    if (!problem.isEmpty()) {
        d->refuse(operation, problem, context, plainBy(std::move(done), operation));
        return;
    }
    RequestSpec spec;
    spec.operation = operation;
    spec.method = "POST";
    spec.path = path::kSaveSatisfaction;
    spec.timeout = d->m_config.requestTimeout;
    // Flat at the top level, like the documented sample request (docs/cec-api.md §3.8, §7.10).
    spec.body = {{u"channel"_s, channelWeb()},
                 {u"userId"_s, d->m_config.userId},
                 {u"evaluation"_s, rating.evaluation.trimmed()},
                 {u"comment"_s, rating.comment},
                 {u"channelConfigId"_s, d->m_config.channelId}};
    if (rating.npsScore)
        spec.body.insert(u"npsScore"_s, QString::number(*rating.npsScore));
    if (rating.resolved)
        spec.body.insert(u"fcrValue"_s, *rating.resolved ? u"1"_s : u"2"_s);
    d->submit(std::move(spec), context, plainBy(std::move(done), operation));
}

void CecClient::leaveMessage(const LeaveMessage &message, QObject *context, Callback<Done> done)
{
    const QString operation = u"doLeaveMessage"_s;
    if (message.text.trimmed().isEmpty()) {
        d->refuse(
            operation,
            QCoreApplication::translate("cec::CecClient", "Write a message before sending it."),
            context, plainBy(std::move(done), operation));
        return;
    }
    RequestSpec spec;
    spec.operation = operation;
    spec.method = "POST";
    spec.path = path::kLeaveMessage;
    spec.timeout = d->m_config.requestTimeout;
    spec.body = {{u"callId"_s, d->m_config.userId},
                 {u"caller"_s, message.phone},
                 {u"leaveMessage"_s, message.text},
                 {u"channel"_s, channelWeb()}};
    d->submit(std::move(spec), context, plainBy(std::move(done), operation));
}

} // namespace cec
