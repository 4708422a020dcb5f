// CecClient's file endpoints: uploading and downloading (the upload rule is uploadrule's).
#include "cecclient.h"

#include "cecclient_p.h"
#include "endpointsupport_p.h"
#include "uploadrule.h"

#include <QCoreApplication>

namespace cec {

using namespace Qt::StringLiterals;
namespace path = protocol::path;

void CecClient::uploadFile(const QString &fileType, const QByteArray &data, QObject *context,
                           Callback<QString> done)
{
    const QString type = fileType.trimmed().toLower();
    const QString problem = uploadProblem(type, data.size());
    if (!problem.isEmpty()) {
        d->refuse(u"uploadFileStream"_s, problem, context,
                  parsedBy<QString>(std::move(done), parse::uploadReply));
        return;
    }
    RequestSpec spec;
    spec.operation = u"uploadFileStream"_s;
    spec.method = "POST";
    spec.path = path::kUploadFileStream;
    spec.timeout = d->m_config.uploadTimeout;
    spec.body = {{u"fileType"_s, type},
                 {u"fileStream"_s, QString::fromLatin1(data.toBase64())},
                 {u"channel"_s, channelWeb()}};
    d->submit(std::move(spec), context, parsedBy<QString>(std::move(done), parse::uploadReply));
}

void CecClient::downloadFile(const DownloadRequest &request, QObject *context,
                             Callback<QByteArray> done)
{
    if (request.fileId.trimmed().isEmpty()) {
        d->refuse(
            u"downloadFileStream"_s,
            QCoreApplication::translate("cec::CecClient", "The message names no file to download."),
            context, parsedBy<QByteArray>(std::move(done), parse::downloadReply));
        return;
    }
    RequestSpec spec;
    spec.operation = u"downloadFileStream"_s;
    spec.method = "POST";
    spec.path = path::kDownloadFileStream;
    spec.timeout = d->m_config.uploadTimeout;
    // The Base64 text of the largest file, and room for the envelope.
    spec.maxReplyBytes = protocol::kMaxFileBase64Length + 64 * 1024;
    spec.body = {{u"fileId"_s, request.local ? u"local/"_s + request.fileId : request.fileId},
                 {u"channel"_s, channelWeb()},
                 {u"fileType"_s, request.fileType.trimmed().toLower()}};
    if (!request.local)
        spec.body.insert(u"multiMedia"_s, u"multiMedia"_s);
    d->submit(std::move(spec), context,
              parsedBy<QByteArray>(std::move(done), parse::downloadReply));
}

} // namespace cec
