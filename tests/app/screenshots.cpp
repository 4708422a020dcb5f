// cec-chat-screenshots: drives the real cec-chat (demo mode, real cec-sim) into its main states and
// saves PNGs of the window. Run under Xvfb by scripts/screenshots.sh; not a test.
//
//   cec-chat-screenshots --out DIR [--lang en|zh_CN|ar] [--dark] [--only FILE.png]
//
// Without --only: chat-bot (greeting and suggestions), chat-queued, chat-agent, chat-failed,
// settings, first-run (.png). With --only FILE.png: one picture of the bot conversation (for the
// language/palette variants).
#include "builddemo.h"
#include "chatapplication.h"
#include "chatsession.h"
#include "chatwidget.h"
#include "chatwidgettesting_p.h"
#include "demosimulator.h"
#include "firstrundialog.h"
#include "languages.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QThread>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "cec-chat-screenshots: %s\n", qPrintable(what));
    std::exit(1);
}

// The simulator's control API (/sim/...), synchronously.
class SimulatorControl
{
public:
    SimulatorControl(QUrl base, QString customer)
        : m_base(std::move(base))
        , m_customer(std::move(customer))
    {}

    void post(const QString &path, QJsonObject body = {})
    {
        if (!body.contains(u"userId"_s) && path.startsWith(u"/sim/agent"_s))
            body.insert(u"userId"_s, m_customer);
        send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    void remove(const QString &path) { send("DELETE", path, {}); }

private:
    void send(const QByteArray &verb, const QString &path, const QByteArray &body)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        waitFor([reply] { return reply->isFinished(); }, 10000);
        if (reply->error() != QNetworkReply::NoError)
            std::fprintf(stderr, "control %s %s: %s %s\n", verb.constData(), qPrintable(path),
                         qPrintable(reply->errorString()), reply->readAll().constData());
        reply->deleteLater();
    }

    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_customer;
};

int count(cec::ChatWidget *chat, cec::protocol::SourceType source)
{
    const auto messages = chatSessionOf(*chat).messages();
    return int(std::count_if(messages.begin(), messages.end(),
                             [source](const cec::ChatMessage &m) { return m.source == source; }));
}

void save(QWidget *widget, const QDir &out, const QString &name)
{
    settle(400); // let the view lay out and paint the last change
    const QString file = out.filePath(name);
    if (!widget->grab().save(file))
        fail(u"could not write "_s + file);
    std::printf("wrote %s\n", qPrintable(file));
    std::fflush(stdout);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe8, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x96));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x33));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xe8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x84));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x84));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x84));
    return p;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    cec::test::useBuildTreeDemoSimulator();
    QApplication::setOrganizationName(u"cec-widget"_s);
    QApplication::setApplicationName(u"cec-chat"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption outOption(u"out"_s, u"Output folder."_s, u"dir"_s);
    const QCommandLineOption langOption(u"lang"_s, u"Language."_s, u"code"_s, u"en"_s);
    const QCommandLineOption darkOption(u"dark"_s, u"A dark system palette."_s);
    const QCommandLineOption onlyOption(u"only"_s, u"One picture of the bot chat."_s, u"file"_s);
    parser.addOptions({outOption, langOption, darkOption, onlyOption});
    parser.process(app);
    const QDir out(parser.value(outOption).isEmpty() ? u"."_s : parser.value(outOption));
    QDir().mkpath(out.path());

    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (parser.isSet(darkOption))
        QApplication::setPalette(darkPalette()); // what a dark desktop theme gives the app
    QTranslator translator;
    const QString language = cec::app::resolveLanguage(parser.value(langOption));
    cec::app::installTranslation(translator, language);

    QTemporaryDir settingsDir;
    cec::app::AppOptions options;
    options.demo = true;
    options.settingsDir = settingsDir.path();
    options.language = language;
    cec::app::ChatApplication chatApp(options);
    QUrl simulatorUrl;
    QString customer;
    QObject::connect(&chatApp, &cec::app::ChatApplication::demoReady,
                     [&](const QUrl &url, const QString &id) {
                         simulatorUrl = url;
                         customer = id;
                     });
    chatApp.mainWindow().resize(520, 720);
    chatApp.start();
    if (!waitFor([&] { return chatApp.chatWidget() && !customer.isEmpty(); }, 20000))
        fail(u"the demo did not start"_s);
    cec::ChatWidget *chat = chatApp.chatWidget();
    QWidget *window = &chatApp.mainWindow();
    SimulatorControl control(simulatorUrl, customer);
    using Source = cec::protocol::SourceType;

    if (!waitFor([&] { return count(chat, Source::Robot) >= 1; }, 20000))
        fail(u"no bot greeting"_s);
    if (!parser.isSet(onlyOption))
        save(window, out, u"chat-bot.png"_s); // the greeting with its suggested questions
    chatSessionOf(*chat).sendText(language == "zh_CN"_L1 ? u"你们的营业时间是什么时候？"_s
                                  : language == "ar"_L1 ? u"ما هي ساعات العمل؟ (opening hours)"_s
                                                        : u"What are your opening hours?"_s);
    if (!waitFor([&] { return count(chat, Source::Robot) >= 2; }, 15000))
        fail(u"no bot answer"_s);
    if (parser.isSet(onlyOption)) {
        save(window, out, parser.value(onlyOption));
        return 0;
    }

    // Slow the queue down so that the banner can be photographed.
    control.post(u"/sim/config"_s, {{u"queueLength"_s, 2}, {u"queueStepMs"_s, 5000}});
    chatSessionOf(*chat).requestAgent();
    if (!waitFor([&] { return chatSessionOf(*chat).queueInfo().has_value(); }, 15000))
        fail(u"not queued"_s);
    settle(1500);
    save(window, out, u"chat-queued.png"_s);

    if (!waitFor([&] { return chatSessionOf(*chat).state() == cec::ChatSession::State::WithAgent; },
                 30000))
        fail(u"no agent joined"_s);
    const int agentBefore = count(chat, Source::Agent);
    chatSessionOf(*chat).sendText(u"My order #1234 has not arrived yet."_s);
    if (!waitFor([&] { return count(chat, Source::Agent) > agentBefore; }, 15000))
        control.post(u"/sim/agent/say"_s, {{u"text"_s, u"Let me check that for you."_s}});
    settle(1500);
    control.post(u"/sim/agent/read"_s);
    bool typing = false;
    QObject::connect(&chatSessionOf(*chat), &cec::ChatSession::agentTyping,
                     [&typing] { typing = true; });
    settle(1200);
    control.post(u"/sim/agent/typing"_s);
    waitFor([&] { return typing; }, 5000);
    save(window, out, u"chat-agent.png"_s);

    control.post(
        u"/sim/faults"_s,
        {{u"path"_s, u"/apiaccess/ccmessaging/send"_s}, {u"status"_s, 500}, {u"times"_s, -1}});
    const QString failing =
        chatSessionOf(*chat).sendText(u"Could you send it to my office instead?"_s);
    const auto failed = [&] {
        const auto messages = chatSessionOf(*chat).messages();
        return std::any_of(messages.begin(), messages.end(), [&](const cec::ChatMessage &m) {
            return m.id == failing && m.delivery == cec::DeliveryState::Failed;
        });
    };
    if (!waitFor(failed, 40000))
        fail(u"the message did not fail"_s);
    save(window, out, u"chat-failed.png"_s);
    control.remove(u"/sim/faults"_s);

    chatApp.openSettings();
    if (!waitFor([&] { return chatApp.settingsDialog() && chatApp.settingsDialog()->isVisible(); },
                 5000))
        fail(u"no settings dialog"_s);
    save(chatApp.settingsDialog(), out, u"settings.png"_s);
    chatApp.settingsDialog()->reject();

    cec::app::FirstRunDialog firstRun;
    firstRun.resize(420, firstRun.sizeHint().height());
    firstRun.show();
    save(&firstRun, out, u"first-run.png"_s);
    return 0;
}
