#pragma once

#include <QLoggingCategory>

// Named categories, e.g. QT_LOGGING_RULES="cec.*.debug=true". No token or secret is ever logged.
Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcChat)
Q_DECLARE_LOGGING_CATEGORY(lcCall)
