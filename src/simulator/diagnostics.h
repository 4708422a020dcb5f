// What tests use to observe and disturb the simulator: injected faults and the request log.
#pragma once

#include "httpfront.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cec::sim {

struct FaultRule
{
    QString path;
    std::optional<int> status;
    QByteArray body;
    bool malformed = false;
    bool drop = false;
    // The request is handled as usual (a CHAT reaches the agent), then the connection is closed
    // instead of answering: the client cannot know whether it arrived.
    bool dropReply = false;
    int latencyMs = 0;
    int times = 1; // -1: always
    // Response headers forced onto the answer (real or injected), e.g. a garbage
    // ccmessaging-token rotation.
    QList<std::pair<QByteArray, QByteArray>> headers;

    // Parses one rule of /sim/faults or a scenario's "faults" array; sets *error on failure.
    static std::optional<FaultRule> fromJson(const QJsonObject &object, QString *error);
    bool replacesResponse() const { return status || malformed || drop || dropReply; }
    bool hasEffect() const { return replacesResponse() || latencyMs > 0 || !headers.isEmpty(); }
};

class FaultInjector final
{
public:
    void add(FaultRule rule) { m_rules.append(std::move(rule)); }
    void clear() { m_rules.clear(); }
    // The first rule for this exact path, consuming one of its uses.
    std::optional<FaultRule> take(const QString &path);
    QJsonArray toJson() const;

private:
    QList<FaultRule> m_rules;
};

class RequestLog final
{
public:
    RequestLog() { m_clock.start(); }

    quint64 append(const HttpRequest &request);
    void setStatus(quint64 id, int status);
    void clear() { m_entries.clear(); }
    QJsonArray toJson(const QString &pathFilter) const;
    qint64 elapsedMs() const { return m_clock.elapsed(); }

private:
    struct Entry
    {
        quint64 id = 0;
        QString method;
        QString path;
        QString query;
        QMap<QString, QString> headers;
        QByteArray body;
        int status = 0; // 0 while pending, or when the connection was dropped
        qint64 timeMs = 0;
    };
    static constexpr qsizetype kMaxEntries = 10000; // a long test run must not grow without bound
    QList<Entry> m_entries;
    quint64 m_nextId = 1;
    QElapsedTimer m_clock;
};

} // namespace cec::sim
