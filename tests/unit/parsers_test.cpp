// Every example reply of the vendor pages summarised in docs/cec-api.md, including the
// click-to-call code example page (the seed, docs/cec-api.md §4.3), through the lenient parsers.
// The seed prints its event bodies without quotes and commas; they appear here as the JSON they
// obviously stand for.
#include "types.h"

#include <gtest/gtest.h>

#include <QJsonObject>

using namespace Qt::StringLiterals;
using cec::ApiError;
namespace parse = cec::parse;
using Kind = cec::ApiError::Kind;

namespace {

QByteArray json(const char *text)
{
    return QByteArray(text);
}

struct ErrorCase
{
    const char *name;
    const char *body;
    Kind kind;
    const char *code = "";
};

} // namespace

// --- tokens ------------------------------------------------------------------------------------

TEST(ParseAccessToken, DocumentedReply)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto token = parse::accessToken(
        json(R"({"AccessToken":"zzzzabc","ApplyType":"Bearer","CreateTime":"1545650171",)"
             R"("Expires":"600","Scope":"XXXX","AppKey":"key","UserID":"Anonymous"})"),
        now);
    ASSERT_TRUE(token.ok()) << token.error().toString().toStdString();
    EXPECT_EQ(token->token, u"zzzzabc"_s);
    EXPECT_EQ(token->lifetimeSeconds, 600);
    EXPECT_EQ(token->createdAt, now);
    EXPECT_EQ(token->expiresAt(), now.addSecs(600));
}

TEST(ParseAccessToken, NumericExpiresAndMissingExpires)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(
        parse::accessToken(json(R"({"AccessToken":"t","Expires":1200})"), now)->lifetimeSeconds,
        1200);
    EXPECT_EQ(parse::accessToken(json(R"({"AccessToken":"t"})"), now)->lifetimeSeconds, 600);
}

// A hostile or broken service must not make every request renew the token first (0, negative,
// tiny), nor a token live for days (absurd): the lifetime is kept within [60 s, 3600 s].
TEST(ParseAccessToken, StatedLifetimeIsKeptWithinAFloorAndACeiling)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto lifetimeOf = [&](const char *expires) {
        const QByteArray body = QByteArray(R"({"AccessToken":"t","Expires":)") + expires + '}';
        return parse::accessToken(body, now)->lifetimeSeconds;
    };
    EXPECT_EQ(lifetimeOf("0"), 60);
    EXPECT_EQ(lifetimeOf("-5"), 60);
    EXPECT_EQ(lifetimeOf("\"1\""), 60);
    EXPECT_EQ(lifetimeOf("59"), 60);
    EXPECT_EQ(lifetimeOf("3600"), 3600);
    EXPECT_EQ(lifetimeOf("86400"), 3600);
    EXPECT_EQ(lifetimeOf("1000000000000"), 3600);
}

TEST(ParseAccessToken, Errors)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_EQ(parse::accessToken(json(R"({"ApplyType":"Bearer"})"), now).error().kind(),
              Kind::Malformed);
    EXPECT_EQ(parse::accessToken(json(R"({"AccessToken":42})"), now).error().kind(),
              Kind::Malformed);
    EXPECT_EQ(
        parse::accessToken(json(R"({"AccessToken":"t","Expires":"soon"})"), now).error().kind(),
        Kind::Malformed);
    EXPECT_EQ(parse::accessToken(json("not json"), now).error().kind(), Kind::Malformed);
    const auto gateway =
        parse::accessToken(json(R"({"errorCode":"APIGW.0301","exceptionInfo":"bad key"})"), now);
    ASSERT_FALSE(gateway.ok());
    EXPECT_EQ(gateway.error().kind(), Kind::Gateway);
    EXPECT_EQ(gateway.error().code(), u"APIGW.0301"_s);
}

TEST(ParseMessagingToken, DocumentedReplies)
{
    const auto plain = parse::messagingToken(json(
        R"({"token":"eyJjcmVhdGVUaW1lIjoxNjE5NTczMTEx%3D","resultCode":"0","resultDesc":null})"));
    ASSERT_TRUE(plain.ok());
    EXPECT_EQ(plain.value(), u"eyJjcmVhdGVUaW1lIjoxNjE5NTczMTEx%3D"_s);

    // One documented example wraps the token in an extra pair of quotes.
    const auto quoted =
        parse::messagingToken(json(R"({"token":"\"eyJjcmVhdGVUaW1lI%3D\"","resultCode":"0"})"));
    ASSERT_TRUE(quoted.ok());
    EXPECT_EQ(quoted.value(), u"eyJjcmVhdGVUaW1lI%3D"_s);
}

TEST(ParseMessagingToken, Errors)
{
    const auto failure = parse::messagingToken(json(R"({"resultCode":"1","resultDesc":"failed"})"));
    ASSERT_FALSE(failure.ok());
    EXPECT_EQ(failure.error().kind(), Kind::Result);
    EXPECT_EQ(failure.error().code(), u"1"_s);
    EXPECT_EQ(parse::messagingToken(json(R"({"resultCode":"0"})")).error().kind(), Kind::Malformed);
    EXPECT_EQ(parse::messagingToken(json(R"({"resultCode":"0","token":""})")).error().kind(),
              Kind::Malformed);
    EXPECT_EQ(parse::messagingToken(json(R"({"token":"abc"})")).error().kind(), Kind::Malformed);
}

// --- plain business replies --------------------------------------------------------------------

TEST(ParsePlainReply, DocumentedSuccesses)
{
    const char *bodies[] = {
        R"({"resultCode":"0","resultDesc":"connect to robot successfully."})",
        R"({"resultCode":"0","resultDesc":"send sendMessageForOpenApiAsync success."})",
        R"({"resultCode":"0","resultDesc":"sendUserMessage successfully."})",
        R"({"resultCode":"0","resultDesc":"disconnect successfully"})",
        R"({"returnCode":"0"})",                                           // old saveSatisfaction
        R"({"resultCode":"0","resultDesc":"Save satisfaction success"})",  // saveSatisfaction
        R"({"resultCode":"0","resultDesc":"Save leaveMessage success!"})", // doLeaveMessage
        R"({"resultCode":"0"})",                    // doLeaveMessage, no text
        R"({"resultCode":"0","resultDesc":""})",    // createClickToCall / drop
        R"({"resultCode":"0","resultDesc:":null})", // createClickToCall sample, key typo
        R"({"resultCode":0})",                      // number instead of string
    };
    for (const char *body : bodies) {
        const auto reply = parse::plainReply(json(body), u"test"_s);
        EXPECT_TRUE(reply.ok()) << body << " -> " << reply.error().toString().toStdString();
    }
    EXPECT_TRUE(parse::sendReply(json(bodies[0])).ok());
}

TEST(ParsePlainReply, BusinessFailures)
{
    const ErrorCase cases[] = {
        {"out of hours",
         R"({"resultCode":"12","resultDesc":"The current time is not within the working time of the service agents"})",
         Kind::Result, "12"},
        {"no ccucs", R"({"resultCode":"13","resultDesc":"No ccucs address available!"})",
         Kind::Result, "13"},
        {"transfer failed",
         R"({"resultCode":"13","resultDesc":"transfer to agent failed, none channel config found."})",
         Kind::Result, "13"},
        {"click to call unsupported", R"({"resultCode":"7","resultDesc":"not supported"})",
         Kind::Result, "7"},
        {"numeric code", R"({"resultCode":12})", Kind::Result, "12"},
        {"return code", R"({"returnCode":"13"})", Kind::Result, "13"},
        {"leave message bad params",
         R"({"resultCode":"3","resultDesc":"the leaveMessageParams is error."})", Kind::Result,
         "3"},
        {"not json", "<html>oops</html>", Kind::Malformed},
        {"empty", "", Kind::Malformed},
        {"array", R"([{"resultCode":"0"}])", Kind::Malformed},
        {"no code", R"({"resultDesc":"hello"})", Kind::Malformed},
        {"code is an object", R"({"resultCode":{"v":0}})", Kind::Malformed},
    };
    for (const ErrorCase &c : cases) {
        const auto reply = parse::plainReply(json(c.body), u"send"_s);
        ASSERT_FALSE(reply.ok()) << c.name;
        EXPECT_EQ(reply.error().kind(), c.kind) << c.name;
        EXPECT_EQ(reply.error().code(), QString::fromLatin1(c.code)) << c.name;
        EXPECT_EQ(reply.error().endpoint(), u"send"_s) << c.name;
    }
    const auto typo = parse::plainReply(
        json(R"({"resultCode":"13","resultDesc:":"connect failed"})"), u"createClickToCall"_s);
    EXPECT_EQ(typo.error().detail(), u"connect failed"_s);
}

TEST(ParseBusinessObject, AllowMissingCode)
{
    EXPECT_TRUE(parse::businessObject(json(R"({"x":1})"), u"t"_s, true).ok());
    EXPECT_FALSE(parse::businessObject(json(R"({"x":1})"), u"t"_s, false).ok());
    EXPECT_EQ(parse::businessObject(json(R"({"resultCode":"2"})"), u"t"_s, true).error().kind(),
              Kind::Result);
}

// --- poll --------------------------------------------------------------------------------------

TEST(ParsePoll, DocumentedExampleWithTwoMessages)
{
    const auto reply = parse::pollReply(json(R"JSON(
{"resultCode":"0","resultDesc":"query user messages success.","downlinkMessages":[
 {"from":"1011577355744904195","channel":"WEB","to":"session_fixed_user_fixed","controlType":"CHAT",
  "mediaType":"TEXT","content":"…","simQuestions":null,"senderNickname":"test","senderAvatar":"1",
  "timestamp":1619590480756,"sourceType":"ROBOT","callId":null,"robotGender":"MALE"},
 {"from":"1011577355744904195","channel":"WEB","to":"session_fixed_user_fixed","controlType":"CHAT",
  "mediaType":"TEXT","content":"已接通座席。","senderNickname":"系统","senderAvatar":null,
  "timestamp":1619590484115,"sourceType":"SYSTEM","callId":null,"robotGender":null}]})JSON"));
    ASSERT_TRUE(reply.ok()) << reply.error().toString().toStdString();
    ASSERT_EQ(reply->messages.size(), 2);
    const cec::DownlinkMessage &bot = reply->messages[0];
    EXPECT_EQ(bot.sourceType, cec::protocol::SourceType::Robot);
    EXPECT_EQ(bot.controlType, cec::protocol::ControlType::Chat);
    EXPECT_EQ(bot.mediaType, cec::protocol::MediaType::Text);
    EXPECT_EQ(bot.content, u"…"_s);
    EXPECT_EQ(bot.from, u"1011577355744904195"_s);
    EXPECT_EQ(bot.to, u"session_fixed_user_fixed"_s);
    EXPECT_EQ(bot.senderNickname, u"test"_s);
    EXPECT_EQ(bot.timestamp.toMSecsSinceEpoch(), 1619590480756);
    EXPECT_TRUE(bot.suggestedQuestions.isEmpty());
    EXPECT_TRUE(bot.callId.isEmpty());
    const cec::DownlinkMessage &system = reply->messages[1];
    EXPECT_EQ(system.sourceType, cec::protocol::SourceType::System);
    EXPECT_EQ(system.content, u"已接通座席。"_s);
    EXPECT_EQ(system.senderNickname, u"系统"_s);
    EXPECT_EQ(system.timestamp.toMSecsSinceEpoch(), 1619590484115);
    // Neither has a messageCode: derived keys are stable and distinct.
    EXPECT_TRUE(bot.dedupKey().startsWith(u"derived:"_s));
    EXPECT_NE(bot.dedupKey(), system.dedupKey());
    EXPECT_EQ(bot.dedupKey(), parse::pollReply(json(R"({"resultCode":"0","downlinkMessages":[
 {"from":"1011577355744904195","to":"session_fixed_user_fixed","controlType":"CHAT",
  "mediaType":"TEXT","content":"…","timestamp":"1619590480756"}]})"))
                                  ->messages[0]
                                  .dedupKey());
}

// QJsonDocument refuses a whole document for one invalid UTF-8 sequence; the poll must not lose
// the other messages (nor this one) for it.
TEST(ParsePoll, InvalidUtf8BecomesReplacementCharactersAndNothingIsLost)
{
    QByteArray body = R"({"resultCode":"0","downlinkMessages":[
 {"controlType":"CHAT","mediaType":"TEXT","sourceType":"AGENT","messageCode":"m1","content":"ok"},
 {"controlType":"CHAT","mediaType":"TEXT","sourceType":"AGENT","messageCode":"m2",
  "senderNickname":"Al@ce","content":"bad @ byte, overlong @ and cut @"}]})";
    const QList<QByteArray> bad{"\xFF", "\xC0\xAF", "\xE2\x82"};
    body.replace("Al@ce", "Al\xFE"
                          "ce");
    for (const QByteArray &sequence : bad)
        body.replace(body.indexOf('@'), 1, sequence);
    const auto reply = parse::pollReply(body);
    ASSERT_TRUE(reply.ok()) << reply.error().toString().toStdString();
    ASSERT_EQ(reply->messages.size(), 2);
    EXPECT_EQ(reply->messages[0].content, u"ok"_s);
    const cec::DownlinkMessage &broken = reply->messages[1];
    EXPECT_EQ(broken.messageCode, u"m2"_s);
    EXPECT_EQ(broken.senderNickname, u"Al\uFFFDce"_s);
    EXPECT_TRUE(broken.content.startsWith(u"bad \uFFFD byte, overlong \uFFFD"_s))
        << broken.content.toStdString(); // (one U+FFFD or two for the overlong pair)
    EXPECT_TRUE(broken.content.contains(u" and cut \uFFFD"_s)) << broken.content.toStdString();
    EXPECT_TRUE(QStringView(broken.content).isValidUtf16());
}

TEST(ParsePoll, EmptyAndMissingListsAndFailures)
{
    EXPECT_TRUE(
        parse::pollReply(json(R"({"resultCode":"0","downlinkMessages":[]})"))->messages.isEmpty());
    EXPECT_TRUE(parse::pollReply(json(R"({"resultCode":"0"})"))->messages.isEmpty());
    EXPECT_TRUE(parse::pollReply(json(R"({"resultCode":"0","downlinkMessages":null})"))
                    ->messages.isEmpty());
    EXPECT_EQ(parse::pollReply(json(R"({"resultCode":"0","downlinkMessages":{}})")).error().kind(),
              Kind::Malformed);
    EXPECT_EQ(
        parse::pollReply(json(R"({"resultCode":"0","downlinkMessages":["x"]})")).error().kind(),
        Kind::Malformed);
    EXPECT_EQ(parse::pollReply(json(R"({"resultCode":"1"})")).error().kind(), Kind::Result);
}

TEST(ParsePoll, FieldLeniency)
{
    const auto reply = parse::pollReply(json(R"JSON({"resultCode":"0","downlinkMessages":[
 {"controlType":"chat","mediaType":"IMAGE","content":"obj-1","sourceType":"AGENT",
  "timestamp":"1619590480756","messageCode":12345,"queueFlag":"Y","isOfflineStatus":"true",
  "contentType":"1","mediaFileType":"png","unknownField":{"a":[1,2]},"callId":"c-1"},
 {"controlType":"FUTURE_TYPE","mediaType":"HOLOGRAM","content":"x","sourceType":"ALIEN",
  "receiveTime":1619590480000}]})JSON"));
    ASSERT_TRUE(reply.ok());
    const cec::DownlinkMessage &image = reply->messages[0];
    EXPECT_EQ(image.controlType, cec::protocol::ControlType::Chat);
    EXPECT_EQ(image.mediaType, cec::protocol::MediaType::Image);
    EXPECT_EQ(image.sourceType, cec::protocol::SourceType::Agent);
    EXPECT_EQ(image.timestamp.toMSecsSinceEpoch(), 1619590480756);
    EXPECT_EQ(image.messageCode, u"12345"_s);
    EXPECT_EQ(image.dedupKey(), u"12345"_s);
    EXPECT_TRUE(image.queued);
    EXPECT_TRUE(image.offline);
    EXPECT_EQ(image.contentType, u"1"_s);
    EXPECT_EQ(image.mediaFileType, u"png"_s);
    EXPECT_EQ(image.callId, u"c-1"_s);
    const cec::DownlinkMessage &odd = reply->messages[1];
    EXPECT_EQ(odd.controlTypeText, u"FUTURE_TYPE"_s);
    EXPECT_EQ(odd.mediaTypeText, u"HOLOGRAM"_s);
    EXPECT_EQ(odd.sourceType, cec::protocol::SourceType::Unknown);
    EXPECT_EQ(odd.timestamp.toMSecsSinceEpoch(), 1619590480000);
}

TEST(ParseDownlink, SimQuestionsInEveryShape)
{
    struct Case
    {
        const char *name;
        const char *simQuestions;
        QStringList expected;
    };
    const Case cases[] = {
        {"null", "null", {}},
        {"absent", nullptr, {}},
        {"array", R"(["Opening hours?","Delivery"])", {u"Opening hours?"_s, u"Delivery"_s}},
        {"array in a string",
         R"("[\"Opening hours?\",\"Delivery\"]")",
         {u"Opening hours?"_s, u"Delivery"_s}},
        {"plain string", R"("Opening hours?")", {u"Opening hours?"_s}},
        {"empty string", R"("")", {}},
    };
    for (const Case &c : cases) {
        QByteArray body = R"({"resultCode":"0","downlinkMessages":[{"controlType":"CHAT",)"
                          R"("mediaType":"TEXT","content":"hi","sourceType":"ROBOT")";
        if (c.simQuestions)
            body += QByteArray(R"(,"simQuestions":)") + c.simQuestions;
        body += "}]}";
        const auto reply = parse::pollReply(body);
        ASSERT_TRUE(reply.ok()) << c.name;
        EXPECT_EQ(reply->messages[0].suggestedQuestions, c.expected) << c.name;
    }
}

TEST(ParseDownlink, ReadContentAsArrayOrString)
{
    const char *contents[] = {R"(["m1","m2"])", R"("[\"m1\",\"m2\"]")", R"("m1,m2")"};
    for (const char *content : contents) {
        const QByteArray body =
            QByteArray(R"({"resultCode":"0","downlinkMessages":[{"controlType":"READ",)"
                       R"("mediaType":"TEXT","sourceType":"AGENT","content":)") +
            content + "}]}";
        const auto reply = parse::pollReply(body);
        ASSERT_TRUE(reply.ok()) << content;
        EXPECT_EQ(reply->messages[0].controlType, cec::protocol::ControlType::Read);
        EXPECT_EQ(reply->messages[0].readMessageCodes, (QStringList{u"m1"_s, u"m2"_s})) << content;
    }
}

// --- queue -------------------------------------------------------------------------------------

TEST(ParseQueueInfo, DocumentedExample)
{
    const auto info = parse::queueInfo(json(
        R"({"totalWaitTime":3,"resultCode":"0","longestWaitTime":3,"position":1,"currentDeviceWaitTime":3,"configMaxcWaitTime":60,"estimateWaitTime":60})"));
    ASSERT_TRUE(info.ok()) << info.error().toString().toStdString();
    EXPECT_TRUE(info->queued);
    EXPECT_EQ(info->position, 1);
    EXPECT_EQ(info->totalWaitSeconds, 3);
    EXPECT_EQ(info->longestWaitSeconds, 3);
    EXPECT_EQ(info->currentDeviceWaitSeconds, 3);
    EXPECT_EQ(info->configuredMaxWaitSeconds, 60);
    EXPECT_EQ(info->estimatedWaitSeconds, 60);
    EXPECT_EQ(info->resultCode, u"0"_s);
}

TEST(ParseQueueInfo, StringNumbersAndEndOfQueue)
{
    const auto info =
        parse::queueInfo(json(R"({"resultCode":0,"position":"4","estimateWaitTime":"120"})"));
    ASSERT_TRUE(info.ok());
    EXPECT_EQ(info->position, 4);
    EXPECT_EQ(info->estimatedWaitSeconds, 120);

    for (const char *code : {"160021", "160022"}) {
        const auto over = parse::queueInfo(QByteArray(R"({"resultCode":")") + code + R"("})");
        ASSERT_TRUE(over.ok()) << code;
        EXPECT_FALSE(over->queued);
        EXPECT_EQ(over->resultCode, QString::fromLatin1(code));
    }
    const auto ended = parse::queueInfo(json(R"({"resultCode":"160004"})"));
    EXPECT_EQ(ended.error().kind(), Kind::Result);
    EXPECT_EQ(ended.error().code(), u"160004"_s);
    EXPECT_EQ(parse::queueInfo(json(R"({"resultCode":"0"})")).error().kind(), Kind::Malformed);
    EXPECT_EQ(parse::queueInfo(json(R"({"resultCode":"0","position":1,"totalWaitTime":"x"})"))
                  .error()
                  .kind(),
              Kind::Malformed);
    EXPECT_EQ(parse::queueInfo(json(R"({"position":1})")).error().kind(), Kind::Malformed);
}

// Found by tests/fuzz (fuzz_click_to_call): a JSON number beyond qint64 was converted anyway, which
// is undefined behaviour (on x86 a queue position of 1e300 read as 0).
TEST(ParseQueueInfo, NumbersBeyondTheIntegerRangeAreMalformed)
{
    for (const char *position : {"1e300", "-1e300", "9223372036854775808"}) {
        const auto info =
            parse::queueInfo(QByteArray(R"({"resultCode":"0","position":)") + position + "}");
        ASSERT_FALSE(info.ok()) << position;
        EXPECT_EQ(info.error().kind(), Kind::Malformed) << position;
    }
    const auto event = parse::clickToCallEvent(json(R"({"resultCode":"0","eventId":1.6e92})"));
    ASSERT_FALSE(event.ok());
    EXPECT_EQ(event.error().kind(), Kind::Malformed);
    const auto poll = parse::pollReply(
        json(R"({"resultCode":"0","downlinkMessages":[{"messageCode":1e300,"content":"x"}]})"));
    ASSERT_TRUE(poll.ok());
    EXPECT_EQ(poll->messages.at(0).messageCode, QString::number(1e300, 'g', 17));
}

// --- files ---------------------------------------------------------------------------------------

TEST(ParseUpload, ReturnCodeAndResultCode)
{
    const auto old = parse::uploadReply(
        json(R"({"returnCode":"0","objectKey":"7d9fbcdd-e306-4b84-9831-163fb760cca9"})"));
    ASSERT_TRUE(old.ok());
    EXPECT_EQ(old.value(), u"7d9fbcdd-e306-4b84-9831-163fb760cca9"_s);
    EXPECT_TRUE(
        parse::uploadReply(json(R"({"resultCode":"0","resultDesc":"ok","objectKey":"k"})")).ok());
    EXPECT_EQ(parse::uploadReply(json(R"({"returnCode":"13"})")).error().code(), u"13"_s);
    EXPECT_EQ(parse::uploadReply(json(R"({"returnCode":"0"})")).error().kind(), Kind::Malformed);
}

TEST(ParseDownload, Base64Stream)
{
    const auto file = parse::downloadReply(
        json(R"({"fileStream":"aGVsbG8gd29ybGQ=","resultCode":"0","resultDesc":"success"})"));
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file.value(), QByteArray("hello world"));
    const auto missingKey =
        parse::downloadReply(json(R"({"resultCode":"401","resultDesc":"objectKey is null!"})"));
    EXPECT_EQ(missingKey.error().kind(), Kind::Result);
    EXPECT_EQ(missingKey.error().code(), u"401"_s);
    EXPECT_EQ(missingKey.error().httpStatus(), 0);
    EXPECT_EQ(parse::downloadReply(json(R"({"resultCode":"0","fileStream":"@@not base64@@"})"))
                  .error()
                  .kind(),
              Kind::Malformed);
    EXPECT_EQ(parse::downloadReply(json(R"({"resultCode":"0"})")).error().kind(), Kind::Malformed);
}

// --- history -------------------------------------------------------------------------------------

TEST(ParseHistory, DocumentedFields)
{
    const auto list = parse::historyReply(json(R"JSON({"resultCode":"0","resultDesc":"success",
 "messageList":[{"id":"1","channel":"WEB","senderNickname":"me","senderAvatar":null,
  "sendTime":"1619590480756","receiveTime":"1619590480760","controlType":"CHAT","sourceType":"USER",
  "mediaType":"TEXT","content":"hello","callId":"c","messageCode":"mc-1","associationContentId":null,
  "sendStatus":"1","errorMsg":null,"isForwarded":false,"forwardTime":null,"contentDealType":null},
 {"id":2,"sendTime":1619590490000,"controlType":"CHAT","sourceType":"AGENT","mediaType":"TEXT",
  "content":"hi there"}]})JSON"));
    ASSERT_TRUE(list.ok()) << list.error().toString().toStdString();
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).sourceType, cec::protocol::SourceType::Customer);
    EXPECT_EQ(list->at(0).timestamp.toMSecsSinceEpoch(), 1619590480756);
    EXPECT_EQ(list->at(0).messageCode, u"mc-1"_s);
    EXPECT_EQ(list->at(1).sourceType, cec::protocol::SourceType::Agent);
    EXPECT_EQ(list->at(1).content, u"hi there"_s);
    EXPECT_TRUE(parse::historyReply(json(R"({"resultCode":"0","messageList":[]})"))->isEmpty());
    EXPECT_EQ(parse::historyReply(json(R"({"resultCode":"1","resultDesc":"fail"})")).error().kind(),
              Kind::Result);
    EXPECT_EQ(parse::historyReply(json(R"({"resultCode":"0","messageList":"x"})")).error().kind(),
              Kind::Malformed);
}

// --- satisfaction --------------------------------------------------------------------------------

TEST(ParseSurveyMode, DocumentedShape)
{
    const auto mode = parse::surveyMode(json(R"JSON({"resultCode":"0","resultDesc":"success",
 "satisfactionSurvey":{"surveyType":"WEB",
  "satisfactionLevel":[{"satisfactionLevelKey":"1","satisfactionLevelDesc":"Very dissatisfied"},
   {"satisfactionLevelKey":"2","satisfactionLevelDesc":"Dissatisfied"},
   {"satisfactionLevelKey":"3","satisfactionLevelDesc":"Neutral"},
   {"satisfactionLevelKey":4,"satisfactionLevelDesc":"Satisfied"},
   {"satisfactionLevelKey":"5","satisfactionLevelDesc":"Very satisfied"}],
  "satisfactionQuestion":["FCR","NPS"]}})JSON"));
    ASSERT_TRUE(mode.ok()) << mode.error().toString().toStdString();
    EXPECT_TRUE(mode->enabled);
    ASSERT_EQ(mode->levels.size(), 5);
    EXPECT_EQ(mode->levels[3].key, u"4"_s);
    EXPECT_EQ(mode->levels[4].description, u"Very satisfied"_s);
    EXPECT_TRUE(mode->asksFcr);
    EXPECT_TRUE(mode->asksNps);
    EXPECT_FALSE(mode->asksCsat);
}

TEST(ParseSurveyMode, NoSurveyDefaultsAndErrors)
{
    const auto off =
        parse::surveyMode(json(R"({"resultCode":"0","satisfactionSurvey":{"surveyType":"NO"}})"));
    ASSERT_TRUE(off.ok());
    EXPECT_FALSE(off->enabled);
    const auto defaults =
        parse::surveyMode(json(R"({"resultCode":"0","satisfactionSurvey":{"surveyType":"WEB"}})"));
    ASSERT_TRUE(defaults.ok());
    EXPECT_EQ(defaults->levels.size(), 5);
    EXPECT_EQ(parse::surveyMode(json(R"({"resultCode":"13","resultDesc":"query failed"})"))
                  .error()
                  .kind(),
              Kind::Result);
    EXPECT_EQ(
        parse::surveyMode(json(R"({"resultCode":"0","satisfactionSurvey":[]})")).error().kind(),
        Kind::Malformed);
}

// --- click-to-call -------------------------------------------------------------------------------

TEST(ParseClickToCallSupport, SeedReplyAndLeniency)
{
    const auto support = parse::clickToCallSupport(json(
        R"({"resultCode":"0","resultDesc":"","webRTCSupported":true,"clickToCallSupported":true})"));
    ASSERT_TRUE(support.ok());
    EXPECT_TRUE(support->available());
    const auto strings = parse::clickToCallSupport(
        json(R"({"resultCode":"0","webRTCSupported":"true","clickToCallSupported":"false"})"));
    ASSERT_TRUE(strings.ok());
    EXPECT_TRUE(strings->webRtcSupported);
    EXPECT_FALSE(strings->available());
    EXPECT_FALSE(parse::clickToCallSupport(json(R"({"resultCode":"0"})"))->available());
    EXPECT_EQ(parse::clickToCallSupport(json(R"({"resultCode":"0","webRTCSupported":{}})"))
                  .error()
                  .kind(),
              Kind::Malformed);
}

TEST(ParseClickToCallEvent, EverySeedEvent)
{
    using cec::protocol::CallEventId;
    struct Case
    {
        const char *name;
        const char *body;
        std::optional<int> eventId;
        std::optional<CallEventId> known;
        const char *resultDesc;
        const char *causeDesc;
    };
    const Case cases[] = {
        {"queuing", R"({"resultCode":"0","resultDesc":"Call in queue","eventId":168102})", 168102,
         CallEventId::Queuing, "Call in queue", ""},
        {"transfer", R"({"resultCode":"0","resultDesc":"Call transfered","eventId":168106})",
         168106, CallEventId::Transfer, "Call transfered", ""},
        {"release",
         R"({"resultCode":"0","resultDesc":"Call disconnected","eventId":168110,"content":{"causeId":-1,"causeDesc":"xxxx"}})",
         168110, CallEventId::Release, "Call disconnected", "xxxx"},
        {"queue timeout",
         R"({"resultCode":"0","resultDesc":"Call queue timeout","eventId":168103,"content":{"causeId":-1,"causeDesc":"xxxx"}})",
         168103, CallEventId::QueueTimeout, "Call queue timeout", "xxxx"},
        {"failure",
         R"({"resultCode":"0","resultDesc":"Call failed","eventId":168105,"content":{"causeId":-1,"causeDesc":"xxxx"}})",
         168105, CallEventId::Failure, "Call failed", "xxxx"},
        {"no event", R"({"resultCode":"0","resultDesc":"ClickToCall polled without any events"})",
         std::nullopt, std::nullopt, "ClickToCall polled without any events", ""},
        {"unknown event",
         R"({"resultCode":"0","resultDesc":"Call continue to poll events with unknown events","eventId":"168199"})",
         168199, std::nullopt, "Call continue to poll events with unknown events", ""},
        {"string id", R"({"resultCode":"0","resultDesc":"Call in queue","eventId":"168102"})",
         168102, CallEventId::Queuing, "Call in queue", ""},
    };
    for (const Case &c : cases) {
        const auto event = parse::clickToCallEvent(json(c.body));
        ASSERT_TRUE(event.ok()) << c.name << ": " << event.error().toString().toStdString();
        EXPECT_EQ(event->eventId, c.eventId) << c.name;
        EXPECT_EQ(event->known(), c.known) << c.name;
        EXPECT_EQ(event->resultDesc, QString::fromUtf8(c.resultDesc)) << c.name;
        EXPECT_EQ(event->causeDesc, QString::fromUtf8(c.causeDesc)) << c.name;
        if (c.causeDesc[0] != '\0') {
            EXPECT_EQ(event->causeId, u"-1"_s) << c.name;
        }
    }
}

TEST(ParseClickToCallEvent, SetupContent)
{
    const auto event =
        parse::clickToCallEvent(json(R"({"resultCode":"0","resultDesc":"Call connected",
        "eventId":168101,"content":{"domain":"xxx","gwAddresses":["xx1","xx2"],
        "accessCode":"179080000537636","clickToCallCaller":"AnonymousCard"}})"));
    ASSERT_TRUE(event.ok()) << event.error().toString().toStdString();
    EXPECT_EQ(event->known(), cec::protocol::CallEventId::Setup);
    EXPECT_EQ(event->setup.domain, u"xxx"_s);
    EXPECT_EQ(event->setup.gatewayAddresses, (QStringList{u"xx1"_s, u"xx2"_s}));
    EXPECT_EQ(event->setup.accessCode, u"179080000537636"_s);
    EXPECT_EQ(event->setup.caller, u"AnonymousCard"_s);
    EXPECT_EQ(event->rawContent.value("domain"_L1).toString(), u"xxx"_s);

    // accessCode as a number, addresses as a JSON array in a string.
    const auto lenient = parse::clickToCallEvent(json(R"({"resultCode":"0","eventId":"168101",
        "content":{"domain":"gw.example","gwAddresses":"[\"wss://gw:443\"]","accessCode":179080000537636}})"));
    ASSERT_TRUE(lenient.ok()) << lenient.error().toString().toStdString();
    EXPECT_EQ(lenient->setup.accessCode, u"179080000537636"_s);
    EXPECT_EQ(lenient->setup.gatewayAddresses, QStringList{u"wss://gw:443"_s});
}

// No gateway is not a parse error: the session's gateway rule fails and drops such a call.
TEST(ParseClickToCallEvent, SetupWithoutAddressesParsesWithAnEmptyList)
{
    for (
        const char *body :
        {R"({"resultCode":"0","eventId":168101,"content":{"domain":"d","gwAddresses":[],"accessCode":"1"}})",
         R"({"resultCode":"0","eventId":168101,"content":{"domain":"d","gwAddresses":"","accessCode":"1"}})",
         R"({"resultCode":"0","eventId":168101,"content":{"domain":"d","accessCode":"1"}})"}) {
        const auto event = parse::clickToCallEvent(json(body));
        ASSERT_TRUE(event.ok()) << body;
        EXPECT_TRUE(event->setup.gatewayAddresses.isEmpty()) << body;
        EXPECT_EQ(event->setup.domain, u"d"_s) << body;
    }
}

TEST(ParseClickToCallEvent, Malformed)
{
    const ErrorCase cases[] = {
        {"setup without content", R"({"resultCode":"0","eventId":168101})", Kind::Malformed},
        {"setup without domain",
         R"({"resultCode":"0","eventId":168101,"content":{"gwAddresses":["a"],"accessCode":"1"}})",
         Kind::Malformed},
        {"setup without access code",
         R"({"resultCode":"0","eventId":168101,"content":{"domain":"d","gwAddresses":["a"]}})",
         Kind::Malformed},
        {"event id not a number", R"({"resultCode":"0","eventId":"soon"})", Kind::Malformed},
        {"content not an object", R"({"resultCode":"0","eventId":168110,"content":[1]})",
         Kind::Malformed},
        {"failed poll", R"({"resultCode":"1","resultDesc":"failed"})", Kind::Result, "1"},
        {"not json", "{", Kind::Malformed},
    };
    for (const ErrorCase &c : cases) {
        const auto event = parse::clickToCallEvent(json(c.body));
        ASSERT_FALSE(event.ok()) << c.name;
        EXPECT_EQ(event.error().kind(), c.kind) << c.name;
        EXPECT_EQ(event.error().code(), QString::fromLatin1(c.code)) << c.name;
    }
}

// --- gateway error bodies ------------------------------------------------------------------------

TEST(ParseGatewayError, DocumentedBody)
{
    const auto error = parse::gatewayError(json(
        R"({"errorCode":"APIGW.0307","exceptionInfo":"auth fail! illegal or expired token info. please apply or refresh the access token from the server!"})"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->first, u"APIGW.0307"_s);
    EXPECT_TRUE(error->second.startsWith(u"auth fail!"_s));
    const auto numeric = parse::gatewayError(json(R"({"errorCode":401,"exceptionInfo":"x"})"));
    ASSERT_TRUE(numeric.has_value());
    EXPECT_EQ(numeric->first, u"401"_s);
    EXPECT_FALSE(parse::gatewayError(json(R"({"resultCode":"0"})")).has_value());
    EXPECT_FALSE(parse::gatewayError(json("<html>")).has_value());
    EXPECT_FALSE(parse::gatewayError(json("[]")).has_value());
}

// A file over the 2 MB limit is refused on the length of its Base64 text, before decoding.
TEST(ParseDownload, FileOverTheLimitIsRefusedBeforeDecoding)
{
    const QByteArray atLimit = QByteArray(cec::protocol::kMaxFileBytes, 'a').toBase64();
    const QByteArray overLimit = QByteArray(cec::protocol::kMaxFileBytes + 1, 'a').toBase64();
    const auto reply = [](const QByteArray &base64) {
        return parse::downloadReply(R"({"resultCode":"0","fileStream":")" + base64 + R"("})");
    };
    ASSERT_TRUE(reply(atLimit).ok());
    EXPECT_EQ(reply(atLimit).value().size(), cec::protocol::kMaxFileBytes);
    ASSERT_FALSE(reply(overLimit).ok());
    EXPECT_EQ(reply(overLimit).error().kind(), cec::ApiError::Kind::Oversized);
}

// Downlink text over the documented 500 characters is cut with a visible note, not dropped, and a
// flood of messages in one reply is cut to the first 200.
TEST(ParsePoll, OverlongTextIsCutWithANoteAndAFloodIsCapped)
{
    const QString longText(1000 * 1000, u'x');
    const QByteArray one = R"({"resultCode":"0","downlinkMessages":[{"controlType":"CHAT",)"
                           R"("mediaType":"TEXT","sourceType":"AGENT","content":")" +
                           longText.toUtf8() + R"("}]})";
    const auto cut = parse::pollReply(one);
    ASSERT_TRUE(cut.ok());
    ASSERT_EQ(cut->messages.size(), 1);
    const cec::DownlinkMessage &message = cut->messages.first();
    EXPECT_TRUE(message.truncated);
    EXPECT_TRUE(message.content.startsWith(QString(500, u'x')));
    EXPECT_LT(message.content.size(), 600);
    EXPECT_TRUE(message.content.contains(QString::number(1000 * 1000 - 500)))
        << "the note says how much is not shown";

    QByteArray flood = R"({"resultCode":"0","downlinkMessages":[)";
    for (int i = 0; i < 100000; ++i)
        flood += (i ? ",{}" : "{}");
    flood += "]}";
    const auto capped = parse::pollReply(flood);
    ASSERT_TRUE(capped.ok());
    EXPECT_EQ(capped->messages.size(), 200);
}
