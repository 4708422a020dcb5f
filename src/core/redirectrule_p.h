// Which redirects the client follows. Every request carries the app key and tokens, tokenByAkSk
// the app secret, and a 307 re-sends the body: so only to the same origin, and each address once.
#pragma once

#include "cec_core_export.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace cec {

// `visited` is the attempt's first URL and the redirects followed since. Empty when the redirect
// to `target` may be followed; otherwise why not, in a sentence for the user that names only the
// target's origin (the rest of a hostile address is no business of a log or the user).
CEC_CORE_AUTOTEST_EXPORT QString redirectRefusal(const QList<QUrl> &visited, const QUrl &target);

} // namespace cec
