// tokenByAkSk (AccessToken) and applyToken (ccmessaging token) replies.
#include "fuzzing.h"

#include <types.h>

#include <QDateTime>

CEC_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cec;
    const QByteArray body = fuzz::bytes(data, size);
    const QDateTime receivedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

    const Result<AccessToken> access = parse::accessToken(body, receivedAt);
    if (access) {
        FUZZ_CHECK(!access.value().token.isEmpty());
        FUZZ_CHECK(access.value().token == access.value().token.trimmed());
        // Renewal timing relies on the lifetime being kept within the documented bounds.
        FUZZ_CHECK(access.value().lifetimeSeconds >= protocol::kMinAccessTokenLifetimeSeconds);
        FUZZ_CHECK(access.value().lifetimeSeconds <= protocol::kMaxAccessTokenLifetimeSeconds);
        FUZZ_CHECK(access.value().createdAt == receivedAt);
        FUZZ_CHECK(access.value().expiresAt() > receivedAt);
    } else {
        FUZZ_CHECK(!access.error().endpoint().isEmpty());
    }

    const Result<QString> messaging = parse::messagingToken(body);
    if (messaging) {
        const QString &token = messaging.value();
        FUZZ_CHECK(!token.isEmpty());
        FUZZ_CHECK(token == token.trimmed());
        FUZZ_CHECK(!(token.size() >= 2 && token.startsWith(u'"') && token.endsWith(u'"')));
    }
    return 0;
}
