// The call host's output (its Qt log and Chromium's), relayed into this process's log under
// cec.callhost at the level the host logged it, so that an application's own message handler sees
// the call page's messages as before they moved into the host (docs/call-host.md). Each line is
// made inert (inertLine) and cut at 2,000 characters: the page's console carries text from the
// wire.
#pragma once

#include "cec_core_export.h"

#include <QByteArray>
#include <QProcessEnvironment>

class QProcess;

namespace cec {

class CEC_CORE_AUTOTEST_EXPORT CallHostLog final
{
public:
    // What the host needs in its environment for its lines to carry their level and category.
    static void prepare(QProcessEnvironment &environment);
    // Relays the process' merged output, line by line, while the process exists.
    static void follow(QProcess &process);

    // One line as the host printed it (for tests).
    static void relay(QByteArrayView line);
};

} // namespace cec
