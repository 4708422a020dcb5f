// Turns SIGINT/SIGTERM into a Qt signal (self-pipe), so that a command can hang up and disconnect
// cleanly from the event loop instead of dying in the middle of a call.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace cec::cli {

class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    // Only one instance may exist at a time: the handler writes to a process-wide pipe.
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void readPendingSignals();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cec::cli
