// How long the client spends understanding the server's replies: the poll reply (the hot path of a
// chat, parsed once a second) and a click-to-call event.
#include "types.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;

namespace {

QByteArray pollReplyWith(int messageCount)
{
    QJsonArray messages;
    for (int i = 0; i < messageCount; ++i) {
        messages.append(QJsonObject{{u"from"_s, u"1011577355744904195"_s},
                                    {u"channel"_s, u"WEB"_s},
                                    {u"to"_s, u"session_fixed_user_fixed"_s},
                                    {u"controlType"_s, u"CHAT"_s},
                                    {u"mediaType"_s, u"TEXT"_s},
                                    {u"content"_s, u"Message number %1"_s.arg(i)},
                                    {u"senderNickname"_s, u"Alice"_s},
                                    {u"timestamp"_s, 1619590480756.0 + i},
                                    {u"sourceType"_s, u"AGENT"_s},
                                    {u"messageCode"_s, u"m-%1"_s.arg(i)},
                                    {u"simQuestions"_s, QJsonValue::Null},
                                    {u"callId"_s, QJsonValue::Null}});
    }
    return QJsonDocument(QJsonObject{{u"resultCode"_s, u"0"_s},
                                     {u"resultDesc"_s, u"query user messages success."_s},
                                     {u"downlinkMessages"_s, messages}})
        .toJson(QJsonDocument::Compact);
}

void parsePollReply(benchmark::State &state)
{
    const QByteArray body = pollReplyWith(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto reply = cec::parse::pollReply(body);
        benchmark::DoNotOptimize(reply);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * body.size());
}
BENCHMARK(parsePollReply)->Arg(0)->Arg(1)->Arg(10)->Arg(100);

void parseCallSetupEvent(benchmark::State &state)
{
    const QByteArray body =
        R"({"resultCode":"0","resultDesc":"Call connected","eventId":168101,"content":{"domain":"cec.example","gwAddresses":["wss://10.0.0.1:443","wss://10.0.0.2:443"],"accessCode":"179080000537636","clickToCallCaller":"AnonymousCard"}})";
    for (auto _ : state) {
        auto event = cec::parse::clickToCallEvent(body);
        benchmark::DoNotOptimize(event);
    }
}
BENCHMARK(parseCallSetupEvent);

} // namespace

BENCHMARK_MAIN();
