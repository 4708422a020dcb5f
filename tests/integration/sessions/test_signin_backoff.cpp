// Back-off against a hostile or broken service (issue 8): token renewals that keep failing or whose
// tokens are refused at once are paced and bounded, and chat polling gives up after its bound,
// each ending the session in a clear state instead of looping for ever.
#include "chatsession.h"
#include "sessiontest.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace cec::test {
namespace {

// Short pauses so that a test runs through a whole streak in about a second.
constexpr int kSignInBound = 4;

class SignInBackoffTest : public SessionTest
{
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        if (HasFatalFailure())
            return;
        ClientConfig config = m_sim.clientConfig(kUserId);
        config.signInBackoff = {50ms, 200ms, BackoffPolicy::Jitter::Equal, kSignInBound};
        config.random = [] { return 0.5; };
        m_client = std::make_unique<CecClient>(config, &m_network);
    }

    void connectSession(int pollGiveUp = 0)
    {
        ChatSessionOptions options;
        options.pollInterval = 100ms;
        options.minBackoff = 100ms;
        options.maxBackoff = 400ms;
        options.giveUpAfterFailures = pollGiveUp;
        m_session = std::make_unique<ChatSession>(*m_client, options);
        QObject::connect(m_session.get(), &ChatSession::errorOccurred,
                         [this](const ApiError &error) { m_errors.push_back(error); });
        QObject::connect(m_session.get(), &ChatSession::linkChanged,
                         [this](ChatSession::Link link, int) { m_links.push_back(link); });
        m_session->connectToService();
        ASSERT_TRUE(
            waitFor([this] { return m_session->state() == ChatSession::State::Connected; }));
    }

    qsizetype count(QLatin1StringView path) { return requestsTo(path).size(); }

    bool failed() const { return m_session->state() == ChatSession::State::Failed; }

    std::unique_ptr<ChatSession> m_session;
    std::vector<ApiError> m_errors;
    std::vector<ChatSession::Link> m_links;
};

// A hostile server rotates the ccmessaging-token to garbage on every answer: every poll then
// fails with 401, renewal fixes it for exactly one poll, and without a back-off that was a
// tokenByAkSk and an applyToken per poll, for ever (55 tokenByAkSk a minute).
TEST_F(SignInBackoffTest, GarbageRotatedTokenIsRenewedAtAPaceAndThenGivenUp)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    const qsizetype tokensBefore = count(protocol::path::kTokenByAkSk);
    m_sim.injectFault({{u"path"_s, QString(protocol::path::kPoll)},
                       {u"headers"_s, QJsonObject{{u"ccmessaging-token"_s, u"garbage-token"_s}}},
                       {u"times"_s, -1}});

    ASSERT_TRUE(waitFor([this] { return failed(); }))
        << "still renewing: " << count(protocol::path::kTokenByAkSk);
    ASSERT_FALSE(m_errors.empty());
    EXPECT_EQ(m_errors.back().kind(), ApiError::Kind::SignIn)
        << m_errors.back().toString().toStdString();
    EXPECT_FALSE(m_errors.back().userMessage().isEmpty());
    // One sign-in per renewal of the streak, the last one refused without a request.
    EXPECT_LE(count(protocol::path::kTokenByAkSk) - tokensBefore, kSignInBound);
    EXPECT_LE(count(protocol::path::kApplyToken), kSignInBound + 1);
}

// A token service whose tokens are dead on arrival ("Expires":"0", or unknown to the gateway):
// the floor of 60 s keeps the client from renewing before every call, and the pacing keeps the
// refusals from becoming a renewal per poll; in the end the session says signing in fails.
TEST_F(SignInBackoffTest, TokenThatDiesAtOnceIsRenewedAtAPaceAndThenGivenUp)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    const qsizetype tokensBefore = count(protocol::path::kTokenByAkSk);
    m_sim.injectFault({{u"path"_s, QString(protocol::path::kTokenByAkSk)},
                       {u"status"_s, 200},
                       {u"body"_s, QJsonObject{{u"AccessToken"_s, u"dead-on-arrival"_s},
                                               {u"ApplyType"_s, u"Bearer"_s},
                                               {u"Expires"_s, u"0"_s}}},
                       {u"times"_s, -1}});
    m_sim.control("POST", u"/sim/tokens/expire"_s, {{u"which"_s, u"both"_s}});

    ASSERT_TRUE(waitFor([this] { return failed(); }))
        << "still renewing: " << count(protocol::path::kTokenByAkSk);
    ASSERT_FALSE(m_errors.empty());
    EXPECT_EQ(m_errors.back().kind(), ApiError::Kind::SignIn)
        << m_errors.back().toString().toStdString();
    // A renewal may fetch the AccessToken twice (applyToken refusing the first is retried once).
    EXPECT_LE(count(protocol::path::kTokenByAkSk) - tokensBefore, 2 * kSignInBound);
}

// A token service whose tokens die a second after issue while it states "Expires":"0" (then
// "-1"): each renewal helps for exactly one poll, which without a back-off was a tokenByAkSk per
// poll for ever (171 requests a minute). The renewals are paced, bounded, and then given up.
TEST_F(SignInBackoffTest, TokenThatKeepsDyingIsRenewedAtAPaceAndThenGivenUp)
{
    for (const QString &stated : {u"0"_s, u"-1"_s}) {
        SCOPED_TRACE(stated.toStdString());
        m_sim.configure(
            {{u"accessTokenDiesAfterMs"_s, 300}, {u"accessTokenStatedExpires"_s, stated}});
        connectSession();
        ASSERT_FALSE(HasFatalFailure());
        const qsizetype tokensBefore = count(protocol::path::kTokenByAkSk);
        ASSERT_TRUE(waitFor([this] { return failed(); }))
            << "still renewing: " << count(protocol::path::kTokenByAkSk);
        ASSERT_FALSE(m_errors.empty());
        EXPECT_EQ(m_errors.back().kind(), ApiError::Kind::SignIn)
            << m_errors.back().toString().toStdString();
        // Each renewal of the streak may fetch the AccessToken twice (applyToken refusing the
        // first is retried once); the last one of the streak is refused without a request.
        EXPECT_LE(count(protocol::path::kTokenByAkSk) - tokensBefore, 2 * kSignInBound);
        m_errors.clear();
    }
}

// Renewals that are far apart (by the injected clock) are not a streak: each starts at once and
// none is ever refused, however many there are.
TEST_F(SignInBackoffTest, RenewalsFarApartAreNeverPacedOrRefused)
{
    QDateTime fakeNow = QDateTime::currentDateTimeUtc();
    ClientConfig config = m_sim.clientConfig(kUserId);
    config.signInBackoff = {50ms, 200ms, BackoffPolicy::Jitter::Equal, 2};
    config.clock = [&fakeNow] { return fakeNow; };
    m_client = std::make_unique<CecClient>(config, &m_network);
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    for (int round = 0; round < 4; ++round) {
        fakeNow = fakeNow.addSecs(10 * 60);
        const qsizetype before = count(protocol::path::kTokenByAkSk);
        m_sim.control("POST", u"/sim/tokens/expire"_s, {{u"which"_s, u"both"_s}});
        ASSERT_TRUE(waitFor([&] { return count(protocol::path::kTokenByAkSk) > before; }));
    }
    ASSERT_TRUE(waitFor([this] {
        return m_network.answered(protocol::path::kPoll) ==
               m_network.created(protocol::path::kPoll);
    }));
    EXPECT_FALSE(failed());
    for (const ApiError &error : m_errors)
        EXPECT_NE(error.kind(), ApiError::Kind::SignIn);
}

// Polls that keep failing back off and, after the bound, end the session with the last error.
TEST_F(SignInBackoffTest, PollsThatKeepFailingGiveUpWithTheirError)
{
    connectSession(/*pollGiveUp=*/3);
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kPoll)}, {u"status"_s, 503}, {u"times"_s, -1}});
    ASSERT_TRUE(waitFor([this] { return failed(); }));
    EXPECT_NE(std::find(m_links.begin(), m_links.end(), ChatSession::Link::Reconnecting),
              m_links.end());
    ASSERT_FALSE(m_errors.empty());
    EXPECT_EQ(m_errors.back().httpStatus(), 503);
    ASSERT_TRUE(m_session->linkError().has_value());
    EXPECT_EQ(m_session->linkError()->httpStatus(), 503);
    // Three polls failed, then no more.
    const qsizetype polls = m_network.created(protocol::path::kPoll);
    EXPECT_EQ(requestsAfterQuiet(protocol::path::kPoll, 400ms), polls);
    const QList<QJsonObject> logged = requestsTo(protocol::path::kPoll);
    const auto failedPolls = std::count_if(logged.cbegin(), logged.cend(), [](const auto &request) {
        return request.value(u"status"_s).toInt() == 503;
    });
    EXPECT_EQ(failedPolls, 3);
}

} // namespace
} // namespace cec::test
