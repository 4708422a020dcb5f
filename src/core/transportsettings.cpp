#include "transportsettings_p.h"

#include "clientconfig.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace cec {

using namespace Qt::StringLiterals;

void useConfiguredProxy(QNetworkAccessManager *network, const ClientConfig &config)
{
    if (config.proxy && network)
        network->setProxy(*config.proxy);
}

void applyTlsTrust(QNetworkRequest &request, const ClientConfig &config)
{
    if (request.url().scheme().compare("https"_L1, Qt::CaseInsensitive) != 0)
        return;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!config.extraCaCertificates.isEmpty())
        tls.addCaCertificates(config.extraCaCertificates);
    request.setSslConfiguration(tls);
}

} // namespace cec
