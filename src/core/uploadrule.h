// What may be uploaded, in one place (docs/cec-api-notes.md, "Files"): one of the documented
// types, not empty, at most protocol::kMaxFileBytes. The widget (before reading a file), the
// session (before queueing it) and the client (before sending it) all ask this, so the user reads
// the same sentence whichever layer refused.
#pragma once

#include "cec_core_export.h"

#include <QString>

namespace cec {

// Why a file of this type (its extension) and size cannot be sent, translated for the user; empty
// when it can. A non-empty `fileName` is named in the sentence.
CEC_CORE_EXPORT QString uploadProblem(QStringView fileType, qint64 size,
                                      const QString &fileName = {});

} // namespace cec
