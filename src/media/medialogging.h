#pragma once

#include <QLoggingCategory>

// cec.media: the C++ side; cec.media.page: the call page's console (JsSIP, WebRTC errors).
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
Q_DECLARE_LOGGING_CATEGORY(lcMediaPage)
