#include "agentpage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace cec::sim {

using namespace Qt::StringLiterals;

namespace {
constexpr auto kReportPrefix = "@@cec-agent "_L1;
}

AgentPage::AgentPage(QWebEngineProfile *profile, ReportHandler onReport, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_onReport(std::move(onReport))
{
    connect(
        this, &QWebEnginePage::featurePermissionRequested, this,
        [this](const QUrl &origin, Feature feature) {
            // Only the page's own one-time microphone request (see agent.js): it lets
            // Chromium offer loopback ICE candidates.
            const bool ownMicrophone = feature == MediaAudioCapture && origin.scheme() == "qrc"_L1;
            setFeaturePermission(origin, feature,
                                 ownMicrophone ? PermissionGrantedByUser : PermissionDeniedByUser);
        });
}

void AgentPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                         const QString &message, int lineNumber,
                                         const QString &sourceId)
{
    if (message.startsWith(kReportPrefix)) {
        m_onReport(message.mid(kReportPrefix.size()));
        return;
    }
    // Anything else (script errors above all) goes to the host's log.
    const QString text = u"%1:%2: %3"_s.arg(QUrl(sourceId).fileName()).arg(lineNumber).arg(message);
    m_onReport(QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{u"event"_s, u"log"_s}, {u"level"_s, int(level)}, {u"text"_s, text}})
            .toJson(QJsonDocument::Compact)));
}

bool AgentPage::acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame)
{
    return isMainFrame && url.scheme() == "qrc"_L1;
}

QWebEnginePage *AgentPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace cec::sim
