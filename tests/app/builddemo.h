// The demo's cec-sim and scenario for app code run from a test binary. The app looks for them next
// to its own executable only (bin/ and share/ when installed, src/simulator/ in the build tree), so
// that no build path is baked into it; a test binary lives elsewhere, so it names them the way a
// packager would, through CEC_SIM and CEC_SIM_SCENARIO (unless the caller set them already).
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace cec::test {

inline void useBuildTreeDemoSimulator()
{
    if (qEnvironmentVariableIsEmpty("CEC_SIM"))
        qputenv("CEC_SIM", QByteArray(CEC_SIM_PATH));
    if (qEnvironmentVariableIsEmpty("CEC_SIM_SCENARIO"))
        qputenv("CEC_SIM_SCENARIO", QByteArray(CEC_DEMO_SCENARIO_PATH));
}

} // namespace cec::test
