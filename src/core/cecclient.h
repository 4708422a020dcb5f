// The ccmessaging client: one method per endpoint, typed replies, token handling inside.
#pragma once

#include "cec_core_export.h"

#include "apierror.h"
#include "clientconfig.h"
#include "types.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace cec {

template <typename T> using Callback = std::function<void(Result<T>)>;

class CecClientPrivate;

// Every call takes a context object: when it is destroyed before the reply arrives, the reply is
// dropped and the callback never runs (like QTimer::singleShot(ms, context, functor)).
//
// Tokens: the AccessToken is fetched on first use and renewed at 80 % of its lifetime; the
// ccmessaging-token comes from applyToken and is replaced whenever a response carries a
// `ccmessaging-token` header. A 401/403 renews the affected token(s) once and retries the request
// once.
class CEC_CORE_EXPORT CecClient final : public QObject
{
    Q_OBJECT
public:
    // `network` is not owned and must outlive the client. Qt has no per-request proxy, so a
    // configured `config.proxy` is set on `network` (QNetworkAccessManager::setProxy) here.
    // Callbacks always run from the event loop, never inside the call that asked for them.
    CecClient(ClientConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CecClient() override;

    const ClientConfig &config() const;

    // Fetches both tokens now (normally done lazily); useful to check credentials.
    void authenticate(QObject *context, Callback<Done> done);

    void send(const OutgoingMessage &message, QObject *context, Callback<Done> done);
    void poll(QObject *context, Callback<PollReply> done);
    void queryQueueInfo(QObject *context, Callback<QueueInfo> done);
    void uploadFile(const QString &fileType, const QByteArray &data, QObject *context,
                    Callback<QString> done); // objectKey
    void downloadFile(const DownloadRequest &request, QObject *context, Callback<QByteArray> done);
    void queryHistory(const HistoryQuery &query, QObject *context,
                      Callback<QList<DownlinkMessage>> done);
    void getSatisfactionSurveyMode(QObject *context, Callback<SurveyMode> done);
    void saveSatisfaction(const SatisfactionRating &rating, QObject *context, Callback<Done> done);
    void leaveMessage(const LeaveMessage &message, QObject *context, Callback<Done> done);
    void checkClickToCallSupport(QObject *context, Callback<ClickToCallSupport> done);
    void createClickToCall(protocol::MediaAbility ability, QObject *context, Callback<Done> done);
    void getClickToCallEvents(QObject *context, Callback<ClickToCallEvent> done);
    void dropClickToCall(QObject *context, Callback<Done> done);

    // Local validation shared with the UI (byte counter): empty when the text may be sent.
    static QString validateText(const QString &text);

Q_SIGNALS:
    void messagingTokenRotated(); // a response header replaced the ccmessaging-token
    void accessTokenRenewed();

private:
    std::unique_ptr<CecClientPrivate> d;
};

} // namespace cec
