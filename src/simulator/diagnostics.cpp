#include "diagnostics.h"

#include <QJsonDocument>

namespace cec::sim {

using namespace Qt::StringLiterals;

std::optional<FaultRule> FaultRule::fromJson(const QJsonObject &object, QString *error)
{
    static const QStringList known{u"path"_s,      u"status"_s, u"body"_s,      u"bodyBase64"_s,
                                   u"malformed"_s, u"drop"_s,   u"dropReply"_s, u"latencyMs"_s,
                                   u"times"_s,     u"headers"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = u"unknown fault key \"%1\""_s.arg(it.key());
            return std::nullopt;
        }
    }
    FaultRule rule;
    rule.path = object.value(u"path"_s).toString();
    if (!rule.path.startsWith(u'/')) {
        *error = u"fault \"path\" must be an absolute request path"_s;
        return std::nullopt;
    }
    if (object.contains(u"status"_s)) {
        const int status = object.value(u"status"_s).toInt(-1);
        if (status < 100 || status > 599) {
            *error = u"fault \"status\" must be an HTTP status code"_s;
            return std::nullopt;
        }
        rule.status = status;
    }
    const QJsonValue body = object.value(u"body"_s);
    if (body.isString())
        rule.body = body.toString().toUtf8();
    else if (body.isObject())
        rule.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (!body.isUndefined() && !body.isNull()) {
        *error = u"fault \"body\" must be a string or an object"_s;
        return std::nullopt;
    }
    // Raw bytes, for bodies JSON cannot carry (e.g. invalid UTF-8 inside a string).
    const QJsonValue raw = object.value(u"bodyBase64"_s);
    if (!raw.isUndefined()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            raw.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!raw.isString() || !decoded || !rule.body.isEmpty()) {
            *error = u"fault \"bodyBase64\" must be Base64, and not given with \"body\""_s;
            return std::nullopt;
        }
        rule.body = *decoded;
    }
    rule.malformed = object.value(u"malformed"_s).toBool();
    rule.drop = object.value(u"drop"_s).toBool();
    rule.dropReply = object.value(u"dropReply"_s).toBool();
    rule.latencyMs = object.value(u"latencyMs"_s).toInt(0);
    rule.times = object.value(u"times"_s).toInt(1);
    if (rule.latencyMs < 0 || rule.times == 0 || rule.times < -1) {
        *error = u"fault \"latencyMs\" must be >= 0 and \"times\" > 0 or -1"_s;
        return std::nullopt;
    }
    const QJsonValue headers = object.value(u"headers"_s);
    if (!headers.isUndefined() && !headers.isObject()) {
        *error = u"fault \"headers\" must be an object of header names to string values"_s;
        return std::nullopt;
    }
    const QJsonObject headerObject = headers.toObject();
    for (auto it = headerObject.begin(); it != headerObject.end(); ++it) {
        if (!it.value().isString() || it.key().isEmpty()) {
            *error = u"fault \"headers\" must be an object of header names to string values"_s;
            return std::nullopt;
        }
        rule.headers.append({it.key().toLatin1(), it.value().toString().toLatin1()});
    }
    if (!rule.hasEffect()) {
        *error =
            u"a fault needs at least one of status, malformed, drop, dropReply, latencyMs, headers"_s;
        return std::nullopt;
    }
    return rule;
}

std::optional<FaultRule> FaultInjector::take(const QString &path)
{
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        FaultRule &rule = m_rules[i];
        if (rule.path != path)
            continue;
        const FaultRule copy = rule;
        if (rule.times > 0 && --rule.times == 0)
            m_rules.removeAt(i);
        return copy;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray rules;
    for (const FaultRule &rule : m_rules) {
        QJsonObject object{{u"path"_s, rule.path},           {u"malformed"_s, rule.malformed},
                           {u"drop"_s, rule.drop},           {u"dropReply"_s, rule.dropReply},
                           {u"latencyMs"_s, rule.latencyMs}, {u"times"_s, rule.times}};
        if (rule.status)
            object.insert(u"status"_s, *rule.status);
        if (!rule.body.isEmpty())
            object.insert(u"body"_s, QString::fromUtf8(rule.body));
        if (!rule.headers.isEmpty()) {
            QJsonObject headers;
            for (const auto &[name, value] : rule.headers)
                headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
            object.insert(u"headers"_s, headers);
        }
        rules.append(object);
    }
    return rules;
}

quint64 RequestLog::append(const HttpRequest &request)
{
    if (m_entries.size() >= kMaxEntries)
        m_entries.removeFirst();
    Entry entry;
    entry.id = m_nextId++;
    entry.method = request.method;
    entry.path = request.path;
    entry.query = request.query;
    entry.headers = request.headers;
    entry.body = request.body;
    entry.timeMs = m_clock.elapsed();
    m_entries.append(std::move(entry));
    return m_entries.constLast().id;
}

void RequestLog::setStatus(quint64 id, int status)
{
    // Answers come mostly in order, so search from the newest entry.
    for (auto it = m_entries.rbegin(); it != m_entries.rend(); ++it) {
        if (it->id == id) {
            it->status = status;
            return;
        }
    }
}

QJsonArray RequestLog::toJson(const QString &pathFilter) const
{
    QJsonArray list;
    for (const Entry &entry : m_entries) {
        if (!pathFilter.isEmpty() && entry.path != pathFilter)
            continue;
        QJsonObject headers;
        for (auto it = entry.headers.cbegin(); it != entry.headers.cend(); ++it)
            headers.insert(it.key(), it.value());
        list.append(QJsonObject{{u"method"_s, entry.method},
                                {u"path"_s, entry.path},
                                {u"query"_s, entry.query},
                                {u"headers"_s, headers},
                                {u"body"_s, QString::fromUtf8(entry.body)},
                                {u"status"_s, entry.status},
                                {u"timeMs"_s, entry.timeMs}});
    }
    return list;
}

} // namespace cec::sim
