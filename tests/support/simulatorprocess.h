// Starts the real cec-sim binary on a free loopback port for a test, and talks to its control API.
#pragma once

#include "clientconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace cec::test {

class SimulatorProcess final
{
public:
    // The agent media peer is a WebEngine process that takes seconds to start on a slow machine,
    // and the simulator holds 168101 back until it is up. Tests that carry no media run without it
    // (168101 at once, INVITEs answered 503); tests with media start it with the simulator and
    // wait until it is ready, so no test's clock includes Chromium's start-up.
    enum class MediaAgent
    {
        Off,
        Ready,
    };

    struct Options
    {
        bool tls = false;     // also serve HTTPS with a CA generated for this test
        QString scenarioFile; // --scenario
        QStringList extraArguments;
        MediaAgent mediaAgent = MediaAgent::Off;
    };

    SimulatorProcess();
    explicit SimulatorProcess(Options options);
    static Options withMediaAgent() // the default options plus a ready agent media peer
    {
        Options options;
        options.mediaAgent = MediaAgent::Ready;
        return options;
    }
    ~SimulatorProcess();

    // Starts cec-sim and waits for its "listening" line(s) and, with MediaAgent::Ready, for the
    // agent media peer. False (with the reason) on failure.
    bool start(QString *error = nullptr);
    static QString executablePath();

    QUrl httpUrl() const { return m_httpUrl; }
    QUrl httpsUrl() const { return m_httpsUrl; }
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }
    QString caCertificateFile() const;

    // A client configuration with the simulator's demo credentials.
    ClientConfig clientConfig(const QString &userId = QStringLiteral("test-user"),
                              bool overTls = false) const;

    // Control API (/sim/...). Synchronous; returns the reply JSON (empty object on failure).
    QJsonObject control(const QByteArray &method, const QString &path,
                        const QJsonObject &body = {});
    QJsonArray requests(const QString &pathFilter = {}); // GET /sim/requests?path=
    void clearRequests();
    void injectFault(const QJsonObject &fault);    // POST /sim/faults
    void configure(const QJsonObject &config);     // POST /sim/config
    QJsonArray sipMessages(const QString &userId); // the gateway's SIP log: GET /sim/sip

    // The customer's end of the call is closed: it sent BYE, or it answered the gateway's BYE with
    // 200. A hang-up sends the page's BYE and dropClickToCall at once, and a drop that arrives
    // first makes the gateway hang up itself; either way no dialog is left open.
    static bool customerDialogClosed(const QJsonArray &sipMessages);

    QByteArray output() const; // what cec-sim printed so far (stdout+stderr)

private:
    bool generateCertificates(QString *error);
    bool waitForMediaAgent(QString *error);

    Options m_options;
    QProcess m_process;
    QByteArray m_output;
    QUrl m_httpUrl;
    QUrl m_httpsUrl;
    std::unique_ptr<QTemporaryDir> m_certDir;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace cec::test
