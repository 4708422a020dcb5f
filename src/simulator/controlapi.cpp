// The /sim control API of SimulatorServer: lets tests and demos look inside and steer the agent.
#include "simulatorserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSim)

namespace cec::sim {

using namespace Qt::StringLiterals;

namespace {

HttpReply ok(QJsonObject extra = {})
{
    extra.insert(u"ok"_s, true);
    return HttpReply::json(extra);
}

HttpReply failure(int status, const QString &error)
{
    return HttpReply::json({{u"ok"_s, false}, {u"error"_s, error}}, status);
}

// An empty error text means success; otherwise the customer was not in a state to do it.
HttpReply outcome(const QString &error)
{
    return error.isEmpty() ? ok() : failure(409, error);
}

} // namespace

void SimulatorServer::handleControl(const HttpRequest &request, const PendingResponsePtr &reply)
{
    reply->setAfterSend([method = request.method, path = request.path](int status) {
        qCDebug(lcSim).noquote() << method << path << "->" << status;
    });
    const QString &path = request.path;
    const QString &method = request.method;
    QJsonObject body;
    if (!request.body.trimmed().isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return reply->send(failure(400, u"the body must be a JSON object"_s));
        body = document.object();
    }
    const QString userId = body.value(u"userId"_s).toString();
    const auto needUser = [&]() -> bool {
        if (!userId.isEmpty())
            return true;
        reply->send(failure(400, u"userId is required"_s));
        return false;
    };

    if (path == "/sim/health"_L1 && method == "GET"_L1)
        return reply->send(HttpReply::json({{u"ok"_s, true}}));
    if (path == "/sim/requests"_L1 && method == "GET"_L1)
        return reply->send(
            HttpReply::json({{u"requests"_s, m_log.toJson(request.queryValue("path"_L1))}}));
    if (path == "/sim/requests"_L1 && method == "DELETE"_L1) {
        m_log.clear();
        return reply->send(ok());
    }
    if (path == "/sim/faults"_L1 && method == "GET"_L1)
        return reply->send(HttpReply::json({{u"faults"_s, m_faults.toJson()}}));
    if (path == "/sim/faults"_L1 && method == "POST"_L1) {
        QString error;
        auto rule = FaultRule::fromJson(body, &error);
        if (!rule)
            return reply->send(failure(400, error));
        m_faults.add(std::move(*rule));
        return reply->send(ok());
    }
    if (path == "/sim/faults"_L1 && method == "DELETE"_L1) {
        m_faults.clear();
        return reply->send(ok());
    }
    if (path == "/sim/tokens/expire"_L1 && method == "POST"_L1) {
        const QString which = body.value(u"which"_s).toString(u"both"_s);
        if (which != "access"_L1 && which != "messaging"_L1 && which != "both"_L1)
            return reply->send(failure(400, u"which must be access, messaging or both"_s));
        if (which != "messaging"_L1)
            m_tokens.expireAccessTokens();
        if (which != "access"_L1)
            m_tokens.expireMessagingTokens();
        return reply->send(ok());
    }
    if (path == "/sim/tokens/rotate"_L1 && method == "POST"_L1) {
        if (!needUser())
            return;
        m_tokens.requestRotation(userId);
        return reply->send(ok());
    }
    if (path == "/sim/config"_L1 && method == "GET"_L1)
        return reply->send(HttpReply::json(m_scenario.toJson()));
    if (path == "/sim/config"_L1 && method == "POST"_L1) {
        if (body.contains(u"faults"_s))
            return reply->send(failure(400, u"use POST /sim/faults to add fault rules"_s));
        const Scenario::MergeResult merged = m_scenario.merge(body);
        for (const QString &warning : merged.warnings)
            qCWarning(lcSim).noquote() << "warning:" << warning;
        if (!merged.errors.isEmpty())
            return reply->send(
                HttpReply::json({{u"ok"_s, false},
                                 {u"error"_s, merged.errors.join(u"; "_s)},
                                 {u"errors"_s, QJsonArray::fromStringList(merged.errors)}},
                                400));
        return reply->send(ok({{u"warnings"_s, QJsonArray::fromStringList(merged.warnings)},
                               {u"config"_s, m_scenario.toJson()}}));
    }
    if (path == "/sim/state"_L1 && method == "GET"_L1) {
        const QString user = request.queryValue("userId"_L1);
        if (user.isEmpty())
            return reply->send(failure(400, u"userId is required"_s));
        return reply->send(HttpReply::json(m_tenant.state(user)));
    }
    if (path == "/sim/sip"_L1 && method == "GET"_L1) {
        if (!m_gateway)
            return reply->send(HttpReply::json({{u"messages"_s, QJsonArray()}}));
        return reply->send(HttpReply::json(m_gateway->sipLog(request.queryValue("userId"_L1))));
    }
    if (path == "/sim/sip"_L1 && method == "DELETE"_L1) {
        if (m_gateway)
            m_gateway->clearSipLog();
        return reply->send(ok());
    }
    if (path == "/sim/media"_L1 && method == "GET"_L1) {
        if (!m_gateway)
            return reply->send(
                HttpReply::json({{u"agent"_s, u"off"_s}, {u"call"_s, QJsonValue::Null}}));
        return reply->send(HttpReply::json(m_gateway->mediaState(request.queryValue("userId"_L1))));
    }
    if (method == "POST"_L1 &&
        (path.startsWith("/sim/agent/"_L1) || path.startsWith("/sim/call/"_L1) ||
         path.startsWith("/sim/system/"_L1))) {
        if (!needUser())
            return;
        const QString action = path.section(u'/', 2);
        if (action == "agent/say"_L1) {
            const QString text = body.value(u"text"_s).toString();
            if (text.isEmpty())
                return reply->send(failure(400, u"text is required"_s));
            // A flood for tests and measurements: `repeat` messages, `intervalMs` apart.
            const int repeat = body.value(u"repeat"_s).toInt(1);
            const int intervalMs = body.value(u"intervalMs"_s).toInt(0);
            if (repeat < 1 || repeat > 100000)
                return reply->send(failure(400, u"repeat must be 1..100000"_s));
            if (intervalMs < 0 || intervalMs > 60000)
                return reply->send(failure(400, u"intervalMs must be 0..60000"_s));
            if (repeat == 1)
                return reply->send(outcome(m_tenant.agentSay(userId, text)));
            const auto numbered = [text](int n) {
                return QString(text).replace(u"{n}"_s, QString::number(n));
            };
            if (intervalMs == 0) {
                for (int n = 1; n <= repeat; ++n) {
                    if (const QString error = m_tenant.agentSay(userId, numbered(n));
                        !error.isEmpty())
                        return reply->send(failure(409, error));
                }
                return reply->send(ok());
            }
            if (const QString error = m_tenant.agentSay(userId, numbered(1)); !error.isEmpty())
                return reply->send(failure(409, error));
            auto *timer = new QTimer(this);
            timer->setInterval(intervalMs);
            connect(timer, &QTimer::timeout, this, [this, timer, userId, numbered, repeat,
                                                    next = 2]() mutable {
                const bool said = m_tenant.agentSay(userId, numbered(next)).isEmpty();
                if (!said || ++next > repeat) { // the chat ended, or all were said
                    timer->stop();
                    timer->deleteLater();
                }
            });
            timer->start();
            return reply->send(ok());
        }
        if (action == "agent/typing"_L1)
            return reply->send(outcome(m_tenant.agentTyping(userId)));
        if (action == "agent/read"_L1)
            return reply->send(outcome(m_tenant.agentRead(userId)));
        if (action == "agent/leave"_L1)
            return reply->send(
                outcome(m_tenant.agentLeave(userId, body.value(u"text"_s).toString())));
        if (action == "system/say"_L1) {
            const QString text = body.value(u"text"_s).toString();
            if (text.isEmpty())
                return reply->send(failure(400, u"text is required"_s));
            return reply->send(outcome(m_tenant.systemSay(userId, text)));
        }
        if (action == "agent/file"_L1) {
            const QString fileType = body.value(u"fileType"_s).toString();
            QByteArray bytes;
            if (body.value(u"base64"_s).isString()) {
                const auto decoded =
                    QByteArray::fromBase64Encoding(body.value(u"base64"_s).toString().toLatin1(),
                                                   QByteArray::AbortOnBase64DecodingErrors);
                if (!decoded)
                    return reply->send(failure(400, u"base64 is not valid Base64"_s));
                bytes = decoded.decoded;
            } else if (body.value(u"size"_s).isDouble()) {
                const qint64 size = body.value(u"size"_s).toInteger(-1);
                if (size < 0 || size > 16 * 1024 * 1024)
                    return reply->send(failure(400, u"size must be 0..16777216"_s));
                bytes.resize(size);
                for (qint64 i = 0; i < size; ++i)
                    bytes[i] = static_cast<char>('A' + i % 26);
            } else {
                return reply->send(failure(400, u"base64 or size is required"_s));
            }
            QString key;
            const QString error =
                m_tenant.agentFile(userId, body.value(u"fileName"_s).toString(), fileType, bytes,
                                   body.value(u"mediaLibrary"_s).toBool(), &key);
            if (!error.isEmpty())
                return reply->send(failure(error.contains(u"fileType"_s) ? 400 : 409, error));
            return reply->send(ok({{u"objectKey"_s, key}}));
        }
        const QString cause = body.value(u"causeDesc"_s).toString();
        if (action == "call/release"_L1)
            return reply->send(outcome(m_tenant.callRelease(userId, cause)));
        if (action == "call/fail"_L1)
            return reply->send(outcome(m_tenant.callFail(userId, cause)));
        if (action == "call/transfer"_L1)
            return reply->send(outcome(m_tenant.callTransfer(userId)));
    }
    reply->send(failure(404, u"no control endpoint %1 %2"_s.arg(method, path)));
}

} // namespace cec::sim
