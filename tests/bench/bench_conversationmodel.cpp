// The conversation view at scale: 50,000 messages appended (time per append and memory, to the
// model alone and the way the widget appends them, with the bounded window and its archive), a
// stored 50,000-message conversation opened the way the widget restores it (time to the first
// paint scrolled to the newest message, and memory), and the time to paint one screenful. Run with
// scripts/bench.sh or directly; the numbers are printed, never asserted.
#include "conversationarchive_p.h"
#include "conversationmodel_p.h"
#include "conversationstore_p.h"
#include "conversationwindow_p.h"
#include "messagedelegate_p.h"
#include "messagelistview_p.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <malloc.h>

#include <chrono>
#include <memory>

namespace {

using namespace Qt::StringLiterals;
using cec::ChatMessage;
using cec::ConversationModel;

constexpr int kMessages = 50'000;

// Proportional set size of this process in bytes (Rss where smaps_rollup is missing).
double pssBytes()
{
    QFile file(u"/proc/self/smaps_rollup"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    double rss = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 2)
            continue;
        if (fields.at(0) == "Pss:")
            return fields.at(1).toDouble() * 1024;
        if (fields.at(0) == "Rss:")
            rss = fields.at(1).toDouble() * 1024;
    }
    return rss;
}

// A fresh message, its strings not shared with anything (as if parsed from a poll reply).
ChatMessage makeMessage(int i, const QDateTime &start)
{
    static const QString texts[] = {
        u"Hello, I have a question about my order."_s,
        u"Sure, could you tell me the order number?"_s,
        u"It is 4711-0815. The parcel was supposed to arrive on Monday but the tracking page "
        "still says it is in the warehouse."_s,
        u"Thanks. See https://example.com/track?id=4711-0815 for the current status."_s,
        u"Ok"_s,
    };
    ChatMessage message;
    message.id = QString::number(0x10000000 + i, 16) + u"-6c1f-4a8e-9d2b-3f5c7a9e1b0d"_s;
    switch (i % 3) {
    case 0:
        message.source = cec::protocol::SourceType::Customer;
        message.senderName = QString::fromLatin1("Customer");
        break;
    case 1:
        message.source = cec::protocol::SourceType::Agent;
        message.senderName = QString::fromLatin1("Alice");
        break;
    default:
        message.source = cec::protocol::SourceType::Robot;
        message.senderName = QString::fromLatin1("CEC Assistant");
        break;
    }
    // A copy with its own buffer, like a parsed string.
    message.content = QString(texts[i % 5].constData(), texts[i % 5].size());
    message.timestamp = start.addSecs(i * 10);
    message.delivery = cec::DeliveryState::Sent;
    return message;
}

void BM_Append50k(benchmark::State &state)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-7);
    double perAppendUs = 0;
    double memoryMb = 0;
    for (auto _ : state) {
        malloc_trim(0);
        const double before = pssBytes();
        auto model = std::make_unique<ConversationModel>();
        std::chrono::nanoseconds total{0};
        for (int i = 0; i < kMessages; ++i) {
            ChatMessage message = makeMessage(i, start);
            const auto t0 = std::chrono::steady_clock::now();
            model->append(message);
            total += std::chrono::steady_clock::now() - t0;
        }
        const double after = pssBytes();
        benchmark::DoNotOptimize(model->rowCount());
        perAppendUs = std::chrono::duration<double, std::micro>(total).count() / kMessages;
        memoryMb = (after - before) / (1024.0 * 1024.0);
        state.SetIterationTime(std::chrono::duration<double>(total).count());
    }
    state.counters["append_us"] = perAppendUs;
    state.counters["memory_MB"] = memoryMb;
    state.counters["bytes_per_message"] = memoryMb * 1024 * 1024 / kMessages;
}
BENCHMARK(BM_Append50k)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

// The same appends with the conversation view attached and shown (rows laid out as they come).
void BM_Append50kWithView(benchmark::State &state)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-7);
    double perAppendUs = 0;
    for (auto _ : state) {
        ConversationModel model;
        cec::MessageDelegate delegate;
        cec::MessageListView view;
        view.setModel(&model);
        view.setMessageDelegate(&delegate);
        view.resize(420, 600);
        view.show();
        std::chrono::nanoseconds total{0};
        for (int i = 0; i < kMessages; ++i) {
            ChatMessage message = makeMessage(i, start);
            const auto t0 = std::chrono::steady_clock::now();
            model.append(message);
            total += std::chrono::steady_clock::now() - t0;
        }
        perAppendUs = std::chrono::duration<double, std::micro>(total).count() / kMessages;
        state.SetIterationTime(std::chrono::duration<double>(total).count());
    }
    state.counters["append_us"] = perAppendUs;
}
BENCHMARK(BM_Append50kWithView)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

// A model holding all 50,000 rows (the widget never does: it keeps a bounded window, see
// BM_OpenStored50k), laid out in one pass, then the newest screenful painted. Shows what one
// row's layout costs: about 1/50,000 of this.
void BM_LayoutAllRows50k(benchmark::State &state)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-7);
    ConversationModel model;
    for (int i = 0; i < kMessages; ++i)
        model.append(makeMessage(i, start));
    QImage image(420, 600, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        cec::MessageDelegate delegate;
        cec::MessageListView view;
        view.setModel(&model);
        view.setMessageDelegate(&delegate);
        view.resize(image.size());
        // One pass over all rows (the widget lays them out in batches between events).
        view.setLayoutMode(QListView::SinglePass);
        view.show();
        const auto t0 = std::chrono::steady_clock::now();
        view.doItemsLayout();
        view.scrollToBottom();
        view.render(&image);
        state.SetIterationTime(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
}
BENCHMARK(BM_LayoutAllRows50k)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);

// The appends the widget makes for 50,000 arriving messages: the view attached and shown, and
// after each one the bounded window trims the oldest rows into the archive file (ChatWidget's
// onMessageAdded). Time per append including the trims, and memory when done.
void BM_AppendWindowed50k(benchmark::State &state)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-7);
    QTemporaryDir dir;
    double perAppendUs = 0;
    double maxAppendUs = 0;
    double memoryMb = 0;
    for (auto _ : state) {
        malloc_trim(0);
        const double before = pssBytes();
        ConversationModel model;
        cec::MessageDelegate delegate;
        cec::MessageListView view;
        cec::ConversationArchive archive(dir.filePath(u"bench.archive.jsonl"_s));
        cec::ConversationWindow window(model, view, archive);
        view.setModel(&model);
        view.setMessageDelegate(&delegate);
        view.resize(420, 600);
        view.show();
        std::chrono::nanoseconds total{0};
        std::chrono::nanoseconds slowest{0};
        for (int i = 0; i < kMessages; ++i) {
            ChatMessage message = makeMessage(i, start);
            const auto t0 = std::chrono::steady_clock::now();
            model.append(message);
            window.messagesAdded();
            const auto took = std::chrono::steady_clock::now() - t0;
            total += took;
            slowest = std::max(slowest, took);
            if (i % 1000 == 0)
                QCoreApplication::processEvents(); // the view lays out as it would between polls
        }
        QCoreApplication::processEvents();
        const double after = pssBytes();
        perAppendUs = std::chrono::duration<double, std::micro>(total).count() / kMessages;
        maxAppendUs = std::chrono::duration<double, std::micro>(slowest).count();
        memoryMb = (after - before) / (1024.0 * 1024.0);
        state.SetIterationTime(std::chrono::duration<double>(total).count());
        state.counters["shown"] = model.messageCount();
        state.counters["archived"] = archive.size();
    }
    state.counters["append_us"] = perAppendUs;
    state.counters["max_append_us"] = maxAppendUs; // one that trimmed 200 rows into the archive
    state.counters["memory_MB"] = memoryMb;
}
BENCHMARK(BM_AppendWindowed50k)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

// Opening a stored 50,000-message conversation the way ChatWidget restores it (start() before
// history arrives): ConversationStore::load, the saved messages appended to the model
// (ConversationPersistence::restore) with the view, delegate and bounded window
// (ConversationWindow, its archive) in place and shown; timed until the newest message is on
// screen and painted. What the widget keeps on disk for such a conversation is the store file
// with the newest ConversationStore::kMaxRecent messages; the archive belongs to one run and is
// gone (ConversationArchive), so the setup writes the store the way ConversationPersistence does
// after 50,000 messages: the newest kMaxRecent of them.
void BM_OpenStored50k(benchmark::State &state)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-7);
    QTemporaryDir dir;
    const cec::ConversationStore store(dir.path(), u"bench|channel|customer"_s);
    {
        cec::ConversationStore::Snapshot snapshot;
        for (int i = kMessages - cec::ConversationStore::kMaxRecent; i < kMessages; ++i)
            snapshot.recent.append(makeMessage(i, start));
        if (!store.save(snapshot)) {
            state.SkipWithError("cannot write the conversation store");
            return;
        }
    }
    QImage image(420, 600, QImage::Format_ARGB32_Premultiplied);
    double memoryMb = 0;
    int rowsLaidOut = 0;
    int eventRounds = 0;
    double firstMs = -1; // the first open in this process: fonts and styles not yet cached
    for (auto _ : state) {
        malloc_trim(0);
        const double before = pssBytes();
        const auto t0 = std::chrono::steady_clock::now();
        {
            ConversationModel model;
            cec::MessageDelegate delegate;
            cec::MessageListView view;
            cec::ConversationArchive archive(store.archiveFilePath());
            cec::ConversationWindow window(model, view, archive);
            view.setModel(&model);
            view.setMessageDelegate(&delegate);
            view.resize(image.size());
            view.show();
            const cec::ConversationStore::Snapshot snapshot = store.load();
            for (const ChatMessage &message : snapshot.recent)
                model.append(message);
            // The event loop runs (layout batches, the scroll to the newest) until the newest
            // message is on screen, then the screen is painted.
            const QModelIndex newest = model.index(model.rowCount() - 1, 0);
            eventRounds = 0;
            while (!(view.isAtBottom() &&
                     view.viewport()->rect().intersects(view.visualRect(newest)) &&
                     view.indexAt(QPoint(0, 0)).isValid())) {
                QCoreApplication::processEvents();
                ++eventRounds;
            }
            view.render(&image);
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
            state.SetIterationTime(seconds);
            if (firstMs < 0)
                firstMs = seconds * 1000;
            malloc_trim(0);
            memoryMb = (pssBytes() - before) / (1024.0 * 1024.0);
            rowsLaidOut = model.rowCount();
        }
    }
    state.counters["rows"] = rowsLaidOut;
    state.counters["event_rounds"] = eventRounds;
    state.counters["first_open_ms"] = firstMs;
    state.counters["memory_MB"] = memoryMb;
}
BENCHMARK(BM_OpenStored50k)->UseManualTime()->Iterations(5)->Unit(benchmark::kMillisecond);

// Painting one screenful once the rows are laid out (what scrolling and new messages cost).
void BM_PaintScreenful(benchmark::State &state)
{
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-7);
    ConversationModel model;
    for (int i = 0; i < kMessages; ++i)
        model.append(makeMessage(i, start));
    cec::MessageDelegate delegate;
    cec::MessageListView view;
    view.setModel(&model);
    view.setMessageDelegate(&delegate);
    view.resize(420, 600);
    view.setLayoutMode(QListView::SinglePass);
    view.show();
    view.doItemsLayout();
    view.scrollToBottom();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&image);
    int rowsPainted = 0;
    for (auto _ : state) {
        view.render(&image);
        benchmark::DoNotOptimize(image.constBits());
    }
    const QModelIndex top = view.indexAt(QPoint(0, 0));
    const QModelIndex bottom = view.indexAt(QPoint(0, view.viewport()->height() - 1));
    if (top.isValid() && bottom.isValid())
        rowsPainted = bottom.row() - top.row() + 1;
    state.counters["rows_on_screen"] = rowsPainted;
}
BENCHMARK(BM_PaintScreenful)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
