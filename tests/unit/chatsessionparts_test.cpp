// The rules the chat session's parts own, each in one place: converting a server message
// (chatMessageFrom), pairing our own messages with their history echo (OwnMessagePairing),
// bounding the message log (MessageLog), taking server messages in once (IncomingMessages) and
// shaping what the outbox sends (Outbox).
#include "chatmessage.h"
#include "incomingmessages_p.h"
#include "messagelog_p.h"
#include "outbox_p.h"
#include "ownmessagepairing.h"
#include "types.h"

#include <gtest/gtest.h>

namespace cec::test {
namespace {

using namespace Qt::StringLiterals;
using protocol::MediaType;
using protocol::SourceType;

ChatMessage message(const QString &id, SourceType source, const QString &content,
                    DeliveryState delivery = DeliveryState::Sent)
{
    ChatMessage m;
    m.id = id;
    m.source = source;
    m.content = content;
    m.delivery = delivery;
    return m;
}

ChatMessage own(const QString &id, const QString &content,
                DeliveryState delivery = DeliveryState::Sent)
{
    return message(id, SourceType::Customer, content, delivery);
}

ChatMessage historyEntry(const QString &code, SourceType source, const QString &content)
{
    ChatMessage m = message(code, source, content);
    m.fromHistory = true;
    return m;
}

// --- conversion ------------------------------------------------------------------------------

TEST(ChatMessageFrom, CarriesEveryShownFieldAndTheOrigin)
{
    DownlinkMessage downlink;
    downlink.messageCode = u"m-1"_s;
    downlink.sourceType = SourceType::Robot;
    downlink.mediaType = MediaType::File;
    downlink.senderNickname = u"CEC Assistant"_s;
    downlink.content = u"a.txt,3,key,txt"_s;
    downlink.timestamp = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    downlink.suggestedQuestions = {u"Opening hours?"_s};
    downlink.contentType = u"1"_s;
    downlink.mediaFileType = u"txt"_s;

    const ChatMessage live = chatMessageFrom(downlink, /*fromHistory=*/false);
    EXPECT_EQ(live.id, u"m-1"_s);
    EXPECT_EQ(live.source, SourceType::Robot);
    EXPECT_EQ(live.mediaType, MediaType::File);
    EXPECT_EQ(live.senderName, u"CEC Assistant"_s);
    EXPECT_EQ(live.content, u"a.txt,3,key,txt"_s);
    EXPECT_EQ(live.timestamp, downlink.timestamp);
    EXPECT_EQ(live.delivery, DeliveryState::Sent);
    EXPECT_EQ(live.suggestedQuestions, QStringList{u"Opening hours?"_s});
    EXPECT_EQ(live.contentType, u"1"_s);
    EXPECT_EQ(live.mediaFileType, u"txt"_s);
    EXPECT_FALSE(live.fromHistory);
    EXPECT_TRUE(chatMessageFrom(downlink, /*fromHistory=*/true).fromHistory);
}

TEST(ChatMessageFrom, IdIsTheDedupKeyAndAMissingTimeStaysMissing)
{
    DownlinkMessage downlink; // no messageCode, no time
    downlink.sourceType = SourceType::Agent;
    downlink.content = u"hello"_s;
    const ChatMessage chat = chatMessageFrom(downlink, /*fromHistory=*/true);
    EXPECT_FALSE(chat.id.isEmpty());
    EXPECT_EQ(chat.id, downlink.dedupKey()); // the same message by poll and history: one id
    EXPECT_FALSE(chat.timestamp.isValid());  // cecctl prints "--:--:--", the session "now"
}

// --- own-message pairing ---------------------------------------------------------------------

TEST(OwnMessagePairing, AHistoryEntryIsTheOwnMessageWithTheSameContent)
{
    const ChatMessage mine = own(u"local-1"_s, u"my order is late"_s);
    EXPECT_TRUE(OwnMessagePairing::isEcho(
        historyEntry(u"srv-9"_s, SourceType::Customer, u"my order is late"_s), mine));
    EXPECT_FALSE(OwnMessagePairing::isEcho(
        historyEntry(u"srv-9"_s, SourceType::Customer, u"my order is late!"_s), mine));
    // The agent quoting us is not our message.
    EXPECT_FALSE(OwnMessagePairing::isEcho(
        historyEntry(u"srv-9"_s, SourceType::Agent, u"my order is late"_s), mine));
}

TEST(OwnMessagePairing, EachOwnMessageIsPairedOnceSoATextSentTwiceShowsTwice)
{
    const QList<ChatMessage> sent{own(u"a"_s, u"yes"_s), own(u"b"_s, u"no"_s),
                                  own(u"c"_s, u"yes"_s)};
    OwnMessagePairing pairing;
    const ChatMessage echo = historyEntry(u"srv"_s, SourceType::Customer, u"yes"_s);
    EXPECT_EQ(pairing.pair(echo, sent), u"a"_s);
    EXPECT_EQ(pairing.pair(echo, sent), u"c"_s);
    EXPECT_EQ(pairing.pair(echo, sent), QString()); // a third "yes" is someone else's
    EXPECT_TRUE(pairing.isPaired(u"a"_s));
    EXPECT_FALSE(pairing.isPaired(u"b"_s));
    pairing.forget(u"a"_s);
    EXPECT_EQ(pairing.pair(echo, sent), u"a"_s);
}

TEST(OwnMessagePairing, HonoursTheCallersChoiceOfCandidatesAndPairsMarkedOnesNoMore)
{
    const QList<ChatMessage> sent{own(u"queued"_s, u"hi"_s, DeliveryState::Queued),
                                  own(u"sent"_s, u"hi"_s)};
    OwnMessagePairing pairing;
    const ChatMessage echo = historyEntry(u"srv"_s, SourceType::Customer, u"hi"_s);
    const auto delivered = [](const ChatMessage &m) { return m.delivery == DeliveryState::Sent; };
    EXPECT_EQ(pairing.pair(echo, sent, delivered), u"sent"_s);

    OwnMessagePairing reconciled;
    reconciled.markPaired(u"sent"_s); // e.g. SendReconciler found it already
    EXPECT_EQ(reconciled.pair(echo, sent, delivered), QString());
}

// --- message log -----------------------------------------------------------------------------

struct LogProbe
{
    QStringList added;
    QStringList updated;
    QStringList forgotten;
    QStringList keep;
    MessageLog::Hooks hooks()
    {
        return {.added = [this](const ChatMessage &m) { added << m.id; },
                .updated = [this](const ChatMessage &m) { updated << m.id; },
                .mustKeep = [this](const QString &id) { return keep.contains(id); },
                .forgotten = [this](const QString &id) { forgotten << id; }};
    }
};

QStringList ids(const QList<ChatMessage> &messages)
{
    QStringList result;
    for (const ChatMessage &m : messages)
        result << m.id;
    return result;
}

TEST(MessageLog, KeepsTheNewestOnceAQuarterMoreHasPiledUp)
{
    LogProbe probe;
    MessageLog log(4, probe.hooks());
    for (int i = 1; i <= 6; ++i)
        log.append(message(u"m%1"_s.arg(i), SourceType::Agent, u"x"_s));
    EXPECT_EQ(log.messages().size(), 6); // 4 + 4/4 + 1: not trimmed yet
    log.append(message(u"m7"_s, SourceType::Agent, u"x"_s));
    EXPECT_EQ(ids(log.messages()), (QStringList{u"m4"_s, u"m5"_s, u"m6"_s, u"m7"_s}));
    EXPECT_EQ(probe.forgotten, (QStringList{u"m1"_s, u"m2"_s, u"m3"_s}));
    EXPECT_EQ(probe.added.size(), 7); // every message was handed out before it was dropped
    EXPECT_EQ(log.find(u"m1"_s), nullptr);
    ASSERT_NE(log.find(u"m6"_s), nullptr); // the index follows the trim
    EXPECT_EQ(log.find(u"m6"_s)->id, u"m6"_s);
}

TEST(MessageLog, NeverDropsAnOwnMessageNotDeliveredOrOneTheOutboxHolds)
{
    LogProbe probe;
    probe.keep = {u"uploading"_s};
    MessageLog log(2, probe.hooks());
    log.append(own(u"failed"_s, u"a"_s, DeliveryState::Failed));
    log.append(own(u"queued"_s, u"b"_s, DeliveryState::Queued));
    log.append(own(u"read"_s, u"c"_s, DeliveryState::Read));
    log.append(message(u"uploading"_s, SourceType::Customer, u""_s, DeliveryState::Sent));
    log.append(message(u"m1"_s, SourceType::Agent, u"x"_s));
    log.append(message(u"m2"_s, SourceType::Agent, u"y"_s));
    EXPECT_EQ(ids(log.messages()),
              (QStringList{u"failed"_s, u"queued"_s, u"uploading"_s, u"m1"_s, u"m2"_s}));
    EXPECT_EQ(probe.forgotten, QStringList{u"read"_s});
}

TEST(MessageLog, AnnouncesDeliveryChanges)
{
    LogProbe probe;
    MessageLog log(10, probe.hooks());
    log.append(own(u"a"_s, u"hi"_s, DeliveryState::Sending));
    log.setDelivery(u"a"_s, DeliveryState::Failed, u"no network"_s);
    log.setDelivery(u"unknown"_s, DeliveryState::Sent); // ignored
    EXPECT_EQ(probe.updated, QStringList{u"a"_s});
    EXPECT_EQ(log.find(u"a"_s)->delivery, DeliveryState::Failed);
    EXPECT_EQ(log.find(u"a"_s)->failureReason, u"no network"_s);
}

// --- incoming messages ----------------------------------------------------------------------

DownlinkMessage downlink(const QString &code, SourceType source, const QString &content,
                         int second = 0)
{
    DownlinkMessage m;
    m.messageCode = code;
    m.sourceType = source;
    m.content = content;
    m.timestamp = QDateTime(QDate(2026, 1, 2), QTime(3, 4, second), Qt::UTC);
    return m;
}

struct Conversation
{
    LogProbe probe;
    QList<QStringList> reads;
    MessageLog log{100, probe.hooks()};
    IncomingMessages incoming{log, 100, [this](const QStringList &ids) { reads << ids; }};
};

TEST(IncomingMessages, AMessageByPollAndAgainByHistoryShowsOnce)
{
    Conversation chat;
    EXPECT_TRUE(chat.incoming.add(downlink(u"m1"_s, SourceType::Agent, u"hi"_s), false));
    EXPECT_FALSE(chat.incoming.add(downlink(u"m1"_s, SourceType::Agent, u"hi"_s), false));
    chat.incoming.mergeHistory({downlink(u"m2"_s, SourceType::Agent, u"later"_s, 2),
                                downlink(u"m1"_s, SourceType::Agent, u"hi"_s, 1)},
                               /*fromHistory=*/true);
    EXPECT_EQ(chat.probe.added, (QStringList{u"m1"_s, u"m2"_s}));
    EXPECT_TRUE(chat.log.find(u"m2"_s)->fromHistory);
    // Control-only messages have nothing to show.
    EXPECT_FALSE(chat.incoming.add(downlink(u"c"_s, SourceType::System, QString()), false));
}

TEST(IncomingMessages, OurOwnMessageComingBackFromHistoryIsPairedNotShownAgain)
{
    Conversation chat;
    chat.log.append(own(u"local-sent"_s, u"hello"_s));
    chat.log.append(own(u"local-queued"_s, u"later"_s, DeliveryState::Queued));
    chat.incoming.mergeHistory({downlink(u"srv-1"_s, SourceType::Customer, u"hello"_s, 1),
                                downlink(u"srv-2"_s, SourceType::Customer, u"later"_s, 2)},
                               /*fromHistory=*/false);
    // The delivered one came back; the queued one cannot have reached the server, so that entry
    // is a message of its own (sent from elsewhere).
    EXPECT_EQ(chat.probe.added, (QStringList{u"local-sent"_s, u"local-queued"_s, u"srv-2"_s}));
    EXPECT_TRUE(chat.incoming.isPaired(u"local-sent"_s));
    EXPECT_TRUE(chat.incoming.isKnownKey(u"srv-1"_s));
    EXPECT_FALSE(chat.incoming.isPaired(u"local-queued"_s));
}

TEST(IncomingMessages, SuggestionsThatArriveLateAreAddedToTheMessageOnce)
{
    Conversation chat;
    chat.incoming.mergeHistory({downlink(u"b1"_s, SourceType::Robot, u"Hello"_s)}, true);
    DownlinkMessage live = downlink(u"b1"_s, SourceType::Robot, u"Hello"_s);
    live.suggestedQuestions = {u"Opening hours?"_s};
    EXPECT_FALSE(chat.incoming.add(live, false));
    EXPECT_EQ(chat.log.find(u"b1"_s)->suggestedQuestions, live.suggestedQuestions);
    EXPECT_EQ(chat.probe.updated, QStringList{u"b1"_s});
    EXPECT_FALSE(chat.incoming.add(live, false));
    EXPECT_EQ(chat.probe.updated, QStringList{u"b1"_s}); // not announced twice
}

TEST(IncomingMessages, AReadNoticeMarksTheDeliveredOwnMessagesOnce)
{
    Conversation chat;
    chat.log.append(own(u"sent"_s, u"a"_s));
    chat.log.append(own(u"sending"_s, u"b"_s, DeliveryState::Sending));
    DownlinkMessage notice = downlink(u"r1"_s, SourceType::Agent, u"[\"x\"]"_s);
    notice.controlType = protocol::ControlType::Read;
    chat.incoming.read(notice);
    EXPECT_EQ(chat.reads, QList<QStringList>{QStringList{u"sent"_s}});
    EXPECT_EQ(chat.log.find(u"sent"_s)->delivery, DeliveryState::Read);
    EXPECT_EQ(chat.log.find(u"sending"_s)->delivery, DeliveryState::Sending);
    // The same notice again (e.g. by history) says nothing about what was sent since.
    chat.log.setDelivery(u"sending"_s, DeliveryState::Sent);
    chat.incoming.read(notice);
    EXPECT_EQ(chat.reads.size(), 1);
    EXPECT_EQ(chat.log.find(u"sending"_s)->delivery, DeliveryState::Sent);
}

// --- what the outbox sends -------------------------------------------------------------------

TEST(Outbox, ImagesGoAsImageOtherFilesAsFileAndBadOnesAreRefused)
{
    const Result<ChatMessage> image = Outbox::fileMessage(u"Photo.PNG"_s, 10);
    ASSERT_TRUE(image);
    EXPECT_EQ(image->mediaType, MediaType::Image);
    EXPECT_EQ(image->mediaFileType, u"png"_s);
    EXPECT_EQ(image->fileName, u"Photo.PNG"_s);
    const Result<ChatMessage> text = Outbox::fileMessage(u"notes.txt"_s, 10);
    ASSERT_TRUE(text);
    EXPECT_EQ(text->mediaType, MediaType::File);

    const Result<ChatMessage> empty = Outbox::fileMessage(u"notes.txt"_s, 0);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().kind(), ApiError::Kind::Rejected);
    EXPECT_EQ(empty.error().endpoint(), QString(protocol::path::kUploadFileStream));
    EXPECT_FALSE(Outbox::fileMessage(u"run.exe"_s, 10));
}

TEST(Outbox, TextsOverTheLimitAreRefusedBeforeTheyAreQueued)
{
    const Result<ChatMessage> ok = Outbox::textMessage(u"hello"_s);
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->mediaType, MediaType::Text);
    EXPECT_EQ(ok->content, u"hello"_s);
    const Result<ChatMessage> tooLong =
        Outbox::textMessage(QString(protocol::kMaxTextBytes + 1, u'x'));
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error().kind(), ApiError::Kind::Rejected);
    EXPECT_EQ(tooLong.error().endpoint(), QString(protocol::path::kSend));
}

} // namespace
} // namespace cec::test
