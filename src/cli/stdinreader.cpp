#include "stdinreader.h"

#include <QSocketNotifier>
#include <QString>

#include <cerrno>
#include <unistd.h>

namespace cec::cli {

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
{}

void StdinReader::start()
{
    if (m_notifier || m_atEnd)
        return;
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinReader::readAvailable);
}

void StdinReader::stop()
{
    if (m_notifier)
        m_notifier->setEnabled(false);
}

void StdinReader::readAvailable()
{
    char chunk[4096];
    const ssize_t count = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (count < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (count <= 0) {
        finish();
        return;
    }
    m_buffer.append(chunk, count);
    emitCompleteLines();
}

void StdinReader::emitCompleteLines()
{
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        Q_EMIT lineRead(QString::fromUtf8(line));
    }
}

void StdinReader::finish()
{
    stop();
    m_atEnd = true;
    // A last line without a terminator is still a line.
    if (!m_buffer.isEmpty()) {
        const QByteArray line = std::exchange(m_buffer, {});
        Q_EMIT lineRead(QString::fromUtf8(line));
    }
    Q_EMIT endOfInput();
}

} // namespace cec::cli
