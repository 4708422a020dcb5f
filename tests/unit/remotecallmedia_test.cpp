// RemoteCallMedia when its call host cannot do its job: missing, or gone at once. (The host itself
// is tested in tests/media; a call through it in tests/widgets/call.)
#include "callhostlog_p.h"
#include "remotecallmedia.h"
#include "waitfor.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using cec::RemoteCallMedia;
using cec::test::waitFor;

namespace {

void expectACallFailsWithTheComponentStopped(RemoteCallMedia &media)
{
    QSignalSpy errors(&media, &RemoteCallMedia::errorOccurred);
    QSignalSpy exited(&media, &RemoteCallMedia::hostExited);
    QSignalSpy failed(&media, &cec::CallMedia::failed);
    media.prepare();
    ASSERT_TRUE(waitFor([&] { return exited.size() == 1; }));
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).at(0).toString(), u"host-exited"_s);
    EXPECT_FALSE(media.isReady());
    EXPECT_EQ(media.hostProcessId(), 0);

    // A call asked for afterwards fails at once, in plain words, and hanging up still finishes.
    media.start({u"example.com"_s, {u"wss://example.com/ws"_s}, u"1001"_s, u"caller"_s},
                cec::protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([&] { return failed.size() == 1; }));
    EXPECT_EQ(failed.at(0).at(0).toString(), u"the call component stopped working"_s);
    QSignalSpy finished(&media, &cec::CallMedia::hangUpFinished);
    media.hangUp();
    EXPECT_EQ(finished.size(), 1);
}

TEST(RemoteCallMedia, AMissingHostProgramIsReportedAndACallFails)
{
    RemoteCallMedia media(u"/nonexistent/cec-call-host"_s);
    expectACallFailsWithTheComponentStopped(media);
}

TEST(RemoteCallMedia, AHostThatExitsWithoutConnectingIsReportedAndACallFails)
{
    RemoteCallMedia media(u"/bin/true"_s);
    expectACallFailsWithTheComponentStopped(media);
}

TEST(RemoteCallMedia, InvalidTonesAreRefusedWithoutStartingTheHost)
{
    RemoteCallMedia media(u"/nonexistent/cec-call-host"_s);
    QSignalSpy errors(&media, &RemoteCallMedia::errorOccurred);
    media.sendDtmf(u"12x"_s);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.at(0).at(0).toString(), u"dtmf-invalid"_s);
    EXPECT_EQ(media.hostProcessId(), 0);
}

} // namespace

namespace {

struct Captured
{
    QtMsgType type;
    QString category;
    QString text;
};
QList<Captured> g_captured;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_captured.append({type, QString::fromUtf8(context.category), text});
}

TEST(CallHostLog, LinesKeepTheirLevelAndCategoryAndAreMadeInert)
{
    g_captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    cec::CallHostLog::relay("warning\x1f"
                            "cec.media: the page failed");
    cec::CallHostLog::relay("info\x1f"
                            "cec.media.page: agent says \x1b]52;c;AAAA\x07");
    cec::CallHostLog::relay("[1:2:ERROR:bus.cc(398)] Failed to connect to the bus");
    qInstallMessageHandler(previous);
    ASSERT_EQ(g_captured.size(), 3);
    EXPECT_EQ(g_captured[0].type, QtWarningMsg);
    EXPECT_EQ(g_captured[0].category, u"cec.callhost"_s);
    EXPECT_EQ(g_captured[0].text, u"cec.media: the page failed"_s);
    EXPECT_EQ(g_captured[1].type, QtInfoMsg);
    EXPECT_FALSE(g_captured[1].text.contains(QChar(0x1b))); // no terminal escape gets through
    EXPECT_TRUE(g_captured[1].text.startsWith(u"cec.media.page: agent says "_s));
    EXPECT_EQ(g_captured[2].type, QtInfoMsg); // Chromium's own lines
    EXPECT_TRUE(g_captured[2].text.contains(u"Failed to connect"_s));
}

} // namespace
