#include "agentpeer.h"

#include "waitfor.h"

#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace cec::test {

using namespace Qt::StringLiterals;

QVariant evaluateIn(QWebEnginePage &page, const QString &expression, int timeoutMs)
{
    // Shared, so a result arriving after the timeout has somewhere to go.
    auto result = std::make_shared<std::optional<QVariant>>();
    page.runJavaScript(expression, [result](const QVariant &value) { result->emplace(value); });
    waitFor([&] { return result->has_value(); }, timeoutMs);
    return result->value_or(QVariant());
}

AgentPeer::AgentPeer(QObject *parent)
    : QObject(parent)
    , m_profile(std::make_unique<QWebEngineProfile>())
    , m_page(std::make_unique<QWebEnginePage>(m_profile.get()))
{
    m_page->settings()->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);
    connect(m_page.get(), &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                const bool capture = feature == QWebEnginePage::MediaAudioCapture ||
                                     feature == QWebEnginePage::MediaVideoCapture ||
                                     feature == QWebEnginePage::MediaAudioVideoCapture;
                m_page->setFeaturePermission(origin, feature,
                                             capture ? QWebEnginePage::PermissionGrantedByUser
                                                     : QWebEnginePage::PermissionDeniedByUser);
            });
}

AgentPeer::~AgentPeer()
{
    m_page.reset(); // before its profile
}

bool AgentPeer::connectTo(const QString &gatewayUrl, int timeoutMs)
{
    QUrl url(u"qrc:/agent/agent.html"_s);
    url.setQuery(QUrlQuery{{u"gateway"_s, gatewayUrl}});
    m_page->load(url);
    return waitFor([&] { return evaluate(u"window.agent && agent.connected"_s, 1000).toBool(); },
                   timeoutMs);
}

QVariant AgentPeer::evaluate(const QString &expression, int timeoutMs)
{
    return evaluateIn(*m_page, expression, timeoutMs);
}

QVariantMap AgentPeer::stats()
{
    return evaluate(u"window.agent ? agent.stats : {}"_s).toMap();
}

QString AgentPeer::state()
{
    return evaluate(u"window.agent ? agent.state : ''"_s).toString();
}

} // namespace cec::test
