// cecctl end to end: exit codes, chat from a pipe, click-to-call signalling, Ctrl-C, settings.
#include "cecctlfixture.h"
#include "protocol/protocol.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>

#include <csignal>
#include <cstdio>

namespace cec::test {
namespace {

constexpr auto kSend = "/apiaccess/ccmessaging/send"_L1;
constexpr auto kApplyToken = "/apiaccess/ccmessaging/applyToken"_L1;
constexpr auto kCreateClickToCall = "/apiaccess/ccmessaging/v1/createClickToCall"_L1;
constexpr auto kDropClickToCall = "/apiaccess/ccmessaging/v1/dropClickToCall"_L1;

QStringList eventIds(const QList<QJsonObject> &lines)
{
    QStringList ids;
    for (const QJsonObject &line : lines) {
        if (line.contains(u"eventId"_s))
            ids << QString::number(line.value(u"eventId"_s).toInt());
    }
    return ids;
}

QStringList states(const QList<QJsonObject> &lines)
{
    QStringList result;
    for (const QJsonObject &line : lines) {
        if (line.contains(u"state"_s))
            result << line.value(u"state"_s).toString();
    }
    return result;
}

} // namespace

quint16 CecctlTest::closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// ---- check and exit codes ------------------------------------------------------------------

TEST_F(CecctlTest, CheckSucceedsWithDemoCredentials)
{
    const CecctlRun result = run({u"check"_s});
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    EXPECT_TRUE(result.out.contains(u"TLS:"_s)) << result.describe();
    EXPECT_TRUE(result.out.contains(u"Tokens:        OK"_s)) << result.describe();
    EXPECT_TRUE(result.out.contains(u"Click-to-call: supported"_s)) << result.describe();

    // Neither the secret nor any token the simulator issued appears in the output.
    EXPECT_FALSE(QString(result.out + result.err).contains(kDemoSecret));
    const QList<QJsonObject> applies = requestsTo(kApplyToken);
    ASSERT_FALSE(applies.isEmpty());
    const QString bearer = applies.last()
                               .value(u"headers"_s)
                               .toObject()
                               .value(u"authorization"_s)
                               .toString()
                               .section(u' ', 1);
    ASSERT_FALSE(bearer.isEmpty());
    EXPECT_FALSE(QString(result.out + result.err).contains(bearer));
}

TEST_F(CecctlTest, CheckAsJsonIsOneObject)
{
    const CecctlRun result = run({u"check"_s, u"--json"_s});
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    const QList<QJsonObject> lines = result.jsonLines();
    ASSERT_EQ(lines.size(), 1) << result.describe();
    EXPECT_TRUE(lines.first().value(u"ok"_s).toBool());
    EXPECT_TRUE(lines.first().value(u"tokens"_s).toObject().value(u"ok"_s).toBool());
}

TEST_F(CecctlTest, WrongSecretExitsWithServiceError)
{
    QProcessEnvironment env = environment();
    env.insert(u"CEC_APP_SECRET"_s, u"not-the-secret"_s);
    const CecctlRun result = run({u"check"_s}, {}, env);
    EXPECT_EQ(result.exitCode, 1) << result.describe();
    EXPECT_TRUE(result.err.startsWith(u"cecctl: "_s)) << result.describe();
    EXPECT_FALSE(result.err.contains(u"not-the-secret"_s));
}

TEST_F(CecctlTest, UnreachableServiceExitsWithNetworkError)
{
    QProcessEnvironment env = environment();
    env.insert(u"CEC_URL"_s, u"http://127.0.0.1:%1"_s.arg(closedPort()));
    const CecctlRun result = run({u"check"_s, u"--timeout-ms"_s, u"5000"_s}, {}, env);
    EXPECT_EQ(result.exitCode, 3) << result.describe();
    EXPECT_TRUE(result.err.contains(u"cecctl: "_s)) << result.describe();
}

TEST_F(CecctlTest, UsageAndConfigurationErrorsExitWith2)
{
    EXPECT_EQ(run({}).exitCode, 2);
    EXPECT_EQ(run({u"frobnicate"_s}).exitCode, 2);
    EXPECT_EQ(run({u"check"_s, u"--no-such-flag"_s}).exitCode, 2);
    EXPECT_EQ(run({u"call"_s, u"--media"_s, u"fax"_s}).exitCode, 2);
    EXPECT_EQ(run({u"rate"_s, u"--score"_s, u"9"_s}).exitCode, 2);
    QProcessEnvironment env = environment();
    env.remove(u"CEC_URL"_s);
    const CecctlRun missingUrl = run({u"check"_s}, {}, env);
    EXPECT_EQ(missingUrl.exitCode, 2) << missingUrl.describe();
    EXPECT_TRUE(requestsTo(kApplyToken).isEmpty()) << "nothing may be sent on a usage error";
}

TEST_F(CecctlTest, HelpDocumentsExitCodes)
{
    const CecctlRun result = run({u"--help"_s});
    ASSERT_EQ(result.exitCode, 0);
    for (const QString &code : {u"130"_s, u"CEC_APP_SECRET"_s, u"chat"_s, u"leave-message"_s})
        EXPECT_TRUE(result.out.contains(code)) << code.toStdString();
    const CecctlRun callHelp = run({u"call"_s, u"--help"_s});
    ASSERT_EQ(callHelp.exitCode, 0);
    EXPECT_TRUE(callHelp.out.contains(u"--hold"_s));
}

// ---- chat ----------------------------------------------------------------------------------

TEST_F(CecctlTest, ChatFromAPipeSendsEveryLineAndDisconnects)
{
    const CecctlRun result =
        run({u"chat"_s, u"--linger"_s, u"2"_s}, "hello\nWhat are your opening hours?\n");
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    EXPECT_TRUE(result.out.contains(u"Bot (CEC Assistant): Welcome to the test bot."_s))
        << result.describe();
    EXPECT_TRUE(result.out.contains(u"Bot (CEC Assistant): We are open 9 to 5."_s))
        << result.describe();
    EXPECT_TRUE(result.out.contains(u"> Opening hours"_s)) << result.describe();
    EXPECT_TRUE(result.out.contains(u"You: hello"_s)) << result.describe();

    const QStringList expected{u"CONNECT"_s, u"CHAT:hello"_s,
                               u"CHAT:What are your opening hours?"_s, u"DISCONNECT"_s};
    QStringList log = sendLog();
    log.removeIf([](const QString &entry) { return entry == "INPUT"_L1 || entry == "READ"_L1; });
    EXPECT_EQ(log, expected) << log.join(u", "_s).toStdString();
}

TEST_F(CecctlTest, ChatJsonLinesAreJsonEvents)
{
    const CecctlRun result =
        run({u"chat"_s, u"--json"_s}, "What are your opening hours?\n"); // default --linger 2
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    const QList<QJsonObject> lines = result.jsonLines();
    ASSERT_FALSE(lines.isEmpty());
    bool sawBotAnswer = false;
    bool sawOwnSent = false;
    for (const QJsonObject &line : lines) {
        const QString type = line.value(u"type"_s).toString();
        EXPECT_TRUE(QStringList({u"message"_s, u"state"_s, u"queue"_s, u"error"_s}).contains(type))
            << type.toStdString();
        if (type == "message"_L1 && line.value(u"source"_s) == u"robot"_s &&
            line.value(u"content"_s) == u"We are open 9 to 5."_s)
            sawBotAnswer = true;
        if (type == "message"_L1 && line.value(u"source"_s) == u"customer"_s &&
            line.value(u"delivery"_s) == u"sent"_s)
            sawOwnSent = true;
    }
    EXPECT_TRUE(sawBotAnswer) << result.describe();
    EXPECT_TRUE(sawOwnSent) << result.describe();
}

TEST_F(CecctlTest, ChatQuitLineDisconnectsAtOnce)
{
    const CecctlRun result = run({u"chat"_s, u"--linger"_s, u"30"_s}, "/quit\nnever sent\n");
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    EXPECT_EQ(sendLog(), QStringList({u"CONNECT"_s, u"DISCONNECT"_s}));
}

TEST_F(CecctlTest, ChatInterruptDisconnectsAndExitsWith130)
{
    QProcess process;
    startCecctl(process, {u"chat"_s}, environment()); // stdin stays open: a live session
    QByteArray seen;
    ASSERT_TRUE(waitFor([&] {
        seen += process.readAllStandardOutput();
        return seen.contains("Welcome to the test bot.");
    })) << seen.toStdString();
    ::kill(pid_t(process.processId()), SIGINT);
    const CecctlRun result = collect(process, 20000);
    EXPECT_EQ(result.exitCode, 130) << result.describe();
    EXPECT_EQ(sendLog(), QStringList({u"CONNECT"_s, u"DISCONNECT"_s}));
}

TEST_F(CecctlTest, ChatWithUnreachableServiceExitsWith3)
{
    QProcessEnvironment env = environment();
    env.insert(u"CEC_URL"_s, u"http://127.0.0.1:%1"_s.arg(closedPort()));
    const CecctlRun result = run({u"chat"_s}, "hello\n", env);
    EXPECT_EQ(result.exitCode, 3) << result.describe();
}

// Every poll failing for the whole run used to end in exit 0: the chat was not kept.
TEST_F(CecctlTest, ChatWhosePollsAllFailExitsNonZero)
{
    sim().injectFault(
        {{u"path"_s, QString(protocol::path::kPoll)}, {u"drop"_s, true}, {u"times"_s, -1}});
    const CecctlRun dropped = run({u"chat"_s, u"--linger"_s, u"2"_s}, "hello\n");
    EXPECT_EQ(dropped.exitCode, 3) << dropped.describe(); // network, per exitcode.h
    EXPECT_TRUE(dropped.err.contains(u"the chat could not be kept"_s)) << dropped.describe();

    sim().control("DELETE", u"/sim/faults"_s);
    sim().injectFault(
        {{u"path"_s, QString(protocol::path::kPoll)}, {u"status"_s, 400}, {u"times"_s, -1}});
    const CecctlRun refused = run({u"chat"_s, u"--linger"_s, u"2"_s}, "hello\n");
    EXPECT_EQ(refused.exitCode, 1) << refused.describe(); // the service refused
    EXPECT_TRUE(refused.err.contains(u"the chat could not be kept"_s)) << refused.describe();
}

// ---- one-request commands ------------------------------------------------------------------

TEST_F(CecctlTest, HistoryListsTheEarlierChat)
{
    ASSERT_EQ(run({u"chat"_s, u"--linger"_s, u"1"_s}, "What are your opening hours?\n").exitCode,
              0);
    const CecctlRun result = run({u"history"_s, u"--json"_s, u"--limit"_s, u"50"_s});
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    QStringList contents;
    for (const QJsonObject &line : result.jsonLines())
        contents << line.value(u"content"_s).toString();
    EXPECT_TRUE(contents.contains(u"What are your opening hours?"_s)) << result.describe();
    EXPECT_TRUE(contents.contains(u"We are open 9 to 5."_s)) << result.describe();
}

TEST_F(CecctlTest, SurveyRateAndLeaveMessageReachTheService)
{
    const CecctlRun survey = run({u"survey"_s, u"--json"_s});
    ASSERT_EQ(survey.exitCode, 0) << survey.describe();
    ASSERT_EQ(survey.jsonLines().size(), 1);
    EXPECT_TRUE(survey.jsonLines().first().contains(u"enabled"_s));

    ASSERT_EQ(run({u"chat"_s, u"--linger"_s, u"0"_s}, "hello\n").exitCode, 0);
    const CecctlRun rate = run({u"rate"_s, u"--score"_s, u"4"_s, u"--comment"_s, u"quick"_s,
                                u"--nps"_s, u"8"_s, u"--resolved"_s, u"yes"_s});
    ASSERT_EQ(rate.exitCode, 0) << rate.describe();
    const CecctlRun leave =
        run({u"leave-message"_s, u"--phone"_s, u"+49 30 1234"_s, u"--text"_s, u"Call me back"_s});
    ASSERT_EQ(leave.exitCode, 0) << leave.describe();

    const QJsonObject state = sim().control("GET", u"/sim/state?userId="_s + kCliUser);
    EXPECT_EQ(state.value(u"satisfaction"_s).toArray().size(), 1)
        << QJsonDocument(state).toJson().toStdString();
    EXPECT_EQ(state.value(u"leaveMessages"_s).toArray().size(), 1)
        << QJsonDocument(state).toJson().toStdString();
}

// ---- click-to-call -------------------------------------------------------------------------

TEST_F(CecctlTest, VoiceCallPrintsEventsAndHangsUpAfterHold)
{
    const CecctlRun result =
        run({u"call"_s, u"--media"_s, u"voice"_s, u"--hold"_s, u"1"_s, u"--timeout"_s, u"30"_s});
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    const QList<QJsonObject> lines = result.jsonLines();
    const QStringList ids = eventIds(lines);
    ASSERT_TRUE(ids.contains(u"168102"_s) && ids.contains(u"168101"_s)) << result.describe();
    EXPECT_LT(ids.indexOf(u"168102"_s), ids.indexOf(u"168101"_s));
    for (const QJsonObject &line : lines) {
        if (line.value(u"eventId"_s).toInt() != 168101)
            continue;
        EXPECT_EQ(line.value(u"resultDesc"_s).toString(), u"Call connected"_s);
        const QJsonObject content = line.value(u"content"_s).toObject();
        for (const QString &key :
             {u"domain"_s, u"gwAddresses"_s, u"accessCode"_s, u"clickToCallCaller"_s})
            EXPECT_TRUE(content.contains(key)) << key.toStdString() << "\n" << result.describe();
    }
    EXPECT_TRUE(states(lines).contains(u"InCall"_s)) << result.describe();

    const QList<QJsonObject> creates = requestsTo(kCreateClickToCall);
    ASSERT_EQ(creates.size(), 1);
    EXPECT_EQ(bodyOf(creates.first()).value(u"mediaAbility"_s).toString(), u"0"_s);
    EXPECT_FALSE(requestsTo(kDropClickToCall).isEmpty());
    // The seed's order: CONNECT before the call, DISCONNECT after it.
    const QStringList sends = sendLog();
    EXPECT_EQ(sends.value(0), u"CONNECT"_s);
    EXPECT_EQ(sends.value(sends.size() - 1), u"DISCONNECT"_s);
    // Judged by the order the simulator received them in, not by millisecond timestamps (on a
    // fast machine both can fall in the same millisecond).
    const QJsonArray all = sim().requests();
    qsizetype connectAt = -1;
    qsizetype createAt = -1;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QJsonObject request = all.at(i).toObject();
        const QString path = request.value(u"path"_s).toString();
        if (connectAt < 0 && path == kSend &&
            bodyOf(request).value(u"controlType"_s).toString() == u"CONNECT"_s)
            connectAt = i;
        if (createAt < 0 && path == kCreateClickToCall)
            createAt = i;
    }
    EXPECT_GE(connectAt, 0);
    EXPECT_LT(connectAt, createAt);
}

TEST_F(CecctlTest, VideoCallAsksForVideo)
{
    const CecctlRun result =
        run({u"call"_s, u"--media"_s, u"video"_s, u"--hold"_s, u"0"_s, u"--timeout"_s, u"30"_s});
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    const QList<QJsonObject> creates = requestsTo(kCreateClickToCall);
    ASSERT_EQ(creates.size(), 1);
    EXPECT_EQ(bodyOf(creates.first()).value(u"mediaAbility"_s).toString(), u"1"_s);
}

TEST_F(CecctlTest, FailedCallExitsWith4)
{
    configureClickToCall({{u"outcome"_s, u"failure"_s}});
    const CecctlRun result = run({u"call"_s, u"--timeout"_s, u"30"_s});
    EXPECT_EQ(result.exitCode, 4) << result.describe();
    EXPECT_TRUE(eventIds(result.jsonLines()).contains(u"168105"_s)) << result.describe();
    EXPECT_EQ(sendLog().value(sendLog().size() - 1), u"DISCONNECT"_s);
}

// An eventId that is no event at all (here: beyond any integer) makes the event polls fail; three
// of them end the call by failure, which the manual documents as 4 (it was 1 while the call was
// still being requested).
TEST_F(CecctlTest, UnreadableEventIdEndsTheCallWith4)
{
    sim().injectFault(
        {{u"path"_s, QString(protocol::path::kClickToCallEvents)},
         {u"status"_s, 200},
         {u"body"_s, QJsonObject{{u"resultCode"_s, u"0"_s}, {u"eventId"_s, u"99999999999999"_s}}},
         {u"times"_s, -1}});
    const CecctlRun result = run({u"call"_s, u"--timeout"_s, u"30"_s});
    EXPECT_EQ(result.exitCode, 4) << result.describe();
}

TEST_F(CecctlTest, InterruptWhileQueuingDropsTheCall)
{
    // Queue for a long time so that the interrupt certainly arrives while queuing.
    configureClickToCall({{u"queueEvents"_s, 100}, {u"queueStepMs"_s, 500}});
    QProcess process;
    startCecctl(process, {u"call"_s, u"--timeout"_s, u"60"_s}, environment());
    process.closeWriteChannel();
    QByteArray seen;
    ASSERT_TRUE(waitFor([&] {
        seen += process.readAllStandardOutput();
        return seen.contains("168102") || process.state() == QProcess::NotRunning;
    })) << seen.toStdString();
    ASSERT_EQ(process.state(), QProcess::Running) << seen.toStdString();
    ::kill(pid_t(process.processId()), SIGINT);
    CecctlRun result = collect(process, 20000);
    result.out.prepend(QString::fromUtf8(seen));
    EXPECT_EQ(result.exitCode, 130) << result.describe();
    EXPECT_FALSE(result.crashed) << result.describe();
    EXPECT_FALSE(requestsTo(kDropClickToCall).isEmpty()) << result.describe();
    EXPECT_EQ(sendLog().value(sendLog().size() - 1), u"DISCONNECT"_s);
}

// SIGTERM (a service manager, `kill`, a closing terminal's session) is handled like Ctrl-C: the
// call is dropped and the chat disconnected before the documented exit code 130.
TEST_F(CecctlTest, SigtermInCallDropsTheCallAndExitsWith130)
{
    QProcess process;
    startCecctl(process, {u"call"_s, u"--timeout"_s, u"60"_s}, environment());
    process.closeWriteChannel();
    QByteArray seen;
    ASSERT_TRUE(waitFor(
        [&] {
            seen += process.readAllStandardOutput();
            return seen.contains("\"InCall\"") || process.state() == QProcess::NotRunning;
        },
        20000))
        << seen.toStdString();
    ASSERT_EQ(process.state(), QProcess::Running) << seen.toStdString();
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(process.processId()), SIGTERM);
    CecctlRun result = collect(process, 20000);
    const qint64 exitMs = clock.elapsed();
    result.out.prepend(QString::fromUtf8(seen));
    EXPECT_EQ(result.exitCode, 130) << result.describe();
    EXPECT_FALSE(result.crashed) << result.describe();
    EXPECT_EQ(requestsTo(kDropClickToCall).size(), 1) << result.describe();
    EXPECT_EQ(sendLog().value(sendLog().size() - 1), u"DISCONNECT"_s);
    std::printf("[ measure  ] cecctl call: SIGTERM -> process exit %lld ms\n",
                static_cast<long long>(exitMs));
}

// ---- settings precedence -------------------------------------------------------------------

class CecctlSettingsTest : public CecctlTest
{
protected:
    // The userId the simulator saw in the last applyToken.
    QString appliedUserId()
    {
        const QList<QJsonObject> applies = requestsTo(kApplyToken);
        return applies.isEmpty() ? QString() : bodyOf(applies.last()).value(u"userId"_s).toString();
    }

    QString writeConfig(const QString &text)
    {
        const QString path = m_home.filePath(u"custom.ini"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return path;
    }
};

TEST_F(CecctlSettingsTest, EnvironmentIsUsedWhenTheFlagIsAbsent)
{
    QProcessEnvironment env = environment();
    env.insert(u"CEC_USER_ID"_s, u"env-user"_s);
    ASSERT_EQ(run({u"check"_s}, {}, env).exitCode, 0);
    EXPECT_EQ(appliedUserId(), u"env-user"_s);
}

TEST_F(CecctlSettingsTest, FlagWinsOverEnvironment)
{
    QProcessEnvironment env = environment();
    env.insert(u"CEC_USER_ID"_s, u"env-user"_s);
    ASSERT_EQ(run({u"check"_s, u"--user-id"_s, u"flag-user"_s}, {}, env).exitCode, 0);
    EXPECT_EQ(appliedUserId(), u"flag-user"_s);
}

TEST_F(CecctlSettingsTest, ConfigFileIsTheLowestLayer)
{
    const QString config = writeConfig(u"user-id=file-user\nuser-name=Doe, Jane\n"_s);
    QProcessEnvironment env = environment();
    env.remove(u"CEC_USER_ID"_s);
    ASSERT_EQ(run({u"check"_s, u"--config"_s, config}, {}, env).exitCode, 0);
    EXPECT_EQ(appliedUserId(), u"file-user"_s);
    const QList<QJsonObject> applies = requestsTo(kApplyToken);
    EXPECT_EQ(bodyOf(applies.last()).value(u"userName"_s).toString(), u"Doe, Jane"_s);

    env.insert(u"CEC_USER_ID"_s, u"env-user"_s);
    ASSERT_EQ(run({u"check"_s, u"--config"_s, config}, {}, env).exitCode, 0);
    EXPECT_EQ(appliedUserId(), u"env-user"_s);
}

TEST_F(CecctlSettingsTest, DefaultConfigFileIsReadFromXdgConfigHome)
{
    QDir(m_home.path()).mkpath(u"cec-widget"_s);
    QFile file(m_home.filePath(u"cec-widget/cecctl.ini"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("user-id=default-file-user\n");
    file.close();
    QProcessEnvironment env = environment();
    env.remove(u"CEC_USER_ID"_s);
    ASSERT_EQ(run({u"check"_s}, {}, env).exitCode, 0);
    EXPECT_EQ(appliedUserId(), u"default-file-user"_s);
}

TEST_F(CecctlSettingsTest, DefaultUserIdIsShortAndRandom)
{
    QProcessEnvironment env = environment();
    env.remove(u"CEC_USER_ID"_s);
    ASSERT_EQ(run({u"check"_s}, {}, env).exitCode, 0);
    const QString first = appliedUserId();
    ASSERT_EQ(run({u"check"_s}, {}, env).exitCode, 0);
    EXPECT_TRUE(first.startsWith(u"cecctl-"_s)) << first.toStdString();
    EXPECT_LE(first.size(), 24);
    EXPECT_NE(first, appliedUserId());
}

TEST_F(CecctlSettingsTest, SecretOnTheCommandLineWarns)
{
    QProcessEnvironment env = environment();
    env.remove(u"CEC_APP_SECRET"_s);
    const CecctlRun result = run({u"check"_s, u"--app-secret"_s, kDemoSecret}, {}, env);
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    EXPECT_TRUE(result.err.contains(u"CEC_APP_SECRET"_s)) << result.describe();
    EXPECT_EQ(result.err.count(u'\n'), 1) << "one warning line: " << result.describe();
}

// ---- TLS -----------------------------------------------------------------------------------

class CecctlTlsTest : public CecctlTest
{
protected:
    SimulatorProcess::Options simulatorOptions() const override
    {
        SimulatorProcess::Options options;
        options.tls = true;
        return options;
    }

    QProcessEnvironment tlsEnvironment() const
    {
        QProcessEnvironment env = environment();
        env.insert(u"CEC_URL"_s, sim().httpsUrl().toString());
        return env;
    }
};

TEST_F(CecctlTlsTest, ExtraCaCertificateMakesTheSimulatorTrusted)
{
    QProcessEnvironment env = tlsEnvironment();
    env.insert(u"CEC_CA_CERT"_s, sim().caCertificateFile());
    const CecctlRun result = run({u"check"_s}, {}, env);
    ASSERT_EQ(result.exitCode, 0) << result.describe();
    EXPECT_TRUE(result.out.contains(u"TLS:           on"_s)) << result.describe();
}

TEST_F(CecctlTlsTest, UntrustedCertificateIsANetworkFailure)
{
    const CecctlRun result = run({u"check"_s}, {}, tlsEnvironment());
    EXPECT_EQ(result.exitCode, 3) << result.describe();
}

TEST_F(CecctlTlsTest, UnreadableCaFileIsAConfigurationError)
{
    const CecctlRun result =
        run({u"check"_s, u"--ca-cert"_s, u"/nonexistent/ca.pem"_s}, {}, tlsEnvironment());
    EXPECT_EQ(result.exitCode, 2) << result.describe();
    EXPECT_TRUE(result.err.contains(u"--ca-cert"_s)) << result.describe();
}

} // namespace cec::test
