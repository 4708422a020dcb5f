#include "callpage.h"

#include "callbridge.h"
#include "gatewayaddresses.h"
#include "medialogging.h"

#include <QMetaEnum>
#include <QWebChannel>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineProfile>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

namespace cec {

using namespace Qt::StringLiterals;

// Allows the page's own resources (qrc:, data:, blob:) and WebSockets to the current call's
// gateways; everything else (http, https, file, other hosts) is blocked before it leaves.
class CallRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
public:
    explicit CallRequestInterceptor(CallPage &page)
        : m_page(page)
    {}

    void setAllowedGateways(const QStringList &addresses)
    {
        m_gateways.clear();
        for (const QString &address : addresses) {
            // The core's rule: wss:, or ws: to a loopback host only.
            const GatewayAddressVerdict verdict = checkGatewayAddress(address);
            if (verdict.accepted)
                m_gateways.append(QUrl(*verdict.accepted));
            else
                qCWarning(lcMedia).noquote()
                    << "not allowing a gateway address:" << verdict.refusal;
        }
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        if (isAllowed(url))
            return;
        info.block(true);
        qCWarning(lcMedia) << "blocked a request from the call page to" << url.toDisplayString();
        Q_EMIT m_page.refused(u"request "_s + url.toDisplayString());
    }

private:
    bool isAllowed(const QUrl &url) const
    {
        const QString scheme = url.scheme();
        if (scheme == "qrc"_L1 || scheme == "data"_L1 || scheme == "blob"_L1)
            return true;
        if (scheme == "ws"_L1 || scheme == "wss"_L1 || scheme == "http"_L1 ||
            scheme == "https"_L1) {
            // Chromium may show the WebSocket handshake as http(s); compare what identifies a
            // server.
            const bool secure = scheme == "wss"_L1 || scheme == "https"_L1;
            for (const QUrl &gateway : m_gateways) {
                if ((gateway.scheme() == "wss"_L1) == secure && gateway.host() == url.host() &&
                    gateway.port(secure ? 443 : 80) == url.port(secure ? 443 : 80) &&
                    gateway.path() == url.path())
                    return true;
            }
        }
        return false;
    }

    CallPage &m_page;
    QList<QUrl> m_gateways;
};

QUrl CallPage::pageUrl()
{
    return QUrl(u"qrc:/call/callpage.html"_s);
}

CallPage::CallPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile ? profile : new QWebEngineProfile, parent)
    , m_interceptor(std::make_unique<CallRequestInterceptor>(*this))
    , m_bridge(new CallBridge(this))
    , m_channel(new QWebChannel(this))
{
    // An off-the-record profile of our own, destroyed after the page (children go after
    // ~QWebEnginePage).
    if (!profile)
        this->profile()->setParent(this);

    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    // The remote party's audio must play without a click inside the page.
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, false);

    setUrlRequestInterceptor(m_interceptor.get());

    m_channel->registerObject(u"callBridge"_s, m_bridge);
    setWebChannel(m_channel);
    connect(m_bridge, &CallBridge::pageConnected, this, [this] {
        m_bridgeConnected = true;
        Q_EMIT bridgeConnected();
    });

    connect(this, &QWebEnginePage::featurePermissionRequested, this, &CallPage::answerPermission);
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [this](QWebEngineRegisterProtocolHandlerRequest request) {
                request.reject();
                Q_EMIT refused(u"protocol handler "_s + request.scheme());
            });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [this](QWebEngineFileSystemAccessRequest request) {
                request.reject();
                Q_EMIT refused(u"file system access"_s);
            });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [this](QWebEngineFullScreenRequest request) {
                request.reject();
                Q_EMIT refused(u"full screen"_s);
            });
    connect(this, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        // A refused navigation also ends in loadFinished(false); only the initial load matters.
        if (!ok && !m_bridgeConnected) {
            qCWarning(lcMedia) << "the call page failed to load";
            Q_EMIT loadFailed();
        }
    });
    connect(this, &QWebEnginePage::renderProcessTerminated, this,
            [this](RenderProcessTerminationStatus status, int exitCode) {
                qCWarning(lcMedia) << "the call page's render process ended" << status << exitCode;
                m_bridgeConnected = false;
                Q_EMIT loadFailed();
            });
}

CallPage::~CallPage()
{
    // The interceptor must not be called into while the page goes away.
    setUrlRequestInterceptor(nullptr);
}

void CallPage::load()
{
    if (m_loadRequested)
        return;
    m_loadRequested = true;
    QWebEnginePage::load(pageUrl());
}

void CallPage::setAllowedGateways(const QStringList &gatewayAddresses)
{
    m_interceptor->setAllowedGateways(gatewayAddresses);
}

bool CallPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!m_initialNavigationDone && isMainFrame && m_loadRequested && url == pageUrl()) {
        m_initialNavigationDone = true;
        return true;
    }
    qCWarning(lcMedia) << "refused navigation" << type << "to" << url.toDisplayString()
                       << (isMainFrame ? "(main frame)" : "(sub frame)");
    Q_EMIT refused(u"navigation "_s + url.toDisplayString());
    return false;
}

QWebEnginePage *CallPage::createWindow(WebWindowType type)
{
    qCWarning(lcMedia) << "refused to open a window" << type;
    Q_EMIT refused(u"window"_s);
    return nullptr;
}

QStringList CallPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    Q_EMIT refused(u"file selection"_s);
    return {};
}

void CallPage::javaScriptAlert(const QUrl &, const QString &msg)
{
    qCWarning(lcMediaPage) << "alert() ignored:" << msg;
}

bool CallPage::javaScriptConfirm(const QUrl &, const QString &msg)
{
    qCWarning(lcMediaPage) << "confirm() refused:" << msg;
    return false;
}

bool CallPage::javaScriptPrompt(const QUrl &, const QString &msg, const QString &, QString *)
{
    qCWarning(lcMediaPage) << "prompt() refused:" << msg;
    return false;
}

void CallPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                        int lineNumber, const QString &sourceID)
{
    const QString where = sourceID.section(u'/', -1) + u':' + QString::number(lineNumber);
    switch (level) {
    case InfoMessageLevel:
        qCInfo(lcMediaPage).noquote() << where << message;
        break;
    case WarningMessageLevel:
        qCWarning(lcMediaPage).noquote() << where << message;
        break;
    case ErrorMessageLevel:
        qCCritical(lcMediaPage).noquote() << where << message;
        break;
    }
}

bool CallPage::isOwnOrigin(const QUrl &securityOrigin) const
{
    return securityOrigin.scheme() == "qrc"_L1 && url().scheme() == "qrc"_L1;
}

void CallPage::answerPermission(const QUrl &securityOrigin, Feature feature)
{
    const bool capture = feature == MediaAudioCapture || feature == MediaVideoCapture ||
                         feature == MediaAudioVideoCapture;
    const bool grant = capture && isOwnOrigin(securityOrigin);
    qCInfo(lcMedia) << (grant ? "granted" : "denied") << feature << "to"
                    << securityOrigin.toDisplayString();
    setFeaturePermission(securityOrigin, feature,
                         grant ? PermissionGrantedByUser : PermissionDeniedByUser);
    if (!grant)
        Q_EMIT refused(u"permission "_s +
                       QString::fromLatin1(QMetaEnum::fromType<Feature>().valueToKey(feature)));
}

} // namespace cec
