#include "siprelay.h"

#include <QWebSocket>

namespace cec::test {

using namespace Qt::StringLiterals;

SipRelay::SipRelay(QObject *parent)
    : QObject(parent)
    , m_server(u"test-sip-relay"_s, QWebSocketServer::NonSecureMode)
{
    m_server.setSupportedSubprotocols({u"sip"_s});
    connect(&m_server, &QWebSocketServer::newConnection, this, &SipRelay::onNewConnection);
}

SipRelay::~SipRelay()
{
    // The server's sockets go before our members do; their disconnected() must not reach us then.
    const auto sockets = findChildren<QWebSocket *>();
    for (QWebSocket *socket : sockets)
        socket->disconnect(this);
    qDeleteAll(sockets);
    m_server.close();
}

bool SipRelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString SipRelay::customerUrl() const
{
    return u"ws://127.0.0.1:%1/gateway"_s.arg(m_server.serverPort());
}

QString SipRelay::agentUrl() const
{
    return u"ws://127.0.0.1:%1/agent"_s.arg(m_server.serverPort());
}

bool SipRelay::sawRequest(const QString &method) const
{
    return std::any_of(m_firstLines.begin(), m_firstLines.end(),
                       [&](const QString &line) { return line.startsWith(method + u' '); });
}

void SipRelay::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        const bool isAgent = socket->requestUrl().path() == "/agent"_L1;
        if (isAgent) {
            m_agent = socket;
        } else {
            m_customers.append(socket);
            ++m_customerConnections;
        }
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &message) { relay(socket, message); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            if (socket == m_agent)
                m_agent = nullptr;
            m_customers.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void SipRelay::relay(QWebSocket *from, const QString &message)
{
    const QString firstLine = message.section(u"\r\n"_s, 0, 0);
    if (!firstLine.isEmpty()) // JsSIP's keep-alive is an empty line
        m_firstLines.append(firstLine);
    if (from == m_agent) {
        for (QWebSocket *customer : std::as_const(m_customers))
            customer->sendTextMessage(message);
    } else if (m_agent) {
        m_agent->sendTextMessage(message);
    }
}

} // namespace cec::test
