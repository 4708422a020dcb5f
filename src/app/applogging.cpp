#include "applogging.h"

namespace cec::app {
Q_LOGGING_CATEGORY(lcApp, "cec.app")
} // namespace cec::app
