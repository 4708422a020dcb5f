// Issue 8: no secret or token value ever appears in what the client writes, even with every log
// category at debug. A whole chat (bot, agent, a token expiry and rotations) and a voice call run
// against the real cec-sim with its gateway and agent media peer (private loopback-only network
// namespace); then the app secret and every AccessToken and ccmessaging-token the simulator issued
// (GET /sim/tokens), raw and in their obvious encodings, are looked for in the captured log output
// (every Qt message; the call page's console reaches it through cec.media.page), the conversation
// store, the exported transcripts and every settings, data and cache file; and likewise in the
// stderr/stdout of the real cec-chat process run with QT_LOGGING_RULES="*.debug=true".
#include "appsettings.h"
#include "chatsession.h"
#include "chatwidget.h"
#include "chatwidgetconfig_p.h"
#include "chatwidgettesting_p.h"
#include "simulatorappsettings.h"
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QAbstractButton>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace cec::test {
namespace {

const QString kUser = u"secrets-user"_s;

// Every message of every category, as it would have been printed.
QMutex g_logMutex;
QStringList g_log;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&g_logMutex);
    g_log.append(QString::fromUtf8(context.category ? context.category : "default") + u": "_s +
                 message);
}

QString capturedLog()
{
    const QMutexLocker lock(&g_logMutex);
    return g_log.join(u'\n');
}

// A secret and the forms it could take in a log line or a file.
QStringList encodingsOf(const QString &secret)
{
    QStringList forms{secret, QUrl::fromPercentEncoding(secret.toUtf8()),
                      QString::fromLatin1(QUrl::toPercentEncoding(secret)),
                      QString::fromLatin1(secret.toUtf8().toBase64()),
                      QString::fromLatin1(secret.toUtf8().toBase64(
                          QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))};
    forms.removeDuplicates();
    return forms;
}

// Every file under `directory`, as text (UTF-8 and Latin-1 alike: a token is ASCII).
QList<std::pair<QString, QString>> filesUnder(const QString &directory)
{
    QList<std::pair<QString, QString>> files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.append({file.fileName(), QString::fromLatin1(file.readAll())});
    }
    return files;
}

class SecretsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("CEC_CALLUI_PLUGIN", CEC_CALLUI_PLUGIN_PATH);
        m_sim = std::make_unique<SimulatorProcess>(SimulatorProcess::withMediaAgent());
        QString error;
        ASSERT_TRUE(m_sim->start(&error)) << error.toStdString();
        m_sim->configure({{u"queueLength"_s, 0},
                          {u"agentReplyDelayMs"_s, 50},
                          {u"rotateMessagingTokenEvery"_s, 5}, // several messaging tokens
                          {u"clickToCall"_s, QJsonObject{{u"webRtcSupported"_s, true},
                                                         {u"clickToCallSupported"_s, true},
                                                         {u"queueEvents"_s, 1},
                                                         {u"queueStepMs"_s, 300},
                                                         {u"eventHoldMs"_s, 2000},
                                                         {u"outcome"_s, u"setup"_s},
                                                         {u"answerDelayMs"_s, 0},
                                                         {u"mediaFailure"_s, u"none"_s}}}});
        ASSERT_TRUE(m_storage.isValid());
        ASSERT_TRUE(m_files.isValid());
    }

    void TearDown() override
    {
        m_widget.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules({});
        m_sim.reset();
    }

    // The app secret and every token the simulator issued, each in its encodings.
    QStringList secrets(int *accessTokens = nullptr, int *messagingTokens = nullptr)
    {
        const QJsonObject issued = m_sim->control("GET", u"/sim/tokens"_s);
        QStringList values{m_sim->clientConfig(kUser).appSecret};
        for (const QString &kind : {u"access"_s, u"messaging"_s}) {
            const QJsonArray tokens = issued.value(kind).toArray();
            if (kind == "access"_L1 && accessTokens)
                *accessTokens = int(tokens.size());
            if (kind == "messaging"_L1 && messagingTokens)
                *messagingTokens = int(tokens.size());
            for (const QJsonValue &token : tokens)
                values.append(token.toString());
        }
        QStringList forms;
        for (const QString &value : std::as_const(values)) {
            EXPECT_GE(value.size(), 12) << "too short to look for: " << value.toStdString();
            forms += encodingsOf(value);
        }
        return forms;
    }

    // Where the text `where` shows any secret form: "" if nowhere.
    static std::string leaks(const QString &where, const QString &text, const QStringList &forms)
    {
        std::string found;
        for (const QString &form : forms) {
            const qsizetype at = text.indexOf(form);
            if (at >= 0) {
                found +=
                    where.toStdString() + " contains \"" + form.toStdString() + "\": …" +
                    text.mid(std::max<qsizetype>(0, at - 60), form.size() + 120).toStdString() +
                    "…\n";
            }
        }
        return found;
    }

    template <typename T = QWidget> T *child(const QString &name) const
    {
        T *found = m_widget->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }

    bool clickWhenVisible(const QString &name)
    {
        auto *button = child<QAbstractButton>(name);
        if (!button || !waitFor([&] { return button->isVisible() && button->isEnabled(); }, 60000))
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    bool shows(const QString &text) const
    {
        const QAbstractItemModel *model = child<QListView>(u"messageList"_s)->model();
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->index(i, 0).data(Qt::DisplayRole).toString() == text)
                return true;
        }
        return false;
    }

    void agentSays(const QString &text)
    {
        m_sim->control("POST", u"/sim/agent/say"_s, {{u"userId"_s, kUser}, {u"text"_s, text}});
        ASSERT_TRUE(waitFor([&] { return shows(text); })) << text.toStdString();
    }

    std::unique_ptr<SimulatorProcess> m_sim;
    QTemporaryDir m_storage;
    QTemporaryDir m_files;
    std::unique_ptr<ChatWidget> m_widget;
};

TEST_F(SecretsTest, ChatAndCallWithEveryCategoryAtDebugLeaveNoSecretInLogsStoreOrTranscripts)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);

    ChatWidgetConfig config;

    auto &data = ChatWidgetConfigPrivate::get(config);
    data.client = m_sim->clientConfig(kUser); // with the app secret: tokenByAkSk
    data.session.pollInterval = 100ms;
    data.session.queueInfoInterval = 200ms;
    data.storageDirectory = m_storage.path();
    data.notifications = false;
    data.sounds = false;
    data.calls = true;
    m_widget = std::make_unique<ChatWidget>(config);
    m_widget->resize(640, 720);
    m_widget->show();
    m_widget->start();

    // Bot, then a typed message, then the agent.
    ASSERT_TRUE(waitFor([&] {
        return chatSessionOf(*m_widget).state() == ChatSession::State::Connected;
    })) << capturedLog().right(3000).toStdString();
    auto *editor = child<QPlainTextEdit>(u"composerEdit"_s);
    editor->setFocus();
    const QString typed = u"What are your opening hours?"_s;
    editor->setPlainText(typed);
    QTest::keyClick(editor, Qt::Key_Return);
    ASSERT_TRUE(waitFor([&] { return shows(typed); }));
    ASSERT_TRUE(clickWhenVisible(u"agentButton"_s));
    ASSERT_TRUE(
        waitFor([&] { return chatSessionOf(*m_widget).state() == ChatSession::State::WithAgent; }));
    ASSERT_NO_FATAL_FAILURE(agentSays(u"Hello, this is the agent."_s));

    // Every token expires: the client fetches new ones (and logs whatever it logs about that).
    m_sim->control("POST", u"/sim/tokens/expire"_s, {{u"which"_s, u"both"_s}});
    ASSERT_NO_FATAL_FAILURE(agentSays(u"Still there after the tokens expired?"_s));

    // A voice call, in call, then hung up.
    ASSERT_TRUE(clickWhenVisible(u"voiceCallButton"_s));
    auto *status = child<QLabel>(u"callStatusLabel"_s);
    ASSERT_TRUE(waitFor([&] { return status->text() == u"In call"_s; }, 60000))
        << status->text().toStdString();
    ASSERT_NO_FATAL_FAILURE(agentSays(u"I can hear you."_s));
    QSignalSpy callEnded(m_widget.get(), &ChatWidget::callEndFinished);
    m_widget->endCall();
    ASSERT_TRUE(waitFor([&] { return !callEnded.isEmpty(); }));

    const QString txt = m_files.filePath(u"transcript.txt"_s);
    const QString html = m_files.filePath(u"transcript.html"_s);
    QString error;
    ASSERT_TRUE(m_widget->exportTranscript(txt, &error)) << error.toStdString();
    ASSERT_TRUE(m_widget->exportTranscript(html, &error)) << error.toStdString();
    // Deleted with the chat still open (as when the app quits): the store keeps the conversation
    // (an ended one is cleared).
    m_widget.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    int accessTokens = 0;
    int messagingTokens = 0;
    const QStringList forms = secrets(&accessTokens, &messagingTokens);
    EXPECT_GE(accessTokens, 2);    // the first and the one after the expiry
    EXPECT_GE(messagingTokens, 3); // and rotations
    std::printf("[ measure  ] looked for the app secret, %d access and %d messaging tokens "
                "(%lld forms)\n",
                accessTokens, messagingTokens, static_cast<long long>(forms.size()));

    // The capture is real: debug output of the client and of the call page came through it.
    const QString log = capturedLog();
    EXPECT_TRUE(log.contains(u"cec.core.auth: "_s)) << log.right(3000).toStdString();
    EXPECT_TRUE(log.contains(u"cec.media.page: "_s)) << log.right(3000).toStdString();
    std::printf("[ measure  ] captured %lld log lines (%lld characters)\n",
                static_cast<long long>(log.count(u'\n') + 1), static_cast<long long>(log.size()));
    EXPECT_EQ(leaks(u"the log"_s, log, forms), "");

    const auto stored = filesUnder(m_storage.path());
    EXPECT_FALSE(stored.isEmpty()) << "no conversation store written";
    for (const auto &[path, text] : stored)
        EXPECT_EQ(leaks(path, text, forms), "");
    for (const auto &[path, text] : filesUnder(m_files.path()))
        EXPECT_EQ(leaks(path, text, forms), "");
    // Whatever the widget or Qt wrote to the user's configuration, data and cache directories.
    for (const auto location : {QStandardPaths::AppConfigLocation, QStandardPaths::AppDataLocation,
                                QStandardPaths::CacheLocation}) {
        for (const auto &[path, text] : filesUnder(QStandardPaths::writableLocation(location)))
            EXPECT_EQ(leaks(path, text, forms), "");
    }
}

// The real cec-chat process, every category at debug through QT_LOGGING_RULES: a chat and a voice
// call (--call voice), the agent speaking, then SIGTERM. Its stderr and stdout, its settings
// directory and its XDG data, cache and config directories hold no token.
TEST_F(SecretsTest, CecChatProcessAtDebugPrintsAndWritesNoToken)
{
    QTemporaryDir settingsDir;
    QTemporaryDir xdg;
    ASSERT_TRUE(settingsDir.isValid() && xdg.isValid());
    const app::AppSettings settings = simulatorAppSettings(*m_sim, kUser);
    app::SettingsStore(settingsDir.path()).save(settings);

    QProcess chat;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, xdg.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, xdg.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, xdg.filePath(u"cache"_s));
    chat.setProcessEnvironment(environment);
    chat.setProcessChannelMode(QProcess::SeparateChannels);
    QByteArray out;
    QByteArray err;
    QObject::connect(&chat, &QProcess::readyReadStandardOutput,
                     [&] { out += chat.readAllStandardOutput(); });
    QObject::connect(&chat, &QProcess::readyReadStandardError,
                     [&] { err += chat.readAllStandardError(); });
    chat.start(QString::fromUtf8(CEC_CHAT_PATH), {u"--settings-dir"_s, settingsDir.path(),
                                                  u"--lang"_s, u"en"_s, u"--call"_s, u"voice"_s});
    ASSERT_TRUE(chat.waitForStarted(10000)) << chat.errorString().toStdString();
    // In call: the customer acknowledged the agent's 200 OK.
    ASSERT_TRUE(waitFor(
        [&] {
            const QJsonArray messages = m_sim->sipMessages(kUser);
            return std::any_of(messages.begin(), messages.end(), [](const QJsonValue &m) {
                return m[u"from"_s].toString() == "customer"_L1 &&
                       m[u"method"_s].toString() == "ACK"_L1;
            });
        },
        60000))
        << "cec-chat did not get into the call\n"
        << err.right(3000).toStdString();
    // The agent speaks (the customer's chat was moved to the agent by the call) and the message
    // is fetched; a token rotation on the way.
    m_sim->control("POST", u"/sim/tokens/rotate"_s, {{u"userId"_s, kUser}});
    m_sim->control("POST", u"/sim/agent/say"_s,
                   {{u"userId"_s, kUser}, {u"text"_s, u"Hello from the agent"_s}});
    ASSERT_TRUE(waitFor([&] {
        const QJsonObject state = m_sim->control("GET", u"/sim/state?userId="_s + kUser);
        return state.value(u"pendingDownlinks"_s).toInt(-1) == 0;
    }));
    ::kill(pid_t(chat.processId()), SIGTERM);
    ASSERT_TRUE(waitFor([&] { return chat.state() == QProcess::NotRunning; }, 20000));
    out += chat.readAllStandardOutput();
    err += chat.readAllStandardError();

    int accessTokens = 0;
    int messagingTokens = 0;
    const QStringList forms = secrets(&accessTokens, &messagingTokens);
    EXPECT_GE(accessTokens, 1);
    EXPECT_GE(messagingTokens, 2);
    const QString stderrText = QString::fromLatin1(err);
    // Debug output really was on.
    EXPECT_TRUE(stderrText.contains(u"cec.core"_s) ||
                stderrText.contains(u"debug"_s, Qt::CaseInsensitive))
        << stderrText.left(3000).toStdString();
    std::printf("[ measure  ] cec-chat at debug: %lld bytes of stderr, %lld of stdout\n",
                static_cast<long long>(err.size()), static_cast<long long>(out.size()));
    EXPECT_EQ(leaks(u"cec-chat's stderr"_s, stderrText, forms), "");
    EXPECT_EQ(leaks(u"cec-chat's stdout"_s, QString::fromLatin1(out), forms), "");
    // The settings and the conversation store (conversations/ in the settings directory), and
    // whatever went to the XDG directories.
    const auto written = filesUnder(settingsDir.path()) + filesUnder(xdg.path());
    const bool storeWritten = std::any_of(written.cbegin(), written.cend(), [](const auto &file) {
        return file.first.contains(u"/conversations/"_s);
    });
    EXPECT_TRUE(storeWritten);
    for (const auto &[path, text] : written) {
        std::printf("[ measure  ] scanned %s (%lld bytes)\n", qPrintable(path),
                    static_cast<long long>(text.size()));
        EXPECT_EQ(leaks(path, text, forms), "");
    }
}

} // namespace
} // namespace cec::test
