#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRandomGenerator>
#include <QSettings>
#include <QSslCertificate>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace cec::app {

namespace {

QString credentialName(AppSettings::Credential credential)
{
    return credential == AppSettings::Credential::TokenUrl ? u"token-url"_s : u"app-secret"_s;
}

QString proxyName(AppSettings::Proxy proxy)
{
    switch (proxy) {
    case AppSettings::Proxy::None:
        return u"none"_s;
    case AppSettings::Proxy::Manual:
        return u"manual"_s;
    case AppSettings::Proxy::System:
        break;
    }
    return u"system"_s;
}

AppSettings::Proxy proxyFromName(const QString &name)
{
    if (name == "none"_L1)
        return AppSettings::Proxy::None;
    if (name == "manual"_L1)
        return AppSettings::Proxy::Manual;
    return AppSettings::Proxy::System;
}

} // namespace

ClientConfig AppSettings::clientConfig(const QString &appSecret, QString *error) const
{
    ClientConfig config;
    config.baseUrl = endpoint;
    config.appKey = appKey;
    if (credential == Credential::TokenUrl)
        config.tokenUrl = tokenUrl;
    else
        config.appSecret = appSecret;
    config.channelId = channelId;
    config.userId = customerId;
    config.userName = displayName;
    config.locale = language.isEmpty() ? QLocale::system().name() : language;

    switch (proxy) {
    case Proxy::None:
        config.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        break;
    case Proxy::Manual:
        config.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, proxyHost, proxyPort);
        break;
    case Proxy::System:
        break; // the application default, which follows the system configuration
    }

    QString problem;
    if (!caFile.isEmpty()) {
        config.extraCaCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (config.extraCaCertificates.isEmpty())
            problem = QCoreApplication::translate("cec::app::AppSettings",
                                                  "The CA file %1 holds no PEM certificate.")
                          .arg(QDir::toNativeSeparators(caFile));
    }
    if (problem.isEmpty())
        problem = config.validate();
    if (error)
        *error = problem;
    return config;
}

QString generateCustomerId()
{
    // "c-" and 16 hex digits: 18 characters, 64 random bits.
    const quint64 value = QRandomGenerator::system()->generate64();
    return u"c-"_s + QString::number(value, 16).rightJustified(16, u'0');
}

SettingsStore::SettingsStore(QString directory)
    : m_directory(std::move(directory))
{
    if (m_directory.isEmpty())
        m_directory = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString SettingsStore::fileName() const
{
    return QDir(m_directory).filePath(u"cec-chat.ini"_s);
}

QString SettingsStore::conversationDirectory() const
{
    return QDir(m_directory).filePath(u"conversations"_s);
}

QString SettingsStore::demoConversationDirectory() const
{
    return QDir(m_directory).filePath(u"demo-conversations"_s);
}

AppSettings SettingsStore::load() const
{
    QSettings ini(fileName(), QSettings::IniFormat);
    AppSettings s;
    s.endpoint = QUrl(ini.value(u"connection/endpoint"_s).toString());
    s.appKey = ini.value(u"connection/appKey"_s).toString();
    s.credential = ini.value(u"connection/credential"_s).toString() == "token-url"_L1
                       ? AppSettings::Credential::TokenUrl
                       : AppSettings::Credential::AppSecret;
    s.tokenUrl = QUrl(ini.value(u"connection/tokenUrl"_s).toString());
    s.channelId = ini.value(u"connection/channelId"_s).toString();
    s.customerId = ini.value(u"customer/id"_s).toString();
    s.displayName = ini.value(u"customer/displayName"_s).toString();
    s.language = ini.value(u"ui/language"_s).toString();
    s.proxy = proxyFromName(ini.value(u"network/proxy"_s).toString());
    s.proxyHost = ini.value(u"network/proxyHost"_s).toString();
    s.proxyPort = static_cast<quint16>(ini.value(u"network/proxyPort"_s, 0).toUInt());
    s.caFile = ini.value(u"network/caFile"_s).toString();
    s.notifications = ini.value(u"ui/notifications"_s, true).toBool();
    s.sounds = ini.value(u"ui/sounds"_s, true).toBool();

    if (s.customerId.isEmpty()) {
        // Generated once and kept, so that the conversation resumes after a restart.
        s.customerId = generateCustomerId();
        QDir().mkpath(m_directory);
        ini.setValue(u"customer/id"_s, s.customerId);
    }
    return s;
}

void SettingsStore::save(const AppSettings &s) const
{
    QDir().mkpath(m_directory);
    QSettings ini(fileName(), QSettings::IniFormat);
    ini.setValue(u"connection/endpoint"_s, s.endpoint.toString());
    ini.setValue(u"connection/appKey"_s, s.appKey);
    ini.setValue(u"connection/credential"_s, credentialName(s.credential));
    ini.setValue(u"connection/tokenUrl"_s, s.tokenUrl.toString());
    ini.setValue(u"connection/channelId"_s, s.channelId);
    ini.setValue(u"customer/id"_s, s.customerId);
    ini.setValue(u"customer/displayName"_s, s.displayName);
    ini.setValue(u"ui/language"_s, s.language);
    ini.setValue(u"network/proxy"_s, proxyName(s.proxy));
    ini.setValue(u"network/proxyHost"_s, s.proxyHost);
    ini.setValue(u"network/proxyPort"_s, s.proxyPort);
    ini.setValue(u"network/caFile"_s, s.caFile);
    ini.setValue(u"ui/notifications"_s, s.notifications);
    ini.setValue(u"ui/sounds"_s, s.sounds);
    ini.sync();
}

} // namespace cec::app
