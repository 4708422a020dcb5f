#include "secretstore.h"

#include "applogging.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace cec::app {

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString SecretStore::keyFor(const QUrl &endpoint, const QString &appKey)
{
    return endpoint.adjusted(QUrl::StripTrailingSlash).toString() + u" "_s + appKey;
}

QString SecretStore::unavailableMessage(const QString &detail)
{
    QString text = tr("Your system has no keyring to keep the app secret safely. Use a token URL "
                      "instead, or enter the secret each time you start cec-chat: it is kept in "
                      "memory for this session only and never written to disk.");
    if (!detail.isEmpty())
        text += u"\n\n"_s + tr("Keyring error: %1").arg(detail);
    return text;
}

void SecretStore::read(const QString &key, std::function<void(ReadResult)> done)
{
    if (const auto known = cached(key)) {
        QTimer::singleShot(0, this, [known, done = std::move(done)] { done({known, {}}); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [this, key, done = std::move(done)](QKeychain::Job *finished) {
                auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
                if (reader->error() == QKeychain::NoError) {
                    m_memory.insert(key, reader->textData());
                    done({reader->textData(), {}});
                } else if (reader->error() == QKeychain::EntryNotFound) {
                    done({std::nullopt, {}});
                } else {
                    qCWarning(lcApp) << "keychain read failed, error" << reader->error()
                                     << reader->errorString();
                    done({std::nullopt, unavailableMessage(reader->errorString())});
                }
            });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret,
                        std::function<void(QString)> done)
{
    m_memory.insert(key, secret);
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                if (finished->error() == QKeychain::NoError) {
                    done({});
                    return;
                }
                qCWarning(lcApp) << "keychain write failed, error" << finished->error()
                                 << finished->errorString();
                done(unavailableMessage(finished->errorString()));
            });
    job->start();
}

void SecretStore::remove(const QString &key, std::function<void(QString)> done)
{
    m_memory.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job *finished) {
                const bool ok = finished->error() == QKeychain::NoError ||
                                finished->error() == QKeychain::EntryNotFound;
                if (done)
                    done(ok ? QString() : unavailableMessage(finished->errorString()));
            });
    job->start();
}

std::optional<QString> SecretStore::cached(const QString &key) const
{
    const auto it = m_memory.constFind(key);
    if (it == m_memory.constEnd())
        return std::nullopt;
    return *it;
}

void SecretStore::keepForThisRun(const QString &key, const QString &secret)
{
    m_memory.insert(key, secret);
}

} // namespace cec::app
