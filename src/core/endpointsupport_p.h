// What the endpoint methods of CecClient (cecclient_*.cpp) share: turning a raw reply into a typed
// result, and the reply budget of list replies.
#pragma once

#include "cecclient.h"
#include "clientrequest_p.h"

#include <utility>

namespace cec {

// Poll and history replies are lists of messages of at most 500 characters each (downlink content
// limit): 1 MiB holds hundreds of them, far more than one poll or history page brings.
inline constexpr qint64 kMaxListReplyBytes = 1024 * 1024;

inline QString channelWeb()
{
    return protocol::kChannelWeb;
}

template <typename T, typename Parser> RawCompletion parsedBy(Callback<T> done, Parser parser)
{
    return [done = std::move(done), parser](Result<QByteArray> raw) {
        if (!raw) {
            done(raw.error());
            return;
        }
        done(parser(raw.value()));
    };
}

inline RawCompletion plainBy(Callback<Done> done, const QString &operation)
{
    return parsedBy<Done>(std::move(done), [operation](const QByteArray &body) {
        return parse::plainReply(body, operation);
    });
}

} // namespace cec
