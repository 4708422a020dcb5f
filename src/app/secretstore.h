// The app secret in the OS keychain (Secret Service, Keychain, Credential Manager) via QtKeychain.
// When the keychain cannot keep it, the secret stays in memory for this run only: never on disk.
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace cec::app {

class SecretStore final : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QString service = QStringLiteral("cec-widget"), QObject *parent = nullptr);

    // One keychain entry per endpoint and app key.
    static QString keyFor(const QUrl &endpoint, const QString &appKey);
    // The sentence shown when the keychain is unusable, with the backend's detail.
    static QString unavailableMessage(const QString &detail);

    struct ReadResult
    {
        std::optional<QString> secret; // nullopt: none stored (or the keychain failed)
        QString error;                 // user sentence when the keychain failed, else empty
    };
    // Asynchronous; the callback runs on the event loop, never before read() returns.
    void read(const QString &key, std::function<void(ReadResult)> done);
    // Stores the secret; on a keychain failure it is kept for this run only and `done` gets the
    // user sentence (empty on success).
    void write(const QString &key, const QString &secret, std::function<void(QString)> done);
    void remove(const QString &key, std::function<void(QString)> done = {});

    // A secret known for this run (written or read), whether or not the keychain kept it.
    std::optional<QString> cached(const QString &key) const;
    void keepForThisRun(const QString &key, const QString &secret);

private:
    QString m_service;
    QHash<QString, QString> m_memory;
};

} // namespace cec::app
