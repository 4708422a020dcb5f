#include "logging.h"

Q_LOGGING_CATEGORY(lcClient, "cec.core.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "cec.core.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChat, "cec.core.chat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCall, "cec.core.call", QtInfoMsg)
