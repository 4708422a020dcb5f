// One request of the client as it goes through the pipeline: what to send (RequestSpec) and what
// happened to this attempt so far (PendingCall).
#pragma once

#include "apierror.h"
#include "types.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

namespace cec {

// Which tokens a request carries.
enum class TokenUse
{
    None,       // tokenByAkSk / token URL
    AccessOnly, // applyToken: Authorization but no ccmessaging-token
    Both,       // every other ccmessaging call
};

struct RequestSpec final
{
    QString operation; // short name for logs and errors, e.g. "send"
    QByteArray method; // "GET" or "POST"
    QString path;      // appended to the base URL's path
    QUrl absoluteUrl;  // when set, used instead of base URL + path (the token URL)
    QUrlQuery query;
    QJsonObject body; // POST only
    TokenUse tokens = TokenUse::Both;
    std::chrono::milliseconds timeout{15000};
    // The most this reply may be; a longer one is aborted while it is read. Token, send and call
    // replies are small objects: 64 KiB is generous.
    qint64 maxReplyBytes = 64 * 1024;
    // Qt never sends the body a second time on its own (see OneShotBody): for requests that must
    // not take effect twice.
    bool sendOnce = false;
};

using RawCompletion = std::function<void(Result<QByteArray>)>;

struct PendingCall final
{
    RequestSpec spec;
    QPointer<QObject> context;
    bool hasContext = false;
    RawCompletion complete;
    bool isTokenFetch = false; // part of the renewal itself: never retried through it
    bool retriedAfterAuthFailure = false;
    bool cancelled = false; // the context went away while the reply was in flight
    bool timedOut = false;
    QString usedAccessToken; // what this attempt sent, to renew only stale tokens
    QString usedMessagingToken;
    QStringList tlsErrors;
    QElapsedTimer elapsed;
    QList<QUrl> visited;      // this attempt's URL and the redirects followed from it
    QString refusedRedirect;  // why a redirect was not followed (empty: none was refused)
    bool oversized = false;   // the reply went over spec.maxReplyBytes and was aborted
    bool requestLeft = false; // some of this attempt's request was written to the connection

    // Whoever asked for this call is gone (or it was cancelled): its result is not wanted.
    bool abandoned() const { return cancelled || (hasContext && !context); }
};

// Header names are Latin-1 constants in protocol.h; QNetworkRequest wants bytes.
inline QByteArray latin1(QLatin1StringView text)
{
    return QByteArray(text.data(), text.size());
}

} // namespace cec
