// Private half of CecClient: ties the token keeper to the HTTP exchange. A request waits for its
// tokens, goes out once, and after a 401/403 renews the refused tokens and goes out once more.
#pragma once

#include "cecclient.h"
#include "clientrequest_p.h"
#include "httpexchange_p.h"
#include "tokenkeeper_p.h"

#include <memory>

namespace cec {

class CecClientPrivate final
{
public:
    CecClientPrivate(CecClient *q, ClientConfig config, QNetworkAccessManager *network);
    ~CecClientPrivate();
    CecClientPrivate(const CecClientPrivate &) = delete;
    CecClientPrivate &operator=(const CecClientPrivate &) = delete;

    // Runs a request: tokens first (single-flight), then the HTTP exchange, one retry on 401/403.
    void submit(RequestSpec spec, QObject *context, RawCompletion complete);
    // Delivers a refusal from the event loop, so that callers never see re-entrant callbacks.
    void refuse(const QString &operation, const QString &sentence, QObject *context,
                RawCompletion complete);

    ClientConfig m_config;
    // Declared after m_exchange so that it goes first: its waiters are dropped unheard before
    // the replies in flight are aborted.
    HttpExchange m_exchange;
    TokenKeeper m_tokens;

private:
    // Sends an attempt with the current tokens.
    void start(const std::shared_ptr<PendingCall> &call);
    void retryAfterAuthFailure(const std::shared_ptr<PendingCall> &call, int httpStatus);

    CecClient *q;
};

} // namespace cec
