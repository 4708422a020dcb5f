// TranscriptExporter: HTML that never renders or runs what someone typed, and the plain-text form.
#include "transcriptexporter_p.h"

#include "waitfor.h" // also: readable QString failures

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using cec::ChatMessage;
using cec::DeliveryState;
using cec::TranscriptExporter;
using Format = cec::TranscriptExporter::Format;
using cec::protocol::MediaType;
using cec::protocol::SourceType;

namespace {

QDateTime localTime(int hour, int minute)
{
    return QDateTime(QDate(2026, 3, 14), QTime(hour, minute, 27, 500), Qt::LocalTime);
}

ChatMessage message(SourceType source, const QString &sender, const QString &content,
                    const QDateTime &when)
{
    ChatMessage m;
    m.id = QString::number(when.toMSecsSinceEpoch());
    m.source = source;
    m.senderName = sender;
    m.content = content;
    m.timestamp = when;
    return m;
}

QList<ChatMessage> conversation()
{
    ChatMessage file =
        message(SourceType::Customer, u"Sam"_s, u"a.txt,3,obj-1,txt"_s, localTime(9, 3));
    file.mediaType = MediaType::File;
    file.fileName = u"invoice <march>.txt"_s;
    ChatMessage image = message(SourceType::Agent, u"Alice"_s, u"obj-2"_s, localTime(9, 4));
    image.mediaType = MediaType::Image;
    ChatMessage failed = message(SourceType::Customer, {}, u"are you there?"_s, localTime(9, 5));
    failed.delivery = DeliveryState::Failed;
    return {
        message(SourceType::Robot, u"CEC Assistant"_s, u"Hello! How can I help?"_s,
                localTime(9, 1)),
        message(SourceType::Agent, u"Alice <i>"_s,
                u"<script>alert('x')</script> and <b>bold</b> & \"quotes\"\nsecond line"_s,
                localTime(9, 2)),
        file,
        image,
        failed,
    };
}

TEST(TranscriptExporter, FormatFollowsTheExtension)
{
    EXPECT_EQ(TranscriptExporter::formatForFileName(u"/tmp/chat.html"_s), Format::Html);
    EXPECT_EQ(TranscriptExporter::formatForFileName(u"chat.HTM"_s), Format::Html);
    EXPECT_EQ(TranscriptExporter::formatForFileName(u"C:/x/chat.Html"_s), Format::Html);
    EXPECT_EQ(TranscriptExporter::formatForFileName(u"chat.txt"_s), Format::PlainText);
    EXPECT_EQ(TranscriptExporter::formatForFileName(u"chat"_s), Format::PlainText);
    EXPECT_EQ(TranscriptExporter::formatForFileName(u"html"_s), Format::PlainText);
    EXPECT_EQ(TranscriptExporter::formatForFileName(u"chat.html.txt"_s), Format::PlainText);
}

TEST(TranscriptExporter, HtmlEscapesEverythingTyped)
{
    const QString html =
        TranscriptExporter::render(conversation(), Format::Html, u"Chat <with> us"_s);
    EXPECT_TRUE(html.contains(u"<meta charset=\"utf-8\">"_s));
    EXPECT_TRUE(html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt;"_s));
    EXPECT_TRUE(html.contains(u"&lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot;"_s));
    EXPECT_FALSE(html.contains(u"<script"_s));
    EXPECT_FALSE(html.contains(u"<b>"_s));
    EXPECT_FALSE(html.contains(u"<i>"_s));
    EXPECT_TRUE(html.contains(u"Alice &lt;i&gt;"_s));
    EXPECT_TRUE(html.contains(u"<title>Chat &lt;with&gt; us</title>"_s));
    EXPECT_TRUE(html.contains(u"[file] invoice &lt;march&gt;.txt"_s));
    EXPECT_TRUE(html.contains(u"2026-03-14 09:02"_s));

    // What a reader sees is exactly what was typed.
    QTextDocument document;
    document.setHtml(html);
    const QString shown = document.toPlainText();
    EXPECT_TRUE(shown.contains(u"<script>alert('x')</script> and <b>bold</b> & \"quotes\""_s));
    EXPECT_TRUE(shown.contains(u"Alice <i>"_s));
    EXPECT_TRUE(shown.contains(u"Hello! How can I help?"_s));
}

TEST(TranscriptExporter, PlainTextIsOneLinePerMessage)
{
    const QString text = TranscriptExporter::render(conversation(), Format::PlainText, u"Chat"_s);
    const QStringList lines = text.split(u'\n');
    ASSERT_GE(lines.size(), 8);
    EXPECT_EQ(lines.at(0), u"Chat"_s);
    EXPECT_EQ(lines.at(1), QString());
    EXPECT_EQ(lines.at(2), u"[2026-03-14 09:01] CEC Assistant: Hello! How can I help?"_s);
    EXPECT_EQ(lines.at(3),
              u"[2026-03-14 09:02] Alice <i>: <script>alert('x')</script> and <b>bold</b> & "
              "\"quotes\""_s);
    EXPECT_EQ(lines.at(4), u"    second line"_s);
    EXPECT_EQ(lines.at(5), u"[2026-03-14 09:03] Sam: [file] invoice <march>.txt"_s);
    EXPECT_EQ(lines.at(6), u"[2026-03-14 09:04] Alice: [image] obj-2"_s);
    EXPECT_EQ(lines.at(7), u"[2026-03-14 09:05] You: are you there? (not delivered)"_s);
}

TEST(TranscriptExporter, WritesUtf8ByExtension)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QList<ChatMessage> messages = conversation();
    messages.append(message(SourceType::Agent, u"李雷"_s, u"你好 👋 مرحبا"_s, localTime(9, 6)));

    const QString htmlPath = dir.filePath(u"chat.html"_s);
    QString error;
    ASSERT_TRUE(TranscriptExporter::write(messages, htmlPath, u"Chat"_s, &error))
        << error.toStdString();
    QFile html(htmlPath);
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QString htmlText = QString::fromUtf8(html.readAll());
    EXPECT_TRUE(htmlText.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(htmlText.contains(u"你好 👋 مرحبا"_s));

    const QString textPath = dir.filePath(u"chat.txt"_s);
    ASSERT_TRUE(TranscriptExporter::write(messages, textPath, {}, &error)) << error.toStdString();
    QFile plain(textPath);
    ASSERT_TRUE(plain.open(QIODevice::ReadOnly));
    const QString plainText = QString::fromUtf8(plain.readAll());
    EXPECT_TRUE(plainText.startsWith(u"[2026-03-14 09:01] CEC Assistant: "_s));
    EXPECT_TRUE(plainText.contains(u"[2026-03-14 09:06] 李雷: 你好 👋 مرحبا\n"_s));
    EXPECT_FALSE(plainText.contains(u"<!DOCTYPE"_s));
}

TEST(TranscriptExporter, UnwritablePathGivesAClearError)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"missing-folder/chat.txt"_s);
    QString error;
    EXPECT_FALSE(TranscriptExporter::write(conversation(), path, {}, &error));
    EXPECT_TRUE(error.startsWith(u"Cannot write the transcript to "_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
