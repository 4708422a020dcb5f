#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

#include <functional>
#include <optional>

namespace cec::test {

// Spins the event loop until the condition holds or the time runs out; returns the condition.
// The bound is generous on purpose: it only matters when the test fails, and loaded CI machines
// are slow (a Chromium process can take seconds to start).
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    return true;
}

// Lets everything already posted to the event loop run: a zero timer queued now fires after the
// zero timers and posted events queued before it. A test that checks that something did NOT
// happen uses this after the moment it would have been triggered, instead of sleeping.
inline bool drainPostedEvents(int rounds = 3)
{
    for (int round = 0; round < rounds; ++round) {
        bool fired = false;
        QTimer::singleShot(0, [&fired] { fired = true; });
        if (!waitFor([&fired] { return fired; }))
            return false;
    }
    return true;
}

// Runs an asynchronous client call and waits for its callback: wait<T>([&](auto cb){
// client.poll(ctx, cb); })
template <typename R>
std::optional<R> waitResult(const std::function<void(std::function<void(R)>)> &call,
                            int timeoutMs = 30000)
{
    std::optional<R> result;
    call([&result](R r) { result.emplace(std::move(r)); });
    waitFor([&] { return result.has_value(); }, timeoutMs);
    return result;
}

} // namespace cec::test

#include <QByteArray>
#include <QString>

#include <ostream>

// Readable GoogleTest failure messages for Qt strings.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
inline void PrintTo(const QByteArray &bytes, std::ostream *out)
{
    *out << '"' << bytes.toStdString() << '"';
}
