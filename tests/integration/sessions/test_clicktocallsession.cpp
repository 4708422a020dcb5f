// ClickToCallSession (with SignallingOnlyMedia) against the real cec-sim: the seed sequence
// (docs/cec-api.md §4.2).
#include "callmedia.h"
#include "clicktocallsession.h"
#include "sessiontest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace cec::test {
namespace {

using State = ClickToCallSession::State;

// The longest pause between two event polls in these tests (options.failureBackoff is 100 ms,
// the default repollDelay 100 ms, an instant empty answer waits out the 1 s minEmptyPollInterval).
constexpr std::chrono::milliseconds kLongestRepoll = 1000ms;

// A media layer the test drives: the far end can hang up or the connection can break.
class ScriptedMedia final : public CallMedia
{
public:
    void start(const CallSetup &setup, protocol::MediaAbility) override
    {
        ++starts;
        lastSetup = setup;
        QTimer::singleShot(0, this, [this] { Q_EMIT established(); });
    }
    void hangUp() override
    {
        ++hangUps;
        Q_EMIT ended(u"hung up"_s);
    }
    void remoteHangUp() { Q_EMIT ended(u"The agent hung up"_s); }
    void breakDown() { Q_EMIT failed(u"ICE failed"_s); }

    CallSetup lastSetup;
    int starts = 0;
    int hangUps = 0;
};

class ClickToCallTest : public SessionTest
{
protected:
    void SetUp() override
    {
        SessionTest::SetUp();
        if (HasFatalFailure())
            return;
        configureCall({});
        // docs/cec-api.md §4.1: click-to-call follows a connected chat.
        const auto connected = waitResult<Result<Done>>([this](auto done) {
            OutgoingMessage connect;
            connect.controlType = protocol::ControlType::Connect;
            m_client->send(connect, &m_context, done);
        });
        ASSERT_TRUE(connected && connected->ok());

        ClickToCallOptions options;
        options.failureBackoff = 100ms;
        CallMedia &media = useScriptedMedia() ? static_cast<CallMedia &>(m_scriptedMedia)
                                              : static_cast<CallMedia &>(m_media);
        m_session = std::make_unique<ClickToCallSession>(*m_client, media, options);
        QObject::connect(m_session.get(), &ClickToCallSession::stateChanged,
                         [this](State state) { m_states.push_back(state); });
        QObject::connect(m_session.get(), &ClickToCallSession::ended,
                         [this](const QString &reason) { m_endReasons.push_back(reason); });
        QObject::connect(m_session.get(), &ClickToCallSession::failed,
                         [this](const ApiError &error, const QString &message) {
                             m_failures.emplace_back(error, message);
                         });
        QObject::connect(m_session.get(), &ClickToCallSession::transferred,
                         [this] { ++m_transfers; });
        QObject::connect(m_session.get(), &ClickToCallSession::eventReceived,
                         [this](const ClickToCallEvent &event) { m_events.push_back(event); });
    }

    virtual bool useScriptedMedia() const { return false; }

    // Fast defaults, overridden per test.
    void configureCall(const QJsonObject &overrides)
    {
        QJsonObject call{{u"queueEvents"_s, 1},
                         {u"queueStepMs"_s, 200},
                         {u"eventHoldMs"_s, 2000},
                         {u"outcome"_s, u"setup"_s},
                         {u"autoReleaseMs"_s, 0}};
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            call.insert(it.key(), it.value());
        m_sim.configure({{u"clickToCall"_s, call}});
    }

    void becomeReady()
    {
        m_session->checkSupport();
        ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Ready; }))
            << "state" << int(m_session->state());
    }

    void reachInCall(protocol::MediaAbility ability = protocol::MediaAbility::Voice)
    {
        becomeReady();
        ASSERT_FALSE(HasFatalFailure());
        m_session->start(ability);
        ASSERT_TRUE(waitFor([this] { return m_session->state() == State::InCall; }))
            << "state" << int(m_session->state());
    }

    bool sawInOrder(const std::vector<State> &expected) const
    {
        auto position = m_states.begin();
        for (State state : expected) {
            position = std::find(position, m_states.end(), state);
            if (position == m_states.end())
                return false;
        }
        return true;
    }

    qsizetype eventPolls() { return requestsTo(protocol::path::kClickToCallEvents).size(); }
    qsizetype drops() { return requestsTo(protocol::path::kDropClickToCall).size(); }

    QObject m_context;
    SignallingOnlyMedia m_media;
    ScriptedMedia m_scriptedMedia;
    std::unique_ptr<ClickToCallSession> m_session;
    std::vector<State> m_states;
    std::vector<QString> m_endReasons;
    std::vector<std::pair<ApiError, QString>> m_failures;
    std::vector<ClickToCallEvent> m_events;
    int m_transfers = 0;
};

TEST_F(ClickToCallTest, SupportedChannelIsReady)
{
    std::optional<ClickToCallSupport> support;
    QObject::connect(m_session.get(), &ClickToCallSession::supportChecked,
                     [&](const ClickToCallSupport &s) { support = s; });
    becomeReady();
    ASSERT_TRUE(support.has_value());
    EXPECT_TRUE(support->available());
    EXPECT_EQ(m_states.front(), State::CheckingSupport);
}

TEST_F(ClickToCallTest, SupportCheckErrorIsUnavailable)
{
    m_sim.injectFault({{u"path"_s, QString(protocol::path::kCheckClickToCall)},
                       {u"status"_s, 500},
                       {u"times"_s, 1}});
    m_session->checkSupport();
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Unavailable; }));
    ASSERT_EQ(m_failures.size(), 1u);
    EXPECT_FALSE(m_failures[0].second.isEmpty());
}

TEST_F(ClickToCallTest, UnsupportedChannelIsUnavailable)
{
    configureCall({{u"clickToCallSupported"_s, false}});
    m_session->checkSupport();
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Unavailable; }));
    m_session->start(protocol::MediaAbility::Voice); // refused in this state
    EXPECT_EQ(m_session->state(), State::Unavailable);
    drainPostedEvents();
    EXPECT_EQ(m_network.created(protocol::path::kCreateClickToCall), 0);
}

TEST_F(ClickToCallTest, VoiceCallRunsTheSeedSequenceUntilReleased)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_TRUE(sawInOrder({State::Requesting, State::Queuing, State::Connecting, State::InCall}));
    const auto creates = requestsTo(protocol::path::kCreateClickToCall);
    ASSERT_EQ(creates.size(), 1);
    EXPECT_EQ(bodyOf(creates[0]).value(u"mediaAbility"_s).toString(), u"0"_s);
    EXPECT_EQ(m_session->mediaAbility(), protocol::MediaAbility::Voice);

    control(u"/sim/call/release"_s, {{u"causeDesc"_s, u"Agent hung up"_s}});
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Ended; }));
    ASSERT_EQ(m_endReasons.size(), 1u);
    EXPECT_EQ(m_endReasons[0], u"Agent hung up"_s);
    EXPECT_TRUE(m_failures.empty());
    // Polling stops after 168110: no poll after the one that brought it.
    const qsizetype pollsWhenEnded = m_network.created(protocol::path::kClickToCallEvents);
    EXPECT_EQ(requestsAfterQuiet(protocol::path::kClickToCallEvents, kLongestRepoll),
              pollsWhenEnded);
}

TEST_F(ClickToCallTest, VideoCallAsksForVideo)
{
    reachInCall(protocol::MediaAbility::Video);
    ASSERT_FALSE(HasFatalFailure());
    const auto creates = requestsTo(protocol::path::kCreateClickToCall);
    ASSERT_EQ(creates.size(), 1);
    EXPECT_EQ(bodyOf(creates[0]).value(u"mediaAbility"_s).toString(), u"1"_s);
}

TEST_F(ClickToCallTest, CreateOutsideWorkingHoursFails)
{
    configureCall({{u"createResultCode"_s, u"12"_s}});
    becomeReady();
    ASSERT_FALSE(HasFatalFailure());
    m_session->start(protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Failed; }));
    ASSERT_EQ(m_failures.size(), 1u);
    EXPECT_EQ(m_failures[0].first.code(), u"12"_s);
    EXPECT_NE(m_failures[0].second.indexOf(u"working hours"_s), -1);
    EXPECT_EQ(requestsAfterQuiet(protocol::path::kClickToCallEvents, kLongestRepoll), 0);
}

TEST_F(ClickToCallTest, FailureOutcomeReportsTheCause)
{
    configureCall({{u"outcome"_s, u"failure"_s}});
    becomeReady();
    ASSERT_FALSE(HasFatalFailure());
    m_session->start(protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Failed; }));
    ASSERT_EQ(m_failures.size(), 1u);
    ASSERT_FALSE(m_events.empty());
    const ClickToCallEvent &last = m_events.back();
    EXPECT_EQ(last.eventId, 168105);
    EXPECT_EQ(m_failures[0].first.code(), u"168105"_s);
    if (!last.causeDesc.isEmpty()) {
        EXPECT_NE(m_failures[0].second.indexOf(last.causeDesc), -1);
    }
}

TEST_F(ClickToCallTest, FailureAnnouncedByTheAgentSide)
{
    configureCall({{u"queueEvents"_s, 5}, {u"queueStepMs"_s, 1000}});
    becomeReady();
    ASSERT_FALSE(HasFatalFailure());
    m_session->start(protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Queuing; }));
    control(u"/sim/call/fail"_s, {{u"causeDesc"_s, u"All agents busy"_s}});
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Failed; }));
    ASSERT_EQ(m_failures.size(), 1u);
    EXPECT_NE(m_failures[0].second.indexOf(u"All agents busy"_s), -1);
}

TEST_F(ClickToCallTest, QueueTimeoutFails)
{
    configureCall({{u"outcome"_s, u"timeout"_s}});
    becomeReady();
    ASSERT_FALSE(HasFatalFailure());
    m_session->start(protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Failed; }));
    ASSERT_EQ(m_failures.size(), 1u);
    EXPECT_EQ(m_failures[0].first.code(), u"168103"_s);
    EXPECT_NE(m_failures[0].second.indexOf(u"No agent answered"_s), -1);
}

TEST_F(ClickToCallTest, TransferKeepsTheCall)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    control(u"/sim/call/transfer"_s);
    ASSERT_TRUE(waitFor([this] { return m_transfers == 1; }));
    EXPECT_EQ(m_session->state(), State::InCall);
    // Still polling: a release after the transfer is seen.
    control(u"/sim/call/release"_s, {{u"causeDesc"_s, u"Done"_s}});
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Ended; }));
}

TEST_F(ClickToCallTest, HangUpDropsTheCall)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    m_session->hangUp();
    EXPECT_EQ(m_session->state(), State::Ending);
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Ended; }));
    EXPECT_EQ(drops(), 1);
    EXPECT_EQ(m_sim.control("GET", u"/sim/state?userId="_s + kUserId).value(u"call"_s).toString(),
              u"dropped"_s);
    ASSERT_EQ(m_endReasons.size(), 1u);
}

// The host: hang up and destroy the session at once (its window closed). The drop's
// context is the client, so it still goes out and is answered.
TEST_F(ClickToCallTest, DropSurvivesTheSessionBeingDestroyedRightAfterHangUp)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    m_session->hangUp();
    m_session.reset();
    ASSERT_TRUE(waitFor([this] { return drops() == 1; }));
    EXPECT_TRUE(waitFor([this] {
        return m_sim.control("GET", u"/sim/state?userId="_s + kUserId).value(u"call"_s) ==
               u"dropped"_s;
    }));
}

TEST_F(ClickToCallTest, HangUpFinishedFollowsTheAnsweredDrop)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    int finished = 0;
    QObject::connect(m_session.get(), &ClickToCallSession::hangUpFinished, [&] {
        ++finished;
        // Both halves are through when the host hears of it.
        EXPECT_EQ(m_session->state(), State::Ended);
        EXPECT_EQ(drops(), 1);
    });
    m_session->hangUp();
    ASSERT_TRUE(waitFor([&] { return finished == 1; }));
    EXPECT_FALSE(m_session->hasCall());
    // Without a call it is still announced, from the event loop.
    m_session->hangUp();
    EXPECT_EQ(finished, 1);
    EXPECT_TRUE(waitFor([&] { return finished == 2; }));
}

// The service does not answer the drop (network gone): the hang-up still finishes, bounded.
TEST_F(ClickToCallTest, HangUpFinishesWithinItsBoundWhenTheDropIsNotAnswered)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault({{u"path"_s, QString(protocol::path::kDropClickToCall)},
                       {u"latencyMs"_s, 30000},
                       {u"times"_s, 1}});
    bool finished = false;
    QObject::connect(m_session.get(), &ClickToCallSession::hangUpFinished,
                     [&] { finished = true; });
    QElapsedTimer clock;
    clock.start();
    m_session->hangUp();
    ASSERT_TRUE(waitFor([&] { return finished; }, 20000));
    // The default bound is 2 s; well under the drop's 30 s and the client's request timeout.
    EXPECT_LT(clock.elapsed(), 10000);
    EXPECT_GE(clock.elapsed(), 1900);
}

TEST_F(ClickToCallTest, HangUpWhileQueuing)
{
    configureCall({{u"queueEvents"_s, 5}, {u"queueStepMs"_s, 1000}});
    becomeReady();
    ASSERT_FALSE(HasFatalFailure());
    m_session->start(protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Queuing; }));
    m_session->hangUp();
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Ended; }));
    EXPECT_EQ(drops(), 1);
}

TEST_F(ClickToCallTest, ThreeFailedEventPollsEndTheCall)
{
    m_sim.injectFault({{u"path"_s, QString(protocol::path::kClickToCallEvents)},
                       {u"status"_s, 500},
                       {u"times"_s, 3}});
    becomeReady();
    ASSERT_FALSE(HasFatalFailure());
    m_session->start(protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Failed; }));
    ASSERT_EQ(m_failures.size(), 1u);
    EXPECT_NE(m_failures[0].second.indexOf(u"Lost contact"_s), -1);
    ASSERT_TRUE(waitFor([this] { return drops() == 1; }));
    EXPECT_EQ(requestsAfterQuiet(protocol::path::kClickToCallEvents, kLongestRepoll), 3)
        << "no fourth event poll after the third failure";
}

TEST_F(ClickToCallTest, FailureCountResetsAfterAGoodAnswer)
{
    configureCall({{u"queueEvents"_s, 3}, {u"queueStepMs"_s, 600}, {u"eventHoldMs"_s, 200}});
    becomeReady();
    ASSERT_FALSE(HasFatalFailure());
    m_sim.injectFault({{u"path"_s, QString(protocol::path::kClickToCallEvents)},
                       {u"status"_s, 500},
                       {u"times"_s, 2}});
    m_session->start(protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([this] { return eventPolls() >= 3; }));
    m_sim.injectFault({{u"path"_s, QString(protocol::path::kClickToCallEvents)},
                       {u"status"_s, 500},
                       {u"times"_s, 2}});
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::InCall; }));
    EXPECT_TRUE(m_failures.empty());
}

TEST_F(ClickToCallTest, EmptyPollsKeepPollingWhileInCall)
{
    configureCall({{u"eventHoldMs"_s, 150}});
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    const auto statesInCall = m_states.size();
    const auto before = m_network.answered(protocol::path::kClickToCallEvents);
    // Three empty answers in a row, each followed by another poll, and the call goes on.
    ASSERT_TRUE(waitFor([&] {
        return m_network.answered(protocol::path::kClickToCallEvents) >= before + 3 &&
               m_network.created(protocol::path::kClickToCallEvents) >= before + 4;
    }));
    EXPECT_EQ(m_states.size(), statesInCall) << "no state change while the call is up";
    EXPECT_EQ(m_session->state(), State::InCall);
}

// A service that answers the long poll at once without an event is not polled in a tight loop
// (it was about ten times a second): at most once a second, with the default options.
TEST_F(ClickToCallTest, InstantEmptyAnswersArePolledAtMostOncePerSecond)
{
    configureCall({{u"eventHoldMs"_s, 0}});
    m_session = std::make_unique<ClickToCallSession>(*m_client, m_media, ClickToCallOptions{});
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    const auto path = protocol::path::kClickToCallEvents;
    const qsizetype before = m_network.created(path);
    // The poll that was open when the call came up may follow an event at once; the ones after it
    // follow empty answers.
    ASSERT_TRUE(waitFor([&] { return m_network.created(path) >= before + 4; }));
    const QList<qint64> times = m_network.createdAtMs(path);
    for (qsizetype i = before + 1; i < before + 4; ++i) {
        // Timers may fire up to 5 % early (Qt::CoarseTimer); a slow machine only adds to this.
        EXPECT_GE(times.at(i) - times.at(i - 1), 940) << "poll " << i;
    }
    EXPECT_EQ(m_session->state(), State::InCall);
}

class ClickToCallMediaTest : public ClickToCallTest
{
protected:
    bool useScriptedMedia() const override { return true; }
};

TEST_F(ClickToCallMediaTest, SetupContentReachesTheMedia)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_FALSE(m_scriptedMedia.lastSetup.domain.isEmpty());
    EXPECT_FALSE(m_scriptedMedia.lastSetup.gatewayAddresses.isEmpty());
    EXPECT_FALSE(m_scriptedMedia.lastSetup.accessCode.isEmpty());
}

TEST_F(ClickToCallMediaTest, RemoteByeDropsAndEnds)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    m_scriptedMedia.remoteHangUp();
    EXPECT_EQ(m_session->state(), State::Ended);
    ASSERT_EQ(m_endReasons.size(), 1u);
    EXPECT_EQ(m_endReasons[0], u"The agent hung up"_s);
    ASSERT_TRUE(waitFor([this] { return drops() == 1; }));
    EXPECT_EQ(m_scriptedMedia.hangUps, 0);
}

TEST_F(ClickToCallMediaTest, MediaFailureHangsUpAndFails)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    m_scriptedMedia.breakDown();
    EXPECT_EQ(m_session->state(), State::Failed);
    EXPECT_EQ(m_scriptedMedia.hangUps, 1);
    ASSERT_EQ(m_failures.size(), 1u);
    EXPECT_NE(m_failures[0].second.indexOf(u"ICE failed"_s), -1);
    ASSERT_TRUE(waitFor([this] { return drops() == 1; }));
}

TEST_F(ClickToCallMediaTest, ReleaseHangsUpTheMedia)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    control(u"/sim/call/release"_s, {{u"causeDesc"_s, u"Agent hung up"_s}});
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Ended; }));
    EXPECT_EQ(m_scriptedMedia.hangUps, 1);
    ASSERT_EQ(m_endReasons.size(), 1u) << "our own hang-up is not a second end";
    drainPostedEvents(); // a drop would be created from the release's own callback
    EXPECT_EQ(m_network.created(protocol::path::kDropClickToCall), 0)
        << "the service released it already";
}

// Seen in CI: the service's end of a call can overtake the page's own report of it; that late
// report must not fail the call the customer has started since.
TEST_F(ClickToCallMediaTest, LateMediaReportOfAnEndedCallDoesNotFailTheNextOne)
{
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    control(u"/sim/call/release"_s, {{u"causeDesc"_s, u"Agent hung up"_s}});
    ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Ended; }));
    m_session->start(protocol::MediaAbility::Voice);
    ASSERT_EQ(m_session->state(), State::Requesting);
    m_scriptedMedia.breakDown(); // the first call's page reporting late
    EXPECT_EQ(m_session->state(), State::Requesting);
    EXPECT_TRUE(waitFor([this] { return m_session->state() == State::InCall; }));
    EXPECT_TRUE(m_failures.empty());
}

// Issue 8, item 5: a 168101 whose gwAddresses the client must not dial. The simulator's next
// event poll is answered with this set-up instead of its own (a fault rule with status 200).
class ClickToCallGatewayTest : public ClickToCallMediaTest
{
protected:
    void answerFirstEventPollWithSetup(const QJsonArray &gatewayAddresses)
    {
        const QJsonObject setup{
            {u"resultCode"_s, u"0"_s},
            {u"resultDesc"_s, u"Call connected"_s},
            {u"eventId"_s, 168101},
            {u"content"_s, QJsonObject{{u"domain"_s, u"cec-sim.local"_s},
                                       {u"gwAddresses"_s, gatewayAddresses},
                                       {u"accessCode"_s, u"179080000537636"_s},
                                       {u"clickToCallCaller"_s, u"AnonymousCard"_s}}}};
        m_sim.injectFault({{u"path"_s, QString(protocol::path::kClickToCallEvents)},
                           {u"status"_s, 200},
                           {u"body"_s, setup},
                           {u"times"_s, 1}});
    }

    // The call fails with the clear reason, the media never starts, and the call is dropped.
    void expectRefusedAndDropped()
    {
        becomeReady();
        ASSERT_FALSE(HasFatalFailure());
        m_session->start(protocol::MediaAbility::Voice);
        ASSERT_TRUE(waitFor([this] { return m_session->state() == State::Failed; }))
            << "state" << int(m_session->state());
        EXPECT_EQ(m_scriptedMedia.starts, 0)
            << "dialled " << m_scriptedMedia.lastSetup.gatewayAddresses.join(u' ').toStdString();
        EXPECT_EQ(std::find(m_states.begin(), m_states.end(), State::Connecting), m_states.end());
        ASSERT_EQ(m_failures.size(), 1u);
        EXPECT_NE(m_failures[0].second.indexOf(u"securely"_s), -1)
            << m_failures[0].second.toStdString();
        ASSERT_TRUE(waitFor([this] { return drops() == 1; }));
        EXPECT_TRUE(waitFor([this] {
            return m_sim.control("GET", u"/sim/state?userId="_s + kUserId).value(u"call"_s) ==
                   u"dropped"_s;
        }));
        // No poll after the set-up that was refused.
        EXPECT_EQ(requestsAfterQuiet(protocol::path::kClickToCallEvents, kLongestRepoll), 1);
    }
};

TEST_F(ClickToCallGatewayTest, HostileGatewayAddressesFailTheCallAndDropIt)
{
    answerFirstEventPollWithSetup(
        {u"http://127.0.0.1:1/gateway"_s, u"https://gw.example.com/gateway"_s,
         u"ftp://gw.example.com/gateway"_s, u"file:///etc/passwd"_s, u"javascript:alert(1)"_s,
         u"data:text/html,<script>alert(1)</script>"_s, u"ws://gw.example.com/gateway"_s,
         u"wss://user:secret@gw.example.com/gateway"_s, u"not a url"_s});
    expectRefusedAndDropped();
}

TEST_F(ClickToCallGatewayTest, UnencryptedWsToANonLoopbackHostIsNotDialled)
{
    answerFirstEventPollWithSetup({u"ws://203.0.113.10:8080/gateway"_s});
    expectRefusedAndDropped();
}

TEST_F(ClickToCallGatewayTest, EmptyGatewayListFailsTheCallAndDropsIt)
{
    answerFirstEventPollWithSetup({});
    expectRefusedAndDropped();
}

TEST_F(ClickToCallGatewayTest, OnlyTheAcceptableAddressesReachTheMediaInOrder)
{
    answerFirstEventPollWithSetup({u"http://gw.example.com/gateway"_s,
                                   u"wss://gw.example.com/gateway"_s,
                                   u"ws://gw.example.com/gateway"_s, u"ws://127.0.0.1:9/gateway"_s,
                                   u"javascript:alert(1)"_s, u"ws://[::1]:9/gateway"_s});
    reachInCall();
    ASSERT_FALSE(HasFatalFailure());
    EXPECT_EQ(m_scriptedMedia.starts, 1);
    EXPECT_EQ(m_scriptedMedia.lastSetup.gatewayAddresses,
              (QStringList{u"wss://gw.example.com/gateway"_s, u"ws://127.0.0.1:9/gateway"_s,
                           u"ws://[::1]:9/gateway"_s}));
    EXPECT_TRUE(m_failures.empty());
    EXPECT_EQ(drops(), 0);
}

} // namespace
} // namespace cec::test
