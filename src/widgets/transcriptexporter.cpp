#include "transcriptexporter_p.h"

#include "inerttext.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace cec {

namespace {

using protocol::MediaType;
using protocol::SourceType;

const QString kTimeFormat = u"yyyy-MM-dd HH:mm"_s;

bool isImage(MediaType type)
{
    return type == MediaType::Image || type == MediaType::FileImage;
}

bool isFile(MediaType type)
{
    return type == MediaType::File || type == MediaType::Audio || type == MediaType::Video ||
           type == MediaType::FileVideo;
}

QString cssClass(SourceType source)
{
    switch (source) {
    case SourceType::Customer:
        return u"customer"_s;
    case SourceType::Agent:
        return u"agent"_s;
    case SourceType::Robot:
        return u"bot"_s;
    case SourceType::System:
        return u"system"_s;
    case SourceType::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString timeText(const ChatMessage &message)
{
    return message.timestamp.isValid() ? message.timestamp.toLocalTime().toString(kTimeFormat)
                                       : u"----------- --:--"_s;
}

} // namespace

TranscriptExporter::Format TranscriptExporter::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == "html"_L1 || suffix == "htm"_L1 ? Format::Html : Format::PlainText;
}

QString TranscriptExporter::render(const QList<ChatMessage> &messages, Format format,
                                   const QString &title)
{
    const auto senderOf = [](const ChatMessage &message) {
        if (!message.senderName.isEmpty())
            return inertLine(message.senderName, kMaxNameLength);
        switch (message.source) {
        case SourceType::Customer:
            return tr("You");
        case SourceType::Agent:
            return tr("Agent");
        case SourceType::Robot:
            return tr("Assistant");
        case SourceType::System:
            return tr("System");
        case SourceType::Unknown:
            break;
        }
        return tr("Unknown");
    };
    // What the transcript says for one message, before any escaping: inert (inerttext.h), so
    // no control, bidi override or line break of the other side's acts in an editor or browser.
    const auto textOf = [](const ChatMessage &message) {
        const QString name = inertLine(
            message.fileName.isEmpty() ? message.content : message.fileName, kMaxFileNameLength);
        QString text;
        if (isImage(message.mediaType))
            text = u"[image] "_s + name;
        else if (isFile(message.mediaType))
            text = u"[file] "_s + name;
        else
            text = inertText(message.content);
        if (message.isOwn() && message.delivery == DeliveryState::Failed)
            text += u' ' + tr("(not delivered)");
        else if (message.isOwn() && message.delivery == DeliveryState::Queued)
            text += u' ' + tr("(not sent yet)");
        return text;
    };

    QString out;
    if (format == Format::PlainText) {
        if (!title.isEmpty())
            out += title + u"\n\n"_s;
        for (const ChatMessage &message : messages) {
            QString text = textOf(message);
            // Keeps one message per "[time] Sender:" line even when the text has line breaks
            // (every kind of them is LF by now): further lines are indented, so none can pass for
            // a message of its own.
            text.replace(u'\n', u"\n    "_s);
            out += u'[' + timeText(message) + u"] "_s + senderOf(message) + u": "_s + text + u'\n';
        }
        return out;
    }

    // Everything that came from a person or the server goes through toHtmlEscaped: a transcript
    // opened in a browser must not run or render anything an agent, bot or customer typed.
    out += u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s +
           title.toHtmlEscaped() + u"</title>\n"_s +
           u"<style>\n"
           "body { font-family: sans-serif; max-width: 50em; margin: 1em auto; }\n"
           ".message { margin: 0.6em 0; }\n"
           ".meta { font-size: smaller; opacity: 0.7; }\n"
           ".sender { font-weight: bold; }\n"
           ".content { white-space: pre-wrap; overflow-wrap: anywhere; }\n"
           ".customer { text-align: end; }\n"
           ".system { font-style: italic; }\n"
           "</style>\n</head>\n<body>\n"_s;
    if (!title.isEmpty())
        out += u"<h1>"_s + title.toHtmlEscaped() + u"</h1>\n"_s;
    for (const ChatMessage &message : messages) {
        const QString datetime = message.timestamp.isValid()
                                     ? message.timestamp.toUTC().toString(Qt::ISODateWithMs)
                                     : QString();
        out += u"<div class=\"message "_s + cssClass(message.source) + u"\">\n"_s +
               u"<div class=\"meta\"><span class=\"sender\">"_s +
               senderOf(message).toHtmlEscaped() + u"</span> <time datetime=\""_s +
               datetime.toHtmlEscaped() + u"\">"_s + timeText(message).toHtmlEscaped() +
               u"</time></div>\n"_s + u"<div class=\"content\">"_s +
               textOf(message).toHtmlEscaped() + u"</div>\n</div>\n"_s;
    }
    out += u"</body>\n</html>\n"_s;
    return out;
}

bool TranscriptExporter::write(const QList<ChatMessage> &messages, const QString &fileName,
                               const QString &title, QString *error)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(render(messages, formatForFileName(fileName), title).toUtf8());
        if (file.commit())
            return true;
    }
    if (error) {
        *error = tr("Cannot write the transcript to %1: %2")
                     .arg(QDir::toNativeSeparators(fileName), file.errorString());
    }
    return false;
}

} // namespace cec
