// What cec-chat does from start to exit: first-run choice, demo simulator, settings, secrets,
// and the chat widget in the main window.
#pragma once

#include "appsettings.h"
#include "chatwidget.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QSystemTrayIcon;

namespace cec::app {

class DemoSimulator;
class FirstRunDialog;
class MainWindow;
class SecretStore;
class SettingsDialog;

struct AppOptions final
{
    bool demo = false;   // skip the first-run choice and start the demo
    bool calls = false;  // offer voice/video calls when the tenant supports click-to-call
    QString settingsDir; // empty: the per-user config location
    QString language;    // resolved language code ("en", "zh_CN", "ar")
    // --call: start this call once the first chat can make one (e.g. a "Call support" launcher).
    std::optional<ChatWidget::CallType> call;
};

class ChatApplication final : public QObject
{
    Q_OBJECT
public:
    explicit ChatApplication(AppOptions options, QObject *parent = nullptr);
    ~ChatApplication() override; // stops the demo simulator

    // Shows the window and decides: demo, first-run choice, or the configured contact centre.
    void start();
    void startDemo();
    void connectConfigured();
    void openSettings();
    // Quit from the window's close button, the Quit menu, the tray or SIGTERM/SIGINT: hides the
    // window, ends a running call (BYE or CANCEL, dropClickToCall: both answered, or at most
    // about 2 s), stops the demo simulator, then emits readyToQuit(). Never blocks.
    void requestQuit();

    MainWindow &mainWindow() { return *m_window; }
    DemoSimulator *demoSimulator() const { return m_demo.get(); }
    SecretStore &secretStore() { return *m_secrets; }
    ChatWidget *chatWidget() const;
    FirstRunDialog *firstRunDialog() const;
    SettingsDialog *settingsDialog() const;

Q_SIGNALS:
    // A user-facing message shown in a dialog (also for tests to observe).
    void messageShown(const QString &text);
    void demoReady(const QUrl &url, const QString &customerId);
    void readyToQuit(); // main() quits the event loop

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFirstRun();
    void stopDemo();
    void startChat(const ClientConfig &client, const QString &storageDirectory);
    void askForSecret(const AppSettings &settings, const QString &reason);
    void applySettings(const AppSettings &settings, const QString &secret);
    void showMessage(const QString &text);
    void finishQuit();
    QString displayName(const AppSettings &settings) const;

    AppOptions m_options;
    SettingsStore m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QSystemTrayIcon> m_trayIcon;
    std::unique_ptr<DemoSimulator> m_demo;
    QPointer<FirstRunDialog> m_firstRun;
    QPointer<SettingsDialog> m_settingsDialog;
    bool m_quitting = false;
    bool m_quitFinished = false;
};

} // namespace cec::app
