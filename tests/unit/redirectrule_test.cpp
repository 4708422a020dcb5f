// The redirect rule on its own: the same origin only (scheme, host, port with the defaults
// filled in), each address once, and a refusal that names no more of the target than its origin.
#include "redirectrule_p.h"

#include <gtest/gtest.h>

namespace cec::test {
namespace {

using namespace Qt::StringLiterals;

const QUrl kStart(u"https://cec.example.com/apiaccess/ccmessaging/poll"_s);

TEST(RedirectRule, SameOriginIsFollowedWithTheDefaultPortFilledIn)
{
    EXPECT_EQ(redirectRefusal({kStart}, QUrl(u"https://cec.example.com/other"_s)), QString());
    EXPECT_EQ(redirectRefusal({kStart}, QUrl(u"https://CEC.example.com:443/other"_s)), QString());
    EXPECT_EQ(redirectRefusal({QUrl(u"http://h/a"_s)}, QUrl(u"http://h:80/b"_s)), QString());
}

TEST(RedirectRule, AnotherSchemeHostOrPortIsRefusedNamingOnlyTheOrigin)
{
    for (const QString &target :
         {u"http://cec.example.com/other"_s, u"https://evil.example.net/steal?x=1"_s,
          u"https://cec.example.com:8443/other"_s}) {
        const QString refusal = redirectRefusal({kStart}, QUrl(target));
        EXPECT_TRUE(refusal.contains(u"another address"_s)) << target.toStdString();
    }
    const QString refusal =
        redirectRefusal({kStart}, QUrl(u"https://user:pw@evil.example.net/path?q=secret#f"_s));
    EXPECT_TRUE(refusal.contains(u"https://evil.example.net"_s)) << refusal.toStdString();
    for (const QString &hidden : {u"user"_s, u"pw"_s, u"path"_s, u"secret"_s})
        EXPECT_FALSE(refusal.contains(hidden)) << refusal.toStdString();
}

TEST(RedirectRule, AnAddressAlreadyVisitedIsALoop)
{
    const QUrl second(u"https://cec.example.com/second"_s);
    EXPECT_TRUE(redirectRefusal({kStart, second}, kStart).contains(u"loop"_s));
    EXPECT_TRUE(redirectRefusal({kStart, second}, second).contains(u"loop"_s));
    EXPECT_EQ(redirectRefusal({kStart, second}, QUrl(u"https://cec.example.com/third"_s)),
              QString());
}

} // namespace
} // namespace cec::test
