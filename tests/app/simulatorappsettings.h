// cec-chat's settings for a customer of a test's cec-sim: its endpoint, the demo app key and
// channel, the token URL (no keychain needed), quiet (no notifications or sounds), English.
#pragma once

#include "appsettings.h"
#include "simulatorprocess.h"

namespace cec::test {

inline app::AppSettings simulatorAppSettings(const SimulatorProcess &sim, const QString &customerId)
{
    using namespace Qt::StringLiterals;
    app::AppSettings settings;
    settings.endpoint = sim.httpUrl();
    settings.appKey = u"cec-demo-app"_s;
    settings.credential = app::AppSettings::Credential::TokenUrl; // no keychain needed
    QUrl tokenUrl = sim.httpUrl();
    tokenUrl.setPath(u"/enterprise/token"_s);
    settings.tokenUrl = tokenUrl;
    settings.channelId = u"1011577355744904195"_s;
    settings.customerId = customerId;
    settings.displayName = u"Customer"_s;
    settings.language = u"en"_s;
    settings.proxy = app::AppSettings::Proxy::None;
    settings.notifications = false;
    settings.sounds = false;
    return settings;
}

} // namespace cec::test
