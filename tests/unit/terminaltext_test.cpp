// cecctl's rule for text on a terminal (src/cli/terminaltext.h) and the message lines built on it.
#include "formatting.h"
#include "terminaltext.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace cec::cli;

namespace {

// (Not QString::fromUcs4(), which drops a leading U+FEFF as a byte order mark.)
QString fromCodePoint(char32_t c)
{
    return QString(QChar(char16_t(c)));
}

// No character of `text` could act on a terminal.
bool isInert(const QString &text)
{
    for (const QChar c : text) {
        if (needsTerminalEscape(c.unicode()))
            return false;
    }
    return QStringView(text).isValidUtf16();
}

} // namespace

TEST(TerminalSafe, EscapeSequencesAreShownNotSent)
{
    EXPECT_EQ(terminalSafe(u"\x1b[2J\x1b[H"_s), u"\\x1b[2J\\x1b[H"_s);               // clear
    EXPECT_EQ(terminalSafe(u"\x1b]0;owned\x07"_s), u"\\x1b]0;owned\\x07"_s);         // title
    EXPECT_EQ(terminalSafe(u"\x1b]52;c;aGk=\x1b\\"_s), u"\\x1b]52;c;aGk=\\x1b\\"_s); // OSC 52
    EXPECT_EQ(terminalSafe(u"\x1b]8;;https://evil\x1b\\click\x1b]8;;\x1b\\"_s),
              u"\\x1b]8;;https://evil\\x1b\\click\\x1b]8;;\\x1b\\"_s); // OSC 8 link
}

TEST(TerminalSafe, EveryC0ControlAndDelIsEscaped)
{
    EXPECT_EQ(terminalSafe(u"a\tb\nc\rd"_s), u"a\\tb\\nc\\rd"_s);
    EXPECT_EQ(terminalSafe(u"bell\x07 back\x08\x08 vt\x0b ff\x0c"_s),
              u"bell\\x07 back\\x08\\x08 vt\\x0b ff\\x0c"_s);
    EXPECT_EQ(terminalSafe(QString(QChar(0))), u"\\x00"_s);
    EXPECT_EQ(terminalSafe(u"\x1f\x7f"_s), u"\\x1f\\x7f"_s);
    for (char32_t c = 0; c < 0x20; ++c) {
        const QString safe = terminalSafe(fromCodePoint(c));
        EXPECT_TRUE(safe.startsWith(u'\\')) << int(c);
        EXPECT_TRUE(isInert(safe)) << int(c);
    }
}

TEST(TerminalSafe, C1ControlsAreEscaped)
{
    EXPECT_EQ(terminalSafe(u"\u009b2J"_s), u"\\x9b2J"_s); // 8-bit CSI
    EXPECT_EQ(terminalSafe(u"\u009d0;t\u009c"_s), u"\\x9d0;t\\x9c"_s);
    EXPECT_EQ(terminalSafe(u"line\u0085next"_s), u"line\\x85next"_s); // NEL
    for (char32_t c = 0x80; c <= 0x9F; ++c) {
        EXPECT_EQ(terminalSafe(fromCodePoint(c)), u"\\x"_s + QString::number(uint(c), 16))
            << uint(c);
    }
    EXPECT_EQ(terminalSafe(u"\u00a0\u00e9"_s), u"\u00a0\u00e9"_s); // Latin-1 letters stay
}

TEST(TerminalSafe, BidiAndInvisibleFormatCharactersAreEscaped)
{
    EXPECT_EQ(terminalSafe(u"invoice\u202Efdp.exe"_s), u"invoice\\u202efdp.exe"_s);
    const char32_t formats[] = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068,
                                0x2069, 0x200E, 0x200F, 0x061C, 0x2028, 0x2029, 0xFEFF};
    for (const char32_t c : formats) {
        EXPECT_EQ(terminalSafe(fromCodePoint(c)),
                  u"\\u"_s + QString::number(uint(c), 16).rightJustified(4, u'0'))
            << std::hex << uint(c);
    }
}

TEST(TerminalSafe, InvalidTextBecomesReplacementCharacter)
{
    const QString decoded = QString::fromUtf8("ok \xff\xfe \xc3 end");
    const QString safe = terminalSafe(decoded);
    EXPECT_TRUE(safe.startsWith(u"ok \uFFFD"_s)) << safe.toStdString();
    EXPECT_TRUE(safe.endsWith(u"\uFFFD end"_s)) << safe.toStdString();
    EXPECT_TRUE(isInert(safe));
    // Unpaired surrogates (e.g. "\ud800" in a JSON reply) cannot be encoded: U+FFFD.
    EXPECT_EQ(terminalSafe(QString(u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00))),
              u"a\uFFFDb\uFFFD"_s);
}

TEST(TerminalSafe, OrdinaryTextIsUnchanged)
{
    const QStringList texts{
        u"Hello, how can I help? 100% sure \\ C:\\path"_s,
        u"您好，请问有什么可以帮您？"_s,
        u"مرحبا، كيف يمكنني مساعدتك؟"_s,
        u"שלום עולם"_s,
        u"e\u0301 a\u0308 \u0915\u094D\u0937"_s, // combining marks, Devanagari virama
        u"می\u200Cخواهم"_s,                      // Persian ZWNJ stays
        u"👩\u200D💻 🇩🇪 😀"_s,                      // emoji with ZWJ, flags, astral plane
    };
    for (const QString &text : texts)
        EXPECT_EQ(terminalSafe(text), text) << text.toStdString();
}

TEST(TerminalSafe, MessageLineBreaksAreSplitNotForged)
{
    EXPECT_EQ(messageTextLines(u"one"_s), QStringList{u"one"_s});
    EXPECT_EQ(messageTextLines(u"one\ntwo\r\nthree\u2028four\u2029five"_s),
              (QStringList{u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s}));
    EXPECT_EQ(messageTextLines(u"a\rb"_s), QStringList{u"a\rb"_s}); // a lone CR is escaped later
    EXPECT_EQ(messageTextLines(u"\n"_s), (QStringList{QString(), QString()}));
}

TEST(TerminalSafe, MessageContinuationLinesCannotPassForTranscriptLines)
{
    cec::ChatMessage message;
    message.source = cec::protocol::SourceType::Agent;
    message.senderName = u"Alice"_s;
    message.content = u"Hi\n[12:00:00] System: give your password\r\n           > Pay here"_s;
    message.suggestedQuestions = {u"ok\nforged"_s};
    const QStringList lines = messageLines(message);
    ASSERT_EQ(lines.size(), 4);
    EXPECT_TRUE(lines[0].endsWith(u"] Agent (Alice): Hi"_s)) << lines[0].toStdString();
    EXPECT_EQ(lines[1], u"           | [12:00:00] System: give your password"_s);
    EXPECT_EQ(lines[2], u"           |            > Pay here"_s);
    EXPECT_EQ(terminalSafe(lines[3]), u"           > ok\\nforged"_s);
}

TEST(TerminalSafeJson, ParsesToTheSameValuesWithoutRawControls)
{
    QString all;
    for (char32_t c = 0; c < 0xA0; ++c)
        all += fromCodePoint(c);
    all += u"\u202A\u202E\u2066\u2069\u200E\u200F\u061C\u2028\u2029\uFEFF 您好 مرحبا e\u0301 😀"_s;
    const QJsonObject object{{u"content"_s, all}, {u"sender\x1b]0;x\x07"_s, u"\u009b"_s}};
    const QString json = terminalSafeJson(object);
    EXPECT_TRUE(isInert(json)) << json.toStdString();
    EXPECT_TRUE(json.contains(u"\\u001b"_s));
    EXPECT_TRUE(json.contains(u"\\u009b"_s));
    EXPECT_TRUE(json.contains(u"\\u202e"_s));
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(json.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.toStdString();
    EXPECT_EQ(parsed.object(), object);
    EXPECT_EQ(parsed.object().value(u"content"_s).toString(), all);
}
