#include "cecclient.h"
#include "clientconfig.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

cec::ClientConfig usableConfig()
{
    cec::ClientConfig config;
    config.baseUrl = QUrl(u"https://service.besclouds.com"_s);
    config.appKey = u"app-key"_s;
    config.appSecret = u"app-secret"_s;
    config.userId = u"user-1"_s;
    config.userName = u"Customer"_s;
    config.channelId = u"1011577355744904195"_s;
    return config;
}

} // namespace

TEST(ClientConfigValidate, UsableConfigIsEmpty)
{
    EXPECT_TRUE(usableConfig().validate().isEmpty());
    cec::ClientConfig viaTokenUrl = usableConfig();
    viaTokenUrl.appSecret.clear();
    viaTokenUrl.tokenUrl = QUrl(u"https://enterprise.example/token"_s);
    EXPECT_TRUE(viaTokenUrl.validate().isEmpty());
}

TEST(ClientConfigValidate, EachProblemIsASentence)
{
    struct Case
    {
        const char *name;
        std::function<void(cec::ClientConfig &)> spoil;
        QString mentions;
    };
    const Case cases[] = {
        {"no base url", [](cec::ClientConfig &c) { c.baseUrl = QUrl(); }, u"server address"_s},
        {"bad base url", [](cec::ClientConfig &c) { c.baseUrl = QUrl(u"ftp://x"_s); },
         u"not a valid"_s},
        {"no key", [](cec::ClientConfig &c) { c.appKey.clear(); }, u"app key"_s},
        {"no secret nor token url", [](cec::ClientConfig &c) { c.appSecret.clear(); },
         u"token URL"_s},
        {"bad token url", [](cec::ClientConfig &c) { c.tokenUrl = QUrl(u"nope"_s); },
         u"token URL"_s},
        {"no user id", [](cec::ClientConfig &c) { c.userId.clear(); }, u"user id"_s},
        {"user id too long", [](cec::ClientConfig &c) { c.userId = QString(25, u'u'); },
         u"at most 24"_s},
        {"no channel", [](cec::ClientConfig &c) { c.channelId.clear(); }, u"channel id"_s},
        {"no locale", [](cec::ClientConfig &c) { c.locale.clear(); }, u"locale"_s},
        {"lifetime too long", [](cec::ClientConfig &c) { c.accessTokenLifetimeSeconds = 7200; },
         u"3600"_s},
        {"zero timeout",
         [](cec::ClientConfig &c) { c.requestTimeout = std::chrono::milliseconds(0); },
         u"positive"_s},
    };
    for (const Case &c : cases) {
        cec::ClientConfig config = usableConfig();
        c.spoil(config);
        const QString problem = config.validate();
        EXPECT_FALSE(problem.isEmpty()) << c.name;
        EXPECT_TRUE(problem.contains(c.mentions)) << c.name << ": " << problem.toStdString();
        EXPECT_TRUE(problem.endsWith(u'.')) << c.name << ": " << problem.toStdString();
    }
    cec::ClientConfig exactly24 = usableConfig();
    exactly24.userId = QString(24, u'u');
    EXPECT_TRUE(exactly24.validate().isEmpty());
}

TEST(ValidateText, LimitIs1024Utf8Bytes)
{
    EXPECT_TRUE(cec::CecClient::validateText(QString()).isEmpty());
    EXPECT_TRUE(cec::CecClient::validateText(QString(1024, u'a')).isEmpty());
    EXPECT_FALSE(cec::CecClient::validateText(QString(1025, u'a')).isEmpty());

    // "é" is 2 bytes, "中" 3 bytes, "😀" 4 bytes (two UTF-16 units) in UTF-8.
    EXPECT_TRUE(cec::CecClient::validateText(QString(512, u'é')).isEmpty());
    EXPECT_FALSE(cec::CecClient::validateText(QString(512, u'é') + u'a').isEmpty());
    const QString han = QString(341, QChar(0x4E2D)); // 1023 bytes
    EXPECT_TRUE(cec::CecClient::validateText(han + u'a').isEmpty());
    EXPECT_FALSE(cec::CecClient::validateText(han + u"é"_s).isEmpty());
    QString emoji;
    for (int i = 0; i < 256; ++i)
        emoji += u"😀"_s; // 1024 bytes but only 512 UTF-16 units
    EXPECT_TRUE(cec::CecClient::validateText(emoji).isEmpty());
    const QString tooLong = cec::CecClient::validateText(emoji + u'a');
    EXPECT_TRUE(tooLong.contains(u"1025 bytes"_s)) << tooLong.toStdString();
    EXPECT_TRUE(tooLong.contains(u"1024"_s));
}
