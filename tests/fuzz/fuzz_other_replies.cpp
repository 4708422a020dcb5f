// The remaining server replies: send, the plain ones (satisfaction, leave message, drop), the
// survey mode and the API Fabric error body of a non-200 answer.
#include "fuzzing.h"

#include <types.h>

CEC_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cec;
    using namespace Qt::StringLiterals;
    const QByteArray body = fuzz::bytes(data, size);

    const Result<Done> sent = parse::sendReply(body);
    const Result<Done> plain = parse::plainReply(body, u"saveSatisfaction"_s);
    FUZZ_CHECK(bool(sent) == bool(plain));
    if (!sent && sent.error().kind() == ApiError::Kind::Result)
        FUZZ_CHECK(!sent.error().code().isEmpty() && sent.error().code() != protocol::result::kOk);

    const Result<SurveyMode> survey = parse::surveyMode(body);
    if (survey && survey.value().enabled)
        FUZZ_CHECK(!survey.value().levels.isEmpty());
    if (survey) {
        for (const SatisfactionLevel &level : survey.value().levels)
            FUZZ_CHECK(!level.key.isEmpty());
    }

    const auto gateway = parse::gatewayError(body);
    if (gateway)
        FUZZ_CHECK(!gateway->first.isNull() || !gateway->second.isNull());
    return 0;
}
