// The Export button: asks where to save the conversation (HTML or plain text) and says how it went.
#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace cec {

class TranscriptExportFlow final
{
    Q_DECLARE_TR_FUNCTIONS(cec::ChatWidget)
public:
    // `write` is ChatWidget::exportTranscript.
    using Writer = std::function<bool(const QString &fileName, QString *error)>;
    static void run(QWidget *parent, const Writer &write,
                    const std::function<void(const QString &)> &showInfo,
                    const std::function<void(const QString &)> &showError);
};

} // namespace cec
