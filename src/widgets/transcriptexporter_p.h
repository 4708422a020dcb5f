// Writes a conversation as HTML (escaped: agent text stays inert) or plain text.
#pragma once

#include "chatmessage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cec {

class TranscriptExporter final
{
    Q_DECLARE_TR_FUNCTIONS(cec::TranscriptExporter) // qualified: the context lupdate records
public:
    enum class Format
    {
        Html,
        PlainText
    };
    static Format formatForFileName(const QString &fileName); // .html/.htm -> Html, else text

    // Plain text: one "[yyyy-MM-dd HH:mm] Sender: text" line per message (local time; further
    // lines of a message indented), files as "[file] name", images as "[image] name".
    static QString render(const QList<ChatMessage> &messages, Format format, const QString &title);
    // Atomic (QSaveFile), UTF-8. On failure `error` gets a sentence naming the file and reason.
    static bool write(const QList<ChatMessage> &messages, const QString &fileName,
                      const QString &title, QString *error = nullptr);
};

} // namespace cec
