// cec-sim's WebRTC gateway: the SIP messages a customer sends over the WebSocket (routing by start
// line, Call-ID and CSeq; the gateway's own answer; the note it adds for the agent peer).
#include "fuzzing.h"

#include <sipmessage.h>

CEC_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cec::sim;
    using namespace Qt::StringLiterals;
    const QString message = QString::fromUtf8(cec::fuzz::bytes(data, size));

    const std::optional<SipRouting> routing = parseSipRouting(message);
    if (routing) {
        FUZZ_CHECK(!routing->callId.isEmpty() && !routing->cseqMethod.isEmpty());
        FUZZ_CHECK(routing->isRequest ? !routing->method.isEmpty()
                                      : routing->status >= 0 && routing->status <= 999);
    }
    const QString response = sipResponseTo(message, 486, u"Busy Here"_s);
    FUZZ_CHECK(response.startsWith(u"SIP/2.0 486 Busy Here\r\n"_s));
    FUZZ_CHECK(response.endsWith(u"Content-Length: 0\r\n\r\n"_s));

    const QString noted = withSipHeader(message, u"X-Cec-Sim"_s, u"fuzz"_s);
    FUZZ_CHECK(noted.size() >= message.size());
    if (routing) {
        // The note must not change how the message is routed.
        const std::optional<SipRouting> again = parseSipRouting(noted);
        FUZZ_CHECK(again && again->callId == routing->callId &&
                   again->cseqMethod == routing->cseqMethod && again->method == routing->method);
    }
    return 0;
}
