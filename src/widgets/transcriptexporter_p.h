// Writes a conversation as HTML (escaped: agent text stays inert) or plain text.
#pragma once

#include "chatmessage.h"

#include <QList>
#include <QString>

namespace cec {

class TranscriptExporter final
{
public:
    enum class Format { Html, PlainText };
    static Format formatForFileName(const QString &fileName); // .html/.htm -> Html, else text

    static QString render(const QList<ChatMessage> &messages, Format format,
                          const QString &title);
    static bool write(const QList<ChatMessage> &messages, const QString &fileName,
                      const QString &title, QString *error = nullptr);
};

} // namespace cec
