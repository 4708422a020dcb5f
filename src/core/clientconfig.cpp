#include "clientconfig.h"

#include "protocol/protocol.h"

namespace cec {

using namespace Qt::StringLiterals;

namespace {

bool isHttpUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == "https"_L1 || scheme == "http"_L1);
}

} // namespace

QString ClientConfig::validate() const
{
    if (baseUrl.isEmpty())
        return u"The server address is missing. Enter the API Fabric address, for example "
               "https://service.besclouds.com."_s;
    if (!isHttpUrl(baseUrl))
        return u"The server address \"%1\" is not a valid http(s) address."_s.arg(
            baseUrl.toDisplayString());
    if (appKey.trimmed().isEmpty())
        return u"The app key is missing. Ask your contact centre administrator for the API Fabric "
               "app key."_s;
    if (!tokenUrl.isEmpty()) {
        if (!isHttpUrl(tokenUrl))
            return u"The token URL \"%1\" is not a valid http(s) address."_s.arg(
                tokenUrl.toDisplayString());
    } else if (appSecret.isEmpty()) {
        return u"Neither an app secret nor a token URL is set. Enter one of them to sign in."_s;
    }
    if (accessTokenLifetimeSeconds < 1 ||
        accessTokenLifetimeSeconds > protocol::kMaxAccessTokenLifetimeSeconds)
        return u"The access token lifetime must be between 1 and %1 seconds."_s.arg(
            protocol::kMaxAccessTokenLifetimeSeconds);
    if (userId.trimmed().isEmpty())
        return u"The user id is missing."_s;
    if (userId.size() > protocol::kMaxUserIdLength)
        return u"The user id is %1 characters long; at most %2 are allowed."_s.arg(userId.size())
            .arg(protocol::kMaxUserIdLength);
    if (channelId.trimmed().isEmpty())
        return u"The channel id is missing. Use the Configuration ID of the WEB channel."_s;
    if (locale.trimmed().isEmpty())
        return u"The language (locale) is missing, for example \"en\" or \"zh_CN\"."_s;
    using std::chrono::milliseconds;
    if (requestTimeout <= milliseconds::zero() || clickToCallEventTimeout <= milliseconds::zero() ||
        uploadTimeout <= milliseconds::zero())
        return u"Request time limits must be positive."_s;
    return {};
}

} // namespace cec
