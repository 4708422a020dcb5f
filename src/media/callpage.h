// The customer's call page: JsSIP + WebRTC in a locked-down QWebEnginePage loaded from Qt
// resources.
//
// It grants exactly audio/video capture to its own qrc: origin, refuses every navigation but the
// initial load, opens no windows, loads nothing remote (only the current call's gateway
// WebSockets), and publishes one CallBridge over QWebChannel. It works without a view (headless); a
// widget may show it in a QWebEngineView for the local preview and remote video.
#pragma once

#include "cec_media_export.h"

#include <QUrl>
#include <QWebEnginePage>

#include <memory>

class QWebChannel;
class QWebEngineProfile;

namespace cec {

class CallBridge;
class CallRequestInterceptor;

class CEC_MEDIA_EXPORT CallPage final : public QWebEnginePage
{
    Q_OBJECT
public:
    static QUrl pageUrl(); // qrc:/call/callpage.html

    // Without a profile the page makes its own off-the-record one (nothing stored on disk).
    explicit CallPage(QWebEngineProfile *profile = nullptr, QObject *parent = nullptr);
    ~CallPage() override;

    CallBridge &bridge() const { return *m_bridge; }

    // Starts loading the page (once). bridgeConnected() follows when the page's QWebChannel is up.
    void load();
    bool isBridgeConnected() const { return m_bridgeConnected; }

    // The WebSocket gateways the page may connect to (ws:/wss: URLs; everything else stays
    // blocked).
    void setAllowedGateways(const QStringList &gatewayAddresses);

Q_SIGNALS:
    void bridgeConnected();
    void loadFailed();
    // A request the page made that was refused (navigation, window, permission, remote URL).
    void refused(const QString &what);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &msg) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &msg,
                          const QString &defaultValue, QString *result) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;

private:
    void answerPermission(const QUrl &securityOrigin, Feature feature);
    bool isOwnOrigin(const QUrl &securityOrigin) const;

    std::unique_ptr<CallRequestInterceptor> m_interceptor;
    CallBridge *m_bridge = nullptr;   // child
    QWebChannel *m_channel = nullptr; // child
    bool m_loadRequested = false;
    bool m_initialNavigationDone = false;
    bool m_bridgeConnected = false;
};

} // namespace cec
