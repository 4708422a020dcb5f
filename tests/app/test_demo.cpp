// "Try the demo": the first-run choice starts cec-sim as a child, the chat connects to it, and
// closing the window stops it again.
#include "builddemo.h"
#include "chatapplication.h"
#include "chatsession.h"
#include "chatwidget.h"
#include "chatwidgettesting_p.h"
#include "demosimulator.h"
#include "firstrundialog.h"
#include "mainwindow.h"
#include "waitfor.h"

#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>

using namespace Qt::StringLiterals;
using cec::test::waitFor;

namespace {

bool hasBotMessage(cec::ChatWidget *chat)
{
    if (!chat)
        return false;
    const auto messages = chatSessionOf(*chat).messages();
    return std::any_of(messages.begin(), messages.end(), [](const cec::ChatMessage &m) {
        return m.source == cec::protocol::SourceType::Robot && !m.content.isEmpty();
    });
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(static_cast<pid_t>(pid), 0) == 0;
}

// For every test of this binary (the settings tests start the demo too).
class BuildTreeDemo : public ::testing::Environment
{
public:
    void SetUp() override { cec::test::useBuildTreeDemoSimulator(); }
};
[[maybe_unused]] const auto *const buildTreeDemo =
    ::testing::AddGlobalTestEnvironment(new BuildTreeDemo);

} // namespace

TEST(Demo, FirstRunTryTheDemoConnectsToTheSimulatedBot)
{
    QTemporaryDir dir;
    cec::app::AppOptions options;
    options.settingsDir = dir.path();
    options.language = u"en"_s;
    cec::app::ChatApplication app(options);
    app.start();

    ASSERT_NE(app.firstRunDialog(), nullptr) << "no first-run choice without settings";
    auto *tryDemo = app.firstRunDialog()->findChild<QPushButton *>(u"tryDemoButton"_s);
    ASSERT_NE(tryDemo, nullptr);
    tryDemo->click();

    ASSERT_TRUE(waitFor([&] { return app.demoSimulator() && app.demoSimulator()->isRunning(); }))
        << "cec-sim was not started";
    ASSERT_TRUE(waitFor([&] { return hasBotMessage(app.chatWidget()); }))
        << "the bot greeting did not arrive";
    EXPECT_TRUE(app.mainWindow().windowTitle().contains(u"Demo"_s))
        << app.mainWindow().windowTitle().toStdString();

    const qint64 simulatorPid = app.demoSimulator()->processId();
    ASSERT_TRUE(processAlive(simulatorPid));
    app.mainWindow().close();
    EXPECT_EQ(app.demoSimulator(), nullptr);
    EXPECT_TRUE(waitFor([&] { return !processAlive(simulatorPid); }))
        << "cec-sim still runs after the window closed";
}

TEST(Demo, DemoOptionSkipsTheFirstRunChoiceAndStartsFresh)
{
    QTemporaryDir dir;
    cec::app::AppOptions options;
    options.settingsDir = dir.path();
    options.language = u"en"_s;
    options.demo = true;
    QString firstCustomer;
    {
        cec::app::ChatApplication app(options);
        QUrl announcedUrl;
        QObject::connect(&app, &cec::app::ChatApplication::demoReady,
                         [&](const QUrl &url, const QString &customer) {
                             announcedUrl = url;
                             firstCustomer = customer;
                         });
        app.start();
        EXPECT_EQ(app.firstRunDialog(), nullptr);
        ASSERT_TRUE(waitFor([&] { return hasBotMessage(app.chatWidget()); }));
        EXPECT_EQ(announcedUrl, app.demoSimulator()->url());
        const QString id =
            chatSessionOf(*app.chatWidget()).sendText(u"marker from the first demo"_s);
        ASSERT_TRUE(waitFor([&] {
            const auto messages = chatSessionOf(*app.chatWidget()).messages();
            return std::any_of(messages.begin(), messages.end(), [&](const cec::ChatMessage &m) {
                return m.id == id && m.delivery == cec::DeliveryState::Sent;
            });
        }));
    } // destroying the app stops the simulator too

    cec::app::ChatApplication again(options);
    QString secondCustomer;
    QObject::connect(&again, &cec::app::ChatApplication::demoReady,
                     [&](const QUrl &, const QString &customer) { secondCustomer = customer; });
    again.start();
    ASSERT_TRUE(waitFor([&] { return hasBotMessage(again.chatWidget()); }));
    EXPECT_EQ(secondCustomer, firstCustomer) << "the customer id was not kept";
    const auto messages = chatSessionOf(*again.chatWidget()).messages();
    EXPECT_TRUE(std::none_of(messages.begin(), messages.end(), [](const cec::ChatMessage &m) {
        return m.content.contains(u"marker from the first demo"_s);
    })) << "a new demo simulator shows an old demo conversation";
}

TEST(Demo, AMissingSimulatorIsReportedInTheWindow)
{
    QTemporaryDir dir;
    const QByteArray realSimulator = qgetenv("CEC_SIM");
    qputenv("CEC_SIM", dir.filePath(u"no-such-cec-sim"_s).toUtf8());
    cec::app::AppOptions options;
    options.settingsDir = dir.path();
    options.demo = true;
    cec::app::ChatApplication app(options);
    app.start();
    auto *status = app.mainWindow().findChild<QLabel *>(u"statusLabel"_s);
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(waitFor([&] { return status->text().contains(u"could not be started"_s); }))
        << status->text().toStdString();
    EXPECT_EQ(app.chatWidget(), nullptr);
    qputenv("CEC_SIM", realSimulator);
}
