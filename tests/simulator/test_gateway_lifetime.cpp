// cec-sim's Gateway class in-process (no agent peer, no WebEngine): what happens to it while a
// customer's WebSocket is still connected when it is destroyed, as at every cec-sim exit.
#include "gateway.h"
#include "scenario.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <memory>

// The gateway logs to the simulator's category, which cec-sim defines elsewhere.
Q_LOGGING_CATEGORY(lcSim, "cec.sim")

using namespace Qt::StringLiterals;
using cec::sim::Gateway;
using cec::test::waitFor;

namespace {

QString invite(const QString &callId)
{
    return u"INVITE sip:agent@cec-sim.local SIP/2.0\r\n"
           "Via: SIP/2.0/WSS customer.invalid;branch=z9hG4bK-1\r\n"
           "From: <sip:customer@cec-sim.local>;tag=1\r\n"
           "To: <sip:agent@cec-sim.local>\r\n"
           "Call-ID: %1\r\n"
           "CSeq: 1 INVITE\r\n"
           "Content-Length: 0\r\n\r\n"_s.arg(callId);
}

// Regression: with a customer still connected, destroying the gateway destroyed its call list
// first and then its WebSocket servers, whose sockets' disconnected() still reached
// onCustomerGone(), which read the destroyed list (heap-use-after-free, found by the asan preset
// in every cec-sim that exited with a call's customer connected; without ASan, undefined).
TEST(GatewayLifetime, DestroyedWhileACustomerIsConnected)
{
    const cec::sim::Scenario scenario;
    auto gateway = std::make_unique<Gateway>(scenario, Gateway::AgentMode::Off, QString(), true);
    const quint16 port = gateway->listen(QHostAddress::LocalHost, 0);
    ASSERT_NE(port, 0);
    QSignalSpy hungUp(gateway.get(), &Gateway::customerHungUp);

    QWebSocket customer;
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"sip"_s});
    QStringList answers;
    QObject::connect(&customer, &QWebSocket::textMessageReceived,
                     [&answers](const QString &message) { answers << message; });
    customer.open(QUrl(u"ws://127.0.0.1:%1/gateway?userId=u1"_s.arg(port)), options);
    ASSERT_TRUE(waitFor([&] { return customer.state() == QAbstractSocket::ConnectedState; }));
    // Without an agent peer the gateway answers the INVITE itself; the call is in its list.
    customer.sendTextMessage(invite(u"call-1"_s));
    ASSERT_TRUE(waitFor([&] { return !answers.isEmpty(); }));
    EXPECT_TRUE(answers.first().startsWith(u"SIP/2.0 503"_s)) << answers.first().toStdString();
    EXPECT_EQ(gateway->sipLog(u"u1"_s).value(u"messages"_s).toArray().size(), 2);

    gateway.reset(); // must neither crash nor act on the call while it goes
    EXPECT_EQ(hungUp.count(), 0);
    EXPECT_TRUE(waitFor([&] { return customer.state() == QAbstractSocket::UnconnectedState; }))
        << "the customer's connection outlived the gateway";
}

} // namespace
