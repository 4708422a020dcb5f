// The process exit codes cecctl documents in --help; scripts depend on them, so never renumber.
#pragma once

#include "apierror.h"

namespace cec::cli {

enum ExitCode : int
{
    ExitOk = 0,
    ExitServiceError = 1,  // the service answered with an error (business or authentication)
    ExitUsageError = 2,    // bad command line or configuration
    ExitNetworkError = 3,  // network, TLS or timeout failure
    ExitCallFailed = 4,    // the call ended by failure (168103, 168105, three failed event polls)
    ExitInterrupted = 130, // Ctrl-C / SIGTERM, after the session was closed cleanly
};

inline ExitCode exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Transport:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Cancelled:
        return ExitNetworkError;
    case ApiError::Kind::Rejected:
        // Refused locally before anything was sent: the input was wrong.
        return ExitUsageError;
    case ApiError::Kind::Http:
    case ApiError::Kind::Gateway:
    case ApiError::Kind::Result:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Redirect:
    case ApiError::Kind::Oversized:
    case ApiError::Kind::SignIn: // the service kept refusing our tokens
        return ExitServiceError;
    }
    return ExitServiceError;
}

} // namespace cec::cli
