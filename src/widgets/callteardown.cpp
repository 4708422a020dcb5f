#include "callteardown_p.h"

#include "callpanelfactory.h"
#include "cecclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QWidget>

#include <algorithm>

namespace cec {

Q_LOGGING_CATEGORY(lcCallTeardown, "cec.widgets.call")

using namespace std::chrono_literals;

namespace {
// The session bounds its hang-up at 2 s (ClickToCallOptions::hangUpBound); this is only the net
// under it, should the panel never report back.
constexpr auto kBound = 2500ms;
} // namespace

void CallTeardown::start(CallPanelFactory &factory, QWidget *panel,
                         std::unique_ptr<CecClient> client,
                         std::unique_ptr<QNetworkAccessManager> network)
{
    auto *teardown = new CallTeardown(panel, std::move(client), std::move(network));
    QPointer<CallTeardown> alive(teardown);
    // `done` runs inside the panel's own signal: release it from the event loop, not from there.
    factory.endCall(panel, [alive] {
        if (alive)
            QMetaObject::invokeMethod(alive, &CallTeardown::release, Qt::QueuedConnection);
    });
}

CallTeardown::CallTeardown(QWidget *panel, std::unique_ptr<CecClient> client,
                           std::unique_ptr<QNetworkAccessManager> network)
    : m_panel(panel)
    , m_client(std::move(client))
    , m_network(std::move(network))
    , m_deadline(kBound)
{
    qCInfo(lcCallTeardown) << "the chat widget went away during a call; finishing the call";
    m_bound.setSingleShot(true);
    connect(&m_bound, &QTimer::timeout, this, [this] {
        qCWarning(lcCallTeardown) << "the call did not finish within the bound; releasing it";
        release();
    });
    m_bound.start(kBound);
    // Last resort for hosts whose event loop ends right after deleting the widget: the hang-up
    // would never get the loop it needs.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &CallTeardown::finishBeforeExit);
}

CallTeardown::~CallTeardown() = default;

// This is the one place with a local event loop: the application is quitting (exec() is
// returning, so no window is left to freeze), and without it the BYE and dropClickToCall would
// die with the process. It runs at most until the 2.5 s bound started with the teardown.
void CallTeardown::finishBeforeExit()
{
    if (m_done)
        return;
    qCInfo(lcCallTeardown) << "the application quits during a call's hang-up; waiting at most"
                           << m_deadline.remainingTime() << "ms";
    QEventLoop loop;
    connect(this, &CallTeardown::released, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::max<qint64>(0, m_deadline.remainingTime()), &loop, &QEventLoop::quit);
    loop.exec();
    release();
}

void CallTeardown::release()
{
    if (m_done)
        return;
    m_done = true;
    m_bound.stop();
    // The panel uses the client and the client the network manager: delete in that order.
    delete m_panel.data();
    m_client.reset();
    m_network.reset();
    qCInfo(lcCallTeardown) << "call finished and released";
    Q_EMIT released();
    deleteLater();
}

} // namespace cec
