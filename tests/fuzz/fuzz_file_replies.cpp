// uploadFileStream (objectKey) and downloadFileStream (Base64 file) replies.
#include "fuzzing.h"

#include <types.h>

CEC_FUZZ_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace cec;
    const QByteArray body = fuzz::bytes(data, size);

    const Result<QString> upload = parse::uploadReply(body);
    if (upload)
        FUZZ_CHECK(!upload.value().isEmpty() && upload.value() == upload.value().trimmed());

    const Result<QByteArray> download = parse::downloadReply(body);
    if (download)
        FUZZ_CHECK(download.value().size() <= protocol::kMaxFileBytes); // the documented 2 MB cap
    else if (download.error().kind() == ApiError::Kind::Oversized)
        FUZZ_CHECK(body.size() > protocol::kMaxFileBytes);
    return 0;
}
