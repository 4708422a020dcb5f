#include "callhostchannel.h"

#include "logging.h"

#include <QJsonDocument>
#include <QLocalSocket>
#include <QPointer>
#include <QtEndian>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kLengthBytes = 4;
constexpr qint64 kFrameHeaderBytes = 1 + 8;

qint64 maxPayload()
{
    const qint64 frame = kFrameHeaderBytes + qint64(CallHostChannel::kMaxFrameSide) *
                                                 CallHostChannel::kMaxFrameSide * 4;
    return std::max(frame, CallHostChannel::kMaxMessageBytes);
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

} // namespace

CallHostChannel::CallHostChannel(QLocalSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QLocalSocket::readyRead, this, &CallHostChannel::readAvailable);
    connect(m_socket, &QLocalSocket::disconnected, this, &CallHostChannel::disconnected);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &CallHostChannel::readAvailable, Qt::QueuedConnection);
}

bool CallHostChannel::isConnected() const
{
    return !m_failed && m_socket->state() == QLocalSocket::ConnectedState;
}

void CallHostChannel::send(const QJsonObject &message)
{
    write('J', {}, QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void CallHostChannel::sendFrame(QSize size, const QByteArray &rgb32)
{
    Q_ASSERT(rgb32.size() == qsizetype(size.width()) * size.height() * 4);
    write('F', bigEndian32(size.width()) + bigEndian32(size.height()), rgb32);
}

void CallHostChannel::write(char kind, const QByteArray &header, const QByteArray &body)
{
    if (!isConnected())
        return;
    const qint64 payload = 1 + header.size() + body.size();
    m_socket->write(bigEndian32(quint32(payload)));
    m_socket->write(&kind, 1);
    if (!header.isEmpty())
        m_socket->write(header);
    m_socket->write(body);
}

void CallHostChannel::close()
{
    if (m_socket->state() == QLocalSocket::ConnectedState)
        m_socket->disconnectFromServer(); // writes what is buffered first
}

void CallHostChannel::readAvailable()
{
    const QPointer<CallHostChannel> alive(this); // a receiver may delete the channel
    while (alive && !m_failed) {
        m_buffer += m_socket->readAll();
        if (m_buffer.size() < kLengthBytes)
            return;
        const qint64 payload = qFromBigEndian<quint32>(m_buffer.constData());
        if (payload < 1 || payload > maxPayload())
            return fail(u"a message of %1 bytes"_s.arg(payload));
        if (m_buffer.size() < kLengthBytes + payload)
            return;
        const QByteArray message = m_buffer.mid(kLengthBytes, payload);
        m_buffer.remove(0, kLengthBytes + payload);
        const char kind = message.at(0);
        if (kind == 'J') {
            if (payload > kMaxMessageBytes)
                return fail(u"a JSON message of %1 bytes"_s.arg(payload));
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(message.mid(1), &error);
            if (!document.isObject())
                return fail(u"a message that is not a JSON object (%1)"_s.arg(error.errorString()));
            Q_EMIT messageReceived(document.object());
        } else if (kind == 'F') {
            if (payload < kFrameHeaderBytes)
                return fail(u"a truncated frame"_s);
            const quint32 width = qFromBigEndian<quint32>(message.constData() + 1);
            const quint32 height = qFromBigEndian<quint32>(message.constData() + 5);
            if (width < 1 || height < 1 || width > quint32(kMaxFrameSide) ||
                height > quint32(kMaxFrameSide) ||
                payload != kFrameHeaderBytes + qint64(width) * height * 4) {
                return fail(
                    u"a frame of %1 x %2 in %3 bytes"_s.arg(width).arg(height).arg(payload));
            }
            Q_EMIT frameReceived(QSize(int(width), int(height)), message.mid(kFrameHeaderBytes));
        } else {
            return fail(u"a message of unknown kind %1"_s.arg(int(uchar(kind))));
        }
    }
}

void CallHostChannel::fail(const QString &why)
{
    m_failed = true;
    m_buffer.clear();
    qCWarning(lcCall) << "call host connection: received" << why << "- closing it";
    Q_EMIT protocolError(why);
    m_socket->abort();
}

} // namespace cec
