// queryQueueInfo replies: the queue position and wait times shown while waiting for an agent.
#include "fuzzing.h"

#include <types.h>

CEC_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cec;
    const Result<QueueInfo> info = parse::queueInfo(fuzz::bytes(data, size));
    if (!info) {
        FUZZ_CHECK(info.error().kind() != ApiError::Kind::Result || !info.error().code().isEmpty());
        return 0;
    }
    const QueueInfo &queue = info.value();
    FUZZ_CHECK(!queue.resultCode.isEmpty());
    // Over (agent or IVR) exactly for the two documented codes; queued only on success.
    const bool over = queue.resultCode == protocol::result::kQueueAlreadyWithAgent ||
                      queue.resultCode == protocol::result::kQueueTransferredToIvr;
    FUZZ_CHECK(queue.queued == !over);
    if (queue.queued)
        FUZZ_CHECK(queue.resultCode == protocol::result::kOk);
    return 0;
}
