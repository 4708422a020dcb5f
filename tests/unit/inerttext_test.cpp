// The widget's rule for text from the other side (src/core/inerttext.h).
#include "inerttext.h"

#include <QList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using cec::inertLine;
using cec::inertText;

namespace {

// No character of `text` is a control other than LF/TAB, no bidi control closes what it did not
// open or is left open at a line's end (pairs as UAX #9 BD9 has them: a PDI closes its isolate and
// everything opened inside it), and the text is valid UTF-16.
bool isInert(const QString &text)
{
    QList<bool> open; // true: isolate
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (cec::isControlCharacter(u) && u != u'\n' && u != u'\t')
            return false;
        if (u == 0x2028 || u == 0x2029 || (u == u'\n' && !open.isEmpty()))
            return false;
        if ((u >= 0x202A && u <= 0x202B) || (u >= 0x202D && u <= 0x202E))
            open.append(false);
        if (u >= 0x2066 && u <= 0x2068)
            open.append(true);
        if (u == 0x202C) {
            if (open.isEmpty() || open.constLast())
                return false;
            open.removeLast();
        }
        if (u == 0x2069) {
            const qsizetype isolate = open.lastIndexOf(true);
            if (isolate < 0)
                return false;
            open.resize(isolate);
        }
    }
    return open.isEmpty() && QStringView(text).isValidUtf16();
}

} // namespace

TEST(InertText, OrdinaryTextIsUnchanged)
{
    for (const QString &text :
         {u"Hello, world"_s, u"ما هي ساعات العمل؟"_s,
          u"e\u0301\u0302 👩‍👩‍👧 \u200Eok\u200F"_s, u"<b>bold</b> &amp; <script>"_s,
          u"tab\there\nnext line"_s, u"\u202Eabc\u202C and \u2067isolated\u2069"_s}) {
        EXPECT_EQ(inertText(text), text) << text.toStdString();
    }
}

TEST(InertText, ControlsBecomeVisiblePlaceholders)
{
    EXPECT_EQ(inertText(u"a\u001B[2Jb\u0007c\u0000d\u007Fe"_s),
              u"a\u241B[2Jb\u2407c\u2400d\u2421e"_s);
    EXPECT_EQ(inertText(u"x\u0085y\u009Bz"_s), u"x\uFFFDy\uFFFDz"_s); // NEL, CSI
    EXPECT_EQ(inertText(u"v\u000Bf\u000Cg"_s), u"v\u240Bf\u240Cg"_s); // VT, FF
}

TEST(InertText, EveryLineBreakBecomesLf)
{
    EXPECT_EQ(inertText(u"a\r\nb\rc\u2028d\u2029e\nf"_s), u"a\nb\nc\nd\ne\nf"_s);
}

TEST(InertText, BidiControlsAreClosedAtEachLineEndAndStrayClosersRemoved)
{
    // An override left open is closed before the line ends, and at the very end.
    EXPECT_EQ(inertText(u"\u202Eevil\nnext"_s), u"\u202Eevil\u202C\nnext"_s);
    EXPECT_EQ(inertText(u"a\u2067b\u202Dc"_s), u"a\u2067b\u202Dc\u202C\u2069"_s);
    // A closer that would end something outside the text is dropped.
    EXPECT_EQ(inertText(u"x\u202Cy\u2069z"_s), u"xyz"_s);
    // A PDF does not close an embedding across an isolate opened after it (UAX #9 X7) ...
    EXPECT_EQ(inertText(u"\u202B\u2066\u202C"_s), u"\u202B\u2066\u2069\u202C"_s);
    // ... and a PDI closes its isolate with everything opened inside it (X6a).
    EXPECT_EQ(inertText(u"\u2068\u202E\u2069tail"_s), u"\u2068\u202E\u2069tail"_s);
    for (const QString &text : {u"\u202E\u202E\u202E\u2066"_s, u"\u2069\u202C\u2069"_s,
                                u"\u2066\u202A\u2069\u202C\u202E\r\u202E"_s}) {
        EXPECT_TRUE(isInert(inertText(text))) << inertText(text).toStdString();
    }
}

TEST(InertText, UnpairedSurrogatesBecomeReplacementCharacters)
{
    QString broken = u"a"_s;
    broken += QChar(char16_t(0xD83D)); // high surrogate alone
    broken += u"b"_s;
    broken += QChar(char16_t(0xDE00)); // low surrogate alone
    EXPECT_EQ(inertText(broken), u"a\uFFFDb\uFFFD"_s);
    EXPECT_EQ(inertText(u"😀"_s), u"😀"_s);
}

TEST(InertLine, IsOneBoundedLine)
{
    EXPECT_EQ(inertLine(u"Alice\nBob\tEve\r\n"_s), u"Alice Bob Eve "_s);
    EXPECT_EQ(inertLine(u"abcdef"_s, 4), u"abc…"_s);
    EXPECT_EQ(inertLine(u"abc"_s, 3), u"abc"_s);
    // Never half a surrogate pair, and the overrides the cut left open are closed within the bound.
    EXPECT_EQ(inertLine(u"ab😀cd"_s, 4), u"ab…"_s);
    const QString overrides = inertLine(QString(QString(100, QChar(0x202E)) + u"x"_s), 10);
    EXPECT_LE(overrides.size(), 10);
    EXPECT_TRUE(isInert(overrides)) << overrides.toStdString();
    EXPECT_EQ(inertLine(QString(10'000, QChar(0x0301)), cec::kMaxNameLength).size(),
              cec::kMaxNameLength);
}
