#pragma once

#include <QLoggingCategory>

namespace cec::app {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
} // namespace cec::app
