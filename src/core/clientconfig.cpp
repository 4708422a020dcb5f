#include "clientconfig.h"

#include "protocol/protocol.h"

#include <QCoreApplication>
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
        return QCoreApplication::translate(
            "cec::ClientConfig",
            "The server address is missing. Enter the API Fabric address, for example "
            "https://service.besclouds.com.");
    if (!isHttpUrl(baseUrl))
        return QCoreApplication::translate(
                   "cec::ClientConfig", "The server address \"%1\" is not a valid http(s) address.")
            .arg(baseUrl.toDisplayString());
    if (appKey.trimmed().isEmpty())
        return QCoreApplication::translate(
            "cec::ClientConfig",
            "The app key is missing. Ask your contact centre administrator for the API Fabric "
            "app key.");
    if (!tokenUrl.isEmpty()) {
        if (!isHttpUrl(tokenUrl))
            return QCoreApplication::translate(
                       "cec::ClientConfig", "The token URL \"%1\" is not a valid http(s) address.")
                .arg(tokenUrl.toDisplayString());
    } else if (appSecret.isEmpty()) {
        return QCoreApplication::translate(
            "cec::ClientConfig",
            "Neither an app secret nor a token URL is set. Enter one of them to sign in.");
    }
    if (accessTokenLifetimeSeconds < 1 ||
        accessTokenLifetimeSeconds > protocol::kMaxAccessTokenLifetimeSeconds)
        return QCoreApplication::translate(
                   "cec::ClientConfig",
                   "The access token lifetime must be between 1 and %1 seconds.")
            .arg(protocol::kMaxAccessTokenLifetimeSeconds);
    if (userId.trimmed().isEmpty())
        return QCoreApplication::translate("cec::ClientConfig", "The user id is missing.");
    if (userId.size() > protocol::kMaxUserIdLength)
        return QCoreApplication::translate(
                   "cec::ClientConfig",
                   "The user id is %1 characters long; at most %2 are allowed.")
            .arg(userId.size())
            .arg(protocol::kMaxUserIdLength);
    if (channelId.trimmed().isEmpty())
        return QCoreApplication::translate(
            "cec::ClientConfig",
            "The channel id is missing. Use the Configuration ID of the WEB channel.");
    if (locale.trimmed().isEmpty())
        return QCoreApplication::translate(
            "cec::ClientConfig",
            "The language (locale) is missing, for example \"en\" or \"zh_CN\".");
    using std::chrono::milliseconds;
    if (requestTimeout <= milliseconds::zero() || clickToCallEventTimeout <= milliseconds::zero() ||
        uploadTimeout <= milliseconds::zero())
        return QCoreApplication::translate("cec::ClientConfig",
                                           "Request time limits must be positive.");
    return {};
}

} // namespace cec
