#include "transcriptexportflow_p.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

namespace cec {

using namespace Qt::StringLiterals;

void TranscriptExportFlow::run(QWidget *parent, const Writer &write,
                               const std::function<void(const QString &)> &showInfo,
                               const std::function<void(const QString &)> &showError)
{
    QString selectedFilter;
    const QString htmlFilter = tr("Web page (*.html)");
    const QString textFilter = tr("Plain text (*.txt)");
    QString fileName = QFileDialog::getSaveFileName(
        parent, tr("Export conversation"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            u"/conversation.html"_s,
        htmlFilter + u";;"_s + textFilter, &selectedFilter);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += selectedFilter == textFilter ? u".txt"_s : u".html"_s;
    QString error;
    if (write(fileName, &error))
        showInfo(tr("The conversation was saved to %1.").arg(QFileInfo(fileName).fileName()));
    else
        showError(tr("The conversation could not be saved: %1").arg(error));
}

} // namespace cec
