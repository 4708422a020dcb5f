// "Try the demo": runs cec-sim as a child process on a free loopback port.
#pragma once

#include "clientconfig.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace cec::app {

class DemoSimulator final : public QObject
{
    Q_OBJECT
public:
    // The credentials cec-sim accepts. They are not secrets and never go to the keychain.
    static constexpr auto appKey = "cec-demo-app";
    static constexpr auto appSecret = "cec-demo-secret";
    static constexpr auto channelId = "1011577355744904195";

    explicit DemoSimulator(QObject *parent = nullptr);
    ~DemoSimulator() override; // stops the simulator (without waiting for it)

    // $CEC_SIM, else next to cec-chat (installed), else src/simulator/ (the build tree). Relative
    // to the app only: no build path is compiled in.
    static QString locateExecutable();
    // $CEC_SIM_SCENARIO, else the installed share/cec-widget/demo.json, else the build tree's copy.
    static QString locateScenario();

    void start();
    // Asks the simulator to stop (SIGTERM, SIGKILL after 3 s) and returns at once: the GUI thread
    // never waits for it. Should cec-chat exit first, the kernel stops it (PR_SET_PDEATHSIG).
    void stop();
    bool isRunning() const;
    QUrl url() const { return m_url; }
    qint64 processId() const;

    ClientConfig clientConfig(const QString &customerId, const QString &displayName,
                              const QString &locale) const;

Q_SIGNALS:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void readOutput();

    QProcess *m_process = nullptr; // child while running; let go of (and self-deleting) by stop()
    QByteArray m_output;
    QUrl m_url;
};

} // namespace cec::app
