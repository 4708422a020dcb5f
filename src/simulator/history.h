// Every chat message either way, as queryHistoryMessages returns it, per customer.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cec::sim {

class History
{
public:
    explicit History(QString channelId);

    // message is an uplink or downlink message; sourceType is how history names its sender.
    void record(const QString &userId, const QJsonObject &message, const QString &sourceType);
    QJsonObject query(const QString &userId, const QJsonObject &body) const;

private:
    QString m_channelId;
    QHash<QString, QList<QJsonObject>> m_messages;
    qint64 m_lastId = 0;
};

} // namespace cec::sim
