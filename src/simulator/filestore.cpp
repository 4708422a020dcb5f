#include "filestore.h"

#include "tenantcommon_p.h"

#include <protocol/protocol.h>

namespace cec::sim {

namespace proto = cec::protocol;

FileStore::FileStore(Customers &customers)
    : m_customers(customers)
{}

QJsonObject FileStore::upload(const QString &userId, const QJsonObject &body)
{
    const auto fail = [](QLatin1StringView code, const QString &desc) {
        return QJsonObject{{u"returnCode"_s, QString(code)}, {u"resultDesc"_s, desc}};
    };
    const QString fileType = text(body, u"fileType"_s);
    const QString stream = text(body, u"fileStream"_s);
    if (fileType.isEmpty() || stream.isEmpty() || text(body, u"channel"_s).isEmpty())
        return fail(proto::result::kMissingParameter,
                    u"fileType, fileStream and channel are required"_s);
    if (text(body, u"channel"_s) != proto::kChannelWeb)
        return fail(proto::result::kBadParameter, u"channel must be WEB"_s);
    if (!proto::isUploadFileType(fileType))
        return fail(
            proto::result::kBadParameter,
            u"fileType %1 is not supported (jpg, jpeg, png, bmp, mp3, aac, mp4, txt, csv)"_s.arg(
                fileType));
    const auto decoded =
        QByteArray::fromBase64Encoding(stream.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(proto::result::kBadParameter, u"fileStream is not valid Base64"_s);
    if (decoded.decoded.size() > proto::kMaxFileBytes)
        return fail(proto::result::kBadParameter,
                    u"the file is %1 bytes; uploads are limited to 2 MB (2097152 bytes)"_s.arg(
                        decoded.decoded.size()));
    const QString key = newKey();
    m_localFiles.insert(key, {decoded.decoded, fileType.toLower(), QString()});
    ++m_customers.customer(userId).uploads;
    return {{u"returnCode"_s, u"0"_s}, {u"objectKey"_s, key}};
}

QJsonObject FileStore::download(const QJsonObject &body) const
{
    const QString fileId = text(body, u"fileId"_s);
    const QString fileType = text(body, u"fileType"_s);
    if (fileId.isEmpty())
        return result("401"_L1, u"objectKey is null!"_s);
    if (text(body, u"channel"_s).isEmpty())
        return result(proto::result::kMissingParameter,
                      u"param channelId or userId or tenantId is null"_s);
    if (!proto::isDownloadFileType(fileType))
        return result(proto::result::kProcessingFailure, u"param filetype Out of range!"_s);
    const StoredFile *file = nullptr;
    if (fileId.startsWith("local/"_L1)) {
        const auto it = m_localFiles.constFind(fileId.mid(6));
        file = it == m_localFiles.cend() ? nullptr : &*it;
    } else if (text(body, u"multiMedia"_s) == "multiMedia"_L1) {
        const auto it = m_libraryFiles.constFind(fileId);
        file = it == m_libraryFiles.cend() ? nullptr : &*it;
    }
    if (!file)
        return result(proto::result::kProcessingFailure, u"fsservice downloadFile is failed"_s);
    if (file->bytes.isEmpty())
        return result(proto::result::kProcessingFailure, u"empty file!"_s);
    if (file->bytes.size() > proto::kMaxFileBytes)
        return result(
            proto::result::kProcessingFailure,
            u"the file is %1 bytes and exceeds the 2 MB download limit"_s.arg(file->bytes.size()));
    QJsonObject reply = result(proto::result::kOk, QString());
    reply.insert(u"fileStream"_s, QString::fromLatin1(file->bytes.toBase64()));
    return reply;
}

QString FileStore::storeAgentFile(const QByteArray &bytes, const QString &fileType,
                                  const QString &fileName, bool mediaLibrary)
{
    const QString key = newKey();
    (mediaLibrary ? m_libraryFiles : m_localFiles)
        .insert(key, {bytes, fileType.toLower(), fileName});
    return key;
}

} // namespace cec::sim
