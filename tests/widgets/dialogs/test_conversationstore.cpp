// ConversationStore: what survives an app restart, and what a damaged file turns into.
#include "conversationstore_p.h"

#include "waitfor.h" // also: readable QString failures

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using cec::ChatMessage;
using cec::ConversationStore;
using cec::DeliveryState;
using cec::protocol::MediaType;
using cec::protocol::SourceType;

namespace {

// Collects the warnings of the store's logging category while alive.
class StoreWarnings final
{
public:
    StoreWarnings()
    {
        s_messages.clear();
        s_previous = qInstallMessageHandler(&StoreWarnings::handle);
    }
    ~StoreWarnings() { qInstallMessageHandler(s_previous); }
    qsizetype count() const { return s_messages.size(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &text)
    {
        if (type == QtWarningMsg && qstrcmp(context.category, "cec.widgets.store") == 0)
            s_messages.append(text);
        s_previous(type, context, text);
    }
    static inline QStringList s_messages;
    static inline QtMessageHandler s_previous = nullptr;
};

const QString kKey = u"http://127.0.0.1:1|1011577355744904195|customer-42"_s;

// A message with every field set to something other than its default.
ChatMessage everyField(int n)
{
    ChatMessage m;
    m.id = u"id-%1"_s.arg(n);
    m.source = SourceType::Customer;
    m.mediaType = MediaType::File;
    m.senderName = u"Zoë <b>%1</b>"_s.arg(n);
    m.content = u"report.pdf,1234,obj-%1,pdf"_s.arg(n);
    m.timestamp = QDateTime::fromMSecsSinceEpoch(1'790'000'000'123LL + n, Qt::UTC);
    m.delivery = DeliveryState::Failed;
    m.failureReason = u"The network is unreachable."_s;
    m.suggestedQuestions = {u"Opening hours?"_s, u"Refunds, \"quoted\""_s};
    m.contentType = u"1"_s;
    m.mediaFileType = u"pdf"_s;
    m.fileName = u"report, final.pdf"_s;
    m.fromHistory = true;
    return m;
}

ChatMessage text(const QString &id, DeliveryState delivery = DeliveryState::Sent)
{
    ChatMessage m;
    m.id = id;
    m.source = SourceType::Agent;
    m.content = u"hello "_s + id;
    m.timestamp = QDateTime::currentDateTimeUtc();
    m.delivery = delivery;
    return m;
}

void expectSame(const ChatMessage &a, const ChatMessage &b)
{
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.source, b.source);
    EXPECT_EQ(a.mediaType, b.mediaType);
    EXPECT_EQ(a.senderName, b.senderName);
    EXPECT_EQ(a.content, b.content);
    EXPECT_EQ(a.timestamp, b.timestamp);
    EXPECT_EQ(a.timestamp.toMSecsSinceEpoch(), b.timestamp.toMSecsSinceEpoch()); // ms kept
    EXPECT_EQ(a.delivery, b.delivery);
    EXPECT_EQ(a.failureReason, b.failureReason);
    EXPECT_EQ(a.suggestedQuestions, b.suggestedQuestions);
    EXPECT_EQ(a.contentType, b.contentType);
    EXPECT_EQ(a.mediaFileType, b.mediaFileType);
    EXPECT_EQ(a.fileName, b.fileName);
    EXPECT_EQ(a.fromHistory, b.fromHistory);
}

class ConversationStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }
    QString directory() const { return m_dir.filePath(u"conversations/nested"_s); }

    QTemporaryDir m_dir;
};

TEST_F(ConversationStoreTest, NothingSavedLoadsEmpty)
{
    const ConversationStore store(directory(), kKey);
    EXPECT_TRUE(QFileInfo(directory()).isDir()); // created on construction
    const auto snapshot = store.load();
    EXPECT_TRUE(snapshot.recent.isEmpty());
    EXPECT_TRUE(snapshot.pending.isEmpty());
}

TEST_F(ConversationStoreTest, EveryFieldRoundTripsThroughANewInstance)
{
    ConversationStore::Snapshot saved;
    saved.recent = {everyField(1), text(u"a"_s, DeliveryState::Read)};
    ChatMessage queued = everyField(2);
    queued.delivery = DeliveryState::Queued;
    queued.source = SourceType::Robot;
    queued.mediaType = MediaType::FileImage;
    queued.fromHistory = false;
    saved.pending = {queued};
    {
        const ConversationStore store(directory(), kKey);
        QString error;
        ASSERT_TRUE(store.save(saved, &error)) << error.toStdString();
    }
    const ConversationStore reopened(directory(), kKey);
    const auto loaded = reopened.load();
    ASSERT_EQ(loaded.recent.size(), 2);
    ASSERT_EQ(loaded.pending.size(), 1);
    expectSame(loaded.recent.at(0), saved.recent.at(0));
    expectSame(loaded.recent.at(1), saved.recent.at(1));
    expectSame(loaded.pending.at(0), saved.pending.at(0));
}

TEST_F(ConversationStoreTest, FileNameIsAHashNotTheKey)
{
    const ConversationStore store(directory(), kKey);
    const QString name = QFileInfo(store.filePath()).fileName();
    EXPECT_FALSE(name.contains(u"customer-42"_s));
    EXPECT_TRUE(name.endsWith(u".json"_s));
    EXPECT_EQ(QFileInfo(store.filePath()).absolutePath(), QDir(directory()).absolutePath());
    EXPECT_NE(ConversationStore(directory(), kKey + u'x').filePath(), store.filePath());
    EXPECT_EQ(ConversationStore(directory(), kKey).filePath(), store.filePath());
}

TEST_F(ConversationStoreTest, FileCarriesFormatVersionAndNoSecret)
{
    const ConversationStore store(directory(), kKey);
    ASSERT_TRUE(store.save({{text(u"a"_s)}, {}}));
    QFile file(store.filePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(root.value(u"version"_s).toInt(), 1);
    EXPECT_FALSE(bytes.contains("cec-demo-secret"));
    EXPECT_FALSE(bytes.toLower().contains("token"));
}

TEST_F(ConversationStoreTest, OverwriteIsAtomicAndLeavesNoTemporaryFiles)
{
    const ConversationStore store(directory(), kKey);
    ASSERT_TRUE(store.save({{text(u"first"_s)}, {}}));
    ASSERT_TRUE(store.save({{text(u"second"_s), text(u"third"_s)}, {}}));
    const auto loaded = store.load();
    ASSERT_EQ(loaded.recent.size(), 2);
    EXPECT_EQ(loaded.recent.at(0).id, u"second"_s);
    // Only the conversation file: QSaveFile renamed its temporary file over it.
    EXPECT_EQ(QDir(directory()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QFileInfo(store.filePath()).fileName()});
}

TEST_F(ConversationStoreTest, UnwritableLocationFailsWithTheReason)
{
    const ConversationStore store(directory(), kKey);
    ASSERT_TRUE(QDir().mkpath(store.filePath())); // a directory where the file should go
    QString error;
    EXPECT_FALSE(store.save({{text(u"a"_s)}, {}}, &error));
    EXPECT_TRUE(error.startsWith(u"Cannot save the conversation to "_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(QDir::toNativeSeparators(store.filePath()))) << error.toStdString();
    EXPECT_TRUE(store.load().recent.isEmpty());
}

TEST_F(ConversationStoreTest, CorruptOrUnknownFilesLoadEmpty)
{
    const ConversationStore store(directory(), kKey);
    const QList<QByteArray> damaged{
        "",
        "{\"format\":\"cec-conversation\",\"version\":1,\"recent\":[{\"id\":",
        "[1,2,3]",
        "\x00\xff\xfe garbage",
        "{\"format\":\"cec-conversation\",\"version\":99,\"recent\":[{\"id\":\"x\"}]}",
        "{\"format\":\"something-else\",\"version\":1,\"recent\":[{\"id\":\"x\"}]}",
        "{\"recent\":[{\"id\":\"x\"}]}",
    };
    for (const QByteArray &bytes : damaged) {
        QFile file(store.filePath());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        file.close();
        const StoreWarnings warnings;
        const auto snapshot = store.load();
        EXPECT_EQ(warnings.count(), 1) << bytes.toStdString();
        EXPECT_TRUE(snapshot.recent.isEmpty()) << bytes.toStdString();
        EXPECT_TRUE(snapshot.pending.isEmpty()) << bytes.toStdString();
    }
    // Wrong types inside a valid file: the odd entry is skipped, the rest kept.
    QFile file(store.filePath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"format\":\"cec-conversation\",\"version\":1,"
               "\"recent\":[42,{\"id\":\"ok\",\"timestamp\":\"not a date\",\"source\":7}],"
               "\"pending\":\"nope\"}");
    file.close();
    const auto snapshot = store.load();
    ASSERT_EQ(snapshot.recent.size(), 1);
    EXPECT_EQ(snapshot.recent.at(0).id, u"ok"_s);
    EXPECT_FALSE(snapshot.recent.at(0).timestamp.isValid());
    EXPECT_EQ(snapshot.recent.at(0).source, SourceType::Unknown);
    EXPECT_TRUE(snapshot.pending.isEmpty());
}

TEST_F(ConversationStoreTest, RecentIsTrimmedToTheNewestMaxRecent)
{
    const ConversationStore store(directory(), kKey);
    ConversationStore::Snapshot snapshot;
    for (int i = 0; i < ConversationStore::kMaxRecent + 37; ++i)
        snapshot.recent.append(text(QString::number(i)));
    for (int i = 0; i < ConversationStore::kMaxRecent + 5; ++i) // unsent: never dropped
        snapshot.pending.append(text(u"p"_s + QString::number(i), DeliveryState::Queued));
    ASSERT_TRUE(store.save(snapshot));
    const auto loaded = store.load();
    ASSERT_EQ(loaded.recent.size(), ConversationStore::kMaxRecent);
    EXPECT_EQ(loaded.recent.first().id, QString::number(37));
    EXPECT_EQ(loaded.recent.last().id, QString::number(ConversationStore::kMaxRecent + 36));
    EXPECT_EQ(loaded.pending.size(), ConversationStore::kMaxRecent + 5);
}

// Sending stays Sending: the session asks the history about it before sending it again.
TEST_F(ConversationStoreTest, MessagesThatWereSendingComeBackAsSending)
{
    const ConversationStore store(directory(), kKey);
    ChatMessage sending = text(u"s"_s, DeliveryState::Sending);
    sending.source = SourceType::Customer;
    ChatMessage failed = text(u"f"_s, DeliveryState::Failed);
    failed.source = SourceType::Customer;
    ASSERT_TRUE(store.save({{}, {sending, failed}}));
    const auto loaded = store.load();
    ASSERT_EQ(loaded.pending.size(), 2);
    EXPECT_EQ(loaded.pending.at(0).delivery, DeliveryState::Sending);
    EXPECT_EQ(loaded.pending.at(1).delivery, DeliveryState::Failed); // the user decides on retry
}

TEST_F(ConversationStoreTest, ClearRemovesTheFile)
{
    const ConversationStore store(directory(), kKey);
    ASSERT_TRUE(store.save({{text(u"a"_s)}, {}}));
    ASSERT_TRUE(QFile::exists(store.filePath()));
    store.clear();
    EXPECT_FALSE(QFile::exists(store.filePath()));
    EXPECT_TRUE(store.load().recent.isEmpty());
    store.clear(); // nothing to remove: harmless
}

} // namespace
