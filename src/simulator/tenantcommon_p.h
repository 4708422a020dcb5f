// What every part of the simulated tenant answers with and reads from: the result object of the
// API, body fields and the texts several parts share.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace cec::sim {

using namespace Qt::StringLiterals;

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QJsonObject result(QLatin1StringView code, const QString &desc)
{
    return {{u"resultCode"_s, QString(code)}, {u"resultDesc"_s, desc}};
}

// Bodies carry numbers as strings in the docs, but clients differ; accept both.
inline QString text(const QJsonObject &body, const QString &key)
{
    const QJsonValue value = body.value(key);
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

inline const QString kNotConnected =
    u"sendUserMessage failed: no chat session is connected; send CONNECT first."_s;
inline const QString kOutsideHours =
    u"The current time is not within the working time of the service agents"_s;

} // namespace cec::sim
