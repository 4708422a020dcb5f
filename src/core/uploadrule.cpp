#include "uploadrule.h"

#include "protocol/protocol.h"

#include <QCoreApplication>
#include <QLocale>

namespace cec {

namespace {

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QString uploadProblem(QStringView fileType, qint64 size, const QString &fileName)
{
    const bool named = !fileName.isEmpty();
    if (!protocol::isUploadFileType(fileType)) {
        const QString allowed = protocol::uploadFileTypes().join(u", ");
        return named
                   ? QCoreApplication::translate(
                         "cec::UploadRule",
                         "“%1” cannot be sent: only these types of file can be sent: %2.")
                         .arg(fileName, allowed)
                   : QCoreApplication::translate(
                         "cec::UploadRule", "Files of this type cannot be sent. Allowed types: %1.")
                         .arg(allowed);
    }
    if (size <= 0) {
        return named ? QCoreApplication::translate("cec::UploadRule",
                                                   "“%1” is empty, so there is nothing to send.")
                           .arg(fileName)
                     : QCoreApplication::translate(
                           "cec::UploadRule", "The file is empty, so there is nothing to send.");
    }
    if (size > protocol::kMaxFileBytes) {
        const QString limit =
            QLocale().toString(double(protocol::kMaxFileBytes) / (1024.0 * 1024.0));
        return named ? QCoreApplication::translate(
                           "cec::UploadRule",
                           "“%1” is too large to send (%2 MB); files can be at most %3 MB.")
                           .arg(fileName, megabytes(size), limit)
                     : QCoreApplication::translate(
                           "cec::UploadRule",
                           "The file is too large to send (%1 MB); files can be at most %2 MB.")
                           .arg(megabytes(size), limit);
    }
    return {};
}

} // namespace cec
