// Shared fixture of the session tests: a cec-sim of its own with fast timings, and a client on it.
#pragma once

#include "cecclient.h"
#include "recordingnetwork.h"
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>

#include <gtest/gtest.h>

#include <chrono>
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

    // Proves that the client no longer makes timer-driven requests to `path` (`period`: the
    // longest interval of the timer that would make them). Waits until every such request created
    // so far is answered, then for a marker timer of three periods: Qt fires timers in order of
    // expiry, so a request of a timer started before the marker is created before the marker
    // fires — on any machine, however slow. Returns how many requests to `path` were created.
    qsizetype requestsAfterQuiet(QAnyStringView path, std::chrono::milliseconds period)
    {
        EXPECT_TRUE(waitFor([&] { return m_network.answered(path) == m_network.created(path); }))
            << "a request is still open";
        bool markerFired = false;
        QTimer::singleShot(period * 3, [&markerFired] { markerFired = true; });
        EXPECT_TRUE(waitFor([&markerFired] { return markerFired; }));
        drainPostedEvents();
        return m_network.created(path);
    }

    // Declared in this order so that the client goes before the network manager it uses.
    RecordingNetworkAccessManager m_network;
    SimulatorProcess m_sim;
    std::unique_ptr<CecClient> m_client;
};

} // namespace cec::test
