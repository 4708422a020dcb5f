// Reads standard input line by line from the event loop (QSocketNotifier on fd 0), so that polling
// and replies keep flowing while the user types or while a pipe is still open.
#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

namespace cec::cli {

class StdinReader final : public QObject
{
    Q_OBJECT
public:
    explicit StdinReader(QObject *parent = nullptr);

    void start();
    void stop();
    bool atEnd() const { return m_atEnd; }

Q_SIGNALS:
    void lineRead(const QString &line); // without the line terminator
    void endOfInput();

private:
    void readAvailable();
    void emitCompleteLines();
    void finish();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_atEnd = false;
};

} // namespace cec::cli
