#include "scenario.h"

#include <QJsonArray>

#include <functional>

namespace cec::sim {

using namespace Qt::StringLiterals;

namespace {

// A tiny typed reader: collects every problem instead of stopping at the first, so a tester who
// writes a scenario file sees all mistakes in one run.
class Reader final
{
public:
    Reader(const QJsonObject &object, QString prefix, Scenario::MergeResult &result)
        : m_object(object)
        , m_prefix(std::move(prefix))
        , m_result(result)
    {}

    void warnUnknown(const QStringList &known) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!known.contains(it.key()))
                m_result.warnings << u"unknown scenario key \"%1%2\" ignored"_s.arg(m_prefix,
                                                                                    it.key());
        }
    }

    void readBool(const QString &key, bool &target) const
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        if (!value.isBool())
            return error(key, u"a boolean"_s);
        target = value.toBool();
    }

    void readInt(const QString &key, int &target, int minimum, int maximum) const
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble(-1e18);
        if (!value.isDouble() || number != static_cast<double>(static_cast<qint64>(number)) ||
            number < minimum || number > maximum) {
            return error(key, u"an integer in [%1, %2]"_s.arg(minimum).arg(maximum));
        }
        target = static_cast<int>(number);
    }

    void readString(const QString &key, QString &target, const QStringList &allowed = {}) const
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        // Codes such as createResultCode are strings on the wire but people write them as numbers.
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble() && !allowed.isEmpty())
            text = QString::number(value.toInteger());
        else
            return error(key, u"a string"_s);
        if (!allowed.isEmpty() && !allowed.contains(text))
            return error(key, u"one of %1"_s.arg(allowed.join(u", "_s)));
        target = text;
    }

    void readStringList(const QString &key, QStringList &target) const
    {
        if (!m_object.contains(key))
            return;
        const QJsonValue value = m_object.value(key);
        if (!value.isArray())
            return error(key, u"an array of strings"_s);
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return error(key, u"an array of strings"_s);
            list << item.toString();
        }
        target = list;
    }

    bool readObject(const QString &key, const std::function<void(const Reader &)> &body) const
    {
        if (!m_object.contains(key))
            return false;
        const QJsonValue value = m_object.value(key);
        if (!value.isObject()) {
            error(key, u"an object"_s);
            return false;
        }
        body(Reader(value.toObject(), m_prefix + key + u'.', m_result));
        return true;
    }

    const QJsonObject &object() const { return m_object; }

    void error(const QString &key, const QString &expected) const
    {
        m_result.errors << u"scenario key \"%1%2\" must be %3"_s.arg(m_prefix, key, expected);
    }

private:
    QJsonObject m_object;
    QString m_prefix;
    Scenario::MergeResult &m_result;
};

constexpr int kMaxMs = 24 * 3600 * 1000;

} // namespace

Scenario::Scenario()
{
    bot.greeting =
        u"Hello! I am the CEC Assistant. Ask me about opening hours, refunds or delivery, "
        u"or ask for a human agent."_s;
    bot.fallback =
        u"Sorry, I did not understand that. You can rephrase it or ask for a human agent."_s;
    bot.answers = {
        {u"hour|open"_s, u"We are open Monday to Friday, 9:00-18:00."_s},
        {u"refund"_s,
         u"Refunds are paid back to the original payment method within 5 working days."_s},
    };
    bot.suggestions = {u"What are your opening hours?"_s, u"How do I get a refund?"_s};
}

Scenario::MergeResult Scenario::merge(const QJsonObject &settings)
{
    MergeResult result;
    Scenario next = *this;
    const Reader root(settings, QString(), result);
    root.warnUnknown({u"connectTarget"_s, u"workingHours"_s, u"queueLength"_s, u"queueStepMs"_s,
                      u"agentReplyDelayMs"_s, u"agentName"_s, u"botName"_s, u"bot"_s,
                      u"accessTokenMaxLifetime"_s, u"rotateMessagingTokenEvery"_s, u"pollHoldMs"_s,
                      u"clickToCall"_s, u"faults"_s, u"accessTokenDiesAfterMs"_s,
                      u"accessTokenStatedExpires"_s});
    root.readString(u"connectTarget"_s, next.connectTarget, {u"robot"_s, u"agent"_s});
    root.readBool(u"workingHours"_s, next.workingHours);
    root.readInt(u"queueLength"_s, next.queueLength, 0, 1000);
    root.readInt(u"queueStepMs"_s, next.queueStepMs, 1, kMaxMs);
    root.readInt(u"agentReplyDelayMs"_s, next.agentReplyDelayMs, 0, kMaxMs);
    root.readString(u"agentName"_s, next.agentName);
    root.readString(u"botName"_s, next.botName);
    root.readInt(u"accessTokenMaxLifetime"_s, next.accessTokenMaxLifetime, 1, 24 * 3600);
    root.readInt(u"rotateMessagingTokenEvery"_s, next.rotateMessagingTokenEvery, 0, 1000000);
    root.readInt(u"pollHoldMs"_s, next.pollHoldMs, 0, kMaxMs);
    root.readInt(u"accessTokenDiesAfterMs"_s, next.accessTokenDiesAfterMs, 0, kMaxMs);
    root.readString(u"accessTokenStatedExpires"_s, next.accessTokenStatedExpires);
    root.readObject(u"bot"_s, [&](const Reader &botReader) {
        botReader.warnUnknown({u"greeting"_s, u"answers"_s, u"fallback"_s, u"suggestions"_s});
        botReader.readString(u"greeting"_s, next.bot.greeting);
        botReader.readString(u"fallback"_s, next.bot.fallback);
        botReader.readStringList(u"suggestions"_s, next.bot.suggestions);
        if (!botReader.object().contains(u"answers"_s))
            return;
        const QJsonValue answers = botReader.object().value(u"answers"_s);
        QList<BotAnswer> list;
        bool ok = answers.isArray();
        for (const QJsonValue &item : answers.toArray()) {
            const QJsonObject answer = item.toObject();
            if (!answer.value(u"match"_s).isString() || !answer.value(u"reply"_s).isString()) {
                ok = false;
                break;
            }
            list.append({answer.value(u"match"_s).toString(), answer.value(u"reply"_s).toString()});
        }
        if (!ok)
            return botReader.error(u"answers"_s,
                                   u"an array of {\"match\": string, \"reply\": string}"_s);
        next.bot.answers = list;
    });
    root.readObject(u"clickToCall"_s, [&](const Reader &call) {
        call.warnUnknown({u"webRtcSupported"_s, u"clickToCallSupported"_s, u"createResultCode"_s,
                          u"queueEvents"_s, u"queueStepMs"_s, u"outcome"_s, u"eventHoldMs"_s,
                          u"autoReleaseMs"_s, u"answerDelayMs"_s, u"mediaFailure"_s});
        ClickToCallScript &c = next.clickToCall;
        call.readBool(u"webRtcSupported"_s, c.webRtcSupported);
        call.readBool(u"clickToCallSupported"_s, c.clickToCallSupported);
        call.readString(u"createResultCode"_s, c.createResultCode,
                        {u"0"_s, u"7"_s, u"12"_s, u"13"_s});
        call.readInt(u"queueEvents"_s, c.queueEvents, 0, 1000);
        call.readInt(u"queueStepMs"_s, c.queueStepMs, 0, kMaxMs);
        call.readString(u"outcome"_s, c.outcome, {u"setup"_s, u"timeout"_s, u"failure"_s});
        call.readInt(u"eventHoldMs"_s, c.eventHoldMs, 0, kMaxMs);
        call.readInt(u"autoReleaseMs"_s, c.autoReleaseMs, 0, kMaxMs);
        call.readInt(u"answerDelayMs"_s, c.answerDelayMs, 0, kMaxMs);
        call.readString(u"mediaFailure"_s, c.mediaFailure, {u"none"_s, u"reject"_s, u"decline"_s});
    });
    if (result.errors.isEmpty())
        *this = next;
    return result;
}

QJsonObject Scenario::toJson() const
{
    QJsonArray answers;
    for (const BotAnswer &answer : bot.answers)
        answers.append(QJsonObject{{u"match"_s, answer.match}, {u"reply"_s, answer.reply}});
    return {
        {u"connectTarget"_s, connectTarget},
        {u"workingHours"_s, workingHours},
        {u"queueLength"_s, queueLength},
        {u"queueStepMs"_s, queueStepMs},
        {u"agentReplyDelayMs"_s, agentReplyDelayMs},
        {u"agentName"_s, agentName},
        {u"botName"_s, botName},
        {u"bot"_s, QJsonObject{{u"greeting"_s, bot.greeting},
                               {u"answers"_s, answers},
                               {u"fallback"_s, bot.fallback},
                               {u"suggestions"_s, QJsonArray::fromStringList(bot.suggestions)}}},
        {u"accessTokenMaxLifetime"_s, accessTokenMaxLifetime},
        {u"rotateMessagingTokenEvery"_s, rotateMessagingTokenEvery},
        {u"accessTokenDiesAfterMs"_s, accessTokenDiesAfterMs},
        {u"accessTokenStatedExpires"_s, accessTokenStatedExpires},
        {u"pollHoldMs"_s, pollHoldMs},
        {u"clickToCall"_s,
         QJsonObject{{u"webRtcSupported"_s, clickToCall.webRtcSupported},
                     {u"clickToCallSupported"_s, clickToCall.clickToCallSupported},
                     {u"createResultCode"_s, clickToCall.createResultCode},
                     {u"queueEvents"_s, clickToCall.queueEvents},
                     {u"queueStepMs"_s, clickToCall.queueStepMs},
                     {u"outcome"_s, clickToCall.outcome},
                     {u"eventHoldMs"_s, clickToCall.eventHoldMs},
                     {u"autoReleaseMs"_s, clickToCall.autoReleaseMs},
                     {u"answerDelayMs"_s, clickToCall.answerDelayMs},
                     {u"mediaFailure"_s, clickToCall.mediaFailure}}},
    };
}

} // namespace cec::sim
