#include "chatapplication.h"

#include "applogging.h"
#include "chatwidget.h"
#include "demosimulator.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "secretstore.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace cec::app {

namespace {
// The call's own hang-up is bounded at about 2 s; this is only the net under it.
constexpr auto kQuitBound = std::chrono::milliseconds(2500);
} // namespace

ChatApplication::ChatApplication(AppOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(m_options.settingsDir)
    , m_secrets(std::make_unique<SecretStore>())
    , m_window(std::make_unique<MainWindow>())
{
    const QIcon icon = QIcon::fromTheme(u"internet-chat"_s,
                                        qApp->style()->standardIcon(QStyle::SP_MessageBoxQuestion));
    m_window->setWindowIcon(icon);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_trayIcon = std::make_unique<QSystemTrayIcon>(icon);
        connect(m_trayIcon.get(), &QSystemTrayIcon::activated, m_window.get(), [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        auto *trayMenu = new QMenu(m_window.get());
        trayMenu->setObjectName(u"trayMenu"_s);
        trayMenu->addAction(tr("&Show"), m_window.get(), [this] {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        });
        QAction *quit = trayMenu->addAction(tr("&Quit"), this, &ChatApplication::requestQuit);
        quit->setObjectName(u"trayQuitAction"_s);
        m_trayIcon->setContextMenu(trayMenu);
        m_trayIcon->show();
        m_window->setTrayIcon(m_trayIcon.get());
    }
    connect(m_window.get(), &MainWindow::settingsRequested, this, &ChatApplication::openSettings);
    connect(m_window.get(), &MainWindow::demoRequested, this, &ChatApplication::startDemo);
    m_window->installEventFilter(this);
}

ChatApplication::~ChatApplication()
{
    m_window->removeChatWidget();
    stopDemo();
}

ChatWidget *ChatApplication::chatWidget() const
{
    return m_window->chatWidget();
}

FirstRunDialog *ChatApplication::firstRunDialog() const
{
    return m_firstRun;
}

SettingsDialog *ChatApplication::settingsDialog() const
{
    return m_settingsDialog;
}

void ChatApplication::start()
{
    m_window->show();
    if (m_options.demo) {
        startDemo();
        return;
    }
    if (m_store.load().isConfigured())
        connectConfigured();
    else
        showFirstRun();
}

void ChatApplication::showFirstRun()
{
    m_window->showStatus(tr("Not connected."), true);
    auto *dialog = new FirstRunDialog(m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FirstRunDialog::demoChosen, this, &ChatApplication::startDemo);
    connect(dialog, &FirstRunDialog::connectChosen, this, &ChatApplication::openSettings);
    m_firstRun = dialog;
    dialog->open();
}

void ChatApplication::startDemo()
{
    stopDemo();
    m_window->setTitleSuffix(tr("Demo"));
    m_window->showStatus(tr("Starting the demo contact centre…"), false);
    // A fresh simulator knows nothing of an earlier demo conversation: start that one empty too.
    QDir(m_store.demoConversationDirectory()).removeRecursively();

    m_demo = std::make_unique<DemoSimulator>();
    connect(m_demo.get(), &DemoSimulator::failed, this,
            [this](const QString &message) { m_window->showStatus(message, true); });
    connect(m_demo.get(), &DemoSimulator::ready, this, [this](const QUrl &url) {
        const AppSettings settings = m_store.load();
        startChat(
            m_demo->clientConfig(settings.customerId, displayName(settings), m_options.language),
            m_store.demoConversationDirectory());
        // For scripts that drive the demo through the simulator's control API.
        std::fprintf(stdout, "cec-chat demo: simulator %s customer %s\n",
                     qPrintable(url.toString()), qPrintable(settings.customerId));
        std::fflush(stdout);
        Q_EMIT demoReady(url, settings.customerId);
    });
    m_demo->start();
}

void ChatApplication::stopDemo()
{
    if (!m_demo)
        return;
    if (m_window->chatWidget())
        m_window->removeChatWidget();
    m_demo.reset();
}

void ChatApplication::connectConfigured()
{
    stopDemo();
    m_window->setTitleSuffix({});
    const AppSettings settings = m_store.load();
    if (!settings.isConfigured()) {
        showFirstRun();
        return;
    }
    if (settings.credential == AppSettings::Credential::TokenUrl) {
        applySettings(settings, {});
        return;
    }
    m_window->showStatus(tr("Reading the app secret from the keyring…"), false);
    const QString key = SecretStore::keyFor(settings.endpoint, settings.appKey);
    m_secrets->read(key, [this, settings](SecretStore::ReadResult result) {
        if (result.secret)
            applySettings(settings, *result.secret);
        else
            askForSecret(settings, result.error);
    });
}

void ChatApplication::askForSecret(const AppSettings &settings, const QString &reason)
{
    m_window->showStatus(reason.isEmpty() ? tr("The app secret is needed to connect.") : reason,
                         true);
    auto *prompt = new QInputDialog(m_window.get());
    prompt->setObjectName(u"secretPrompt"_s);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowTitle(tr("App secret"));
    prompt->setLabelText((reason.isEmpty() ? QString() : reason + u"\n\n"_s) +
                         tr("Enter the app secret for %1 (app key %2):")
                             .arg(settings.endpoint.toDisplayString(), settings.appKey));
    prompt->setTextEchoMode(QLineEdit::Password);
    prompt->setAccessibleName(tr("App secret"));
    connect(prompt, &QInputDialog::textValueSelected, this,
            [this, settings](const QString &secret) {
                if (secret.isEmpty())
                    return;
                m_secrets->keepForThisRun(SecretStore::keyFor(settings.endpoint, settings.appKey),
                                          secret);
                applySettings(settings, secret);
            });
    prompt->open();
}

void ChatApplication::applySettings(const AppSettings &settings, const QString &secret)
{
    QString problem;
    ClientConfig client = settings.clientConfig(secret, &problem);
    client.locale = m_options.language; // the language the user reads the chat in
    if (!problem.isEmpty()) {
        m_window->showStatus(tr("The settings are incomplete: %1").arg(problem), true);
        return;
    }
    startChat(client, m_store.conversationDirectory());
}

void ChatApplication::startChat(const ClientConfig &client, const QString &storageDirectory)
{
    const AppSettings settings = m_store.load();
    // Through the widget's public configuration only, like any host.
    ChatWidgetConfig config;
    config.setServiceUrl(client.baseUrl);
    config.setAppKey(client.appKey);
    config.setAppSecret(client.appSecret);
    config.setTokenUrl(client.tokenUrl);
    config.setChannelId(client.channelId);
    config.setCustomerId(client.userId);
    config.setCustomerName(client.userName);
    config.setLocale(client.locale);
    config.setExtraCaCertificates(client.extraCaCertificates);
    if (client.proxy)
        config.setProxy(*client.proxy);
    config.setStorageDirectory(storageDirectory);
    config.setNotificationsEnabled(settings.notifications);
    config.setSoundsEnabled(settings.sounds);
    config.setCallsEnabled(m_options.calls); // offered only when the tenant supports click-to-call
    auto *chat = new ChatWidget(config);
    chat->setObjectName(u"chatWidget"_s);
    m_window->setChatWidget(chat);
    chat->start();
    if (const auto call = std::exchange(m_options.call, std::nullopt))
        chat->startCall(*call);
}

void ChatApplication::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    const AppSettings current = m_store.load();
    const bool secretKnown =
        current.isConfigured() &&
        m_secrets->cached(SecretStore::keyFor(current.endpoint, current.appKey)).has_value();
    auto *dialog = new SettingsDialog(current, secretKnown, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, current] {
        const AppSettings chosen = dialog->settings();
        const QString secret = dialog->enteredSecret();
        m_store.save(chosen);
        if (chosen.language != current.language)
            showMessage(tr("The new language is used the next time cec-chat starts."));
        if (chosen.credential == AppSettings::Credential::AppSecret && !secret.isEmpty()) {
            const QString key = SecretStore::keyFor(chosen.endpoint, chosen.appKey);
            m_secrets->write(key, secret, [this](const QString &error) {
                if (!error.isEmpty())
                    showMessage(error);
                connectConfigured();
            });
            return;
        }
        connectConfigured();
    });
    m_settingsDialog = dialog;
    dialog->open();
}

void ChatApplication::showMessage(const QString &text)
{
    qCInfo(lcApp).noquote() << "message:" << text;
    auto *box = new QMessageBox(QMessageBox::Information, tr("cec-chat"), text, QMessageBox::Ok,
                                m_window.get());
    box->setObjectName(u"messageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT messageShown(text);
}

QString ChatApplication::displayName(const AppSettings &settings) const
{
    if (!settings.displayName.isEmpty())
        return settings.displayName;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? tr("Customer") : user;
}

void ChatApplication::requestQuit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    // From here on the app ends when the call has, not when its last window closes.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    m_window->hide();
    ChatWidget *chat = m_window->chatWidget();
    if (!chat || !chat->hasCall()) {
        finishQuit();
        return;
    }
    qCInfo(lcApp) << "quitting during a call: hanging up first";
    // Queued: finishQuit() deletes the widget, which is the sender.
    connect(chat, &ChatWidget::callEndFinished, this, &ChatApplication::finishQuit,
            Qt::QueuedConnection);
    // The widget bounds the hang-up at about 2 s; this is the net under it.
    QTimer::singleShot(kQuitBound, this, [this] {
        if (!m_quitFinished)
            qCWarning(lcApp) << "the call did not end in time; quitting anyway";
        finishQuit();
    });
    chat->endCall();
}

void ChatApplication::finishQuit()
{
    if (m_quitFinished)
        return;
    m_quitFinished = true;
    // The call is over: the widget goes (nothing left to hand over), then the demo simulator,
    // which the call's BYE and dropClickToCall had to reach first.
    m_window->removeChatWidget();
    stopDemo();
    qCInfo(lcApp) << "ready to quit";
    Q_EMIT readyToQuit();
}

bool ChatApplication::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window.get() && event->type() == QEvent::Close) {
        ChatWidget *chat = m_window->chatWidget();
        if (m_quitting || (chat && chat->hasCall())) {
            // A call ends before the app does: the window hides now, the app quits when the
            // hang-up is through (requestQuit).
            event->ignore();
            requestQuit();
            return true;
        }
        // The demo simulator lives exactly as long as the window: closing it ends the demo.
        stopDemo();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cec::app
