// SIGINT/SIGTERM as a Qt signal (self-pipe), so that a program ends through its event loop: a
// running call is hung up (BYE, dropClickToCall) and the chat closed on the way out. Used by
// cec-chat and cecctl; a host embedding the widget has its own way of quitting.
#pragma once

#include "cec_core_export.h"

#include <QObject>

class QSocketNotifier;

namespace cec {

class CEC_CORE_EXPORT TerminationSignals final : public QObject
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

} // namespace cec
