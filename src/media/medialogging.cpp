#include "medialogging.h"

Q_LOGGING_CATEGORY(lcMedia, "cec.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMediaPage, "cec.media.page", QtInfoMsg)
