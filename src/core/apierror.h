// One error type for every way a call to the service can fail, each with a sentence a user can act
// on.
#pragma once

#include "cec_core_export.h"

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cec {

class CEC_CORE_EXPORT ApiError final
{
public:
    enum class Kind
    {
        Transport, // connection refused, reset, DNS, proxy...
        Tls,       // the server's certificate was not trusted
        Timeout,   // no answer within the request's time limit
        Http,      // HTTP status other than 200 without an API Fabric body
        Gateway,   // API Fabric rejected the call: {"errorCode", "exceptionInfo"}
        Result,    // HTTP 200 but resultCode/returnCode != "0"
        Malformed, // the reply could not be understood
        Rejected,  // refused before sending (too long, bad file type, ...)
        Redirect,  // the server redirected to another origin, or in a loop: not followed
        Oversized, // a reply (or a file in it) over its budget: not read further
        Cancelled, // the caller went away
        SignIn,    // token renewal kept failing and the client stopped trying (detail: last cause)
    };

    ApiError(Kind kind, QString endpoint, QString detail, int httpStatus = 0, QString code = {});

    Kind kind() const { return m_kind; }
    QString endpoint() const { return m_endpoint; }
    QString detail() const { return m_detail; } // server text (resultDesc/exceptionInfo) or ours
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; } // resultCode or errorCode
    // The server's host, so that a transport failure can name it; set by the client.
    QString host() const { return m_host; }
    ApiError &setHost(QString host)
    {
        m_host = std::move(host);
        return *this;
    }
    // The request left in full and then the connection closed or timed out without an answer: the
    // server may have acted on it. Set by the client; false when it surely did not arrive.
    bool mayHaveArrived() const { return m_mayHaveArrived; }
    ApiError &setMayHaveArrived(bool mayHaveArrived)
    {
        m_mayHaveArrived = mayHaveArrived;
        return *this;
    }
    bool isAuthFailure() const { return m_httpStatus == 401 || m_httpStatus == 403; }
    bool isRetryable() const; // transport, timeout, 5xx
    QString userMessage() const;
    QString toString() const; // for logs: kind, endpoint, status, code, detail (never a token)
    static QString kindName(Kind kind); // "transport", "tls", ... for logs and JSON output

private:
    Kind m_kind;
    QString m_endpoint;
    QString m_detail;
    int m_httpStatus;
    QString m_code;
    QString m_host;
    bool m_mayHaveArrived = false;
};

// A value or an ApiError. Small stand-in for std::expected (C++23).
template <typename T> class Result final
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(ApiError error)
        : m_state(std::move(error))
    {}
    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_state); }
    T &value() { return std::get<0>(m_state); }
    const T *operator->() const { return &value(); }
    const ApiError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, ApiError> m_state;
};

struct CEC_CORE_EXPORT Done final
{};

} // namespace cec
