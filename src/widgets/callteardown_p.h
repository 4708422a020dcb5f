// Finishes the call of a chat widget that is being deleted.
//
// Hosts delete the ChatWidget as they exit, often mid-call. Deleting the call panel there would
// destroy the call page before its SIP BYE has left, and the client before dropClickToCall has an
// answer: the agent would keep a call with nobody on the other end. So the widget hands what the
// hang-up needs (the panel with its page and session, the client, the network manager) to this
// object, which ends the call, waits until both are answered or a bound runs out, then deletes
// them and itself. Nothing here blocks the GUI thread while the host's event loop runs.
#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace cec {

class CallPanelFactory;
class CecClient;

class CallTeardown final : public QObject
{
    Q_OBJECT
public:
    // Takes `panel` (already hidden and without a parent), the client and the network manager.
    // `factory` must outlive the teardown (the plugin instance does).
    static void start(CallPanelFactory &factory, QWidget *panel, std::unique_ptr<CecClient> client,
                      std::unique_ptr<QNetworkAccessManager> network);

    ~CallTeardown() override;

Q_SIGNALS:
    void released();

private:
    CallTeardown(QWidget *panel, std::unique_ptr<CecClient> client,
                 std::unique_ptr<QNetworkAccessManager> network);
    void release(); // deletes the panel, then the client, then the network manager
    void finishBeforeExit();

    QPointer<QWidget> m_panel;
    std::unique_ptr<CecClient> m_client;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QTimer m_bound;            // in case the hang-up never reports back
    QDeadlineTimer m_deadline; // the same bound, for the last-resort wait at exit
    bool m_done = false;
};

} // namespace cec
