#include "gatewayaddresses.h"

#include <QUrl>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

bool isIpv4Loopback(const QString &host)
{
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        bool ok = false;
        const uint value = part.toUInt(&ok, 10);
        if (!ok || part.isEmpty() || value > 255)
            return false;
    }
    return parts.front() == "127"_L1;
}

// The scheme only when it is a plain word: what a refusal may name.
QString safeScheme(const QUrl &url)
{
    const QString scheme = url.scheme();
    for (const QChar c : scheme) {
        if (!(c.isLetterOrNumber() || c == u'+' || c == u'-' || c == u'.'))
            return u"(unreadable)"_s;
    }
    return scheme.isEmpty() ? u"(none)"_s : scheme.left(20);
}

} // namespace

bool isLoopbackGatewayHost(const QString &host)
{
    return host == "localhost"_L1 || host == "::1"_L1 || isIpv4Loopback(host);
}

GatewayAddressVerdict checkGatewayAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return {std::nullopt, u"empty address"_s};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return {std::nullopt, u"not a valid URL"_s};
    const QString scheme = url.scheme();
    const bool secure = scheme == "wss"_L1;
    if (!secure && scheme != "ws"_L1)
        return {std::nullopt, u"scheme %1 is not wss: or ws:"_s.arg(safeScheme(url))};
    // An '@' in the authority, even with nothing before it, is user-info.
    if (!url.userInfo().isEmpty() || url.authority().contains(u'@'))
        return {std::nullopt, u"%1 address with user-info"_s.arg(scheme)};
    const QString host = url.host();
    if (host.isEmpty())
        return {std::nullopt, u"%1 address without a host"_s.arg(scheme)};
    if (url.hasFragment())
        return {std::nullopt, u"%1 address to %2 with a fragment"_s.arg(scheme, host)};
    if (!secure && !isLoopbackGatewayHost(host))
        return {std::nullopt,
                u"unencrypted ws: to %1, which is not a loopback address (only wss: is "
                u"dialled)"_s.arg(host)};
    return {url.toString(QUrl::FullyEncoded), {}};
}

GatewayAddressSelection selectGatewayAddresses(const QStringList &addresses)
{
    GatewayAddressSelection selection;
    for (const QString &address : addresses) {
        GatewayAddressVerdict verdict = checkGatewayAddress(address);
        if (verdict.accepted)
            selection.accepted.append(*verdict.accepted);
        else
            selection.refusals.append(std::move(verdict.refusal));
    }
    return selection;
}

} // namespace cec
