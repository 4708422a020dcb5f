// The scripted behaviour of the simulated tenant: what the bot says, how long the agent queue is,
// what click-to-call does. Loaded from a scenario file and changed at run time by /sim/config.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cec::sim {

struct BotAnswer
{
    QString match; // case-insensitive substring; '|' separates alternatives
    QString reply;
};

struct BotScript
{
    QString greeting;
    QList<BotAnswer> answers;
    QString fallback;
    QStringList suggestions;
};

struct ClickToCallScript
{
    bool webRtcSupported = true;
    bool clickToCallSupported = true;
    QString createResultCode = QStringLiteral("0");
    int queueEvents = 1;
    int queueStepMs = 1000;
    QString outcome = QStringLiteral("setup"); // setup | timeout | failure
    int eventHoldMs = 20000;
    int autoReleaseMs = 0;
    // The agent media peer (see the gateway): how long it rings before answering, and whether it
    // refuses the INVITE instead ("reject" answers 486 Busy Here, "decline" 603 Decline).
    int answerDelayMs = 0;
    QString mediaFailure = QStringLiteral("none"); // none | reject | decline
};

struct Scenario
{
    QString connectTarget = QStringLiteral("robot"); // robot | agent
    bool workingHours = true;
    int queueLength = 2;
    int queueStepMs = 1500;
    int agentReplyDelayMs = 400;
    QString agentName = QStringLiteral("Alice");
    QString botName = QStringLiteral("CEC Assistant");
    BotScript bot;
    int accessTokenMaxLifetime = 3600;
    int rotateMessagingTokenEvery = 0;
    // Test hooks for a hostile token service: > 0, every AccessToken dies this many ms after it
    // was issued, whatever lifetime was asked for; non-empty, the "Expires" the answer states
    // instead of the real lifetime (e.g. "0" or "-1").
    int accessTokenDiesAfterMs = 0;
    QString accessTokenStatedExpires;
    int pollHoldMs = 0;
    ClickToCallScript clickToCall;

    Scenario();

    struct MergeResult
    {
        QStringList warnings; // unknown keys: reported, otherwise ignored
        QStringList errors;   // wrong types or values: nothing is applied
    };
    // Merges the given keys; on any error this scenario is left unchanged. "faults" is accepted
    // but ignored here because fault rules belong to the HTTP layer.
    MergeResult merge(const QJsonObject &settings);
    QJsonObject toJson() const;
};

} // namespace cec::sim
