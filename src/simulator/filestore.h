// The tenant's file storage: customer uploads (uploadFile), files the agent sends, and the
// download endpoint for both. Agent files live either as local objects ("local/<key>") or in the
// media library (looked up with multiMedia).
#pragma once

#include "customers.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace cec::sim {

class FileStore
{
public:
    explicit FileStore(Customers &customers);

    QJsonObject upload(const QString &userId, const QJsonObject &body);
    QJsonObject download(const QJsonObject &body) const;

    // Whether a chat message may reference this object key.
    bool hasLocal(const QString &key) const { return m_localFiles.contains(key); }
    // Stores a file the agent sends and returns its key.
    QString storeAgentFile(const QByteArray &bytes, const QString &fileType,
                           const QString &fileName, bool mediaLibrary);

private:
    struct StoredFile
    {
        QByteArray bytes;
        QString type;
        QString name;
    };

    Customers &m_customers;
    QHash<QString, StoredFile> m_localFiles;   // "local/<key>" on download
    QHash<QString, StoredFile> m_libraryFiles; // media-library ids
};

} // namespace cec::sim
