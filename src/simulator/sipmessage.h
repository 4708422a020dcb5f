// Just enough SIP to route a message: the start line, Call-ID and the CSeq method. The gateway is
// a router between two real SIP stacks (JsSIP at both ends), never a SIP endpoint itself.
#pragma once

#include <QString>

#include <optional>

namespace cec::sim {

struct SipRouting
{
    bool isRequest = false;
    QString method; // requests
    int status = 0; // responses
    QString reason; // responses
    QString callId;
    QString cseqMethod; // the method a response answers
};

std::optional<SipRouting> parseSipRouting(const QString &message);

// The one answer the gateway builds itself (no agent peer to route to): the request's Via, From,
// To, Call-ID and CSeq copied back, as RFC 3261 §8.2.6 asks.
QString sipResponseTo(const QString &request, int status, const QString &reason);

// Adds a header right after the start line (the gateway's note to the agent peer).
QString withSipHeader(const QString &message, const QString &name, const QString &value);

} // namespace cec::sim
