// Which of a 168101 set-up's gwAddresses the call may dial: the one place that decides it.
// QtCore only; used by ClickToCallSession before the media sees the set-up, and again by the
// media layer as a second line.
#pragma once

#include "cec_core_export.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace cec {

// The rule: `wss://` to any host; `ws://` only to a loopback host (127.0.0.0/8, ::1, localhost),
// which is the local simulator. Everything else is refused: other schemes, ws:// to any other
// host, malformed URLs, no host, user-info (`user:pass@`) or a fragment in the URL.
struct CEC_CORE_EXPORT GatewayAddressVerdict final
{
    // The address as it is to be dialled (QUrl's normalised form), when accepted.
    std::optional<QString> accepted;
    // Why it was refused, safe for logs: names at most the scheme and the host, never the
    // path, query or user-info (which may carry secrets).
    QString refusal;
};

CEC_CORE_EXPORT GatewayAddressVerdict checkGatewayAddress(const QString &address);

struct CEC_CORE_EXPORT GatewayAddressSelection final
{
    QStringList accepted; // in the order given
    QStringList refusals; // one log-safe reason per refused address, in order
};

CEC_CORE_EXPORT GatewayAddressSelection selectGatewayAddresses(const QStringList &addresses);

// 127.0.0.0/8, ::1 or localhost, as QUrl::host() gives them (lower case, IPv4 normalised).
CEC_CORE_EXPORT bool isLoopbackGatewayHost(const QString &host);

} // namespace cec
