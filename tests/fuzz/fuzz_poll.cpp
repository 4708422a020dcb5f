// poll replies: the downlink messages (DownLinkMsg) the client shows and acts on.
#include "fuzzing.h"

#include <types.h>

CEC_FUZZ_INITIALIZE()

namespace {

void checkMessage(const cec::DownlinkMessage &message)
{
    using namespace cec;
    FUZZ_CHECK(!message.dedupKey().isEmpty());
    FUZZ_CHECK(message.messageCode == message.messageCode.trimmed());
    if (message.truncated) {
        // Only plain text is cut, and then to the documented 500 characters plus our note.
        FUZZ_CHECK(message.mediaType == protocol::MediaType::Text);
        FUZZ_CHECK(message.controlType != protocol::ControlType::Read);
        FUZZ_CHECK(message.content.size() > protocol::kMaxDownlinkContentLength);
    } else if (message.mediaType == protocol::MediaType::Text &&
               message.controlType != protocol::ControlType::Read) {
        FUZZ_CHECK(message.content.size() <= protocol::kMaxDownlinkContentLength);
    }
    for (const QString &code : message.readMessageCodes)
        FUZZ_CHECK(!code.isEmpty() && code == code.trimmed());
    for (const QString &question : message.suggestedQuestions)
        FUZZ_CHECK(!question.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cec;
    const Result<PollReply> reply = parse::pollReply(fuzz::bytes(data, size));
    if (!reply)
        return 0;
    FUZZ_CHECK(reply.value().messages.size() <= 200);
    for (const DownlinkMessage &message : reply.value().messages)
        checkMessage(message);
    return 0;
}
