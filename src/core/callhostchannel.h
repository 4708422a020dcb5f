// One end of the connection between the app and its call host process (cec-call-host, which runs
// the WebEngine call page; docs/call-host.md has the messages). Each message is a 4-byte
// big-endian length and a payload: 'J' and a compact JSON object with the message name in "m", or
// 'F' and a video frame (width and height as 4-byte big-endian numbers, then RGB32 pixels, 4 bytes
// each, rows without padding). Both ends check what they read against a size budget: anything
// malformed or over it ends the connection (protocolError, then the socket is aborted).
#pragma once

#include "cec_core_export.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QSize>

class QLocalSocket;

namespace cec {

class CEC_CORE_EXPORT CallHostChannel final : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxMessageBytes = 1024 * 1024;
    static constexpr int kMaxFrameSide = 4096;

    // Takes the socket over (it becomes a child of this channel).
    explicit CallHostChannel(QLocalSocket *socket, QObject *parent = nullptr);

    void send(const QJsonObject &message);
    // `rgb32` holds width x height x 4 bytes.
    void sendFrame(QSize size, const QByteArray &rgb32);
    bool isConnected() const;
    void close(); // flushes what was sent, then disconnects

Q_SIGNALS:
    void messageReceived(const QJsonObject &message);
    void frameReceived(QSize size, const QByteArray &rgb32);
    void protocolError(const QString &why);
    void disconnected();

private:
    void readAvailable();
    void fail(const QString &why);
    void write(char kind, const QByteArray &header, const QByteArray &body);

    QLocalSocket *m_socket; // child
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace cec
