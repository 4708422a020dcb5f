#include "httpfront.h"

#include <QHttpServerRequest>
#include <QJsonDocument>

namespace cec::sim {

using namespace Qt::StringLiterals;

HttpReply HttpReply::json(const QJsonObject &object, int status)
{
    HttpReply reply;
    reply.status = status;
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

std::optional<QJsonObject> jsonObjectBody(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

PendingResponse::PendingResponse(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_responder(std::move(responder))
    , m_socket(socket)
{}

bool PendingResponse::isOpen() const
{
    return !m_answered && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void PendingResponse::send(HttpReply reply)
{
    if (m_answered)
        return;
    if (m_dropWhenAnswered) {
        drop();
        return;
    }
    if (m_beforeSend)
        m_beforeSend(reply);
    for (const auto &forced : std::as_const(m_forcedHeaders)) {
        reply.headers.removeIf([&forced](const auto &header) {
            return header.first.compare(forced.first, Qt::CaseInsensitive) == 0;
        });
        reply.headers.append(forced);
    }
    const bool open = isOpen();
    m_answered = true;
    if (open) {
        m_responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        m_responder.writeHeader("Content-Type", "application/json;charset=UTF-8");
        m_responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        for (const auto &[name, value] : std::as_const(reply.headers))
            m_responder.writeHeader(name, value);
        m_responder.writeBody(reply.body);
    }
    if (m_afterSend)
        m_afterSend(open ? reply.status : 0);
}

void PendingResponse::drop()
{
    if (m_answered)
        return;
    m_answered = true;
    if (m_socket)
        m_socket->abort();
    if (m_afterSend)
        m_afterSend(0);
}

HttpFront::HttpFront(bool secure, RequestHandler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_secure(secure)
    , m_handler(std::move(handler))
{}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get:
        copy.method = u"GET"_s;
        break;
    case QHttpServerRequest::Method::Post:
        copy.method = u"POST"_s;
        break;
    case QHttpServerRequest::Method::Delete:
        copy.method = u"DELETE"_s;
        break;
    case QHttpServerRequest::Method::Put:
        copy.method = u"PUT"_s;
        break;
    case QHttpServerRequest::Method::Head:
        copy.method = u"HEAD"_s;
        break;
    default:
        copy.method = u"OTHER"_s;
        break;
    }
    const QUrl url = request.url();
    copy.path = url.path();
    copy.query = url.query(QUrl::FullyEncoded);
    copy.queryItems = QUrlQuery(url);
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        copy.headers.insert(QString::fromLatin1(name).toLower(), QString::fromUtf8(value));
    copy.body = request.body();
    copy.secure = m_secure;
    m_handler(std::move(copy),
              std::make_shared<PendingResponse>(makeResponder(request, socket), socket));
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() always answers; this only satisfies the abstract interface.
    PendingResponse(makeResponder(request, socket), socket).send(HttpReply::json({}, 404));
}

} // namespace cec::sim
