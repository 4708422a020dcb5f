// The HTTP half of the client's request pipeline: one attempt of a PendingCall on the wire, with
// its guards (same-origin redirects, the reply's size budget, the time limit, TLS errors), and the
// outcome classified into a Result. Tokens are not its business: the call carries the ones to
// send, and two hooks hand token matters back to the owner.
#pragma once

#include "clientrequest_p.h"

#include <QHash>
#include <QNetworkRequest>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cec {

struct ClientConfig;

class HttpExchange final : public QObject
{
    Q_OBJECT
public:
    struct Hooks
    {
        // A response of a token-carrying request named this ccmessaging-token.
        std::function<void(const QString &token)> messagingTokenSeen;
        // The service answered 401/403 to a call that may renew its tokens and retry once; the
        // hook takes the call over (HttpExchange delivers nothing for it).
        std::function<void(const std::shared_ptr<PendingCall> &call, int httpStatus)> authRefused;
    };

    // `config` and `network` must outlive the exchange.
    HttpExchange(const ClientConfig &config, QNetworkAccessManager *network, Hooks hooks);
    // Replies still in flight are aborted without callbacks.
    ~HttpExchange() override;

    // Sends one attempt of `call` with the tokens it carries (usedAccessToken etc.).
    void start(const std::shared_ptr<PendingCall> &call);

    // Runs the call's completion unless whoever asked is gone. Never twice.
    static void deliver(const std::shared_ptr<PendingCall> &call, Result<QByteArray> result);

private:
    QUrl urlFor(const RequestSpec &spec) const;
    QNetworkRequest buildRequest(const PendingCall &call) const;
    QNetworkReply *send(QNetworkRequest request, const PendingCall &call);
    void watch(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call);
    void vetRedirect(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call,
                     const QUrl &target);
    void onFinished(QNetworkReply *reply, const std::shared_ptr<PendingCall> &call);
    // Why the exchange itself failed (budget, redirect, time limit, TLS, connection), if it did.
    static std::optional<ApiError> exchangeFailure(QNetworkReply *reply, const PendingCall &call,
                                                   int status);
    // What an answered request amounts to: its body, or the error its status and body state.
    static Result<QByteArray> answer(QNetworkReply *reply, const QByteArray &body,
                                     const PendingCall &call, int status);

    const ClientConfig &m_config;
    QNetworkAccessManager *m_network;
    Hooks m_hooks;
    QHash<QNetworkReply *, std::shared_ptr<PendingCall>> m_inFlight;
};

} // namespace cec
