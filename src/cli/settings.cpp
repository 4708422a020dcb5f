#include "settings.h"

#include "protocol/protocol.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace cec::cli {

namespace {

constexpr auto kUrl = "url"_L1;
constexpr auto kAppKey = "app-key"_L1;
constexpr auto kAppSecret = "app-secret"_L1;
constexpr auto kTokenUrl = "token-url"_L1;
constexpr auto kChannelId = "channel-id"_L1;
constexpr auto kUserId = "user-id"_L1;
constexpr auto kUserName = "user-name"_L1;
constexpr auto kLocale = "locale"_L1;
constexpr auto kCaCert = "ca-cert"_L1;
constexpr auto kProxy = "proxy"_L1;
constexpr auto kTimeoutMs = "timeout-ms"_L1;
constexpr auto kConfigOption = "config"_L1;

enum class Layer
{
    CommandLine,
    Environment,
    ConfigFile
};

struct SettingValue final
{
    QString text;
    Layer layer;
};

// Resolves one setting through the three layers.
class SettingSources final
{
public:
    SettingSources(const SettingsInput &input, QSettings *file)
        : m_input(input)
        , m_file(file)
    {}

    std::optional<SettingValue> value(const SettingName &name) const
    {
        if (const auto flag = m_input.flags.find(name.option); flag != m_input.flags.end())
            return SettingValue{*flag, Layer::CommandLine};
        if (!name.environment.isEmpty()) {
            const QString fromEnvironment = m_input.environment.value(name.environment);
            // An exported-but-empty variable counts as unset, as in most shell conventions.
            if (!fromEnvironment.isEmpty())
                return SettingValue{fromEnvironment, Layer::Environment};
        }
        if (m_file && m_file->contains(name.option)) {
            const QVariant fromFile = m_file->value(name.option);
            // QSettings' INI format splits unquoted values at commas; a setting is one string.
            if (fromFile.metaType().id() == QMetaType::QStringList)
                return SettingValue{fromFile.toStringList().join(u", "_s), Layer::ConfigFile};
            return SettingValue{fromFile.toString(), Layer::ConfigFile};
        }
        return std::nullopt;
    }

private:
    const SettingsInput &m_input;
    QSettings *m_file;
};

const SettingName &settingNamed(QLatin1StringView option)
{
    for (const SettingName &name : connectionSettings()) {
        if (name.option == option)
            return name;
    }
    Q_UNREACHABLE();
}

QString randomUserId()
{
    // "cecctl-" + 8 hex digits = 15 characters, inside the 24-character limit of send/history.
    const quint32 suffix = QRandomGenerator::system()->generate();
    return u"cecctl-"_s + QString::number(suffix, 16).rightJustified(8, u'0');
}

std::variant<QNetworkProxy, QString> parseProxy(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (text == "none"_L1 || text == "direct"_L1)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    if (!url.isValid() || url.host().isEmpty())
        return u"--proxy: \"%1\" is not a URL like http://host:3128 or socks5://host:1080"_s.arg(
            text);
    QNetworkProxy proxy;
    if (scheme == "http"_L1) {
        proxy.setType(QNetworkProxy::HttpProxy);
        proxy.setPort(quint16(url.port(8080)));
    } else if (scheme == "socks5"_L1 || scheme == "socks5h"_L1) {
        proxy.setType(QNetworkProxy::Socks5Proxy);
        proxy.setPort(quint16(url.port(1080)));
    } else {
        return u"--proxy: unsupported scheme \"%1\" (use http, socks5 or none)"_s.arg(scheme);
    }
    proxy.setHostName(url.host());
    proxy.setUser(url.userName());
    proxy.setPassword(url.password());
    return proxy;
}

std::variant<QList<QSslCertificate>, QString> loadCaCertificates(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"--ca-cert: cannot read %1: %2"_s.arg(path, file.errorString());
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return u"--ca-cert: %1 contains no PEM certificate"_s.arg(path);
    return certificates;
}

std::variant<QUrl, QString> parseHttpUrl(const QString &text, QLatin1StringView option)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
        return u"--%1: \"%2\" is not an http(s) URL"_s.arg(option, text);
    return url;
}

// Everything that can go wrong in a file that must stay private: the secret is in it.
void warnIfSecretFileIsReadableByOthers(const QString &path, QStringList &warnings)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    if (permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        warnings << u"cecctl: warning: %1 holds the app secret but is readable by other users "
                    "(chmod 600 it)"_s.arg(path);
}

} // namespace

const QList<SettingName> &connectionSettings()
{
    static const QList<SettingName> names{
        {kUrl, "CEC_URL"_L1, "URL"_L1, "Service base URL, e.g. https://service.besclouds.com."_L1},
        {kAppKey, "CEC_APP_KEY"_L1, "KEY"_L1, "API Fabric app key."_L1},
        {kAppSecret, "CEC_APP_SECRET"_L1, "SECRET"_L1,
         "API Fabric app secret (prefer CEC_APP_SECRET or the config file: flags show in ps)."_L1},
        {kTokenUrl, "CEC_TOKEN_URL"_L1, "URL"_L1,
         "Enterprise endpoint that mints AccessTokens; used instead of the app secret."_L1},
        {kChannelId, "CEC_CHANNEL_ID"_L1, "ID"_L1, "WEB channel configuration id."_L1},
        {kUserId, "CEC_USER_ID"_L1, "ID"_L1,
         "Customer id, at most 24 characters (default: cecctl-<random>)."_L1},
        {kUserName, "CEC_USER_NAME"_L1, "NAME"_L1, "Customer display name (default: cecctl)."_L1},
        {kLocale, "CEC_LOCALE"_L1, "LOCALE"_L1, "Language, e.g. en or zh_CN (default: en)."_L1},
        {kCaCert, "CEC_CA_CERT"_L1, "FILE"_L1,
         "PEM file of extra CA certificates to trust (in addition to the system's)."_L1},
        {kProxy, "CEC_PROXY"_L1, "URL"_L1,
         "Proxy: http://host:port, socks5://host:port or none (default: system)."_L1},
        {kTimeoutMs, "CEC_TIMEOUT_MS"_L1, "MS"_L1,
         "Time limit of each request (default: 15000)."_L1},
    };
    return names;
}

SettingsInput settingsInputFrom(const QCommandLineParser &parser,
                                const QProcessEnvironment &environment)
{
    SettingsInput input;
    input.environment = environment;
    for (const SettingName &name : connectionSettings()) {
        if (parser.isSet(name.option))
            input.flags.insert(name.option, parser.value(name.option));
    }
    if (parser.isSet(kConfigOption))
        input.explicitConfigFile = parser.value(kConfigOption);
    return input;
}

QString defaultConfigFilePath()
{
    // GenericConfigLocation honours $XDG_CONFIG_HOME and falls back to ~/.config.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           u"/cec-widget/cecctl.ini"_s;
}

std::variant<LoadedSettings, QString> loadSettings(const SettingsInput &input)
{
    LoadedSettings loaded;

    QString configPath = input.explicitConfigFile;
    if (!configPath.isEmpty()) {
        if (!QFileInfo(configPath).isFile())
            return u"--config: %1 does not exist"_s.arg(configPath);
    } else if (QFileInfo(defaultConfigFilePath()).isFile()) {
        configPath = defaultConfigFilePath();
    }
    std::optional<QSettings> file;
    if (!configPath.isEmpty()) {
        file.emplace(configPath, QSettings::IniFormat);
        if (file->status() != QSettings::NoError)
            return u"%1 is not a readable INI file"_s.arg(configPath);
        loaded.configFile = configPath;
    }
    const SettingSources sources(input, file ? &*file : nullptr);
    const auto valueOf = [&](QLatin1StringView option) -> std::optional<QString> {
        if (const auto found = sources.value(settingNamed(option)))
            return found->text;
        return std::nullopt;
    };

    ClientConfig &config = loaded.config;
    if (const auto url = valueOf(kUrl)) {
        auto parsed = parseHttpUrl(*url, kUrl);
        if (const auto *error = std::get_if<QString>(&parsed))
            return *error;
        config.baseUrl = std::get<QUrl>(parsed);
    }
    if (const auto tokenUrl = valueOf(kTokenUrl)) {
        auto parsed = parseHttpUrl(*tokenUrl, kTokenUrl);
        if (const auto *error = std::get_if<QString>(&parsed))
            return *error;
        config.tokenUrl = std::get<QUrl>(parsed);
    }
    config.appKey = valueOf(kAppKey).value_or(QString());
    config.appSecret = valueOf(kAppSecret).value_or(QString());
    config.channelId = valueOf(kChannelId).value_or(QString());
    config.userId = valueOf(kUserId).value_or(randomUserId());
    config.userName = valueOf(kUserName).value_or(u"cecctl"_s);
    config.locale = valueOf(kLocale).value_or(u"en"_s);

    if (const auto timeout = valueOf(kTimeoutMs)) {
        bool ok = false;
        const int milliseconds = timeout->toInt(&ok);
        if (!ok || milliseconds <= 0)
            return u"--timeout-ms: \"%1\" is not a positive number of milliseconds"_s.arg(*timeout);
        config.requestTimeout = std::chrono::milliseconds(milliseconds);
    }
    if (const auto caFile = valueOf(kCaCert)) {
        auto certificates = loadCaCertificates(*caFile);
        if (const auto *error = std::get_if<QString>(&certificates))
            return *error;
        config.extraCaCertificates = std::get<QList<QSslCertificate>>(certificates);
    }
    if (const auto proxyText = valueOf(kProxy)) {
        auto proxy = parseProxy(*proxyText);
        if (const auto *error = std::get_if<QString>(&proxy))
            return *error;
        config.proxy = std::get<QNetworkProxy>(proxy);
    }

    if (const auto secret = sources.value(settingNamed(kAppSecret))) {
        if (secret->layer == Layer::CommandLine)
            loaded.warnings << u"cecctl: warning: --app-secret is visible to other users in ps; "
                               "set CEC_APP_SECRET or put app-secret in the config file instead"_s;
        else if (secret->layer == Layer::ConfigFile)
            warnIfSecretFileIsReadableByOthers(configPath, loaded.warnings);
    }

    if (const QString problem = config.validate(); !problem.isEmpty())
        return problem;
    return loaded;
}

} // namespace cec::cli
