#include "servicecommands.h"

#include "cecclient.h"
#include "commandline.h"
#include "console.h"
#include "exitcode.h"
#include "formatting.h"

#include <QCommandLineParser>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cec::cli {

void HistoryCommand::start()
{
    const auto limit = integerOption(option::kLimit, 1, 1000);
    if (!limit)
        return;
    const auto offset = integerOption(option::kOffset, 0, 1000000);
    if (!offset)
        return;
    HistoryQuery query;
    query.limit = *limit;
    query.offset = *offset;
    client().queryHistory(query, this, [this](Result<QList<DownlinkMessage>> result) {
        if (!result) {
            finishWithError(result.error());
            return;
        }
        for (const DownlinkMessage &message : result.value()) {
            const ChatMessage chat = chatMessageFrom(message, /*fromHistory=*/true);
            if (jsonOutput()) {
                console().printJson(messageJson(chat));
                continue;
            }
            for (const QString &line : messageLines(chat))
                console().printLine(line);
        }
        if (result.value().isEmpty() && !jsonOutput())
            console().printDiagnostic(
                u"cecctl: no history for user %1"_s.arg(client().config().userId));
        finish(ExitOk);
    });
}

void LeaveMessageCommand::start()
{
    LeaveMessage message;
    message.phone = parser().value(option::kPhone).trimmed();
    message.text = parser().value(option::kText);
    if (message.phone.isEmpty() || message.text.trimmed().isEmpty()) {
        finishWithUsageError(u"leave-message needs --phone and --text"_s);
        return;
    }
    client().leaveMessage(message, this, [this](Result<Done> result) {
        if (!result) {
            finishWithError(result.error());
            return;
        }
        if (jsonOutput())
            console().printJson({{u"ok"_s, true}});
        else
            console().printLine(u"Message left."_s);
        finish(ExitOk);
    });
}

void SurveyCommand::start()
{
    client().getSatisfactionSurveyMode(this, [this](Result<SurveyMode> result) {
        if (!result) {
            finishWithError(result.error());
            return;
        }
        const SurveyMode &mode = result.value();
        QStringList questions;
        if (mode.asksCsat)
            questions << u"CSAT"_s;
        if (mode.asksNps)
            questions << u"NPS"_s;
        if (mode.asksFcr)
            questions << u"FCR"_s;
        if (jsonOutput()) {
            QJsonArray levels;
            for (const SatisfactionLevel &level : mode.levels)
                levels.append(
                    QJsonObject{{u"key"_s, level.key}, {u"description"_s, level.description}});
            console().printJson({{u"enabled"_s, mode.enabled},
                                 {u"levels"_s, levels},
                                 {u"questions"_s, QJsonArray::fromStringList(questions)}});
        } else {
            console().printLine(u"Survey: "_s + (mode.enabled ? u"enabled (WEB)"_s : u"none"_s));
            for (const SatisfactionLevel &level : mode.levels)
                console().printLine(u"  "_s + level.key + u"  "_s + level.description);
            if (!questions.isEmpty())
                console().printLine(u"Questions: "_s + questions.join(u", "_s));
        }
        finish(ExitOk);
    });
}

void RateCommand::start()
{
    if (!parser().isSet(option::kScore)) {
        finishWithUsageError(u"rate needs --score 1..5"_s);
        return;
    }
    const auto score = integerOption(option::kScore, 1, 5);
    if (!score)
        return;
    SatisfactionRating rating;
    rating.evaluation = QString::number(*score);
    rating.comment = parser().value(option::kComment);
    if (rating.comment.size() > protocol::kMaxSatisfactionCommentLength) {
        finishWithUsageError(
            u"--comment: at most %1 characters"_s.arg(protocol::kMaxSatisfactionCommentLength));
        return;
    }
    if (parser().isSet(option::kNps)) {
        const auto nps = integerOption(option::kNps, 0, 10);
        if (!nps)
            return;
        rating.npsScore = *nps;
    }
    if (parser().isSet(option::kResolved)) {
        const QString resolved = parser().value(option::kResolved).toLower();
        if (resolved != "yes"_L1 && resolved != "no"_L1) {
            finishWithUsageError(u"--resolved: expected yes or no, got \"%1\""_s.arg(resolved));
            return;
        }
        rating.resolved = resolved == "yes"_L1;
    }
    client().saveSatisfaction(rating, this, [this](Result<Done> result) {
        if (!result) {
            finishWithError(result.error());
            return;
        }
        if (jsonOutput())
            console().printJson({{u"ok"_s, true}});
        else
            console().printLine(u"Rating saved."_s);
        finish(ExitOk);
    });
}

} // namespace cec::cli
