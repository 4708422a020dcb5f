// The device test's network part: whether the call service answers (the tenant's click-to-call
// support), and whether the voice gateway of the last call can be reached (a TCP probe of the
// address from its 168101; unknown until a call has started), with the sentence that says so.
#pragma once

#include "precalldialog_p.h"

#include <QCoreApplication>
#include <QPointer>

#include <functional>
#include <optional>

class QObject;
class QTcpSocket;

namespace cec {

class CecClient;

class PreCallNetworkCheck final
{
    Q_DECLARE_TR_FUNCTIONS(cec::PreCallDialog) // the dialog's strings, in the dialog's context
public:
    using Check = PreCallDialog::Check;

    // `context` owns the probe and bounds the answers; `changed` runs on each result.
    PreCallNetworkCheck(CecClient &client, std::optional<CallSetup> lastSetup, QObject *context,
                        std::function<void()> changed);
    ~PreCallNetworkCheck();
    PreCallNetworkCheck(const PreCallNetworkCheck &) = delete;
    PreCallNetworkCheck &operator=(const PreCallNetworkCheck &) = delete;

    void start();
    Check service() const { return m_service; }
    Check gateway() const { return m_gateway; }
    QString text() const;

private:
    void checkService();
    void checkGateway();

    CecClient &m_client;
    std::optional<CallSetup> m_lastSetup;
    QObject *m_context; // not owned
    std::function<void()> m_changed;
    QPointer<QTcpSocket> m_gatewayProbe; // child of the context; deleted with this check
    Check m_service = Check::Unknown;
    Check m_gateway = Check::Unknown;
};

} // namespace cec
