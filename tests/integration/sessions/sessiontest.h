// Shared fixture of the session tests: a cec-sim of its own with fast timings, and a client on it.
#pragma once

#include "cecclient.h"
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace cec::test {

using namespace Qt::StringLiterals;

inline const QString kUserId = u"session-user"_s;

class SessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_sim.start(&error)) << error.toStdString();
        // Fast, but slow enough that every step can be observed.
        m_sim.configure(
            {{u"queueStepMs"_s, 200}, {u"queueLength"_s, 2}, {u"agentReplyDelayMs"_s, 50}});
        m_client = std::make_unique<CecClient>(m_sim.clientConfig(kUserId), &m_network);
    }

    // Every logged API request to `path` (as /sim/requests lists them), oldest first.
    QList<QJsonObject> requestsTo(QLatin1StringView path)
    {
        QList<QJsonObject> result;
        const QJsonArray all = m_sim.requests(QString(path));
        for (const QJsonValue &entry : all) {
            if (entry.toObject().value(u"path"_s).toString() == path)
                result.append(entry.toObject());
        }
        return result;
    }

    static QJsonObject bodyOf(const QJsonObject &request)
    {
        const QJsonValue body = request.value(u"body"_s);
        if (body.isObject())
            return body.toObject();
        return QJsonDocument::fromJson(body.toString().toUtf8()).object();
    }

    // Logged send requests with this controlType (and answered with this status, 0: any).
    QList<QJsonObject> sends(const QString &controlType, int status = 0)
    {
        QList<QJsonObject> result;
        for (const QJsonObject &request : requestsTo(protocol::path::kSend)) {
            if (status != 0 && request.value(u"status"_s).toInt() != status)
                continue;
            const QJsonObject body = bodyOf(request);
            if (body.value(u"controlType"_s).toString() == controlType)
                result.append(body);
        }
        return result;
    }

    QJsonObject control(const QString &path, QJsonObject body = {})
    {
        if (!body.contains(u"userId"_s))
            body.insert(u"userId"_s, kUserId);
        return m_sim.control("POST", path, body);
    }

    // Declared in this order so that the client goes before the network manager it uses.
    QNetworkAccessManager m_network;
    SimulatorProcess m_sim;
    std::unique_ptr<CecClient> m_client;
};

// Lets the event loop run for a while (to show that something does NOT happen).
inline void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

} // namespace cec::test
