// The gateway's SIP routing (src/simulator/sipmessage.h): what it reads from a message.
#include <sipmessage.h>

#include <gtest/gtest.h>

using namespace cec::sim;
using namespace Qt::StringLiterals;

TEST(SipRouting, ReadsRequestsResponsesAndFoldedHeaders)
{
    const auto invite = parseSipRouting(u"INVITE sip:1001@cec.example.com SIP/2.0\r\n"
                                        "Call-ID:\r\n call-1\r\nCSeq: 1 INVITE\r\n\r\nv=0"_s);
    ASSERT_TRUE(invite);
    EXPECT_TRUE(invite->isRequest);
    EXPECT_EQ(invite->method, u"INVITE"_s);
    EXPECT_EQ(invite->callId, u"call-1"_s); // the folded value is joined to its header
    EXPECT_EQ(invite->cseqMethod, u"INVITE"_s);

    const auto busy =
        parseSipRouting(u"SIP/2.0 486 Busy Here\r\ni: call-1\r\nCSeq: 1 INVITE\r\n\r\n"_s);
    ASSERT_TRUE(busy);
    EXPECT_FALSE(busy->isRequest);
    EXPECT_EQ(busy->status, 486);
    EXPECT_EQ(busy->reason, u"Busy Here"_s);
}

// Found by tests/fuzz (fuzz_sim_sip): a start line split over two lines was joined and accepted,
// and the header the gateway adds after the first line then changed what the message said.
TEST(SipRouting, AStartLineIsNeverFolded)
{
    const QString split = u"BYE sip:1001@cec.example.com\r\n SIP/2.0\r\nCall-ID: call-1\r\n"
                          "CSeq: 2 BYE\r\n\r\n"_s;
    EXPECT_FALSE(parseSipRouting(split));
    EXPECT_FALSE(parseSipRouting(withSipHeader(split, u"X-Note"_s, u"1"_s)));

    // Nor is a continuation right after the start line read as a header of its own.
    const QString stray = u"SIP/2.0 200 OK\r\n Call-ID: call-1\r\nCSeq: 1 INVITE\r\n\r\n"_s;
    EXPECT_FALSE(parseSipRouting(stray));
}
