// cec-sim: command line, listening sockets and shutdown. Everything the service does lives in
// SimulatorServer and Tenant.
#include "httpfront.h"
#include "simulatorserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace cec::sim;

namespace {

int g_signalFd = -1;

void onSignal(int)
{
    // Only async-signal-safe work here: the event loop picks the byte up and quits.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFd, &byte, 1);
}

// Writes a line to stdout and flushes it: test harnesses wait for the "listening" line.
void printLine(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void usageError(const QString &message)
{
    std::fputs(qPrintable(u"cec-sim: "_s + message + u"\nTry 'cec-sim --help'.\n"_s), stderr);
    std::exit(2);
}

std::optional<quint16> parsePort(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return static_cast<quint16>(port);
}

QSslKey loadKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"cec-sim"_s);
    const Credentials credentials;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local stand-in for the Huawei Cloud CEC ccmessaging web-channel API.\n\n"
        "Demo credentials it accepts:\n"
        "  app key     %1\n"
        "  app secret  %2\n"
        "  channel id  %3\n\n"
        "Control API under /sim/ (see src/simulator/README.md)."_s.arg(
            credentials.appKey, credentials.appSecret, credentials.channelId));
    parser.addHelpOption();
    const QCommandLineOption hostOption(u"host"_s, u"Address to bind (default 127.0.0.1)."_s,
                                        u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(u"port"_s, u"HTTP port; 0 picks a free one (default)."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption certOption(u"tls-cert"_s, u"PEM certificate for HTTPS."_s, u"FILE"_s);
    const QCommandLineOption keyOption(u"tls-key"_s, u"PEM private key for HTTPS."_s, u"FILE"_s);
    const QCommandLineOption tlsPortOption(u"tls-port"_s, u"HTTPS port; 0 picks a free one."_s,
                                           u"N"_s, u"0"_s);
    const QCommandLineOption scenarioOption(u"scenario"_s, u"Scenario JSON file."_s, u"FILE"_s);
    const QCommandLineOption pollHoldOption(
        u"poll-hold-ms"_s, u"Hold an empty poll up to N ms (default 0)."_s, u"N"_s);
    const QCommandLineOption eventHoldOption(
        u"event-hold-ms"_s, u"Hold getClickToCallEvents up to N ms (default 20000)."_s, u"N"_s);
    const QCommandLineOption quietOption(u"quiet"_s, u"Do not log each request to stderr."_s);
    const QCommandLineOption gatewayPortOption(
        u"gateway-port"_s, u"WebRTC gateway (SIP over WebSocket) port; 0 picks a free one."_s,
        u"N"_s, u"0"_s);
    const QCommandLineOption gatewayTlsPortOption(
        u"gateway-tls-port"_s, u"Secure gateway (wss) port with TLS; 0 picks a free one."_s, u"N"_s,
        u"0"_s);
    const QCommandLineOption mediaAgentOption(
        u"media-agent"_s,
        u"When to start the agent media peer: auto (at the first call, default), eager (now) or "
        "off (no agent: the gateway answers 503)."_s,
        u"mode"_s, u"auto"_s);
    const QCommandLineOption agentPathOption(
        u"agent"_s, u"The agent media peer executable (default: cec-sim-agent next to cec-sim)."_s,
        u"FILE"_s);
    parser.addOptions({hostOption, portOption, certOption, keyOption, tlsPortOption, scenarioOption,
                       pollHoldOption, eventHoldOption, quietOption, gatewayPortOption,
                       gatewayTlsPortOption, mediaAgentOption, agentPathOption});
    if (!parser.parse(QCoreApplication::arguments()))
        usageError(parser.errorText());
    if (parser.isSet(u"help"_s))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty())
        usageError(u"unexpected argument %1"_s.arg(parser.positionalArguments().constFirst()));

    if (parser.isSet(quietOption))
        QLoggingCategory::setFilterRules(u"cec.sim.info=false\ncec.sim.debug=false"_s);
    else
        QLoggingCategory::setFilterRules(u"cec.sim.debug=false"_s);

    const QString hostText = parser.value(hostOption);
    const QHostAddress host =
        hostText == "localhost"_L1 ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(hostText);
    if (host.isNull())
        usageError(u"invalid --host %1"_s.arg(hostText));
    const auto port = parsePort(parser.value(portOption));
    const auto tlsPort = parsePort(parser.value(tlsPortOption));
    const auto gatewayPort = parsePort(parser.value(gatewayPortOption));
    const auto gatewayTlsPort = parsePort(parser.value(gatewayTlsPortOption));
    if (!port || !tlsPort || !gatewayPort || !gatewayTlsPort)
        usageError(u"ports must be integers 0-65535"_s);
    const QString agentModeText = parser.value(mediaAgentOption);
    Gateway::AgentMode agentMode = Gateway::AgentMode::Auto;
    if (agentModeText == "off"_L1)
        agentMode = Gateway::AgentMode::Off;
    else if (agentModeText == "eager"_L1)
        agentMode = Gateway::AgentMode::Eager;
    else if (agentModeText != "auto"_L1)
        usageError(u"--media-agent must be auto, eager or off"_s);
    const QString agentPath = parser.isSet(agentPathOption)
                                  ? parser.value(agentPathOption)
                                  : QCoreApplication::applicationDirPath() + u"/cec-sim-agent"_s;
    const bool tls = parser.isSet(certOption) || parser.isSet(keyOption);
    if (tls && !(parser.isSet(certOption) && parser.isSet(keyOption)))
        usageError(u"--tls-cert and --tls-key go together"_s);

    Scenario scenario;
    QList<FaultRule> initialFaults;
    if (parser.isSet(scenarioOption)) {
        QFile file(parser.value(scenarioOption));
        if (!file.open(QIODevice::ReadOnly))
            usageError(u"cannot read scenario %1: %2"_s.arg(file.fileName(), file.errorString()));
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            usageError(u"scenario %1 is not a JSON object: %2"_s.arg(file.fileName(),
                                                                     error.errorString()));
        const Scenario::MergeResult merged = scenario.merge(document.object());
        for (const QString &warning : merged.warnings)
            std::fputs(qPrintable(u"cec-sim: warning: "_s + warning + u'\n'), stderr);
        if (!merged.errors.isEmpty())
            usageError(merged.errors.join(u"\ncec-sim: "_s));
        for (const QJsonValue &value : document.object().value(u"faults"_s).toArray()) {
            QString faultError;
            auto rule = FaultRule::fromJson(value.toObject(), &faultError);
            if (!rule)
                usageError(u"scenario fault: "_s + faultError);
            initialFaults.append(*rule);
        }
    }
    const auto readMs = [&](const QCommandLineOption &option, int &target) {
        if (!parser.isSet(option))
            return;
        bool ok = false;
        const int value = parser.value(option).toInt(&ok);
        if (!ok || value < 0)
            usageError(u"--%1 must be a non-negative integer"_s.arg(option.names().constFirst()));
        target = value;
    };
    readMs(pollHoldOption, scenario.pollHoldMs);
    readMs(eventHoldOption, scenario.clickToCall.eventHoldMs);

    QSslCertificate certificate;
    QSslKey key;
    if (tls) {
        QFile certFile(parser.value(certOption));
        QFile keyFile(parser.value(keyOption));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            usageError(u"cannot read the TLS certificate or key"_s);
        certificate = QSslCertificate(certFile.readAll(), QSsl::Pem);
        key = loadKey(keyFile.readAll());
        if (certificate.isNull() || key.isNull())
            usageError(u"the TLS certificate or key is not valid PEM"_s);
    }

    SimulatorServer simulator(scenario, credentials);
    for (const FaultRule &rule : std::as_const(initialFaults))
        simulator.faults().add(rule);
    const auto handler = [&simulator](HttpRequest request, PendingResponsePtr reply) {
        simulator.handle(std::move(request), reply);
    };

    HttpFront plain(false, handler);
    const quint16 httpPort = plain.listen(host, *port);
    if (httpPort == 0) {
        std::fputs(qPrintable(u"cec-sim: cannot listen on %1:%2\n"_s.arg(hostText).arg(*port)),
                   stderr);
        return 1;
    }
    // Printed addresses must be dialable, so a wildcard bind is shown as loopback.
    const QString shownHost =
        host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6 || host == QHostAddress::Any
            ? u"127.0.0.1"_s
            : (host.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(hostText)
                                                                : hostText);
    // QtHttpServer 6.4 hands WebSocket upgrades to an internal QWebSocketServer that cannot
    // negotiate the subprotocol "sip" JsSIP insists on, so the gateway has its own port.
    Gateway gateway(simulator.scenario(), agentMode, agentPath, parser.isSet(quietOption));
    const quint16 wsPort = gateway.listen(host, *gatewayPort);
    if (wsPort == 0) {
        std::fputs(
            qPrintable(u"cec-sim: cannot listen for the gateway on %1:%2\n"_s.arg(hostText).arg(
                *gatewayPort)),
            stderr);
        return 1;
    }
    gateway.setAgentAddress(u"ws://%1:%2/gateway/agent"_s.arg(shownHost).arg(wsPort));
    simulator.attachGateway(&gateway);
    QStringList gateways{u"ws://%1:%2/gateway"_s.arg(shownHost).arg(wsPort)};

    std::unique_ptr<HttpFront> secure;
    quint16 httpsPort = 0;
    if (tls) {
        secure = std::make_unique<HttpFront>(true, handler);
        secure->sslSetup(certificate, key);
        httpsPort = secure->listen(host, *tlsPort);
        if (httpsPort == 0) {
            std::fputs(
                qPrintable(
                    u"cec-sim: cannot listen for HTTPS on %1:%2\n"_s.arg(hostText).arg(*tlsPort)),
                stderr);
            return 1;
        }
        const quint16 wssPort = gateway.listenSecure(host, *gatewayTlsPort, certificate, key);
        if (wssPort == 0) {
            std::fputs(
                qPrintable(
                    u"cec-sim: cannot listen for the secure gateway on %1:%2\n"_s.arg(hostText).arg(
                        *gatewayTlsPort)),
                stderr);
            return 1;
        }
        gateways << u"wss://%1:%2/gateway"_s.arg(shownHost).arg(wssPort);
    }
    simulator.setGatewayAddresses(gateways);

    int fds[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) != 0) {
        std::perror("cec-sim: socketpair");
        return 1;
    }
    g_signalFd = fds[0];
    QSocketNotifier signalNotifier(fds[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(fds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action
    {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    gateway.start();
    printLine(u"cec-sim listening on http://%1:%2"_s.arg(shownHost).arg(httpPort));
    if (tls)
        printLine(u"cec-sim listening on https://%1:%2"_s.arg(shownHost).arg(httpsPort));
    const int code = QCoreApplication::exec();
    ::close(fds[0]);
    ::close(fds[1]);
    return code;
}
