// ChatSession against the real cec-sim: connect, bot, queue, agent, outgoing queue, faults.
#include "chatsession.h"
#include "sessiontest.h"

#include <QByteArray>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace cec::test {
namespace {

const QString kGreeting = u"Hello! How can I help you today?"_s;
const QString kHoursReply = u"We are open from 9 to 17."_s;

class ChatSessionTest : public SessionTest
{
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        if (HasFatalFailure())
            return;
        m_sim.configure(
            {{u"bot"_s,
              QJsonObject{
                  {u"greeting"_s, kGreeting},
                  {u"answers"_s,
                   QJsonArray{QJsonObject{{u"match"_s, u"hours"_s}, {u"reply"_s, kHoursReply}}}},
                  {u"fallback"_s, u"Sorry, I did not get that."_s},
                  {u"suggestions"_s, QJsonArray{u"Opening hours"_s, u"Talk to a human"_s}}}}});
    }

    void makeSession(ChatSessionOptions options = fastOptions())
    {
        m_session = std::make_unique<ChatSession>(*m_client, options);
        QObject::connect(m_session.get(), &ChatSession::stateChanged,
                         [this](ChatSession::State state) { m_states.push_back(state); });
        QObject::connect(m_session.get(), &ChatSession::linkChanged,
                         [this](ChatSession::Link link, int) { m_links.push_back(link); });
        QObject::connect(m_session.get(), &ChatSession::errorOccurred,
                         [this](const ApiError &error) { m_errors.push_back(error); });
        QObject::connect(m_session.get(), &ChatSession::queueInfoChanged,
                         [this](const QueueInfo &info) { m_queueInfos.push_back(info); });
        QObject::connect(m_session.get(), &ChatSession::messagesRead,
                         [this](const QStringList &ids) { m_readIds += ids; });
        QObject::connect(m_session.get(), &ChatSession::agentTyping, [this] { ++m_typing; });
    }

    static ChatSessionOptions fastOptions()
    {
        ChatSessionOptions options;
        options.pollInterval = 100ms;
        options.queueInfoInterval = 100ms;
        options.minBackoff = 100ms;
        options.maxBackoff = 400ms;
        options.typingThrottle = 1000ms;
        return options;
    }

    void connectSession(ChatSessionOptions options = fastOptions())
    {
        makeSession(options);
        m_session->connectToService();
        ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::Connected; }))
            << "state" << int(m_session->state());
    }

    void reachAgent()
    {
        connectSession();
        ASSERT_FALSE(HasFatalFailure());
        m_session->requestAgent();
        ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::WithAgent; }))
            << "state" << int(m_session->state());
    }

    std::optional<ChatMessage> message(const QString &id) const
    {
        for (const ChatMessage &candidate : m_session->messages()) {
            if (candidate.id == id)
                return candidate;
        }
        return std::nullopt;
    }

    DeliveryState deliveryOf(const QString &id) const
    {
        const auto found = message(id);
        return found ? found->delivery : DeliveryState::Queued;
    }

    int countWithContent(const QString &content, protocol::SourceType source) const
    {
        const QList<ChatMessage> all = m_session->messages();
        return int(std::count_if(all.begin(), all.end(), [&](const ChatMessage &m) {
            return m.content == content && m.source == source;
        }));
    }

    // CHAT requests with this content that reached the simulator (a dropped reply still counts:
    // the request was handled).
    int chatCopies(const QString &content)
    {
        const auto all = sends(u"CHAT"_s);
        return int(std::count_if(all.begin(), all.end(), [&](const QJsonObject &body) {
            return body.value(u"content"_s).toString() == content;
        }));
    }

    bool sawInOrder(const std::vector<ChatSession::State> &expected) const
    {
        auto position = m_states.begin();
        for (ChatSession::State state : expected) {
            position = std::find(position, m_states.end(), state);
            if (position == m_states.end())
                return false;
        }
        return true;
    }

    bool hasMessageFrom(protocol::SourceType source) const
    {
        const QList<ChatMessage> all = m_session->messages();
        return std::any_of(all.begin(), all.end(),
                           [source](const ChatMessage &m) { return m.source == source; });
    }

    std::unique_ptr<ChatSession> m_session;
    std::vector<ChatSession::State> m_states;
    std::vector<ChatSession::Link> m_links;
    std::vector<ApiError> m_errors;
    std::vector<QueueInfo> m_queueInfos;
    QStringList m_readIds;
    int m_typing = 0;
};

TEST_F(ChatSessionTest, ConnectShowsBotGreetingWithSuggestions)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(
        waitFor([this] { return countWithContent(kGreeting, protocol::SourceType::Robot); }));
    const QList<ChatMessage> all = m_session->messages();
    const auto greeting = std::find_if(all.begin(), all.end(),
                                       [](const ChatMessage &m) { return m.content == kGreeting; });
    EXPECT_EQ(greeting->suggestedQuestions,
              (QStringList{u"Opening hours"_s, u"Talk to a human"_s}));
    EXPECT_FALSE(greeting->isOwn());
    EXPECT_EQ(sends(u"CONNECT"_s).size(), 1);
    EXPECT_EQ(m_states.front(), ChatSession::State::Connecting);
    EXPECT_TRUE(m_errors.empty());
}

TEST_F(ChatSessionTest, SentTextIsDeliveredAndTheBotAnswers)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    const QString id = m_session->sendText(u"What are your opening hours?"_s);
    ASSERT_FALSE(id.isEmpty());
    ASSERT_TRUE(message(id).has_value());
    EXPECT_TRUE(message(id)->isOwn());
    ASSERT_TRUE(waitFor([&] { return deliveryOf(id) == DeliveryState::Sent; }));
    ASSERT_TRUE(
        waitFor([this] { return countWithContent(kHoursReply, protocol::SourceType::Robot); }));
    const auto chats = sends(u"CHAT"_s, 200);
    ASSERT_EQ(chats.size(), 1);
    EXPECT_EQ(chats[0].value(u"content"_s).toString(), u"What are your opening hours?"_s);
    EXPECT_EQ(chats[0].value(u"mediaType"_s).toString(), u"TEXT"_s);
}

TEST_F(ChatSessionTest, RequestAgentQueuesWithCountdownThenAgentJoins)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    qsizetype queueQueriesWhenTheAgentJoined = -1;
    QObject::connect(m_session.get(), &ChatSession::stateChanged, [&](ChatSession::State state) {
        if (state == ChatSession::State::WithAgent)
            queueQueriesWhenTheAgentJoined = m_network.created(protocol::path::kQueryQueueInfo);
    });
    m_session->requestAgent();
    // Observed through the signals: the queue may be short-lived on a slow machine.
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::WithAgent; }));
    ASSERT_TRUE(sawInOrder({ChatSession::State::Queued, ChatSession::State::WithAgent}));
    ASSERT_FALSE(m_queueInfos.empty());
    for (std::size_t i = 1; i < m_queueInfos.size(); ++i)
        EXPECT_LE(m_queueInfos[i].position, m_queueInfos[i - 1].position);
    EXPECT_GE(m_queueInfos.front().position, 1);
    EXPECT_FALSE(m_session->queueInfo().has_value()); // cleared once no longer queued
    ASSERT_TRUE(waitFor([this] { return hasMessageFrom(protocol::SourceType::Agent); }));
    EXPECT_EQ(sends(u"TRANS2AGENT"_s).size(), 1);

    // No more queue queries once with the agent.
    EXPECT_EQ(requestsAfterQuiet(protocol::path::kQueryQueueInfo, fastOptions().queueInfoInterval),
              queueQueriesWhenTheAgentJoined);
}

TEST_F(ChatSessionTest, AgentRequestWaitsForTheTextsTypedBeforeIt)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    // Typed, then "talk to a person" at once: the bot must still get (and answer) the question.
    const QString question = m_session->sendText(u"What are your opening hours?"_s);
    const QString followUp = m_session->sendText(u"And on Sundays?"_s);
    m_session->requestAgent();
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::Queued; }));
    EXPECT_EQ(deliveryOf(question), DeliveryState::Sent);
    EXPECT_EQ(deliveryOf(followUp), DeliveryState::Sent);

    QStringList order;
    for (const QJsonObject &request : requestsTo(protocol::path::kSend))
        order << bodyOf(request).value(u"controlType"_s).toString();
    EXPECT_EQ(order, (QStringList{u"CONNECT"_s, u"CHAT"_s, u"CHAT"_s, u"TRANS2AGENT"_s}));
    EXPECT_TRUE(
        waitFor([this] { return countWithContent(kHoursReply, protocol::SourceType::Robot); }));
}

TEST_F(ChatSessionTest, AgentTypingAndReadReceipt)
{
    reachAgent();
    ASSERT_FALSE(HasFatalFailure());
    const QString id = m_session->sendText(u"Hello agent"_s);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(id) == DeliveryState::Sent; }));

    control(u"/sim/agent/typing"_s);
    ASSERT_TRUE(waitFor([this] { return m_typing > 0; }));

    control(u"/sim/agent/read"_s);
    ASSERT_TRUE(waitFor([&] { return m_readIds.contains(id); }));
    EXPECT_EQ(deliveryOf(id), DeliveryState::Read);

    // Our own typing notice and read receipt go out as INPUT / READ.
    m_session->notifyTyping();
    m_session->notifyTyping(); // throttled
    const QList<ChatMessage> all = m_session->messages();
    const auto agentMessage = std::find_if(all.begin(), all.end(), [](const ChatMessage &m) {
        return m.source == protocol::SourceType::Agent;
    });
    ASSERT_NE(agentMessage, all.end());
    m_session->markRead({agentMessage->id});
    ASSERT_TRUE(waitFor([this] { return !sends(u"READ"_s).isEmpty(); }));
    EXPECT_EQ(sends(u"INPUT"_s).size(), 1);
    const QJsonArray codes =
        QJsonDocument::fromJson(
            sends(u"READ"_s).constFirst().value(u"content"_s).toString().toUtf8())
            .array();
    EXPECT_EQ(codes, QJsonArray{agentMessage->id});
}

TEST_F(ChatSessionTest, FailedSendIsRetriedWithoutLossOrDuplication)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kSend)}, {u"status"_s, 500}, {u"times"_s, 1}});
    const QString first = m_session->sendText(u"first message"_s);
    const QString second = m_session->sendText(u"second message"_s);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(first) == DeliveryState::Failed; }));
    EXPECT_FALSE(message(first)->failureReason.isEmpty());
    drainPostedEvents(); // the outbox is pumped from the failure's own callback
    EXPECT_EQ(m_network.created(protocol::path::kSend), 2) << "CONNECT and the first only";
    EXPECT_EQ(deliveryOf(second), DeliveryState::Queued) << "nothing overtakes a failed message";
    EXPECT_EQ(m_session->pendingMessages().size(), 2);

    m_session->retry(first);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(second) == DeliveryState::Sent; }));
    EXPECT_EQ(deliveryOf(first), DeliveryState::Sent);
    EXPECT_TRUE(m_session->pendingMessages().isEmpty());

    const auto delivered = sends(u"CHAT"_s, 200);
    ASSERT_EQ(delivered.size(), 2);
    EXPECT_EQ(delivered[0].value(u"content"_s).toString(), u"first message"_s);
    EXPECT_EQ(delivered[1].value(u"content"_s).toString(), u"second message"_s);
}

TEST_F(ChatSessionTest, DroppedSendIsDeliveredExactlyOnce)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kSend)}, {u"drop"_s, true}, {u"times"_s, 1}});
    const QString id = m_session->sendText(u"dropped once"_s);
    const QString behind = m_session->sendText(u"queued behind"_s);
    ASSERT_TRUE(waitFor([&] {
        const DeliveryState state = deliveryOf(id);
        return state == DeliveryState::Failed || state == DeliveryState::Sent;
    }));
    if (deliveryOf(id) == DeliveryState::Failed)
        m_session->retry(id);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(behind) == DeliveryState::Sent; }));
    const auto delivered = sends(u"CHAT"_s, 200);
    ASSERT_EQ(delivered.size(), 2);
    EXPECT_EQ(delivered[0].value(u"content"_s).toString(), u"dropped once"_s);
    EXPECT_EQ(delivered[1].value(u"content"_s).toString(), u"queued behind"_s);
}

// The server takes the CHAT and closes the connection instead of answering: the client cannot know
// whether it arrived, so it asks the history before sending again (there is no idempotency key).
TEST_F(ChatSessionTest, AmbiguousSendIsCheckedInHistoryNotSentTwice)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kSend)}, {u"dropReply"_s, true}, {u"times"_s, 1}});
    const QString id = m_session->sendText(u"first message"_s);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(id) == DeliveryState::Sent; }))
        << "delivery" << int(deliveryOf(id));
    EXPECT_EQ(chatCopies(u"first message"_s), 1) << "the server must have it exactly once";
    EXPECT_EQ(m_network.created(protocol::path::kSend), 2) << "CONNECT and the CHAT, not resent";
    EXPECT_EQ(m_network.created(protocol::path::kQueryHistory), 1) << "the history, asked once";
    EXPECT_TRUE(m_session->pendingMessages().isEmpty());
    EXPECT_EQ(countWithContent(u"first message"_s, protocol::SourceType::Customer), 1);
}

TEST_F(ChatSessionTest, QueuedMessagesUnderDroppedRepliesArriveOnceInOrder)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kSend)}, {u"dropReply"_s, true}, {u"times"_s, 2}});
    const QString first = m_session->sendText(u"first message"_s);
    const QString second = m_session->sendText(u"second message"_s);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(second) == DeliveryState::Sent; }))
        << "delivery" << int(deliveryOf(first)) << int(deliveryOf(second));
    EXPECT_EQ(deliveryOf(first), DeliveryState::Sent);
    QStringList contents;
    for (const QJsonObject &chat : sends(u"CHAT"_s))
        contents.append(chat.value(u"content"_s).toString());
    EXPECT_EQ(contents, (QStringList{u"first message"_s, u"second message"_s}));
    EXPECT_EQ(m_network.created(protocol::path::kSend), 3) << "CONNECT and each CHAT once";
    EXPECT_EQ(m_network.created(protocol::path::kQueryHistory), 2) << "one check per message";
    EXPECT_TRUE(m_session->pendingMessages().isEmpty());
}

// The server is slower than our time limit and stores the CHAT after we gave up on it: the check
// waits as long again before it looks, so it finds the message instead of sending it twice.
TEST_F(ChatSessionTest, TimedOutSendStoredLateIsNotSentTwice)
{
    ClientConfig config = m_sim.clientConfig(kUserId);
    config.requestTimeout = 2000ms;
    m_client = std::make_unique<CecClient>(config, &m_network);
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kSend)}, {u"latencyMs"_s, 2500}, {u"times"_s, 1}});
    const QString id = m_session->sendText(u"slow server"_s);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(id) == DeliveryState::Sent; }))
        << "delivery" << int(deliveryOf(id));
    EXPECT_EQ(chatCopies(u"slow server"_s), 1);
    EXPECT_EQ(m_network.created(protocol::path::kSend), 2) << "CONNECT and the CHAT, not resent";
}

// An HTTP error answer means the server refused the CHAT: nothing to reconcile, retried as before.
TEST_F(ChatSessionTest, SurelyFailedSendIsRetriedWithoutAHistoryCheck)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kSend)}, {u"status"_s, 503}, {u"times"_s, 1}});
    const QString id = m_session->sendText(u"refused once"_s);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(id) == DeliveryState::Failed; }));
    m_session->retry(id);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(id) == DeliveryState::Sent; }));
    EXPECT_EQ(sends(u"CHAT"_s, 200).size(), 1);
    EXPECT_EQ(m_network.created(protocol::path::kQueryHistory), 0);
}

// The history cannot be asked at first: the message stays pending (not lost, not resent blindly)
// and the check is repeated until it answers.
TEST_F(ChatSessionTest, FailingHistoryCheckIsRepeatedAndTheMessageArrivesOnce)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kQueryHistory)}, {u"status"_s, 500}, {u"times"_s, 2}});
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kSend)}, {u"dropReply"_s, true}, {u"times"_s, 1}});
    const QString id = m_session->sendText(u"checked late"_s);
    ASSERT_TRUE(waitFor([&] { return deliveryOf(id) == DeliveryState::Sent; }))
        << "delivery" << int(deliveryOf(id));
    EXPECT_EQ(chatCopies(u"checked late"_s), 1);
    EXPECT_EQ(m_network.created(protocol::path::kQueryHistory), 3) << "two failures, one answer";
}

TEST_F(ChatSessionTest, OverLongTextIsRefusedBeforeSending)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    const auto before = m_session->messages().size();
    // 400 characters but 1200 UTF-8 bytes: the limit is in bytes.
    for (const QString &text : {QString(1025, u'x'), QString(400, QChar(0x20AC))}) {
        m_errors.clear();
        EXPECT_TRUE(m_session->sendText(text).isEmpty());
        ASSERT_EQ(m_errors.size(), 1u);
        EXPECT_EQ(m_errors[0].kind(), ApiError::Kind::Rejected);
        EXPECT_FALSE(m_errors[0].userMessage().isEmpty());
    }
    EXPECT_EQ(m_session->messages().size(), before);
    drainPostedEvents();
    EXPECT_EQ(m_network.created(protocol::path::kSend), 1) << "only the CONNECT";
}

TEST_F(ChatSessionTest, WrongTypeOrOversizeFileIsRefused)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_TRUE(m_session->sendFile(u"setup.exe"_s, QByteArray(10, 'x')).isEmpty());
    EXPECT_TRUE(
        m_session->sendFile(u"huge.png"_s, QByteArray(protocol::kMaxFileBytes + 1, 'x')).isEmpty());
    ASSERT_EQ(m_errors.size(), 2u);
    for (const ApiError &error : m_errors) {
        EXPECT_EQ(error.kind(), ApiError::Kind::Rejected);
        EXPECT_FALSE(error.userMessage().isEmpty());
    }
    EXPECT_NE(m_errors[1].userMessage().indexOf(u"2 MB"_s), -1);
    drainPostedEvents();
    EXPECT_EQ(m_network.created(protocol::path::kUploadFileStream), 0);
    EXPECT_EQ(m_network.created(protocol::path::kSend), 1) << "only the CONNECT";
}

TEST_F(ChatSessionTest, FileIsUploadedThenSent)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    const QByteArray text("hello, file\n");
    const QString fileId = m_session->sendFile(u"notes.txt"_s, text);
    const QString imageId = m_session->sendFile(u"photo.png"_s, QByteArray(64, '\x7f'));
    ASSERT_FALSE(fileId.isEmpty());
    ASSERT_TRUE(waitFor([&] { return deliveryOf(imageId) == DeliveryState::Sent; }));
    EXPECT_EQ(deliveryOf(fileId), DeliveryState::Sent);

    const auto uploads = requestsTo(protocol::path::kUploadFileStream);
    ASSERT_EQ(uploads.size(), 2);
    EXPECT_EQ(bodyOf(uploads[0]).value(u"fileType"_s).toString(), u"txt"_s);
    EXPECT_EQ(
        QByteArray::fromBase64(bodyOf(uploads[0]).value(u"fileStream"_s).toString().toLatin1()),
        text);

    const auto chats = sends(u"CHAT"_s, 200);
    ASSERT_EQ(chats.size(), 2);
    EXPECT_EQ(chats[0].value(u"mediaType"_s).toString(), u"FILE"_s);
    const QStringList fields = chats[0].value(u"content"_s).toString().split(u',');
    ASSERT_EQ(fields.size(), 4);
    EXPECT_EQ(fields[0], u"notes.txt"_s);
    EXPECT_EQ(fields[1], QString::number(text.size()));
    EXPECT_FALSE(fields[2].isEmpty());
    EXPECT_EQ(fields[3], u"txt"_s);
    EXPECT_EQ(chats[1].value(u"mediaType"_s).toString(), u"IMAGE"_s);
    EXPECT_FALSE(chats[1].value(u"content"_s).toString().isEmpty());
    EXPECT_FALSE(chats[1].value(u"content"_s).toString().contains(u','));
    EXPECT_EQ(m_sim.control("GET", u"/sim/state?userId="_s + kUserId).value(u"uploads"_s).toInt(),
              2);
}

TEST_F(ChatSessionTest, PollOutageReconnectsAndShowsMissedMessageOnce)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(
        waitFor([this] { return countWithContent(kGreeting, protocol::SourceType::Robot); }));
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kPoll)}, {u"status"_s, 500}, {u"times"_s, 3}});
    ASSERT_TRUE(waitFor([this] { return m_session->link() != ChatSession::Link::Online; }));
    EXPECT_EQ(m_links.front(), ChatSession::Link::Reconnecting);
    const QString missed = u"Sent while you were offline"_s;
    control(u"/sim/agent/say"_s, {{u"text"_s, missed}});
    ASSERT_TRUE(waitFor([this] { return m_session->link() == ChatSession::Link::Online; }));
    EXPECT_EQ(m_links.back(), ChatSession::Link::Online);
    ASSERT_TRUE(waitFor([&] { return countWithContent(missed, protocol::SourceType::Robot) > 0; }));
    // The catch-up history and the poll both carry it; it must appear once.
    ASSERT_TRUE(waitFor([this] { return m_network.answered(protocol::path::kQueryHistory) > 0; }));
    const qsizetype polls = m_network.answered(protocol::path::kPoll);
    ASSERT_TRUE(waitFor([&] { return m_network.answered(protocol::path::kPoll) >= polls + 2; }));
    EXPECT_EQ(countWithContent(missed, protocol::SourceType::Robot), 1);
    EXPECT_EQ(countWithContent(kGreeting, protocol::SourceType::Robot), 1);
    EXPECT_EQ(m_session->state(), ChatSession::State::Connected);
}

TEST_F(ChatSessionTest, HistoryOnConnectIsLoadedOnce)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(
        waitFor([this] { return countWithContent(kGreeting, protocol::SourceType::Robot); }));
    const QString id = m_session->sendText(u"What are your opening hours?"_s);
    ASSERT_TRUE(
        waitFor([this] { return countWithContent(kHoursReply, protocol::SourceType::Robot); }));
    m_session->disconnectFromService();
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::Ended; }));

    ChatSessionOptions options = fastOptions();
    options.historyOnConnect = 20;
    m_session.reset();
    const qsizetype pollsBefore = m_network.answered(protocol::path::kPoll);
    connectSession(options);
    ASSERT_FALSE(HasFatalFailure());
    // History comes before CONNECT; two answered polls give a repeat its chance to show.
    ASSERT_TRUE(
        waitFor([&] { return m_network.answered(protocol::path::kPoll) >= pollsBefore + 2; }));
    const QList<ChatMessage> all = m_session->messages();
    EXPECT_TRUE(
        std::any_of(all.begin(), all.end(), [](const ChatMessage &m) { return m.fromHistory; }));
    EXPECT_EQ(countWithContent(kHoursReply, protocol::SourceType::Robot), 1);
    EXPECT_EQ(countWithContent(u"What are your opening hours?"_s, protocol::SourceType::Customer),
              1);
    QSet<QString> ids;
    for (const ChatMessage &m : all)
        ids.insert(m.id);
    EXPECT_EQ(ids.size(), all.size());
    Q_UNUSED(id);
}

TEST_F(ChatSessionTest, ConnectingStraightToAnAgentQueues)
{
    m_sim.configure({{u"connectTarget"_s, u"agent"_s}});
    makeSession();
    m_session->connectToService();
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::WithAgent; }));
    EXPECT_NE(std::find(m_states.begin(), m_states.end(), ChatSession::State::Queued),
              m_states.end());
    EXPECT_TRUE(sends(u"TRANS2AGENT"_s).isEmpty());
}

TEST_F(ChatSessionTest, OutsideWorkingHoursIsClosed)
{
    m_sim.configure({{u"workingHours"_s, false}, {u"connectTarget"_s, u"agent"_s}});
    makeSession();
    m_session->connectToService();
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::Closed; }));
    ASSERT_EQ(m_errors.size(), 1u);
    EXPECT_EQ(m_errors[0].code(), u"12"_s);
    EXPECT_EQ(requestsAfterQuiet(protocol::path::kPoll, fastOptions().pollInterval), 0);
}

TEST_F(ChatSessionTest, DisconnectEndsAndStopsPolling)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    ASSERT_TRUE(waitFor([this] { return requestsTo(protocol::path::kPoll).size() >= 2; }));
    m_session->disconnectFromService();
    const qsizetype pollsWhenEnded = m_network.created(protocol::path::kPoll);
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::Ended; }));
    EXPECT_EQ(sends(u"DISCONNECT"_s).size(), 1);
    EXPECT_EQ(requestsAfterQuiet(protocol::path::kPoll, fastOptions().pollInterval), pollsWhenEnded)
        << "polling stops when DISCONNECT goes out";
    // Nothing can be queued into an ended conversation.
    EXPECT_TRUE(m_session->sendText(u"too late"_s).isEmpty());
}

TEST_F(ChatSessionTest, AgentLeavingEndsTheChat)
{
    reachAgent();
    ASSERT_FALSE(HasFatalFailure());
    qsizetype pollsWhenEnded = -1;
    QObject::connect(m_session.get(), &ChatSession::stateChanged, [&](ChatSession::State state) {
        if (state == ChatSession::State::Ended)
            pollsWhenEnded = m_network.created(protocol::path::kPoll);
    });
    control(u"/sim/agent/leave"_s);
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::Ended; }));
    EXPECT_EQ(requestsAfterQuiet(protocol::path::kPoll, fastOptions().pollInterval),
              pollsWhenEnded);
}

// The end of a chat is a code, never a word: tenants write their notices in their own language.
TEST_F(ChatSessionTest, SystemNoticesDoNotEndTheChatWhateverTheySay)
{
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    control(u"/sim/system/say"_s, {{u"text"_s, u"Your previous chat has ended. Welcome back!"_s}});
    control(u"/sim/system/say"_s, {{u"text"_s, u"会话已结束。"_s}});
    const QString after = u"Still here?"_s;
    control(u"/sim/agent/say"_s, {{u"text"_s, after}});
    // Downlinks arrive in order: once the last one is here, the notices were handled.
    ASSERT_TRUE(waitFor([&] { return countWithContent(after, protocol::SourceType::Robot) == 1; }));
    EXPECT_EQ(countWithContent(u"会话已结束。"_s, protocol::SourceType::System), 1);
    EXPECT_EQ(m_session->state(), ChatSession::State::Connected);
}

TEST_F(ChatSessionTest, AChineseTenantsDisconnectEndsTheChat)
{
    reachAgent();
    ASSERT_FALSE(HasFatalFailure());
    control(u"/sim/agent/leave"_s, {{u"text"_s, u"座席已结束会话。"_s}});
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::Ended; }));
}

TEST_F(ChatSessionTest, QueueQuerySayingTheSessionEndedEndsTheChat)
{
    m_sim.configure({{u"queueLength"_s, 5}, {u"queueStepMs"_s, 600000}});
    connectSession();
    ASSERT_FALSE(HasFatalFailure());
    m_session->requestAgent();
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::Queued; }));
    m_sim.injectFault({{u"path"_s, QString(protocol::path::kQueryQueueInfo)},
                       {u"status"_s, 200},
                       {u"body"_s, QJsonObject{{u"resultCode"_s, u"160004"_s},
                                               {u"resultDesc"_s, u"会话不存在或已结束"_s}}}});
    ASSERT_TRUE(waitFor([this] { return m_session->state() == ChatSession::State::Ended; }));
}

TEST_F(ChatSessionTest, RestoredPendingMessagesAreSentAfterConnecting)
{
    makeSession();
    ChatMessage persisted;
    persisted.id = u"persisted-1"_s;
    persisted.source = protocol::SourceType::Customer;
    persisted.content = u"written before the restart"_s;
    persisted.delivery = DeliveryState::Failed;
    m_session->restorePending({persisted});
    EXPECT_EQ(m_session->pendingMessages().size(), 1);
    m_session->connectToService();
    ASSERT_TRUE(waitFor([this] { return deliveryOf(u"persisted-1"_s) == DeliveryState::Sent; }));
    ASSERT_EQ(sends(u"CHAT"_s, 200).size(), 1);
}

} // namespace
} // namespace cec::test
