// Fixture of the cecctl tests: a cec-sim of its own with fast timings, and a way to run the real
// cecctl binary against it with a controlled environment (no CEC_* or config file leaking in).
#pragma once

#include "simulatorprocess.h"
#include "waitfor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace cec::test {

using namespace Qt::StringLiterals;

inline const QString kDemoAppKey = u"cec-demo-app"_s;
inline const QString kDemoSecret = u"cec-demo-secret"_s;
inline const QString kDemoChannel = u"1011577355744904195"_s;
inline const QString kCliUser = u"cli-user"_s;

struct CecctlRun final
{
    int exitCode = -1;
    bool crashed = false;
    bool timedOut = false;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    // Every stdout line as a JSON object; a line that is not one fails the test.
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> objects;
        for (const QString &line : outLines()) {
            QJsonParseError error{};
            const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
            EXPECT_EQ(error.error, QJsonParseError::NoError) << "not JSON: " << line.toStdString();
            EXPECT_TRUE(document.isObject()) << "not an object: " << line.toStdString();
            objects << document.object();
        }
        return objects;
    }
    std::string describe() const
    {
        return (u"exit %1%2\n--- stdout\n%3--- stderr\n%4"_s)
            .arg(exitCode)
            .arg(timedOut  ? u" (timed out)"_s
                 : crashed ? u" (crashed)"_s
                           : QString())
            .arg(out, err)
            .toStdString();
    }
};

class CecctlTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_home.isValid());
        m_simulator = std::make_unique<SimulatorProcess>(simulatorOptions());
        QString error;
        ASSERT_TRUE(sim().start(&error)) << error.toStdString();
        sim().configure({
            {u"agentReplyDelayMs"_s, 50},
            {u"bot"_s,
             QJsonObject{
                 {u"greeting"_s, u"Welcome to the test bot."_s},
                 {u"answers"_s, QJsonArray{QJsonObject{{u"match"_s, u"hours"_s},
                                                       {u"reply"_s, u"We are open 9 to 5."_s}}}},
                 {u"fallback"_s, u"Sorry, I did not get that."_s},
                 {u"suggestions"_s, QJsonArray{u"Opening hours"_s, u"Talk to an agent"_s}},
             }},
        });
        configureClickToCall({});
    }

    virtual SimulatorProcess::Options simulatorOptions() const { return {}; }
    SimulatorProcess &sim() { return *m_simulator; }
    const SimulatorProcess &sim() const { return *m_simulator; }

    // Fast click-to-call timings; `overrides` replace single keys.
    void configureClickToCall(const QJsonObject &overrides)
    {
        QJsonObject clickToCall{
            {u"webRtcSupported"_s, true},    {u"clickToCallSupported"_s, true},
            {u"createResultCode"_s, u"0"_s}, {u"queueEvents"_s, 1},
            {u"queueStepMs"_s, 200},         {u"outcome"_s, u"setup"_s},
            {u"eventHoldMs"_s, 500},         {u"autoReleaseMs"_s, 0},
        };
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            clickToCall.insert(it.key(), it.value());
        sim().configure({{u"clickToCall"_s, clickToCall}});
    }

    // The demo settings through the environment, as a script would pass them; no user config.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : environment.keys()) {
            if (name.startsWith("CEC_"_L1) || name == "QT_LOGGING_RULES"_L1)
                environment.remove(name);
        }
        environment.insert(u"XDG_CONFIG_HOME"_s, m_home.path());
        environment.insert(u"CEC_URL"_s, sim().httpUrl().toString());
        environment.insert(u"CEC_APP_KEY"_s, kDemoAppKey);
        environment.insert(u"CEC_APP_SECRET"_s, kDemoSecret);
        environment.insert(u"CEC_CHANNEL_ID"_s, kDemoChannel);
        environment.insert(u"CEC_USER_ID"_s, kCliUser);
        return environment;
    }

    void startCecctl(QProcess &process, const QStringList &arguments,
                     const QProcessEnvironment &env) const
    {
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CECCTL_PATH), arguments);
        ASSERT_TRUE(process.waitForStarted(10000)) << process.errorString().toStdString();
    }

    // Waits while spinning the event loop (the simulator's output is read by it).
    static CecctlRun collect(QProcess &process, int timeoutMs)
    {
        CecctlRun run;
        run.timedOut = !waitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs);
        if (run.timedOut) {
            process.kill();
            process.waitForFinished(3000);
        }
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    CecctlRun run(const QStringList &arguments, const QByteArray &input = {},
                  std::optional<QProcessEnvironment> env = std::nullopt, int timeoutMs = 60000)
    {
        QProcess process;
        startCecctl(process, arguments, env.value_or(environment()));
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        return collect(process, timeoutMs);
    }

    // Logged API requests to exactly `path`, oldest first.
    QList<QJsonObject> requestsTo(QLatin1StringView path)
    {
        QList<QJsonObject> result;
        for (const QJsonValue &entry : sim().requests(QString(path))) {
            if (entry.toObject().value(u"path"_s).toString() == path)
                result << entry.toObject();
        }
        return result;
    }

    static QJsonObject bodyOf(const QJsonObject &request)
    {
        const QJsonValue body = request.value(u"body"_s);
        if (body.isObject())
            return body.toObject();
        return QJsonDocument::fromJson(body.toString().toUtf8()).object();
    }

    // The controlType of every logged send, in order, with the CHAT contents after a colon.
    QStringList sendLog()
    {
        QStringList log;
        for (const QJsonObject &request : requestsTo("/apiaccess/ccmessaging/send"_L1)) {
            const QJsonObject body = bodyOf(request);
            QString entry = body.value(u"controlType"_s).toString();
            if (entry == "CHAT"_L1)
                entry += u':' + body.value(u"content"_s).toString();
            log << entry;
        }
        return log;
    }

    // A loopback port nobody listens on.
    static quint16 closedPort();

    QTemporaryDir m_home; // XDG_CONFIG_HOME: keeps the developer's own cecctl.ini out
    std::unique_ptr<SimulatorProcess> m_simulator;
};

} // namespace cec::test
