// cec-sim's request handling behind authentication: the body of an API request as jsonObjectBody()
// reads it, then every tenant endpoint with that body (send, queue, files, history, satisfaction,
// leave message, click-to-call). HTTP framing itself is QtHttpServer's; tokens are not fuzzed.
// The customer and channel are taken from the body, so documented examples reach past the checks.
#include "fuzzing.h"

#include <httpfront.h>
#include <scenario.h>
#include <tenant.h>

#include <QJsonObject>

CEC_FUZZ_INITIALIZE()

namespace {

using namespace Qt::StringLiterals;

QString firstText(const QJsonObject &body, std::initializer_list<QString> keys,
                  const QString &fallback)
{
    for (const QString &key : keys) {
        const QJsonValue value = body.value(key);
        if (value.isString() && !value.toString().isEmpty())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toInteger());
    }
    return fallback;
}

void checkAnswer(const QJsonObject &answer)
{
    // Every answer carries a business code, as the client expects (resultCode ?? returnCode).
    FUZZ_CHECK(answer.value(u"resultCode"_s).isString() ||
               answer.value(u"returnCode"_s).isString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cec;
    const std::optional<QJsonObject> parsed = sim::jsonObjectBody(fuzz::bytes(data, size));
    if (!parsed)
        return 0;
    const QJsonObject &body = *parsed;

    static const sim::Scenario scenario;
    const QString userId = firstText(body, {u"from"_s, u"userId"_s}, u"fuzz-user"_s);
    const QString channelId =
        firstText(body, {u"to"_s, u"channelId"_s, u"channelConfigId"_s}, u"fuzz-channel"_s);
    {
        sim::Tenant tenant(scenario, channelId);
        tenant.registerCustomer(userId, u"Fuzz"_s, u"en"_s);
        checkAnswer(tenant.send(userId, body));
        checkAnswer(tenant.queryQueueInfo(userId, body));
        const QJsonObject upload = tenant.uploadFile(userId, body);
        checkAnswer(upload);
        QJsonObject download = body;
        if (upload.contains(u"objectKey"_s))
            download.insert(u"fileId"_s,
                            QString(u"local/"_s + upload.value(u"objectKey"_s).toString()));
        checkAnswer(tenant.downloadFile(download));
        checkAnswer(tenant.queryHistory(userId, body));
        checkAnswer(tenant.saveSatisfaction(userId, body));
        checkAnswer(tenant.leaveMessage(userId, body));
        checkAnswer(tenant.createClickToCall(userId, body));
        checkAnswer(tenant.dropClickToCall(userId, body));
        FUZZ_CHECK(tenant.state(userId).contains(u"mode"_s));
    }
    // The tenant's pending timers are deleted with it; let their deferred deletes run.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
