// cec-sim defines its logging category in simulatorserver.cpp, which the fuzzers do not build.
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSim, "cec.sim")
