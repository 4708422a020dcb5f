// How the client reaches the service: the configured proxy and the TLS trust of each request.
#pragma once

class QNetworkAccessManager;
class QNetworkRequest;

namespace cec {

struct ClientConfig;

// QNetworkRequest has no per-request proxy, so a configured proxy is set on the injected manager;
// the caller hands us a manager meant for this client.
void useConfiguredProxy(QNetworkAccessManager *network, const ClientConfig &config);

// For an https request: the system CAs plus the configured ones. TLS errors are reported, never
// ignored (HttpExchange turns them into ApiError::Kind::Tls).
void applyTlsTrust(QNetworkRequest &request, const ClientConfig &config);

} // namespace cec
