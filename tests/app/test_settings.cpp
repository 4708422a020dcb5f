// Settings: what goes to the INI file, what never does, and the keychain with and without a
// Secret Service (a private D-Bus session per test process).
#include "appsettings.h"
#include "chatapplication.h"
#include "chatsession.h"
#include "chatwidget.h"
#include "chatwidgettesting_p.h"
#include "keyringsession.h"
#include "mainwindow.h"
#include "secretstore.h"
#include "settingsdialog.h"
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using cec::test::waitFor;

namespace {

constexpr auto secretValue = "s3cr3t-Value-That-Must-Not-Leak";

// Every file under `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

template <typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

cec::app::AppSettings sampleSettings()
{
    cec::app::AppSettings s;
    s.endpoint = QUrl(u"https://cec.example.com"_s);
    s.appKey = u"key-1"_s;
    s.credential = cec::app::AppSettings::Credential::TokenUrl;
    s.tokenUrl = QUrl(u"https://auth.example.com/token"_s);
    s.channelId = u"1011577355744904195"_s;
    s.customerId = u"c-0123456789abcdef"_s;
    s.displayName = u"Zhang Wei 张伟"_s;
    s.language = u"zh_CN"_s;
    s.proxy = cec::app::AppSettings::Proxy::Manual;
    s.proxyHost = u"proxy.example.com"_s;
    s.proxyPort = 3128;
    s.notifications = false;
    s.sounds = false;
    return s;
}

} // namespace

TEST(AppSettings, RoundTripThroughTheIniFile)
{
    QTemporaryDir dir;
    const cec::app::SettingsStore store(dir.path());
    const cec::app::AppSettings saved = sampleSettings();
    store.save(saved);

    const cec::app::AppSettings loaded = cec::app::SettingsStore(dir.path()).load();
    EXPECT_EQ(loaded.endpoint, saved.endpoint);
    EXPECT_EQ(loaded.appKey, saved.appKey);
    EXPECT_EQ(loaded.credential, saved.credential);
    EXPECT_EQ(loaded.tokenUrl, saved.tokenUrl);
    EXPECT_EQ(loaded.channelId, saved.channelId);
    EXPECT_EQ(loaded.customerId, saved.customerId);
    EXPECT_EQ(loaded.displayName, saved.displayName);
    EXPECT_EQ(loaded.language, saved.language);
    EXPECT_EQ(loaded.proxy, saved.proxy);
    EXPECT_EQ(loaded.proxyHost, saved.proxyHost);
    EXPECT_EQ(loaded.proxyPort, saved.proxyPort);
    EXPECT_FALSE(loaded.notifications);
    EXPECT_FALSE(loaded.sounds);

    QString problem;
    const cec::ClientConfig client = loaded.clientConfig({}, &problem);
    EXPECT_TRUE(problem.isEmpty()) << problem.toStdString();
    ASSERT_TRUE(client.proxy.has_value());
    EXPECT_EQ(client.proxy->hostName(), u"proxy.example.com"_s);
    EXPECT_EQ(client.proxy->port(), 3128);
    EXPECT_EQ(client.tokenUrl, saved.tokenUrl);
    EXPECT_TRUE(client.appSecret.isEmpty());
}

TEST(AppSettings, CustomerIdIsGeneratedOnceAndKept)
{
    QTemporaryDir dir;
    const QString first = cec::app::SettingsStore(dir.path()).load().customerId;
    const QString second = cec::app::SettingsStore(dir.path()).load().customerId;
    EXPECT_FALSE(first.isEmpty());
    EXPECT_LE(first.size(), 24);
    EXPECT_EQ(first, second);
    QTemporaryDir other;
    EXPECT_NE(cec::app::SettingsStore(other.path()).load().customerId, first);
}

TEST(SettingsDialog, RefusesAFileThatIsNoPemCertificate)
{
    QTemporaryDir dir;
    QFile notPem(dir.filePath(u"ca.pem"_s));
    ASSERT_TRUE(notPem.open(QIODevice::WriteOnly));
    notPem.write("this is not a certificate\n");
    notPem.close();

    cec::app::AppSettings s = sampleSettings();
    s.caFile = notPem.fileName();
    cec::app::SettingsDialog dialog(s, false);
    dialog.show();
    EXPECT_TRUE(dialog.validationError().contains(u"CA file"_s))
        << dialog.validationError().toStdString();
    child<QPushButton>(&dialog, "okButton")->click();
    EXPECT_TRUE(dialog.isVisible()) << "accepted an unreadable CA file";
    EXPECT_TRUE(child<QLabel>(&dialog, "errorLabel")->isVisible());

    child<QLineEdit>(&dialog, "caFileEdit")->clear();
    EXPECT_TRUE(dialog.validationError().isEmpty()) << dialog.validationError().toStdString();
}

TEST(SettingsDialog, AppSecretIsRequiredUnlessATokenUrlIsUsed)
{
    cec::app::AppSettings s = sampleSettings();
    s.credential = cec::app::AppSettings::Credential::AppSecret;
    cec::app::SettingsDialog dialog(s, false);
    EXPECT_FALSE(dialog.validationError().isEmpty());
    child<QLineEdit>(&dialog, "appSecretEdit")->setText(u"x"_s);
    EXPECT_TRUE(dialog.validationError().isEmpty()) << dialog.validationError().toStdString();
    EXPECT_EQ(dialog.enteredSecret(), u"x"_s);
    child<QRadioButton>(&dialog, "tokenUrlRadio")->setChecked(true);
    EXPECT_TRUE(dialog.enteredSecret().isEmpty()) << "a secret leaks out in token URL mode";
    EXPECT_EQ(dialog.settings().credential, cec::app::AppSettings::Credential::TokenUrl);
}

// Without a Secret Service: the app says so, keeps the secret for this run (and connects with
// it), and writes it nowhere.
TEST(Keychain, WithoutASecretServiceTheSecretStaysInMemoryOnly)
{
    if (cec::test::KeyringSession::alreadyUsed())
        GTEST_SKIP() << "needs a private bus of its own: run it alone (ctest does)";
    cec::test::KeyringSession session;
    QString error;
    ASSERT_TRUE(session.startBus(&error)) << error.toStdString(); // a bus with no keyring on it
    cec::test::SimulatorProcess simulator;
    ASSERT_TRUE(simulator.start(&error)) << error.toStdString();
    const QUrl endpoint = simulator.httpUrl();

    QTemporaryDir dir;
    cec::app::AppOptions options;
    options.settingsDir = dir.path();
    options.language = u"en"_s;
    cec::app::ChatApplication app(options);
    QStringList messages;
    QObject::connect(&app, &cec::app::ChatApplication::messageShown,
                     [&messages](const QString &text) { messages << text; });
    app.openSettings();
    auto *dialog = app.settingsDialog();
    ASSERT_NE(dialog, nullptr);
    child<QLineEdit>(dialog, "endpointEdit")->setText(endpoint.toString());
    child<QLineEdit>(dialog, "appKeyEdit")->setText(u"cec-demo-app"_s);
    child<QRadioButton>(dialog, "appSecretRadio")->setChecked(true);
    child<QLineEdit>(dialog, "appSecretEdit")->setText(u"cec-demo-secret"_s);
    child<QLineEdit>(dialog, "channelIdEdit")->setText(u"1011577355744904195"_s);
    child<QPushButton>(dialog, "okButton")->click();

    ASSERT_TRUE(waitFor([&] { return !messages.isEmpty(); }))
        << "no message about the missing keyring";
    EXPECT_TRUE(messages.first().contains(u"no keyring"_s)) << messages.first().toStdString();

    const QString key = cec::app::SecretStore::keyFor(endpoint, u"cec-demo-app"_s);
    EXPECT_EQ(app.secretStore().cached(key), u"cec-demo-secret"_s)
        << "the secret was not kept for this run";
    // ... and the chat connects with it.
    ASSERT_TRUE(waitFor([&] { return app.chatWidget() != nullptr; }));
    EXPECT_TRUE(waitFor([&] {
        const auto shown = chatSessionOf(*app.chatWidget()).messages();
        return std::any_of(shown.begin(), shown.end(), [](const cec::ChatMessage &m) {
            return m.source == cec::protocol::SourceType::Robot;
        });
    })) << "no bot greeting";

    const cec::app::AppSettings saved = cec::app::SettingsStore(dir.path()).load();
    EXPECT_EQ(saved.appKey, u"cec-demo-app"_s);
    EXPECT_EQ(saved.endpoint, endpoint);
    app.mainWindow().close(); // flushes the conversation store
    const QStringList leaks = filesContaining(dir.path(), "cec-demo-secret");
    EXPECT_TRUE(leaks.isEmpty()) << leaks.join(u", "_s).toStdString();

    // A fresh store (the next run) does not know it.
    bool done = false;
    cec::app::SecretStore nextRun;
    cec::app::SecretStore::ReadResult result;
    nextRun.read(key, [&](cec::app::SecretStore::ReadResult r) {
        result = r;
        done = true;
    });
    ASSERT_TRUE(waitFor([&] { return done; }));
    EXPECT_FALSE(result.secret.has_value());
    EXPECT_FALSE(result.error.isEmpty());
}

// With an unlocked gnome-keyring on a private bus: the secret goes there, not to the INI file.
TEST(Keychain, SecretRoundTripsThroughTheKeyring)
{
    if (!cec::test::KeyringSession::keyringAvailable())
        GTEST_SKIP() << "dbus-daemon or gnome-keyring-daemon is not installed";
    if (cec::test::KeyringSession::alreadyUsed())
        GTEST_SKIP() << "needs a private bus of its own: run it alone (ctest does)";
    cec::test::KeyringSession session;
    QString error;
    ASSERT_TRUE(session.startBus(&error)) << error.toStdString();
    ASSERT_TRUE(session.startKeyring(&error)) << error.toStdString();

    const QString key =
        cec::app::SecretStore::keyFor(QUrl(u"https://cec.example.com"_s), u"key-1"_s);
    {
        cec::app::SecretStore store;
        bool written = false;
        QString writeError = u"pending"_s;
        store.write(key, QString::fromLatin1(secretValue), [&](const QString &e) {
            writeError = e;
            written = true;
        });
        ASSERT_TRUE(waitFor([&] { return written; }));
        ASSERT_TRUE(writeError.isEmpty()) << writeError.toStdString();
    }
    cec::app::SecretStore nextRun; // nothing cached: the value must come from the keyring
    bool done = false;
    cec::app::SecretStore::ReadResult result;
    nextRun.read(key, [&](cec::app::SecretStore::ReadResult r) {
        result = r;
        done = true;
    });
    ASSERT_TRUE(waitFor([&] { return done; }));
    EXPECT_TRUE(result.error.isEmpty()) << result.error.toStdString();
    EXPECT_EQ(result.secret, QString::fromLatin1(secretValue));

    bool removed = false;
    nextRun.remove(key, [&](const QString &) { removed = true; });
    ASSERT_TRUE(waitFor([&] { return removed; }));
}
