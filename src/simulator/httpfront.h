// The HTTP edge of cec-sim: QtHttpServer parses requests; we keep the responder so an answer can be
// given later (long polls), dropped (fault injection) or carry arbitrary headers.
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace cec::sim {

// A copy of what we need from QHttpServerRequest: that object is reused for the next request on a
// keep-alive connection, so nothing may refer to it once handleRequest() returns.
struct HttpRequest
{
    QString method;
    QString path;
    QString query; // raw query string, without '?'
    QUrlQuery queryItems;
    QMap<QString, QString> headers; // lower-case names
    QByteArray body;
    bool secure = false;

    QString header(QLatin1StringView name) const { return headers.value(QString(name).toLower()); }
    QString queryValue(QLatin1StringView name) const
    {
        return queryItems.queryItemValue(QString(name), QUrl::FullyDecoded);
    }
};

struct HttpReply
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static HttpReply json(const QJsonObject &object, int status = 200);
};

// The JSON object a request body carries: a blank body is an empty object; anything that is not
// one JSON object is nullopt (the caller answers 400). Pure, so that it can be fuzzed.
std::optional<QJsonObject> jsonObjectBody(const QByteArray &body);

// One request awaiting its answer. Shared so that a held long poll can live in the tenant state
// while the HTTP layer keeps hooks on it.
class PendingResponse final
{
public:
    PendingResponse(QHttpServerResponder &&responder, QTcpSocket *socket);

    // False once the client went away: the responder's raw socket pointer must not be used then.
    bool isOpen() const;
    void send(HttpReply reply);
    void drop(); // abort the connection without any answer
    // Fault injection: the answer, whenever it is given, is dropped instead of sent.
    void dropWhenAnswered() { m_dropWhenAnswered = true; }

    // The HTTP layer adds token-rotation headers at the moment of sending (which for a long poll
    // is much later than the request) and records the final status.
    void setBeforeSend(std::function<void(HttpReply &)> hook) { m_beforeSend = std::move(hook); }
    void setAfterSend(std::function<void(int status)> hook) { m_afterSend = std::move(hook); }
    // Headers a fault rule forces onto the answer; they replace any of the same name.
    void setForcedHeaders(QList<std::pair<QByteArray, QByteArray>> headers)
    {
        m_forcedHeaders = std::move(headers);
    }

private:
    QHttpServerResponder m_responder;
    QPointer<QTcpSocket> m_socket;
    bool m_answered = false;
    bool m_dropWhenAnswered = false;
    std::function<void(HttpReply &)> m_beforeSend;
    std::function<void(int)> m_afterSend;
    QList<std::pair<QByteArray, QByteArray>> m_forcedHeaders;
};

using PendingResponsePtr = std::shared_ptr<PendingResponse>;
using RequestHandler = std::function<void(HttpRequest, PendingResponsePtr)>;

class HttpFront final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpFront(bool secure, RequestHandler handler, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool m_secure;
    RequestHandler m_handler;
};

} // namespace cec::sim
