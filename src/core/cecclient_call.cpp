// CecClient's click-to-call endpoints (following the call is ClickToCallSession's).
#include "cecclient.h"

#include "cecclient_p.h"
#include "endpointsupport_p.h"

namespace cec {

using namespace Qt::StringLiterals;
namespace path = protocol::path;

void CecClient::checkClickToCallSupport(QObject *context, Callback<ClickToCallSupport> done)
{
    RequestSpec spec;
    spec.operation = u"checkClickToCallSupport"_s;
    spec.method = "GET";
    spec.path = path::kCheckClickToCall;
    spec.timeout = d->m_config.requestTimeout;
    spec.query.addQueryItem(u"channel"_s, channelWeb());
    d->submit(std::move(spec), context,
              parsedBy<ClickToCallSupport>(std::move(done), parse::clickToCallSupport));
}

void CecClient::createClickToCall(protocol::MediaAbility ability, QObject *context,
                                  Callback<Done> done)
{
    const QString operation = u"createClickToCall"_s;
    RequestSpec spec;
    spec.operation = operation;
    spec.method = "POST";
    spec.path = path::kCreateClickToCall;
    spec.timeout = d->m_config.requestTimeout;
    spec.body = {{u"channel"_s, channelWeb()}, {u"mediaAbility"_s, protocol::toWire(ability)}};
    d->submit(std::move(spec), context, plainBy(std::move(done), operation));
}

void CecClient::getClickToCallEvents(QObject *context, Callback<ClickToCallEvent> done)
{
    RequestSpec spec;
    spec.operation = u"getClickToCallEvents"_s;
    spec.method = "GET";
    spec.path = path::kClickToCallEvents;
    spec.timeout = d->m_config.clickToCallEventTimeout; // a long poll (docs/cec-api.md §4.4)
    spec.query.addQueryItem(u"channel"_s, channelWeb());
    d->submit(std::move(spec), context,
              parsedBy<ClickToCallEvent>(std::move(done), parse::clickToCallEvent));
}

void CecClient::dropClickToCall(QObject *context, Callback<Done> done)
{
    const QString operation = u"dropClickToCall"_s;
    RequestSpec spec;
    spec.operation = operation;
    spec.method = "POST";
    spec.path = path::kDropClickToCall;
    spec.timeout = d->m_config.requestTimeout;
    spec.body = {{u"channel"_s, channelWeb()}};
    d->submit(std::move(spec), context, plainBy(std::move(done), operation));
}

} // namespace cec
