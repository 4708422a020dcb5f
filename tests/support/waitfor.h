#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>

#include <functional>
#include <optional>

namespace cec::test {

// Spins the event loop until the condition holds or the time runs out; returns the condition.
inline bool waitFor(const std::function<bool()> &condition, int timeoutMs = 10000)
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

// Runs an asynchronous client call and waits for its callback: wait<T>([&](auto cb){
// client.poll(ctx, cb); })
template <typename R>
std::optional<R> waitResult(const std::function<void(std::function<void(R)>)> &call,
                            int timeoutMs = 15000)
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
