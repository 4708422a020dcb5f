// What a host application gives the chat widget: a value class that can gain settings without
// breaking hosts built against an older version (the data lives behind a d-pointer).
//
//     cec::ChatWidgetConfig config;
//     config.setServiceUrl(QUrl(u"https://cec.example.com"_s));
//     config.setAppKey(appKey);
//     config.setAppSecret(secretFromTheKeychain); // or setTokenUrl() for an enterprise token
//     service config.setChannelId(channelId); config.setCustomerId(customerId); if (const QString
//     problem = config.validate(); !problem.isEmpty())
//         ...                                       // a sentence naming what is missing or wrong
//     auto *chat = new cec::ChatWidget(config, parent);
#pragma once

#include "cec_widgets_export.h"

#include <QList>
#include <QNetworkProxy>
#include <QSharedDataPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <optional>

namespace cec {

class ChatWidgetConfigPrivate;

class CEC_WIDGETS_EXPORT ChatWidgetConfig final
{
public:
    ChatWidgetConfig();
    ChatWidgetConfig(const ChatWidgetConfig &other);
    ChatWidgetConfig(ChatWidgetConfig &&other) noexcept;
    ChatWidgetConfig &operator=(const ChatWidgetConfig &other);
    ChatWidgetConfig &operator=(ChatWidgetConfig &&other) noexcept;
    ~ChatWidgetConfig();

    // The tenant's API Fabric address, https://<domain> (http only for a loopback simulator).
    QUrl serviceUrl() const;
    void setServiceUrl(const QUrl &url);
    QString appKey() const;
    void setAppKey(const QString &appKey);
    // Either the tenant's app secret or a token URL (an enterprise service that mints access
    // tokens, so that a shipped app need not contain the secret); the token URL wins when set.
    // The widget keeps the secret in memory only and never logs or stores it.
    QString appSecret() const;
    void setAppSecret(const QString &appSecret);
    QUrl tokenUrl() const;
    void setTokenUrl(const QUrl &url);
    QString channelId() const; // the WEB channel's configuration id
    void setChannelId(const QString &channelId);

    // The customer: a stable id (1 to 24 characters) and the name agents see.
    QString customerId() const;
    void setCustomerId(const QString &customerId);
    QString customerName() const;
    void setCustomerName(const QString &name);
    QString locale() const; // "en" by default; the service's texts follow it
    void setLocale(const QString &locale);

    // Extra CAs trusted in addition to the system's; TLS errors are never ignored.
    QList<QSslCertificate> extraCaCertificates() const;
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates);
    // Unset: the application's (by default the system's) proxy settings.
    std::optional<QNetworkProxy> proxy() const;
    void setProxy(const QNetworkProxy &proxy);
    void unsetProxy();

    // Where the conversation is kept between runs (unsent messages, recent messages). Empty:
    // QStandardPaths::AppDataLocation + "/conversations". Never holds a secret.
    QString storageDirectory() const;
    void setStorageDirectory(const QString &directory);
    // A tray message and a sound for new messages while the window is inactive (both on).
    bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    bool soundsEnabled() const;
    void setSoundsEnabled(bool enabled);
    // Offer voice/video calls when the tenant supports click-to-call (off by default). The call
    // page (Chromium, see the README's measurements) runs in a helper process of its own
    // (cec-call-host) from the customer's intent to call until shortly after the call; the host
    // application sets up nothing for it.
    bool callsEnabled() const;
    void setCallsEnabled(bool enabled);

    // Empty when the widget can connect with this, else a sentence naming what is missing or wrong.
    QString validate() const;

private:
    friend class ChatWidgetConfigPrivate;
    QSharedDataPointer<ChatWidgetConfigPrivate> d;
};

} // namespace cec
