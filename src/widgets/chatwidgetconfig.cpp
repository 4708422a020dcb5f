#include "chatwidgetconfig.h"

#include "chatwidgetconfig_p.h"

namespace cec {

ChatWidgetConfig::ChatWidgetConfig()
    : d(new ChatWidgetConfigPrivate)
{}

ChatWidgetConfig::ChatWidgetConfig(const ChatWidgetConfig &other) = default;
ChatWidgetConfig::ChatWidgetConfig(ChatWidgetConfig &&other) noexcept = default;
ChatWidgetConfig &ChatWidgetConfig::operator=(const ChatWidgetConfig &other) = default;
ChatWidgetConfig &ChatWidgetConfig::operator=(ChatWidgetConfig &&other) noexcept = default;
ChatWidgetConfig::~ChatWidgetConfig() = default;

QUrl ChatWidgetConfig::serviceUrl() const
{
    return d->client.baseUrl;
}

void ChatWidgetConfig::setServiceUrl(const QUrl &value)
{
    d->client.baseUrl = value;
}

QString ChatWidgetConfig::appKey() const
{
    return d->client.appKey;
}

void ChatWidgetConfig::setAppKey(const QString &value)
{
    d->client.appKey = value;
}

QString ChatWidgetConfig::appSecret() const
{
    return d->client.appSecret;
}

void ChatWidgetConfig::setAppSecret(const QString &value)
{
    d->client.appSecret = value;
}

QUrl ChatWidgetConfig::tokenUrl() const
{
    return d->client.tokenUrl;
}

void ChatWidgetConfig::setTokenUrl(const QUrl &value)
{
    d->client.tokenUrl = value;
}

QString ChatWidgetConfig::channelId() const
{
    return d->client.channelId;
}

void ChatWidgetConfig::setChannelId(const QString &value)
{
    d->client.channelId = value;
}

QString ChatWidgetConfig::customerId() const
{
    return d->client.userId;
}

void ChatWidgetConfig::setCustomerId(const QString &value)
{
    d->client.userId = value;
}

QString ChatWidgetConfig::customerName() const
{
    return d->client.userName;
}

void ChatWidgetConfig::setCustomerName(const QString &value)
{
    d->client.userName = value;
}

QString ChatWidgetConfig::locale() const
{
    return d->client.locale;
}

void ChatWidgetConfig::setLocale(const QString &value)
{
    d->client.locale = value;
}

QList<QSslCertificate> ChatWidgetConfig::extraCaCertificates() const
{
    return d->client.extraCaCertificates;
}

void ChatWidgetConfig::setExtraCaCertificates(const QList<QSslCertificate> &value)
{
    d->client.extraCaCertificates = value;
}

QString ChatWidgetConfig::storageDirectory() const
{
    return d->storageDirectory;
}

void ChatWidgetConfig::setStorageDirectory(const QString &value)
{
    d->storageDirectory = value;
}

bool ChatWidgetConfig::notificationsEnabled() const
{
    return d->notifications;
}

void ChatWidgetConfig::setNotificationsEnabled(bool value)
{
    d->notifications = value;
}

bool ChatWidgetConfig::soundsEnabled() const
{
    return d->sounds;
}

void ChatWidgetConfig::setSoundsEnabled(bool value)
{
    d->sounds = value;
}

bool ChatWidgetConfig::callsEnabled() const
{
    return d->calls;
}

void ChatWidgetConfig::setCallsEnabled(bool value)
{
    d->calls = value;
}

std::optional<QNetworkProxy> ChatWidgetConfig::proxy() const
{
    return d->client.proxy;
}

void ChatWidgetConfig::setProxy(const QNetworkProxy &proxy)
{
    d->client.proxy = proxy;
}

void ChatWidgetConfig::unsetProxy()
{
    d->client.proxy.reset();
}

QString ChatWidgetConfig::validate() const
{
    return d->client.validate();
}

} // namespace cec
