// queryHistoryChatMessage replies: the same message parser as poll, under "messageList".
#include "fuzzing.h"

#include <types.h>

CEC_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cec;
    const Result<QList<DownlinkMessage>> reply = parse::historyReply(fuzz::bytes(data, size));
    if (!reply)
        return 0;
    FUZZ_CHECK(reply.value().size() <= 200);
    for (const DownlinkMessage &message : reply.value()) {
        FUZZ_CHECK(!message.dedupKey().isEmpty());
        if (message.truncated)
            FUZZ_CHECK(message.content.size() > protocol::kMaxDownlinkContentLength);
        else if (message.mediaType == protocol::MediaType::Text &&
                 message.controlType != protocol::ControlType::Read)
            FUZZ_CHECK(message.content.size() <= protocol::kMaxDownlinkContentLength);
    }
    return 0;
}
