// The gateway address rule (issue 8, item 5): only wss: is dialled, ws: only to loopback.
#include "gatewayaddresses.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using cec::checkGatewayAddress;
using cec::selectGatewayAddresses;

namespace {

bool accepted(const QString &address)
{
    return checkGatewayAddress(address).accepted.has_value();
}

TEST(GatewayAddressTest, WssToAnyHostIsAccepted)
{
    EXPECT_TRUE(accepted(u"wss://gw.example.com/gateway"_s));
    EXPECT_TRUE(accepted(u"wss://gw.example.com:8443/gateway?x=1"_s));
    EXPECT_TRUE(accepted(u"wss://203.0.113.7:443/"_s));
    EXPECT_TRUE(accepted(u"wss://[2001:db8::1]:443/sip"_s));
    EXPECT_TRUE(accepted(u"WSS://GW.EXAMPLE.COM/gateway"_s));
    EXPECT_TRUE(accepted(u"wss://127.0.0.1:5/gateway"_s));
}

TEST(GatewayAddressTest, WsToLoopbackIsAccepted)
{
    EXPECT_TRUE(accepted(u"ws://127.0.0.1:8080/gateway"_s));
    EXPECT_TRUE(accepted(u"ws://127.1.2.3/gateway"_s));
    EXPECT_TRUE(accepted(u"ws://127.255.255.254:1/"_s));
    EXPECT_TRUE(accepted(u"ws://[::1]:8080/gateway"_s));
    EXPECT_TRUE(accepted(u"ws://[0:0:0:0:0:0:0:1]/gateway"_s));
    EXPECT_TRUE(accepted(u"ws://localhost:8080/gateway"_s));
    EXPECT_TRUE(accepted(u"ws://LocalHost/gateway"_s));
}

TEST(GatewayAddressTest, WsToOtherHostsIsRefused)
{
    EXPECT_FALSE(accepted(u"ws://gw.example.com/gateway"_s));
    EXPECT_FALSE(accepted(u"ws://10.0.0.1/gateway"_s));
    EXPECT_FALSE(accepted(u"ws://192.168.1.1:8080/"_s));
    EXPECT_FALSE(accepted(u"ws://128.0.0.1/"_s));
    EXPECT_FALSE(accepted(u"ws://0.0.0.0/"_s));
    EXPECT_FALSE(accepted(u"ws://127.0.0.1.evil.example/"_s));
    EXPECT_FALSE(accepted(u"ws://localhost.evil.example/"_s));
    EXPECT_FALSE(accepted(u"ws://evil-localhost/"_s));
    EXPECT_FALSE(accepted(u"ws://[::2]/"_s));
    EXPECT_FALSE(accepted(u"ws://[2001:db8::1]/"_s));
}

TEST(GatewayAddressTest, OtherSchemesAreRefused)
{
    for (const QString &address :
         {u"http://127.0.0.1:8080/gateway"_s, u"https://gw.example.com/gateway"_s,
          u"ftp://gw.example.com/gateway"_s, u"file:///etc/passwd"_s, u"javascript:alert(1)"_s,
          u"data:text/html,<script>alert(1)</script>"_s, u"sip:gw.example.com"_s,
          u"qrc:/call/callpage.html"_s, u"blob:null/1"_s}) {
        EXPECT_FALSE(accepted(address)) << address.toStdString();
    }
}

TEST(GatewayAddressTest, EmptyAndGarbageAreRefused)
{
    for (const QString &address :
         {QString(), u""_s, u"   "_s, u"gateway"_s, u"//gw.example.com/x"_s, u"wss:"_s,
          u"wss:///gateway"_s, u"wss:/gateway"_s, u"ws://127.0.0.1:99999/"_s,
          u"wss://gw exa mple.com/"_s, u"wss://[::1/"_s, u"::::"_s, u"\0wss://x/"_s}) {
        EXPECT_FALSE(accepted(address)) << address.toStdString();
    }
}

TEST(GatewayAddressTest, UserInfoIsRefused)
{
    EXPECT_FALSE(accepted(u"wss://user:secret@gw.example.com/gateway"_s));
    EXPECT_FALSE(accepted(u"wss://user@gw.example.com/gateway"_s));
    EXPECT_FALSE(accepted(u"wss://@gw.example.com/gateway"_s));
    EXPECT_FALSE(accepted(u"ws://user:secret@127.0.0.1/gateway"_s));
    // The classic confusion: the host is evil.example, not the loopback address.
    EXPECT_FALSE(accepted(u"ws://127.0.0.1@evil.example/gateway"_s));
}

TEST(GatewayAddressTest, FragmentIsRefused)
{
    EXPECT_FALSE(accepted(u"wss://gw.example.com/gateway#x"_s));
}

TEST(GatewayAddressTest, RefusalNamesNoSecret)
{
    const auto userInfo = checkGatewayAddress(u"wss://user:hunter2@gw.example.com/g?token=t0k3n"_s);
    ASSERT_FALSE(userInfo.accepted);
    EXPECT_FALSE(userInfo.refusal.isEmpty());
    EXPECT_FALSE(userInfo.refusal.contains(u"hunter2"_s)) << userInfo.refusal.toStdString();
    EXPECT_FALSE(userInfo.refusal.contains(u"user:"_s)) << userInfo.refusal.toStdString();

    const auto plain = checkGatewayAddress(u"ws://gw.example.com/g?token=t0k3n"_s);
    ASSERT_FALSE(plain.accepted);
    EXPECT_TRUE(plain.refusal.contains(u"gw.example.com"_s)) << plain.refusal.toStdString();
    EXPECT_FALSE(plain.refusal.contains(u"t0k3n"_s)) << plain.refusal.toStdString();

    const auto scheme = checkGatewayAddress(u"http://gw.example.com/g?token=t0k3n"_s);
    ASSERT_FALSE(scheme.accepted);
    EXPECT_TRUE(scheme.refusal.contains(u"http"_s)) << scheme.refusal.toStdString();
    EXPECT_FALSE(scheme.refusal.contains(u"t0k3n"_s)) << scheme.refusal.toStdString();
}

TEST(GatewayAddressTest, AcceptedAddressIsTheNormalisedOne)
{
    // What is dialled is what was checked: QUrl's form, e.g. IPv4 shorthand spelled out.
    EXPECT_EQ(checkGatewayAddress(u" ws://127.1:8080/gateway "_s).accepted,
              u"ws://127.0.0.1:8080/gateway"_s);
    EXPECT_EQ(checkGatewayAddress(u"wss://gw.example.com/gateway"_s).accepted,
              u"wss://gw.example.com/gateway"_s);
}

TEST(GatewayAddressTest, MixedListKeepsOnlyAcceptableOnesInOrder)
{
    const auto selection =
        selectGatewayAddresses({u"http://gw.example.com/"_s, u"wss://b.example.com/gateway"_s,
                                u"ws://gw.example.com/gateway"_s, u"ws://127.0.0.1:9000/gateway"_s,
                                u"javascript:alert(1)"_s, u"wss://a.example.com/gateway"_s,
                                u"garbage"_s, u"ws://[::1]:9001/gateway"_s});
    EXPECT_EQ(selection.accepted,
              (QStringList{u"wss://b.example.com/gateway"_s, u"ws://127.0.0.1:9000/gateway"_s,
                           u"wss://a.example.com/gateway"_s, u"ws://[::1]:9001/gateway"_s}));
    EXPECT_EQ(selection.refusals.size(), 4);
}

TEST(GatewayAddressTest, EmptyListSelectsNothing)
{
    const auto selection = selectGatewayAddresses({});
    EXPECT_TRUE(selection.accepted.isEmpty());
    EXPECT_TRUE(selection.refusals.isEmpty());
}

TEST(GatewayAddressTest, AllRefusedSelectsNothing)
{
    const auto selection = selectGatewayAddresses(
        {u"http://gw.example.com/"_s, u"ws://gw.example.com/"_s, u"file:///etc/passwd"_s});
    EXPECT_TRUE(selection.accepted.isEmpty());
    EXPECT_EQ(selection.refusals.size(), 3);
}

} // namespace
