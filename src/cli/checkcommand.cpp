#include "checkcommand.h"

#include "cecclient.h"
#include "console.h"
#include "exitcode.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace cec::cli {

namespace {

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

QStringList surveyQuestions(const SurveyMode &mode)
{
    QStringList questions;
    if (mode.asksCsat)
        questions << u"CSAT"_s;
    if (mode.asksNps)
        questions << u"NPS"_s;
    if (mode.asksFcr)
        questions << u"FCR"_s;
    return questions;
}

} // namespace

void CheckCommand::start()
{
    const ClientConfig &config = client().config();
    const bool tls = config.baseUrl.scheme() == "https"_L1;
    reportLine(u"Endpoint"_s, config.baseUrl.toDisplayString());
    reportLine(u"TLS"_s, tls ? u"on"_s : u"off (plain HTTP: use only with a local simulator)"_s);
    reportLine(u"Credentials"_s, config.tokenUrl.isEmpty()
                                     ? u"app key %1 + app secret (tokenByAkSk)"_s.arg(config.appKey)
                                     : u"app key %1 + token URL %2"_s.arg(
                                           config.appKey, config.tokenUrl.toDisplayString()));
    reportLine(u"Channel"_s, u"%1 as user %2"_s.arg(config.channelId, config.userId));
    m_report.insert(u"endpoint"_s, config.baseUrl.toString());
    m_report.insert(u"tls"_s, tls);
    m_report.insert(u"channelId"_s, config.channelId);
    m_report.insert(u"userId"_s, config.userId);

    m_stepTimer.start();
    client().authenticate(this, [this](Result<Done> result) { authenticated(result); });
}

void CheckCommand::authenticated(const Result<Done> &result)
{
    if (!result) {
        recordFailure(result.error(), u"Tokens"_s);
        complete(); // nothing else can work without tokens
        return;
    }
    const int lifetime = client().config().accessTokenLifetimeSeconds;
    reportLine(u"Tokens"_s, u"OK in %1 ms (AccessToken lifetime %2 s, renewed at 80 %; "
                            "ccmessaging-token 1 h)"_s.arg(m_stepTimer.elapsed())
                                .arg(lifetime));
    m_report.insert(u"tokens"_s, QJsonObject{{u"ok"_s, true},
                                             {u"accessTokenLifetimeSeconds"_s, lifetime},
                                             {u"elapsedMs"_s, m_stepTimer.elapsed()}});
    m_stepTimer.restart();
    client().checkClickToCallSupport(
        this, [this](Result<ClickToCallSupport> support) { clickToCallChecked(support); });
}

void CheckCommand::clickToCallChecked(const Result<ClickToCallSupport> &result)
{
    if (result) {
        const ClickToCallSupport &support = result.value();
        reportLine(u"Click-to-call"_s,
                   u"%1 (tenant WebRTC: %2, channel click-to-call: %3)"_s.arg(
                       support.available() ? u"supported"_s : u"NOT supported"_s,
                       yesNo(support.webRtcSupported), yesNo(support.clickToCallSupported)));
        m_report.insert(u"clickToCall"_s,
                        QJsonObject{{u"webRTCSupported"_s, support.webRtcSupported},
                                    {u"clickToCallSupported"_s, support.clickToCallSupported}});
    } else {
        recordFailure(result.error(), u"Click-to-call"_s);
    }
    client().getSatisfactionSurveyMode(this,
                                       [this](Result<SurveyMode> mode) { surveyChecked(mode); });
}

void CheckCommand::surveyChecked(const Result<SurveyMode> &result)
{
    if (result) {
        const SurveyMode &mode = result.value();
        const QStringList questions = surveyQuestions(mode);
        reportLine(
            u"Survey"_s,
            mode.enabled
                ? u"enabled, %1 levels%2"_s.arg(mode.levels.size())
                      .arg(questions.isEmpty() ? QString() : u", asks "_s + questions.join(u", "_s))
                : u"none"_s);
        m_report.insert(u"survey"_s,
                        QJsonObject{{u"enabled"_s, mode.enabled},
                                    {u"levels"_s, int(mode.levels.size())},
                                    {u"questions"_s, QJsonArray::fromStringList(questions)}});
    } else {
        recordFailure(result.error(), u"Survey"_s);
    }
    complete();
}

void CheckCommand::reportLine(const QString &label, const QString &text)
{
    if (!jsonOutput())
        console().printLine(QString(label + u':').leftJustified(15) + text);
}

void CheckCommand::recordFailure(const ApiError &error, const QString &label)
{
    reportLine(label, u"FAILED: "_s + error.userMessage());
    console().printError(error, label);
    m_report.insert(label.toLower().remove(u'-'),
                    QJsonObject{{u"ok"_s, false}, {u"message"_s, error.userMessage()}});
    if (!m_firstFailure)
        m_firstFailure = error;
}

void CheckCommand::complete()
{
    m_report.insert(u"ok"_s, !m_firstFailure.has_value());
    if (jsonOutput())
        console().printJson(m_report);
    else
        reportLine(u"Result"_s, m_firstFailure ? u"FAILED"_s : u"OK"_s);
    finish(m_firstFailure ? exitCodeFor(*m_firstFailure) : ExitOk);
}

} // namespace cec::cli
