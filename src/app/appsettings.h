// The app's own settings (everything but the app secret, which lives in the OS keychain).
#pragma once

#include "clientconfig.h"

#include <QString>
#include <QUrl>

namespace cec::app {

struct AppSettings final
{
    enum class Credential
    {
        AppSecret,
        TokenUrl
    };
    enum class Proxy
    {
        None,
        System,
        Manual
    };

    QUrl endpoint;
    QString appKey;
    Credential credential = Credential::AppSecret;
    QUrl tokenUrl;
    QString channelId;
    QString customerId;
    QString displayName;
    QString language; // empty: the system's; otherwise "en", "zh_CN" or "ar"
    Proxy proxy = Proxy::System;
    QString proxyHost;
    quint16 proxyPort = 0;
    QString caFile; // extra PEM CA certificates trusted besides the system's
    bool notifications = true;
    bool sounds = true;

    bool isConfigured() const { return endpoint.isValid() && !endpoint.isEmpty(); }

    // The client configuration these settings describe; the secret comes from the keychain.
    // Empty error when usable, else a sentence naming the problem.
    ClientConfig clientConfig(const QString &appSecret, QString *error = nullptr) const;
};

// A customer id the CEC accepts (at most 24 characters), random enough to be unique per install.
QString generateCustomerId();

// Reads and writes AppSettings in one INI file. Never stores a secret.
class SettingsStore final
{
public:
    // `directory` empty: the platform's per-user config location.
    explicit SettingsStore(QString directory = {});

    QString directory() const { return m_directory; }
    QString fileName() const;
    // Where the chat widget keeps conversations between runs.
    QString conversationDirectory() const;
    QString demoConversationDirectory() const;

    // Loads the settings; creates and saves a customer id the first time.
    AppSettings load() const;
    void save(const AppSettings &settings) const;

private:
    QString m_directory;
};

} // namespace cec::app
