// The far end of a test call: a hidden page running JsSIP (the same bundle as the customer page)
// that answers the INVITE with the fake microphone (and camera for video) and plays what it
// receives, so its getStats() shows decoded samples and frames. Stands in for cec-sim's agent peer.
#pragma once

#include <QObject>
#include <QVariant>

#include <memory>

class QWebEngineProfile;
class QWebEnginePage;

namespace cec::test {

class AgentPeer final : public QObject
{
    Q_OBJECT
public:
    explicit AgentPeer(QObject *parent = nullptr);
    ~AgentPeer() override;

    // Loads the agent page and connects it to the relay; true once its UA is connected.
    bool connectTo(const QString &gatewayUrl, int timeoutMs = 15000);

    // Runs a JavaScript expression in the agent page and returns its value (invalid on timeout).
    QVariant evaluate(const QString &expression, int timeoutMs = 5000);
    QVariantMap stats(); // the latest getStats() summary (refreshed every 250 ms by the page)
    QString state();     // idle, ringing, confirmed, ended:<originator>:<cause>, failed:...

private:
    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<QWebEnginePage> m_page;
};

// Runs JavaScript in any page and waits for the result.
QVariant evaluateIn(QWebEnginePage &page, const QString &expression, int timeoutMs = 5000);

} // namespace cec::test
