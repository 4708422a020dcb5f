#include "tokenkeeper_p.h"

#include "clientconfig.h"
#include "logging.h"

#include <QPointer>

#include <algorithm>
#include <utility>

namespace cec {

using namespace Qt::StringLiterals;
namespace path = protocol::path;

namespace {

// A renewal that starts within this time of the previous one's end, because the service refused
// the fresh tokens or because that renewal failed, is a repeat and waits its back-off. Legitimate
// renewals (a token's normal end, one rotation) are minutes to an hour apart; this is longer than
// any back-off pause, so a storm cannot slip out of the streak by being slow.
constexpr std::chrono::minutes kRenewalStreakWindow{5};

} // namespace

TokenKeeper::TokenKeeper(const ClientConfig &config, StartCall startCall)
    : m_config(config)
    , m_startCall(std::move(startCall))
    , m_signIn(m_config.signInBackoff, m_config.random)
{
    m_renewalPause.setSingleShot(true);
    connect(&m_renewalPause, &QTimer::timeout, this, [this] { fetchTokens(); });
}

// Pending waiters are dropped unheard.
TokenKeeper::~TokenKeeper() = default;

QDateTime TokenKeeper::now() const
{
    return m_config.clock ? m_config.clock() : QDateTime::currentDateTimeUtc();
}

QString TokenKeeper::accessToken() const
{
    return m_accessToken ? m_accessToken->token : QString();
}

bool TokenKeeper::accessTokenUsable() const
{
    if (!m_accessToken || m_accessToken->token.isEmpty())
        return false;
    // Renew at 80 % of the lifetime, judged when a request starts.
    const qint64 renewAfterMs = qint64(m_accessToken->lifetimeSeconds) * 800;
    return now() < m_accessToken->createdAt.addMSecs(renewAfterMs);
}

bool TokenKeeper::anyWaiterNeedsMessaging() const
{
    return std::any_of(m_waiters.cbegin(), m_waiters.cend(),
                       [](const Waiter &waiter) { return waiter.needsMessaging; });
}

void TokenKeeper::takeRotatedMessagingToken(const QString &token)
{
    if (token == m_messagingToken)
        return;
    m_messagingToken = token;
    qCInfo(lcAuth) << "ccmessaging token rotated by a response header";
    Q_EMIT messagingTokenRotated();
}

void TokenKeeper::dropRefusedTokens(const PendingCall &call, int httpStatus)
{
    // 403: API Fabric refused the AccessToken. 401: the documentation blames either token
    // (docs/cec-api.md §7.14), so renew both.
    if (m_accessToken && m_accessToken->token == call.usedAccessToken)
        m_accessToken.reset();
    if (httpStatus == 401 && m_messagingToken == call.usedMessagingToken)
        m_messagingToken.clear();
    if (!m_renewing)
        m_lastRenewalProblem =
            u"%1 refused the tokens (HTTP %2)"_s.arg(call.spec.operation).arg(httpStatus);
}

void TokenKeeper::requireTokens(bool needsMessaging, Resume resume, bool afterAuthFailure)
{
    if (!m_renewing && accessTokenUsable() && (!needsMessaging || !m_messagingToken.isEmpty())) {
        resume(std::nullopt);
        return;
    }
    m_waiters.push_back({needsMessaging, std::move(resume)});
    if (!m_renewing)
        startRenewal(afterAuthFailure);
}

void TokenKeeper::startRenewal(bool afterAuthFailure)
{
    m_renewing = true;
    m_renewalRetriedAccess = false;
    // A renewal soon after one whose tokens were refused at once (a garbage rotated token, a
    // token that dies at once) or which failed outright would repeat it: without a pause that
    // is a renewal per request, for ever.
    const bool recent =
        m_lastRenewalEnd.isValid() &&
        now() < m_lastRenewalEnd.addSecs(std::chrono::seconds(kRenewalStreakWindow).count());
    if (!recent || !(afterAuthFailure || m_lastRenewalFailed)) {
        m_signIn.reset();
        fetchTokens();
        return;
    }
    const auto pause = m_signIn.failed();
    if (m_signIn.exhausted()) {
        const QString cause = m_lastRenewalProblem;
        qCWarning(lcAuth).noquote() << "signing in failed" << m_signIn.failures()
                                    << "times in a row; giving up (last:" << cause << ")";
        // The next request (the user reconnecting) starts afresh (finishRenewal ends the
        // streak); whoever polls must stop on this error.
        m_signIn.reset();
        finishRenewal(ApiError(ApiError::Kind::SignIn,
                               m_config.tokenUrl.isEmpty() ? u"tokenByAkSk"_s : u"tokenUrl"_s,
                               cause));
        return;
    }
    qCInfo(lcAuth).noquote() << "renewal" << m_signIn.failures() << "in a row ("
                             << m_lastRenewalProblem << ") - waiting" << pause.count()
                             << "ms first";
    m_renewalPause.start(pause);
}

void TokenKeeper::fetchTokens()
{
    if (!accessTokenUsable())
        fetchAccessToken();
    else if (anyWaiterNeedsMessaging() && m_messagingToken.isEmpty())
        fetchMessagingToken();
    else
        finishRenewal(std::nullopt);
}

void TokenKeeper::fetchAccessToken()
{
    auto call = std::make_shared<PendingCall>();
    call->isTokenFetch = true;
    RequestSpec &spec = call->spec;
    spec.method = "POST";
    spec.tokens = TokenUse::None;
    spec.timeout = m_config.requestTimeout;
    if (!m_config.tokenUrl.isEmpty()) {
        // The enterprise's token service holds the secret; we only say who we are.
        spec.operation = u"tokenUrl"_s;
        spec.absoluteUrl = m_config.tokenUrl;
        spec.body = {{u"app_key"_s, m_config.appKey}, {u"userId"_s, m_config.userId}};
    } else {
        spec.operation = u"tokenByAkSk"_s;
        spec.path = path::kTokenByAkSk;
        spec.body = {{u"app_key"_s, m_config.appKey}, {u"app_secret"_s, m_config.appSecret}};
    }
    call->complete = [this](Result<QByteArray> raw) { onAccessToken(std::move(raw)); };
    m_startCall(call);
}

void TokenKeeper::onAccessToken(Result<QByteArray> raw)
{
    if (!raw) {
        finishRenewal(raw.error());
        return;
    }
    Result<AccessToken> token = parse::accessToken(raw.value(), now());
    if (!token) {
        finishRenewal(token.error());
        return;
    }
    m_accessToken = token.value();
    qCInfo(lcAuth) << "access token obtained, valid for" << token->lifetimeSeconds << "s";
    QPointer<TokenKeeper> alive(this);
    Q_EMIT accessTokenRenewed();
    if (!alive)
        return; // a slot destroyed the client
    if (anyWaiterNeedsMessaging() && m_messagingToken.isEmpty())
        fetchMessagingToken();
    else
        finishRenewal(std::nullopt);
}

void TokenKeeper::fetchMessagingToken()
{
    auto call = std::make_shared<PendingCall>();
    call->isTokenFetch = true;
    RequestSpec &spec = call->spec;
    spec.operation = u"applyToken"_s;
    spec.method = "POST";
    spec.path = path::kApplyToken;
    spec.tokens = TokenUse::AccessOnly;
    spec.timeout = m_config.requestTimeout;
    spec.body = {
        {u"userId"_s, m_config.userId},
        {u"userName"_s, m_config.userName.isEmpty() ? m_config.userId : m_config.userName},
        {u"channelId"_s, m_config.channelId},
        {u"locale"_s, m_config.locale},
    };
    call->usedAccessToken = accessToken();
    call->complete = [this, usedAccess = call->usedAccessToken](Result<QByteArray> raw) {
        onMessagingToken(std::move(raw), usedAccess);
    };
    m_startCall(call);
}

void TokenKeeper::onMessagingToken(Result<QByteArray> raw, const QString &usedAccess)
{
    if (!raw) {
        // The AccessToken may have lapsed between our check and the gateway's: renew it once.
        const ApiError &error = raw.error();
        if (error.isAuthFailure() && !m_renewalRetriedAccess) {
            m_renewalRetriedAccess = true;
            if (m_accessToken && m_accessToken->token == usedAccess)
                m_accessToken.reset();
            fetchAccessToken();
            return;
        }
        finishRenewal(error);
        return;
    }
    Result<QString> token = parse::messagingToken(raw.value());
    if (!token) {
        finishRenewal(token.error());
        return;
    }
    m_messagingToken = token.value();
    qCInfo(lcAuth) << "ccmessaging token obtained";
    finishRenewal(std::nullopt);
}

void TokenKeeper::finishRenewal(const std::optional<ApiError> &error)
{
    m_renewing = false;
    const bool gaveUp = error && error->kind() == ApiError::Kind::SignIn;
    m_lastRenewalEnd = gaveUp ? QDateTime() : now();
    // A network failure is paced by whoever retries (its own back-off); a refusal or a reply we
    // cannot use would only repeat, so the next renewal counts as a repeat.
    m_lastRenewalFailed = error && !error->isRetryable() && !gaveUp;
    if (error && !gaveUp) {
        m_lastRenewalProblem = error->toString();
        qCWarning(lcAuth).noquote() << "token renewal failed:" << error->toString();
    }
    auto waiters = std::exchange(m_waiters, {});
    QPointer<TokenKeeper> alive(this);
    for (Waiter &waiter : waiters) {
        if (!alive)
            return; // a callback destroyed the client
        waiter.resume(error);
    }
}

} // namespace cec
