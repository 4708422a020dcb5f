// A scripted HTTP/1.1 server on loopback for unit-testing CecClient without cec-sim: each request
// is recorded and answered by a handler (status, headers, body, delay, or a dropped connection).
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace cec::test {

struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct FakeResponse
{
    FakeResponse(int status_ = 200, QByteArray body_ = {},
                 QList<std::pair<QByteArray, QByteArray>> headers_ = {}, int delayMs_ = 0,
                 bool drop_ = false)
        : status(status_)
        , body(std::move(body_))
        , headers(std::move(headers_))
        , delayMs(delayMs_)
        , drop(drop_)
    {}
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    bool drop = false; // close the connection without answering
};

class FakeHttpServer final : public QObject
{
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    FakeHttpServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        return url;
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<FakeRequest> &requests() const { return m_requests; }
    QList<FakeRequest> requestsTo(const QString &pathSuffix) const
    {
        QList<FakeRequest> matching;
        for (const FakeRequest &request : m_requests) {
            if (request.path.endsWith(pathSuffix))
                matching.append(request);
        }
        return matching;
    }
    void clear() { m_requests.clear(); }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
                FakeRequest request;
                const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                request.method = requestLine.value(0);
                const QUrl target(QString::fromLatin1(requestLine.value(1)));
                request.path = target.path();
                request.query = QUrlQuery(target);
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                               lines[i].mid(colon + 1).trimmed());
                }
                const qsizetype length = request.headers.value("content-length", "0").toLongLong();
                if (buffer->size() < headerEnd + 4 + length)
                    return;
                request.body = buffer->mid(headerEnd + 4, length);
                buffer->remove(0, headerEnd + 4 + length);
                m_requests.append(request);
                respond(socket, m_handler ? m_handler(request) : FakeResponse{});
            }
        });
    }

    void respond(QTcpSocket *socket, const FakeResponse &response)
    {
        QPointer<QTcpSocket> guard(socket);
        auto write = [guard, response] {
            if (!guard)
                return;
            if (response.drop) {
                guard->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\n";
            out += "Content-Type: application/json;charset=UTF-8\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "\r\n" + response.body;
            guard->write(out);
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, this, write);
        else
            write();
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
};

} // namespace cec::test
