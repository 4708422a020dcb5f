// Click-to-call replies: checkClickToCallSupport and the getClickToCallEvents long poll.
#include "fuzzing.h"

#include <types.h>

CEC_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cec;
    const QByteArray body = fuzz::bytes(data, size);

    const Result<ClickToCallEvent> event = parse::clickToCallEvent(body);
    if (event && event.value().known() == protocol::CallEventId::Setup) {
        // A set-up the media may dial: the SIP domain and access code are always there.
        const CallSetup &setup = event.value().setup;
        FUZZ_CHECK(!setup.domain.isEmpty() && setup.domain == setup.domain.trimmed());
        FUZZ_CHECK(!setup.accessCode.isEmpty());
        for (const QString &address : setup.gatewayAddresses)
            FUZZ_CHECK(!address.isEmpty() && address == address.trimmed() &&
                       !address.contains(u','));
    }
    if (event && !event.value().eventId)
        FUZZ_CHECK(!event.value().known());

    const Result<ClickToCallSupport> support = parse::clickToCallSupport(body);
    if (support)
        FUZZ_CHECK(support.value().available() ==
                   (support.value().webRtcSupported && support.value().clickToCallSupported));
    return 0;
}
