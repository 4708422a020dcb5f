#include "apierror.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using cec::ApiError;
using Kind = cec::ApiError::Kind;

TEST(ApiErrorMessage, TransportNamesTheHost)
{
    ApiError error(Kind::Transport, u"send"_s, u"Connection refused"_s);
    error.setHost(u"service.besclouds.com"_s);
    EXPECT_EQ(error.userMessage(),
              u"Could not reach the contact centre at service.besclouds.com. Check your network "
              "connection or proxy settings."_s);
    EXPECT_TRUE(error.isRetryable());
    EXPECT_TRUE(ApiError(Kind::Transport, u"send"_s, {})
                    .userMessage()
                    .startsWith(u"Could not reach the contact centre."_s));
}

TEST(ApiErrorMessage, EveryKindHasAnActionableSentence)
{
    struct Case
    {
        ApiError error;
        QString mustContain;
        bool retryable;
    };
    const Case cases[] = {
        {ApiError(Kind::Tls, u"send"_s, u"self-signed"_s), u"certificate is not trusted"_s, false},
        {ApiError(Kind::Timeout, u"poll"_s, {}), u"did not answer in time"_s, true},
        {ApiError(Kind::Http, u"poll"_s, u"Internal Server Error"_s, 500), u"HTTP 500"_s, true},
        {ApiError(Kind::Http, u"poll"_s, {}, 404), u"server address"_s, false},
        {ApiError(Kind::Http, u"poll"_s, {}, 400), u"HTTP 400"_s, false},
        {ApiError(Kind::Http, u"poll"_s, {}, 401), u"app key"_s, false},
        {ApiError(Kind::Gateway, u"poll"_s, u"auth fail!"_s, 403, u"APIGW.0307"_s), u"app key"_s,
         false},
        {ApiError(Kind::Gateway, u"poll"_s, u"flow control"_s, 429, u"APIGW.0308"_s),
         u"flow control"_s, false},
        {ApiError(Kind::Gateway, u"poll"_s, u"backend down"_s, 502, u"APIGW.0201"_s),
         u"backend down"_s, true},
        {ApiError(Kind::Result, u"send"_s, u"not within working time"_s, 0, u"12"_s),
         u"The contact centre is outside its working hours. You can leave a message."_s, false},
        {ApiError(Kind::Result, u"createClickToCall"_s, {}, 0, u"7"_s),
         u"Calls are not available"_s, false},
        {ApiError(Kind::Result, u"queryQueueInfo"_s, {}, 0, u"160004"_s), u"already ended"_s,
         false},
        {ApiError(Kind::Result, u"send"_s, u"sendUserMessage failed"_s, 0, u"13"_s),
         u"sendUserMessage failed, code 13"_s, false},
        {ApiError(Kind::Malformed, u"poll"_s, u"reply is not JSON"_s), u"does not understand"_s,
         false},
        {ApiError(Kind::Rejected, u"send"_s, u"The message is too long."_s),
         u"The message is too long."_s, false},
        {ApiError(Kind::Cancelled, u"send"_s, {}), u"cancelled"_s, false},
    };
    for (const Case &c : cases) {
        const QString message = c.error.userMessage();
        EXPECT_TRUE(message.contains(c.mustContain)) << message.toStdString();
        EXPECT_TRUE(message.endsWith(u'.')) << message.toStdString();
        EXPECT_EQ(c.error.isRetryable(), c.retryable) << c.error.toString().toStdString();
    }
    EXPECT_EQ(ApiError(Kind::Result, u"send"_s, {}, 0, u"12"_s).userMessage(),
              u"The contact centre is outside its working hours. You can leave a message."_s);
}

TEST(ApiErrorMessage, AuthFailureAndToString)
{
    const ApiError forbidden(Kind::Gateway, u"poll"_s, u"auth fail!"_s, 403, u"APIGW.0307"_s);
    EXPECT_TRUE(forbidden.isAuthFailure());
    EXPECT_FALSE(ApiError(Kind::Result, u"download"_s, {}, 0, u"401"_s).isAuthFailure());
    const QString text = forbidden.toString();
    EXPECT_TRUE(text.contains(u"gateway"_s));
    EXPECT_TRUE(text.contains(u"poll"_s));
    EXPECT_TRUE(text.contains(u"403"_s));
    EXPECT_TRUE(text.contains(u"APIGW.0307"_s));
}

TEST(ResultType, ValueAndError)
{
    cec::Result<int> value(42);
    EXPECT_TRUE(value.ok());
    EXPECT_EQ(value.value(), 42);
    cec::Result<int> error(ApiError(Kind::Timeout, u"poll"_s, {}));
    EXPECT_FALSE(error);
    EXPECT_EQ(error.error().kind(), Kind::Timeout);
}
