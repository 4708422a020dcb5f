#include "simulatorprocess.h"

#include "waitfor.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <csignal>
#include <sys/prctl.h>

namespace cec::test {
namespace {

using namespace Qt::StringLiterals;

constexpr int kStartTimeoutMs = 30000;
constexpr int kAgentStartTimeoutMs = 60000; // Chromium on a loaded two-core machine
constexpr int kControlTimeoutMs = 10000;

bool runOpenssl(const QStringList &arguments, const QString &workDir, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(workDir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        if (error)
            *error = u"openssl "_s + arguments.join(u' ') + u" failed: "_s +
                     QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    return true;
}

} // namespace

SimulatorProcess::SimulatorProcess()
    : SimulatorProcess(Options{})
{}

SimulatorProcess::SimulatorProcess(Options options)
    : m_options(std::move(options))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // A test that crashes must not leave its simulator running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

SimulatorProcess::~SimulatorProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

QString SimulatorProcess::executablePath()
{
    const QByteArray fromEnvironment = qgetenv("CEC_SIM");
    return fromEnvironment.isEmpty() ? QStringLiteral(CEC_SIM_PATH)
                                     : QString::fromLocal8Bit(fromEnvironment);
}

QString SimulatorProcess::caCertificateFile() const
{
    return m_certDir ? m_certDir->filePath(u"ca.pem"_s) : QString();
}

bool SimulatorProcess::generateCertificates(QString *error)
{
    // A throw-away CA and a server certificate for 127.0.0.1, made fresh for each test.
    m_certDir = std::make_unique<QTemporaryDir>();
    const QString dir = m_certDir->path();
    QFile extensions(m_certDir->filePath(u"server.ext"_s));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                     "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                     "extendedKeyUsage=serverAuth\n");
    extensions.close();
    const bool made =
        runOpenssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                    u"2"_s, u"-subj"_s, u"/CN=cec-widget test CA"_s, u"-keyout"_s, u"ca.key"_s,
                    u"-out"_s, u"ca.pem"_s},
                   dir, error) &&
        runOpenssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s,
                    u"/CN=127.0.0.1"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s},
                   dir, error) &&
        runOpenssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s,
                    u"-CAkey"_s, u"ca.key"_s, u"-CAcreateserial"_s, u"-days"_s, u"2"_s,
                    u"-extfile"_s, u"server.ext"_s, u"-out"_s, u"server.pem"_s},
                   dir, error);
    if (made)
        m_caCertificates = QSslCertificate::fromPath(caCertificateFile());
    return made && !m_caCertificates.isEmpty();
}

bool SimulatorProcess::start(QString *error)
{
    QStringList arguments{u"--port"_s, u"0"_s};
    if (m_options.tls) {
        if (!generateCertificates(error))
            return false;
        arguments << u"--tls-cert"_s << m_certDir->filePath(u"server.pem"_s) << u"--tls-key"_s
                  << m_certDir->filePath(u"server.key"_s) << u"--tls-port"_s << u"0"_s;
    }
    if (!m_options.scenarioFile.isEmpty())
        arguments << u"--scenario"_s << m_options.scenarioFile;
    arguments << u"--media-agent"_s
              << (m_options.mediaAgent == MediaAgent::Ready ? u"eager"_s : u"off"_s);
    arguments << m_options.extraArguments;

    QObject::connect(&m_process, &QProcess::readyRead, &m_process,
                     [this] { m_output += m_process.readAll(); });
    m_process.start(executablePath(), arguments);
    if (!m_process.waitForStarted(kStartTimeoutMs)) {
        if (error)
            *error = u"cannot start "_s + executablePath() + u": "_s + m_process.errorString();
        return false;
    }

    static const QRegularExpression listening(
        uR"(cec-sim listening on (https?)://127\.0\.0\.1:(\d+))"_s);
    const bool ready = waitFor(
        [&] {
            m_output += m_process.readAll();
            auto matches = listening.globalMatch(QString::fromUtf8(m_output));
            while (matches.hasNext()) {
                const auto match = matches.next();
                QUrl url;
                url.setScheme(match.captured(1));
                url.setHost(u"127.0.0.1"_s);
                url.setPort(match.captured(2).toInt());
                (match.captured(1) == u"https"_s ? m_httpsUrl : m_httpUrl) = url;
            }
            return m_process.state() != QProcess::Running ||
                   (m_httpUrl.isValid() && (!m_options.tls || m_httpsUrl.isValid()));
        },
        kStartTimeoutMs);
    if (!ready || m_process.state() != QProcess::Running) {
        if (error)
            *error = u"cec-sim did not report listening: "_s + QString::fromUtf8(m_output);
        return false;
    }
    return m_options.mediaAgent == MediaAgent::Off || waitForMediaAgent(error);
}

bool SimulatorProcess::waitForMediaAgent(QString *error)
{
    QString agent;
    const bool ready = waitFor(
        [&] {
            agent = control("GET", u"/sim/media"_s).value(u"agent"_s).toString();
            return agent == u"ready"_s || agent == u"unavailable"_s ||
                   m_process.state() != QProcess::Running;
        },
        kAgentStartTimeoutMs);
    if (ready && agent == u"ready"_s)
        return true;
    if (error)
        *error = u"the simulator's agent media peer is not ready ("_s + agent + u"): "_s +
                 QString::fromUtf8(m_output);
    return false;
}

ClientConfig SimulatorProcess::clientConfig(const QString &userId, bool overTls) const
{
    ClientConfig config;
    config.baseUrl = overTls ? m_httpsUrl : m_httpUrl;
    config.appKey = u"cec-demo-app"_s;
    config.appSecret = u"cec-demo-secret"_s;
    config.channelId = u"1011577355744904195"_s;
    config.userId = userId;
    config.userName = u"Test Customer"_s;
    config.locale = u"en"_s;
    if (overTls)
        config.extraCaCertificates = m_caCertificates;
    return config;
}

QJsonObject SimulatorProcess::control(const QByteArray &method, const QString &path,
                                      const QJsonObject &body)
{
    QNetworkAccessManager network;
    QUrl url = m_httpUrl;
    const qsizetype queryStart = path.indexOf(u'?');
    url.setPath(path.left(queryStart));
    if (queryStart >= 0)
        url.setQuery(path.mid(queryStart + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(kControlTimeoutMs);
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = network.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(answer).object();
}

QJsonArray SimulatorProcess::requests(const QString &pathFilter)
{
    QString path = u"/sim/requests"_s;
    if (!pathFilter.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(u"path"_s, pathFilter);
        path += u'?' + query.toString(QUrl::FullyEncoded);
    }
    return control("GET", path).value(u"requests"_s).toArray();
}

void SimulatorProcess::clearRequests()
{
    control("DELETE", u"/sim/requests"_s);
}
void SimulatorProcess::injectFault(const QJsonObject &fault)
{
    control("POST", u"/sim/faults"_s, fault);
}
void SimulatorProcess::configure(const QJsonObject &config)
{
    control("POST", u"/sim/config"_s, config);
}

QByteArray SimulatorProcess::output() const
{
    return m_output;
}

QJsonArray SimulatorProcess::sipMessages(const QString &userId)
{
    return control("GET", u"/sim/sip?userId="_s + userId)[u"messages"_s].toArray();
}

bool SimulatorProcess::customerDialogClosed(const QJsonArray &sipMessages)
{
    return std::any_of(sipMessages.begin(), sipMessages.end(), [](const QJsonValue &message) {
        const bool fromCustomer = message[u"from"_s].toString() == "customer"_L1;
        return fromCustomer && (message[u"method"_s].toString() == "BYE"_L1 ||
                                (message[u"cseqMethod"_s].toString() == "BYE"_L1 &&
                                 message[u"status"_s].toInt() == 200));
    });
}

} // namespace cec::test
