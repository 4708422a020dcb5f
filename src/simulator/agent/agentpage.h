// The hidden page of the agent media peer: loads only its own qrc page, opens no windows, gets no
// device permissions (its media is synthesised), and hands the page's reports to the host.
#pragma once

#include <QWebEnginePage>

#include <functional>

namespace cec::sim {

class AgentPage final : public QWebEnginePage
{
    Q_OBJECT
public:
    using ReportHandler = std::function<void(const QString &json)>;

    AgentPage(QWebEngineProfile *profile, ReportHandler onReport, QObject *parent = nullptr);

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    ReportHandler m_onReport;
};

} // namespace cec::sim
