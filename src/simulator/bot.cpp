#include "bot.h"

#include "outbox.h"
#include "scenario.h"
#include "tenantcommon_p.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cec::sim {

Bot::Bot(const Scenario &scenario, Outbox &outbox)
    : m_scenario(scenario)
    , m_outbox(outbox)
{}

void Bot::greet(Customer &c)
{
    const QJsonValue questions =
        m_scenario.bot.suggestions.isEmpty()
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QString::fromUtf8(
                  QJsonDocument(QJsonArray::fromStringList(m_scenario.bot.suggestions))
                      .toJson(QJsonDocument::Compact)));
    m_outbox.sayText(c, u"ROBOT"_s, m_scenario.bot.greeting, questions);
}

void Bot::answer(Customer &c, const QString &question)
{
    for (const BotAnswer &answer : m_scenario.bot.answers) {
        const QStringList alternatives = answer.match.split(u'|', Qt::SkipEmptyParts);
        for (const QString &keyword : alternatives) {
            if (question.contains(keyword.trimmed(), Qt::CaseInsensitive)) {
                m_outbox.sayText(c, u"ROBOT"_s, answer.reply);
                return;
            }
        }
    }
    m_outbox.sayText(c, u"ROBOT"_s, m_scenario.bot.fallback);
}

} // namespace cec::sim
