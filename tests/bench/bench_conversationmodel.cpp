// ConversationModel and MessageDelegate at scale: 50,000 messages appended (time per append and
// memory), then the time to paint one screenful of the conversation view. Run with
// scripts/bench.sh or directly; the numbers are printed, never asserted.
#include "conversationmodel_p.h"
#include "messagedelegate_p.h"
#include "messagelistview_p.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollBar>

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

// First paint: the view lays out all 50,000 rows, then paints the newest screenful.
void BM_FirstPaint50k(benchmark::State &state)
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
BENCHMARK(BM_FirstPaint50k)->UseManualTime()->Iterations(2)->Unit(benchmark::kMillisecond);

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
