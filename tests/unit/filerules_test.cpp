// The FILE message format and the upload rule: one home each (protocol.h, uploadrule.h).
#include "protocol/protocol.h"
#include "uploadrule.h"

#include <gtest/gtest.h>

namespace cec::test {
namespace {

using namespace Qt::StringLiterals;
using protocol::FileMessage;

TEST(FileMessage, RoundTripsAndKeepsTheFieldsInPlaceWhenTheNameHasCommas)
{
    const FileMessage file{u"report, final.txt"_s, 1234, u"obj-1"_s, u"txt"_s};
    EXPECT_EQ(file.toContent(), u"report_ final.txt,1234,obj-1,txt"_s);
    const FileMessage parsed = FileMessage::parse(file.toContent());
    EXPECT_EQ(parsed.name, u"report_ final.txt"_s);
    EXPECT_EQ(parsed.size, 1234);
    EXPECT_EQ(parsed.objectKey, u"obj-1"_s);
    EXPECT_EQ(parsed.type, u"txt"_s);
}

TEST(FileMessage, ParsesOtherClientsNamesWithCommasAndBareKeysLeniently)
{
    const FileMessage agent = FileMessage::parse(u"a,b,c.csv,99,key,csv"_s);
    EXPECT_EQ(agent.name, u"a,b,c.csv"_s);
    EXPECT_EQ(agent.objectKey, u"key"_s);
    EXPECT_EQ(FileMessage::parse(u"name,lots,key,png"_s).size, -1);
    const FileMessage image = FileMessage::parse(u"just-a-key"_s);
    EXPECT_TRUE(image.name.isEmpty());
    EXPECT_EQ(image.objectKey, u"just-a-key"_s);
}

TEST(UploadRule, AllowsTheDocumentedTypesUpToTheLimit)
{
    for (const QString &type : protocol::uploadFileTypes())
        EXPECT_TRUE(uploadProblem(type, protocol::kMaxFileBytes).isEmpty()) << type.toStdString();
    EXPECT_TRUE(uploadProblem(u"PNG", 1).isEmpty());
}

TEST(UploadRule, SaysWhyInOneSentenceNamingTheFileAndTheLimit)
{
    const QString type = uploadProblem(u"exe", 10, u"setup.exe"_s);
    EXPECT_TRUE(type.contains(u"“setup.exe” cannot be sent"_s)) << type.toStdString();
    EXPECT_TRUE(type.contains(u"jpg, jpeg, png"_s)) << type.toStdString();
    const QString large = uploadProblem(u"png", protocol::kMaxFileBytes + 1, u"big.png"_s);
    EXPECT_TRUE(large.contains(u"too large"_s)) << large.toStdString();
    EXPECT_TRUE(large.contains(u"at most 2 MB"_s)) << large.toStdString();
    EXPECT_TRUE(uploadProblem(u"txt", 0).contains(u"empty"_s));
}

} // namespace
} // namespace cec::test
