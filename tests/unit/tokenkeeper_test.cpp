// The token keeper on its own: no network, an injected clock, and the token requests answered by
// the test. Renewal at 80 % of the lifetime, one renewal for many waiters, rotation, dropping only
// the refused tokens, and the sign-in back-off ending in ApiError::Kind::SignIn.
#include "clientconfig.h"
#include "tokenkeeper_p.h"
#include "waitfor.h"

#include <gtest/gtest.h>

#include <QSignalSpy>

#include <memory>
#include <optional>
#include <vector>

namespace cec::test {
namespace {

using namespace Qt::StringLiterals;

class TokenKeeperTest : public ::testing::Test
{
protected:
    TokenKeeperTest()
    {
        config.appKey = u"key"_s;
        config.appSecret = u"secret"_s;
        config.userId = u"user"_s;
        config.channelId = u"channel"_s;
        config.clock = [this] { return clockNow; };
        config.random = [] { return 0.0; };
        config.signInBackoff = {std::chrono::milliseconds(1), std::chrono::milliseconds(1),
                                BackoffPolicy::Jitter::None, 2};
        keeper = std::make_unique<TokenKeeper>(
            config, [this](const std::shared_ptr<PendingCall> &call) { calls.push_back(call); });
    }

    // Answers the newest token request.
    void answer(const QByteArray &json)
    {
        ASSERT_FALSE(calls.empty());
        auto complete = std::exchange(calls.back()->complete, nullptr);
        ASSERT_TRUE(complete);
        complete(json);
    }
    void answerAccess(const QString &token, int expiresSeconds = 600)
    {
        ASSERT_EQ(calls.back()->spec.operation, u"tokenByAkSk"_s);
        answer(u"{\"AccessToken\":\"%1\",\"Expires\":\"%2\"}"_s.arg(token)
                   .arg(expiresSeconds)
                   .toUtf8());
    }
    void answerMessaging(const QString &token)
    {
        ASSERT_EQ(calls.back()->spec.operation, u"applyToken"_s);
        answer(u"{\"token\":\"%1\",\"resultCode\":\"0\"}"_s.arg(token).toUtf8());
    }

    // Requires both tokens; the result lands in `outcome` once the keeper resumes.
    struct Outcome
    {
        bool resumed = false;
        std::optional<ApiError> error;
    };
    std::shared_ptr<Outcome> require(bool afterAuthFailure = false)
    {
        auto outcome = std::make_shared<Outcome>();
        keeper->requireTokens(
            true,
            [outcome](std::optional<ApiError> error) {
                outcome->resumed = true;
                outcome->error = std::move(error);
            },
            afterAuthFailure);
        return outcome;
    }

    void signIn(const QString &access, const QString &messaging)
    {
        const auto outcome = require();
        answerAccess(access);
        answerMessaging(messaging);
        ASSERT_TRUE(outcome->resumed);
        ASSERT_FALSE(outcome->error);
    }

    QDateTime clockNow = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    ClientConfig config;
    std::vector<std::shared_ptr<PendingCall>> calls;
    std::unique_ptr<TokenKeeper> keeper;
};

TEST_F(TokenKeeperTest, RenewsTheAccessTokenAtEightyPercentOfItsLifetime)
{
    signIn(u"a1"_s, u"m1"_s);
    ASSERT_EQ(calls.size(), 2u);
    EXPECT_EQ(calls[1]->usedAccessToken, u"a1"_s); // applyToken carries the new AccessToken

    clockNow = clockNow.addSecs(479); // 600 s lifetime: renewal due at 480 s
    const auto early = require();
    EXPECT_TRUE(early->resumed);
    EXPECT_EQ(calls.size(), 2u);
    EXPECT_EQ(keeper->accessToken(), u"a1"_s);

    clockNow = clockNow.addSecs(1);
    QSignalSpy renewed(keeper.get(), &TokenKeeper::accessTokenRenewed);
    const auto due = require();
    EXPECT_FALSE(due->resumed);
    ASSERT_EQ(calls.size(), 3u);
    answerAccess(u"a2"_s);
    EXPECT_TRUE(due->resumed);
    EXPECT_FALSE(due->error);
    EXPECT_EQ(renewed.count(), 1);
    EXPECT_EQ(keeper->accessToken(), u"a2"_s);
    EXPECT_EQ(keeper->messagingToken(), u"m1"_s); // still valid: not fetched again
    EXPECT_EQ(calls.size(), 3u);
}

TEST_F(TokenKeeperTest, ManyWaitersShareOneRenewal)
{
    const auto first = require();
    const auto second = require();
    const auto third = require();
    ASSERT_EQ(calls.size(), 1u);
    answerAccess(u"a1"_s);
    ASSERT_EQ(calls.size(), 2u);
    EXPECT_FALSE(first->resumed);
    answerMessaging(u"m1"_s);
    EXPECT_EQ(calls.size(), 2u);
    for (const auto &outcome : {first, second, third}) {
        EXPECT_TRUE(outcome->resumed);
        EXPECT_FALSE(outcome->error);
    }
}

TEST_F(TokenKeeperTest, ARotatedMessagingTokenReplacesTheOldOneOnce)
{
    signIn(u"a1"_s, u"m1"_s);
    QSignalSpy rotated(keeper.get(), &TokenKeeper::messagingTokenRotated);
    keeper->takeRotatedMessagingToken(u"m2"_s);
    keeper->takeRotatedMessagingToken(u"m2"_s);
    EXPECT_EQ(keeper->messagingToken(), u"m2"_s);
    EXPECT_EQ(rotated.count(), 1);
}

// Concurrent failures share one renewal: a request that sent tokens already replaced drops
// nothing, and a 403 blames only the AccessToken.
TEST_F(TokenKeeperTest, OnlyTheRefusedTokensStillInUseAreDropped)
{
    signIn(u"a1"_s, u"m1"_s);
    PendingCall stale;
    stale.usedAccessToken = u"a0"_s;
    stale.usedMessagingToken = u"m0"_s;
    keeper->dropRefusedTokens(stale, 401);
    EXPECT_EQ(keeper->accessToken(), u"a1"_s);
    EXPECT_EQ(keeper->messagingToken(), u"m1"_s);

    PendingCall current;
    current.usedAccessToken = u"a1"_s;
    current.usedMessagingToken = u"m1"_s;
    keeper->dropRefusedTokens(current, 403);
    EXPECT_EQ(keeper->accessToken(), QString());
    EXPECT_EQ(keeper->messagingToken(), u"m1"_s);
    keeper->dropRefusedTokens(current, 401);
    EXPECT_EQ(keeper->messagingToken(), QString());
}

// Tokens the service refuses at once: the next renewal waits its back-off instead of starting at
// once, and past the policy's bound (2 here) the waiter gets SignIn and no request is made.
TEST_F(TokenKeeperTest, RenewalsWhoseTokensAreRefusedArePacedThenGiveUp)
{
    signIn(u"a1"_s, u"m1"_s);
    PendingCall refused;
    refused.spec.operation = u"poll"_s;
    refused.usedAccessToken = u"a1"_s;
    refused.usedMessagingToken = u"m1"_s;
    keeper->dropRefusedTokens(refused, 401);
    const auto paced = require(/*afterAuthFailure=*/true);
    EXPECT_EQ(calls.size(), 2u); // waits its pause first
    ASSERT_TRUE(waitFor([&] { return calls.size() == 3u; }));
    answerAccess(u"a2"_s);
    answerMessaging(u"m2"_s);
    ASSERT_TRUE(paced->resumed);
    EXPECT_FALSE(paced->error);

    refused.usedAccessToken = u"a2"_s;
    refused.usedMessagingToken = u"m2"_s;
    keeper->dropRefusedTokens(refused, 401);
    const auto givenUp = require(/*afterAuthFailure=*/true);
    ASSERT_TRUE(givenUp->resumed);
    ASSERT_TRUE(givenUp->error);
    EXPECT_EQ(givenUp->error->kind(), ApiError::Kind::SignIn);
    EXPECT_EQ(calls.size(), 4u);
}

} // namespace
} // namespace cec::test
