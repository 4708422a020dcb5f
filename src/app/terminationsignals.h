// SIGINT/SIGTERM as a Qt signal (self-pipe), so that cec-chat quits through the event loop: a
// running call is hung up (BYE, dropClickToCall) and the demo simulator stopped on the way out.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace cec::app {

class TerminationSignals final : public QObject
{
    Q_OBJECT
public:
    // Only one instance may exist at a time: the handler writes to a process-wide pipe.
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override; // restores the default handlers

Q_SIGNALS:
    void received(int signalNumber);

private:
    void readPending();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cec::app
