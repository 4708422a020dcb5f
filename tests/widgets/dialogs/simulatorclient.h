// A real cec-sim and a CecClient talking to it, for the dialog tests that submit what the user
// entered.
#pragma once

#include "cecclient.h"
#include "simulatorprocess.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QNetworkAccessManager>

#include <functional>
#include <memory>

namespace cec::test {

class SimulatorClientTest : public ::testing::Test
{
protected:
    void startSimulator(const QString &userId, const QJsonObject &config = {})
    {
        m_userId = userId;
        QString error;
        ASSERT_TRUE(m_sim.start(&error)) << error.toStdString();
        if (!config.isEmpty())
            m_sim.configure(config);
        m_client = std::make_unique<CecClient>(m_sim.clientConfig(userId), &m_network);
    }

    template <typename T> Result<T> run(const std::function<void(Callback<T>)> &call)
    {
        auto result = waitResult<Result<T>>(call);
        if (!result) {
            return ApiError(ApiError::Kind::Cancelled, QStringLiteral("test"),
                            QStringLiteral("no callback within the time limit"));
        }
        return std::move(*result);
    }

    Result<Done> sendControl(protocol::ControlType type)
    {
        OutgoingMessage message;
        message.controlType = type;
        return run<Done>([&](auto cb) { m_client->send(message, &m_context, cb); });
    }

    QJsonObject simState()
    {
        return m_sim.control("GET", QStringLiteral("/sim/state?userId=") + m_userId);
    }

    SimulatorProcess m_sim;
    QNetworkAccessManager m_network;
    QObject m_context;
    std::unique_ptr<CecClient> m_client;
    QString m_userId;
};

inline std::string describe(const ApiError &error)
{
    return error.userMessage().toStdString();
}

} // namespace cec::test
