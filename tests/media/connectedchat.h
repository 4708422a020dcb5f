// What every call test at the media layer starts from: cec-sim started with quick click-to-call
// timings (one queue notice, then the agent's media peer) and a chat connected there, since
// click-to-call follows a connected chat (docs/cec-api.md §4.1).
#pragma once

#include "cecclient.h"
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QJsonObject>

#include <memory>

namespace cec::test {

// Null, with the reason in `error`, when the simulator does not start or the chat not connect.
inline std::unique_ptr<CecClient> connectedChatForCalls(SimulatorProcess &sim,
                                                        const QString &userId,
                                                        QNetworkAccessManager &network,
                                                        QObject &context, QString *error)
{
    using namespace Qt::StringLiterals;
    if (!sim.start(error))
        return nullptr;
    sim.configure({{u"clickToCall"_s, QJsonObject{{u"queueEvents"_s, 1},
                                                  {u"queueStepMs"_s, 200},
                                                  {u"eventHoldMs"_s, 2000},
                                                  {u"outcome"_s, u"setup"_s}}}});
    auto client = std::make_unique<CecClient>(sim.clientConfig(userId), &network);
    const auto connected = waitResult<Result<Done>>([&](auto done) {
        OutgoingMessage connect;
        connect.controlType = protocol::ControlType::Connect;
        client->send(connect, &context, done);
    });
    if (!connected || !connected->ok()) {
        *error = u"the chat did not connect"_s;
        return nullptr;
    }
    return client;
}

} // namespace cec::test
