#include "apierror.h"

#include "protocol/protocol.h"

#include <QCoreApplication>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

QString credentialsRejected()
{
    return QCoreApplication::translate(
        "cec::ApiError",
        "The contact centre did not accept this app's credentials. Check the app key and "
        "secret (or the token URL) in the settings.");
}

QString resultMessage(const QString &code, const QString &detail)
{
    namespace result = protocol::result;
    if (code == result::kOutsideWorkingHours)
        return QCoreApplication::translate(
            "cec::ApiError",
            "The contact centre is outside its working hours. You can leave a message.");
    if (code == result::kClickToCallUnsupported)
        return QCoreApplication::translate(
            "cec::ApiError",
            "Calls are not available on this channel. You can keep chatting instead.");
    if (code == result::kQueueSessionEnded)
        return QCoreApplication::translate(
            "cec::ApiError",
            "Your conversation has already ended. Start a new one to keep chatting.");
    const QString reason = detail.trimmed().isEmpty()
                               ? u"code %1"_s.arg(code)
                               : u"%1, code %2"_s.arg(detail.trimmed(), code);
    return QCoreApplication::translate("cec::ApiError",
                                       "The contact centre could not complete the request (%1). "
                                       "Please try again in a moment.")
        .arg(reason);
}

} // namespace

ApiError::ApiError(Kind kind, QString endpoint, QString detail, int httpStatus, QString code)
    : m_kind(kind)
    , m_endpoint(std::move(endpoint))
    , m_detail(std::move(detail))
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
{}

bool ApiError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Transport:
    case Kind::Timeout:
        return true;
    case Kind::Http:
    case Kind::Gateway:
        return m_httpStatus >= 500;
    default:
        return false;
    }
}

QString ApiError::userMessage() const
{
    switch (m_kind) {
    case Kind::Transport:
        if (m_host.isEmpty())
            return QCoreApplication::translate(
                "cec::ApiError",
                "Could not reach the contact centre. Check your network connection or proxy "
                "settings.");
        return QCoreApplication::translate("cec::ApiError",
                                           "Could not reach the contact centre at %1. Check your "
                                           "network connection or proxy settings.")
            .arg(m_host);
    case Kind::Tls:
        return QCoreApplication::translate(
            "cec::ApiError",
            "The server's certificate is not trusted, so no connection was made. Check the "
            "server address, or ask your administrator for the right certificate authority.");
    case Kind::Timeout:
        return QCoreApplication::translate(
            "cec::ApiError",
            "The contact centre did not answer in time. Check your connection and try again.");
    case Kind::Http:
        if (isAuthFailure())
            return credentialsRejected();
        if (m_httpStatus == 404)
            return QCoreApplication::translate(
                "cec::ApiError",
                "The contact centre service was not found at this address. Check the server "
                "address in the settings.");
        if (m_httpStatus >= 500)
            return QCoreApplication::translate("cec::ApiError",
                                               "The contact centre has a temporary problem (HTTP "
                                               "%1). Please try again in a moment.")
                .arg(m_httpStatus);
        return QCoreApplication::translate(
                   "cec::ApiError",
                   "The contact centre refused the request (HTTP %1). Check the settings, then try "
                   "again.")
            .arg(m_httpStatus);
    case Kind::Gateway:
        if (isAuthFailure())
            return credentialsRejected();
        return QCoreApplication::translate(
                   "cec::ApiError",
                   "The contact centre's gateway refused the request (%1). Please try again in a "
                   "moment.")
            .arg(m_detail.isEmpty() ? m_code : m_detail);
    case Kind::Result:
        return resultMessage(m_code, m_detail);
    case Kind::Malformed:
        return QCoreApplication::translate(
            "cec::ApiError",
            "The contact centre sent a reply this app does not understand. Please try again; "
            "if it keeps happening, contact support.");
    case Kind::Rejected:
        // The detail of a refusal is our own sentence, written for the user.
        return m_detail;
    case Kind::Oversized:
        return QCoreApplication::translate(
            "cec::ApiError",
            "The contact centre sent far more data than this kind of reply can hold, so it was "
            "not read. Please try again; if it keeps happening, contact support.");
    case Kind::Redirect:
        // The detail is our own words naming the redirect's origin (never its path or query).
        return QCoreApplication::translate(
                   "cec::ApiError",
                   "The server answered with %1, which was not followed so that no credentials "
                   "or messages go anywhere else. Check the service address in the settings.")
            .arg(m_detail);
    case Kind::Cancelled:
        return QCoreApplication::translate("cec::ApiError", "The request was cancelled.");
    case Kind::SignIn:
        return QCoreApplication::translate(
            "cec::ApiError",
            "Signing in to the contact centre keeps failing, so this app stopped trying. Check "
            "the app key and secret (or the token service) in the settings, then reconnect; if "
            "it keeps happening, contact the service's administrator.");
    }
    return m_detail;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Transport:
        return u"transport"_s;
    case Kind::Tls:
        return u"tls"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Http:
        return u"http"_s;
    case Kind::Gateway:
        return u"gateway"_s;
    case Kind::Result:
        return u"result"_s;
    case Kind::Malformed:
        return u"malformed"_s;
    case Kind::Rejected:
        return u"rejected"_s;
    case Kind::Redirect:
        return u"redirect"_s;
    case Kind::Oversized:
        return u"oversized"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::SignIn:
        return u"sign-in"_s;
    }
    return u"unknown"_s;
}

QString ApiError::toString() const
{
    QString text = kindName(m_kind) % u" error on "_s % m_endpoint;
    if (m_httpStatus != 0)
        text += u" (HTTP %1)"_s.arg(m_httpStatus);
    if (!m_code.isEmpty())
        text += u" code "_s % m_code;
    if (!m_detail.isEmpty())
        text += u": "_s % m_detail;
    return text;
}

} // namespace cec
