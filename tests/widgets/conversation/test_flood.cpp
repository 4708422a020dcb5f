// A flood of agent messages: the widget holds a bounded window of them in memory, archives the
// rest on disk, brings older ones back when the user scrolls to the top, and loses none
// (docs/security.md, "Hostile content").
#include "chatsession.h"
#include "chatwidget.h"
#include "chatwidgetconfig_p.h"
#include "chatwidgettesting_p.h"
#include "conversationmodel_p.h"  // role numbers only
#include "conversationwindow_p.h" // the window's bounds only
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QListView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace cec::test {
namespace {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Role = ConversationModel::Role;

const QString kUser = u"flood-user"_s;
// About 330 messages a second: each poll (every 100 ms) brings far fewer than the 200 a reply may
// carry (docs/security.md) even on a slow machine under ASan, so none is cut off at the client.
constexpr int kFloodIntervalMs = 3;

class FloodTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_sim.start(&error)) << error.toStdString();
        ASSERT_TRUE(m_storage.isValid());
        makeWidget();
        ASSERT_TRUE(waitFor([&] { return messagesShown() > 0; })); // the bot's greeting
    }

    // A started widget on this test's simulator and storage folder.
    void makeWidget()
    {
        ChatWidgetConfig config;
        auto &data = ChatWidgetConfigPrivate::get(config);
        data.client = m_sim.clientConfig(kUser);
        data.session.pollInterval = 100ms;
        data.session.minBackoff = 100ms;
        data.session.maxBackoff = 400ms;
        data.storageDirectory = m_storage.path();
        data.notifications = false;
        data.sounds = false;
        m_widget = std::make_unique<ChatWidget>(config);
        m_widget->resize(480, 640);
        m_widget->show();
        m_widget->start();
    }

    QListView *list() const { return m_widget->findChild<QListView *>(u"messageList"_s); }
    QAbstractItemModel *model() const { return list()->model(); }

    int messagesShown() const
    {
        int n = 0;
        for (int i = 0; i < model()->rowCount(); ++i)
            n += model()->index(i, 0).data(Role::IdRole).toString().isEmpty() ? 0 : 1;
        return n;
    }
    // The number N of the first and last "flood N" shown (0 when none).
    std::pair<int, int> floodRange() const
    {
        int first = 0;
        int last = 0;
        for (int i = 0; i < model()->rowCount(); ++i) {
            const QString text = model()->index(i, 0).data(Qt::DisplayRole).toString();
            if (!text.startsWith(u"flood "_s))
                continue;
            const int n = text.mid(6).toInt();
            if (first == 0)
                first = n;
            last = n;
        }
        return {first, last};
    }
    QModelIndex rowOf(int n) const
    {
        for (int i = 0; i < model()->rowCount(); ++i) {
            const QModelIndex index = model()->index(i, 0);
            if (index.data(Qt::DisplayRole).toString() == u"flood %1"_s.arg(n))
                return index;
        }
        return {};
    }
    QStringList archiveFiles() const
    {
        return QDir(m_storage.path()).entryList({u"*.archive.jsonl"_s}, QDir::Files);
    }

    void flood(int count, int intervalMs)
    {
        const QJsonObject said = m_sim.control("POST", u"/sim/agent/say"_s,
                                               {{u"userId"_s, kUser},
                                                {u"text"_s, u"flood {n}"_s},
                                                {u"repeat"_s, count},
                                                {u"intervalMs"_s, intervalMs}});
        ASSERT_TRUE(said[u"ok"_s].toBool()) << QJsonDocument(said).toJson().toStdString();
    }

    SimulatorProcess m_sim;
    QTemporaryDir m_storage;
    std::unique_ptr<ChatWidget> m_widget;
};

TEST_F(FloodTest, TheViewKeepsABoundedWindowAndTheExportHasEveryMessageOnce)
{
    constexpr int kFlood = 2000;
    flood(kFlood, kFloodIntervalMs);
    ASSERT_TRUE(waitFor([&] { return floodRange().second == kFlood; }, 120000))
        << "last shown: " << floodRange().second;
    // Following the newest: the newest kShown..kShown+kTrimStep stay, contiguous.
    const auto [first, last] = floodRange();
    EXPECT_LE(messagesShown(), ConversationWindow::kShown + ConversationWindow::kTrimStep);
    EXPECT_EQ(last - first + 1, messagesShown() - (first > 1 ? 0 : 1));
    EXPECT_GT(first, 1) << "nothing was moved out of memory";
    EXPECT_LE(chatSessionOf(*m_widget).messages().size(), 1000 + 1000 / 4 + 1);
    EXPECT_EQ(archiveFiles().size(), 1);

    // The export has the whole conversation, each message once and in order.
    const QString exported = m_storage.filePath(u"transcript.txt"_s);
    QString error;
    ASSERT_TRUE(m_widget->exportTranscript(exported, &error)) << error.toStdString();
    QFile file(exported);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression numbered(u"flood (\\d+)$"_s,
                                             QRegularExpression::MultilineOption);
    int expected = 1;
    auto matches = numbered.globalMatch(text);
    while (matches.hasNext()) {
        const int n = matches.next().captured(1).toInt();
        ASSERT_EQ(n, expected) << "out of order or doubled";
        ++expected;
    }
    EXPECT_EQ(expected - 1, kFlood);
}

TEST_F(FloodTest, ScrollingToTheTopBringsOlderMessagesBackWithoutMovingTheView)
{
    constexpr int kFlood = 1500;
    flood(kFlood, kFloodIntervalMs);
    ASSERT_TRUE(waitFor([&] { return floodRange().second == kFlood; }, 120000));
    const int firstBefore = floodRange().first;
    ASSERT_GT(firstBefore, 1);
    const int shownBefore = messagesShown();

    QScrollBar *bar = list()->verticalScrollBar();
    ASSERT_TRUE(waitFor([&] { return bar->maximum() > 0; }));
    bar->setValue(bar->minimum()); // as the user dragging to the top
    ASSERT_TRUE(waitFor([&] { return floodRange().first < firstBefore; }));
    const int firstAfter = floodRange().first;
    EXPECT_EQ(firstAfter, std::max(1, firstBefore - ConversationWindow::kPage));
    EXPECT_EQ(messagesShown(), shownBefore + (firstBefore - firstAfter));
    // What was at the top is still in view: the older page went in above it.
    const QRect kept = list()->visualRect(rowOf(firstBefore));
    EXPECT_TRUE(kept.intersects(list()->viewport()->rect()))
        << "flood " << firstBefore << " at " << kept.x() << "," << kept.y() << " " << kept.width()
        << "x" << kept.height() << ", scroll " << bar->value() << "/" << bar->maximum();
    EXPECT_FALSE(list()->visualRect(rowOf(firstAfter)).intersects(list()->viewport()->rect()));

    // Back at the bottom, the next message trims the window again.
    list()->scrollToBottom();
    ASSERT_TRUE(waitFor([&] { return bar->value() == bar->maximum(); }));
    flood(ConversationWindow::kTrimStep + 1, kFloodIntervalMs);
    ASSERT_TRUE(waitFor([&] { return floodRange().first > firstBefore; }))
        << "first shown: " << floodRange().first;
    EXPECT_LE(messagesShown(), ConversationWindow::kShown + ConversationWindow::kTrimStep);
}

TEST_F(FloodTest, TheArchiveIsRemovedWithTheWidget)
{
    flood(ConversationWindow::kShown + ConversationWindow::kTrimStep + 50, kFloodIntervalMs);
    ASSERT_TRUE(waitFor([&] { return floodRange().first > 1; }, 60000));
    ASSERT_EQ(archiveFiles().size(), 1);
    m_widget.reset();
    EXPECT_TRUE(archiveFiles().isEmpty()) << archiveFiles().join(u' ').toStdString();
}

// Opening a long conversation again (what bench_conversationmodel's BM_OpenStored50k times):
// restore shows the newest saved messages at once, before the service answers, and the first
// layout scrolls to the newest one.
TEST_F(FloodTest, ReopeningALongConversationShowsItsNewestMessageAtTheBottom)
{
    constexpr int kFlood = ConversationWindow::kShown + ConversationWindow::kTrimStep + 50;
    flood(kFlood, kFloodIntervalMs);
    ASSERT_TRUE(waitFor([&] { return floodRange().second == kFlood; }, 60000));
    ASSERT_GT(floodRange().first, 1) << "nothing was archived";
    m_widget.reset(); // saves the newest messages; the archive goes

    makeWidget();
    // Restored in start(), not from the service's history.
    EXPECT_EQ(floodRange().second, kFlood);
    EXPECT_LT(floodRange().first, kFlood);
    QScrollBar *bar = list()->verticalScrollBar();
    EXPECT_TRUE(waitFor([&] {
        return bar->maximum() > 0 && bar->value() == bar->maximum() &&
               list()->visualRect(rowOf(kFlood)).intersects(list()->viewport()->rect());
    })) << "scroll "
        << bar->value() << "/" << bar->maximum();
}

} // namespace
} // namespace cec::test
