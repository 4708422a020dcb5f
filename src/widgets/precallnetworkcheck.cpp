#include "precallnetworkcheck_p.h"

#include "cecclient.h"
#include "gatewayaddresses.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace cec {

using namespace Qt::StringLiterals;

namespace {
constexpr int kGatewayTimeoutMs = 3000;
} // namespace

PreCallNetworkCheck::PreCallNetworkCheck(CecClient &client, std::optional<CallSetup> lastSetup,
                                         QObject *context, std::function<void()> changed)
    : m_client(client)
    , m_lastSetup(std::move(lastSetup))
    , m_context(context)
    , m_changed(std::move(changed))
{}

PreCallNetworkCheck::~PreCallNetworkCheck()
{
    delete m_gatewayProbe; // its answers come to this object, which is going away
}

void PreCallNetworkCheck::start()
{
    checkService();
    checkGateway();
}

void PreCallNetworkCheck::checkService()
{
    m_client.checkClickToCallSupport(m_context, [this](cec::Result<ClickToCallSupport> result) {
        m_service = result && result->available() ? Check::Works : Check::Fails;
        if (!result)
            qCInfo(lcPreCall) << "service check failed:" << result.error().toString();
        m_changed();
    });
}

void PreCallNetworkCheck::checkGateway()
{
    // Only an address a call would dial (wss:, or ws: to loopback) is probed.
    const QStringList gateways =
        m_lastSetup ? cec::selectGatewayAddresses(m_lastSetup->gatewayAddresses).accepted
                    : QStringList();
    if (gateways.isEmpty())
        return; // unknown until a call starts: said so in the text, never claimed to work
    const QUrl url(gateways.constFirst());
    m_gatewayProbe = new QTcpSocket(m_context);
    QObject::connect(m_gatewayProbe, &QTcpSocket::connected, m_gatewayProbe, [this] {
        m_gateway = Check::Works;
        m_gatewayProbe->abort();
        m_changed();
    });
    QObject::connect(m_gatewayProbe, &QTcpSocket::errorOccurred, m_gatewayProbe, [this] {
        if (m_gateway == Check::Unknown) {
            m_gateway = Check::Fails;
            m_changed();
        }
    });
    QTimer::singleShot(kGatewayTimeoutMs, m_gatewayProbe, [this] {
        if (m_gateway == Check::Unknown) {
            m_gatewayProbe->abort();
            m_gateway = Check::Fails;
            m_changed();
        }
    });
    m_gatewayProbe->connectToHost(url.host(),
                                  quint16(url.port(url.scheme() == "wss"_L1 ? 443 : 80)));
}

QString PreCallNetworkCheck::text() const
{
    QString network;
    switch (m_service) {
    case Check::Unknown:
        network = tr("Checking the connection to our call service…");
        break;
    case Check::Works:
        network = tr("Our call service can be reached.");
        break;
    case Check::Fails:
        network = tr("Our call service cannot be reached right now.");
        break;
    }
    switch (m_gateway) {
    case Check::Unknown:
        if (!m_lastSetup)
            network += u' ' + tr("The connection for the voice itself is only made when a call "
                                 "starts, so it could not be tested here.");
        break;
    case Check::Works:
        network += u' ' + tr("The voice connection of your last call can be reached too.");
        break;
    case Check::Fails:
        network += u' ' + tr("The voice connection of your last call cannot be reached; a "
                             "firewall may block it.");
        break;
    }
    return network;
}

} // namespace cec
