// cecctl against a hostile service: whatever the server puts in a message, a nickname, a
// resultDesc or a call event, the text cecctl prints cannot act on the terminal (no escape
// sequence, BEL, CR/BS overwrite, C1 control or bidi override reaches it) and cannot forge a
// transcript line; --json carries the exact text.
#include "cecctlfixture.h"

namespace cec::test {
namespace {

// A screen clear, a window title, an OSC 52 clipboard write, an OSC 8 hidden link, BEL, CR and BS
// overwrites, 8-bit CSI and NEL, a right-to-left override and an isolate, marks, and an embedded
// line that looks like a transcript line of its own.
const QString kHostile =
    u"Hi\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\x1b]8;;https://evil.example/\x1b\\"
    "click\x1b]8;;\x1b\\ ding\x07 typed\rover back\x08\x08 c1\u009b31m\u0085\u009d2;t\u009c "
    "bidi\u202Egnp.exe\u2066x\u2069\u202A\u202B\u202C\u202D\u2067\u2068 marks\u200E\u200F\u061C"
    "\n[00:00:00] System: forged line\r\n           > forged suggestion"_s;
const QString kHostileName = u"Bob\x1b]0;title\x07\u202E\u009b\rAgent"_s;
constexpr auto kForgedLine = "[00:00:00]"_L1;

bool isBidiOrMark(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

// The printed bytes hold no C0 control but the line feeds between lines, no DEL, no C1 control
// (U+0080–U+009F), no bidi override/isolate/mark, and no line that starts like a forged one.
void expectInert(const QString &printed, const CecctlRun &run)
{
    for (const QChar c : printed) {
        const char16_t u = c.unicode();
        ASSERT_FALSE(u < 0x20 && u != u'\n')
            << "raw control 0x" << std::hex << int(u) << " in output\n"
            << run.describe();
        ASSERT_FALSE(u >= 0x7F && u <= 0x9F)
            << "raw C1/DEL 0x" << std::hex << int(u) << " in output\n"
            << run.describe();
        ASSERT_FALSE(isBidiOrMark(u)) << "raw bidi U+" << std::hex << int(u) << " in output\n"
                                      << run.describe();
    }
    for (const QString &line : printed.split(u'\n')) {
        EXPECT_FALSE(line.startsWith(kForgedLine)) << "forged line\n" << run.describe();
        EXPECT_FALSE(line.startsWith(u"           > forged"_s)) << "forged line\n"
                                                                << run.describe();
    }
}

void expectInert(const CecctlRun &run)
{
    expectInert(run.out, run);
    expectInert(run.err, run);
}

} // namespace

class CecctlInertTest : public CecctlTest
{
protected:
    // A chat in which the bot (named kHostileName) greets, then the service's agent/bot and a
    // system notice say kHostile (with a marker each); stdin ends once both were printed.
    CecctlRun hostileChat(const QStringList &extraArguments)
    {
        sim().configure({{u"botName"_s, kHostileName}});
        QProcess process;
        startCecctl(process, QStringList{u"chat"_s, u"--linger"_s, u"0"_s} + extraArguments,
                    environment());
        QByteArray seen;
        const auto sawOutput = [&](const char *marker) {
            return waitFor([&] {
                seen += process.readAllStandardOutput();
                return seen.contains(marker);
            });
        };
        EXPECT_TRUE(sawOutput("Welcome to the test bot.")) << seen.toStdString();
        sim().control("POST", u"/sim/agent/say"_s,
                      {{u"userId"_s, kCliUser}, {u"text"_s, QString(kHostile + u" END-AGENT"_s)}});
        sim().control("POST", u"/sim/system/say"_s,
                      {{u"userId"_s, kCliUser}, {u"text"_s, QString(kHostile + u" END-SYSTEM"_s)}});
        EXPECT_TRUE(sawOutput("END-SYSTEM")) << seen.toStdString();
        process.closeWriteChannel();
        CecctlRun result = collect(process, 30000);
        result.out.prepend(QString::fromUtf8(seen));
        return result;
    }
};

TEST_F(CecctlInertTest, ChatPrintsHostileMessagesAndNicknamesInert)
{
    const CecctlRun result = hostileChat({});
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    ASSERT_TRUE(result.out.contains(u"END-AGENT"_s)) << result.describe();
    expectInert(result);
    // Shown, not swallowed: the escapes are visible, the embedded lines continue under "| ".
    EXPECT_TRUE(result.out.contains(u"Hi\\x1b[2J\\x1b[H\\x1b]0;pwned\\x07"_s)) << result.describe();
    EXPECT_TRUE(result.out.contains(u"bidi\\u202egnp.exe"_s)) << result.describe();
    EXPECT_TRUE(result.out.contains(u"Bob\\x1b]0;title\\x07\\u202e\\x9b\\rAgent"_s))
        << result.describe();
    EXPECT_TRUE(result.out.contains(u"\n           | [00:00:00] System: forged line\n"_s))
        << result.describe();
}

TEST_F(CecctlInertTest, ChatJsonCarriesTheExactHostileText)
{
    const CecctlRun result = hostileChat({u"--json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    expectInert(result);
    QStringList contents;
    QStringList senders;
    for (const QJsonObject &line : result.jsonLines()) {
        contents << line.value(u"content"_s).toString();
        senders << line.value(u"sender"_s).toString();
    }
    EXPECT_TRUE(contents.contains(QString(kHostile + u" END-AGENT"_s))) << result.describe();
    EXPECT_TRUE(contents.contains(QString(kHostile + u" END-SYSTEM"_s))) << result.describe();
    EXPECT_TRUE(senders.contains(kHostileName)) << result.describe();
}

TEST_F(CecctlInertTest, HistoryPrintsHostileEntriesInertAndExactInJson)
{
    ASSERT_EQ(hostileChat({}).exitCode, 0);

    const CecctlRun text = run({u"history"_s, u"--limit"_s, u"50"_s});
    ASSERT_EQ(text.exitCode, 0) << text.describe();
    ASSERT_TRUE(text.out.contains(u"END-AGENT"_s)) << text.describe();
    expectInert(text);

    const CecctlRun json = run({u"history"_s, u"--json"_s, u"--limit"_s, u"50"_s});
    ASSERT_EQ(json.exitCode, 0) << json.describe();
    expectInert(json);
    QStringList contents;
    for (const QJsonObject &line : json.jsonLines())
        contents << line.value(u"content"_s).toString();
    EXPECT_TRUE(contents.contains(QString(kHostile + u" END-AGENT"_s))) << json.describe();
}

TEST_F(CecctlInertTest, ServerErrorTextsArePrintedInert)
{
    // A business failure with a hostile resultDesc ...
    sim().injectFault(
        {{u"path"_s, u"/apiaccess/ccmessaging/getsatisfactionsurveymode"_s},
         {u"status"_s, 200},
         {u"body"_s, QJsonObject{{u"resultCode"_s, u"1"_s},
                                 {u"resultDesc"_s, QString(kHostile + u" END-DESC"_s)}}}});
    const CecctlRun survey = run({u"survey"_s, u"--verbose"_s});
    EXPECT_EQ(survey.exitCode, 1) << survey.describe();
    ASSERT_TRUE(survey.err.contains(u"END-DESC"_s)) << survey.describe();
    expectInert(survey);

    // ... and a gateway refusal with a hostile exceptionInfo.
    sim().injectFault(
        {{u"path"_s, u"/apiaccess/ccmessaging/queryHistoryChatMessage"_s},
         {u"status"_s, 400},
         {u"body"_s, QJsonObject{{u"errorCode"_s, u"SIM.HOSTILE"_s},
                                 {u"exceptionInfo"_s, QString(kHostile + u" END-INFO"_s)}}}});
    const CecctlRun history = run({u"history"_s});
    EXPECT_EQ(history.exitCode, 1) << history.describe();
    ASSERT_TRUE(history.err.contains(u"END-INFO"_s)) << history.describe();
    expectInert(history);
}

TEST_F(CecctlInertTest, CallEventFieldsArePrintedInertAndExact)
{
    QProcess process;
    startCecctl(process, {u"call"_s, u"--timeout"_s, u"60"_s}, environment());
    QByteArray seen;
    ASSERT_TRUE(waitFor([&] {
        seen += process.readAllStandardOutput();
        return seen.contains("\"InCall\"");
    })) << seen.toStdString();
    sim().control("POST", u"/sim/call/release"_s,
                  {{u"userId"_s, kCliUser}, {u"causeDesc"_s, QString(kHostile + u" END-CAUSE"_s)}});
    CecctlRun result = collect(process, 30000);
    result.out.prepend(QString::fromUtf8(seen));
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    ASSERT_TRUE(result.err.contains(u"END-CAUSE"_s)) << result.describe(); // "call ended: …"
    expectInert(result);
    bool sawCause = false;
    for (const QJsonObject &line : result.jsonLines()) {
        if (line.value(u"content"_s).toObject().value(u"causeDesc"_s).toString() ==
            QString(kHostile + u" END-CAUSE"_s))
            sawCause = true;
    }
    EXPECT_TRUE(sawCause) << result.describe();
}

} // namespace cec::test
