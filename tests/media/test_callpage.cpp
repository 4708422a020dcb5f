// The call page on its own: it loads from qrc, its bridge connects, the device check reports the
// fake devices, capture is granted, and everything else the page might try is refused.
#include "agentpeer.h"
#include "callbridge.h"
#include "callpage.h"
#include "waitfor.h"
#include "webenginecallmedia.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>

#include <algorithm>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using cec::test::evaluateIn;
using cec::test::waitFor;

namespace {

class CallPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        media.prepare();
        ASSERT_TRUE(waitFor([&] { return media.isReady(); }))
            << "the page's bridge never connected";
    }

    QVariant eval(const QString &script, int timeoutMs = 5000)
    {
        return evaluateIn(media.page(), script, timeoutMs);
    }

    // Waits until a page global (set by an asynchronous script) is defined and returns it.
    QVariant awaitGlobal(const QString &name, int timeoutMs = 10000)
    {
        QVariant value;
        waitFor(
            [&] {
                value =
                    eval(u"window.%1 === undefined ? null : String(window.%1)"_s.arg(name), 1000);
                return !value.isNull();
            },
            timeoutMs);
        return value;
    }

    bool refusedSomething(const QSignalSpy &spy, const QString &prefix) const
    {
        for (const QList<QVariant> &args : spy) {
            if (args.at(0).toString().startsWith(prefix))
                return true;
        }
        return false;
    }

    cec::WebEngineCallMedia media;
};

TEST_F(CallPageTest, LoadsFromQrcAndConnectsTheBridge)
{
    EXPECT_EQ(media.page().url(), cec::CallPage::pageUrl());
    EXPECT_TRUE(eval(u"typeof JsSIP.UA === 'function' && isSecureContext"_s).toBool());
    EXPECT_EQ(eval(u"JsSIP.version"_s).toString(), u"3.13.8"_s);
}

TEST_F(CallPageTest, DeviceCheckWithFakeDevicesOffersVoiceAndVideo)
{
    QSignalSpy checked(&media, &cec::WebEngineCallMedia::devicesChecked);
    media.checkDevices();
    ASSERT_TRUE(waitFor([&] { return checked.count() == 1; }));
    const auto check = checked.at(0).at(0).value<cec::DeviceCheck>();
    EXPECT_TRUE(check.canVoice);
    EXPECT_TRUE(check.canVideo);
    EXPECT_EQ(check.problem, cec::DeviceCheck::Problem::None) << check.detail.toStdString();
    ASSERT_FALSE(check.microphones.isEmpty());
    ASSERT_FALSE(check.cameras.isEmpty());
    ASSERT_FALSE(check.speakers.isEmpty());
    // The probe made the labels visible.
    for (const auto &device : check.microphones + check.cameras + check.speakers)
        EXPECT_FALSE(device.label.isEmpty()) << device.id.toStdString();
    ASSERT_TRUE(media.lastDeviceCheck().has_value());
    EXPECT_EQ(media.lastDeviceCheck()->microphones, check.microphones);
}

TEST_F(CallPageTest, GrantsCaptureToItsOwnPage)
{
    eval(u"navigator.mediaDevices.getUserMedia({audio: true, video: true}).then("
         "s => { window.captured = s.getTracks().map(t => t.kind).sort().join(','); "
         "s.getTracks().forEach(t => t.stop()); }, e => { window.captured = e.name; })"_s);
    EXPECT_EQ(awaitGlobal(u"captured"_s).toString(), u"audio,video"_s);
}

TEST_F(CallPageTest, RefusesNavigation)
{
    QSignalSpy refused(&media.page(), &cec::CallPage::refused);
    eval(u"location.href = 'https://example.com/'"_s);
    EXPECT_TRUE(waitFor([&] { return refusedSomething(refused, u"navigation"_s); }));
    eval(u"location.reload()"_s);
    EXPECT_TRUE(waitFor([&] { return refused.count() >= 2; }));
    // Still the call page, still connected.
    EXPECT_EQ(media.page().url(), cec::CallPage::pageUrl());
    EXPECT_TRUE(eval(u"typeof cecCall === 'object'"_s).toBool());
}

TEST_F(CallPageTest, RefusesNewWindows)
{
    EXPECT_TRUE(eval(u"window.open('qrc:/call/callpage.html') === null"_s).toBool());
    EXPECT_TRUE(eval(u"window.open('https://example.com/', '_blank') === null"_s).toBool());
    EXPECT_EQ(media.page().url(), cec::CallPage::pageUrl());
}

TEST_F(CallPageTest, GeolocationAndNotificationsAreNotGranted)
{
    QSignalSpy refused(&media.page(), &cec::CallPage::refused);
    eval(u"Notification.requestPermission().then(p => { window.notify = p; })"_s);
    EXPECT_EQ(awaitGlobal(u"notify"_s).toString(), u"denied"_s);
    EXPECT_TRUE(refusedSomething(refused, u"permission Notifications"_s));
    // This Chromium never answers a geolocation request without a position source; what matters is
    // that no position is delivered.
    eval(u"navigator.geolocation.getCurrentPosition(() => { window.geo = 'position'; }, "
         "e => { window.geo = 'error ' + e.code; }, {timeout: 1000})"_s);
    const QVariant geo = awaitGlobal(u"geo"_s, 3000);
    EXPECT_NE(geo.toString(), u"position"_s);
}

// The permission policy itself, for every feature Chromium can ask about.
TEST_F(CallPageTest, GrantsOnlyCaptureAndOnlyToItsOwnOrigin)
{
    using Page = QWebEnginePage;
    QSignalSpy refused(&media.page(), &cec::CallPage::refused);
    const QUrl own(u"qrc:"_s);
    const QList<Page::Feature> others = {Page::Notifications, Page::Geolocation, Page::MouseLock,
                                         Page::DesktopVideoCapture, Page::DesktopAudioVideoCapture};
    for (const Page::Feature feature : others)
        Q_EMIT media.page().featurePermissionRequested(own, feature);
    EXPECT_EQ(refused.count(), others.count());
    refused.clear();
    for (const Page::Feature feature :
         {Page::MediaAudioCapture, Page::MediaVideoCapture, Page::MediaAudioVideoCapture})
        Q_EMIT media.page().featurePermissionRequested(own, feature);
    EXPECT_EQ(refused.count(), 0);
    Q_EMIT media.page().featurePermissionRequested(QUrl(u"https://example.com"_s),
                                                   Page::MediaAudioCapture);
    EXPECT_EQ(refused.count(), 1);
}

TEST_F(CallPageTest, LoadsNothingRemote)
{
    // An HTTP server the page must never reach.
    QTcpServer server;
    ASSERT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    const QString port = QString::number(server.serverPort());
    eval(u"fetch('http://127.0.0.1:%1/x').then(() => { window.fetched = 'yes'; }, "
         "e => { window.fetched = 'refused'; })"_s.arg(port));
    eval(u"(() => { const i = document.createElement('img'); i.onerror = () => { window.img = "
         u"'refused'; };"
         " i.onload = () => { window.img = 'yes'; }; i.src = 'http://127.0.0.1:%1/i.png'; "
         "document.body.appendChild(i); })()"_s.arg(port));
    // A WebSocket to something that is not the current call's gateway.
    eval(
        u"(() => { const w = new WebSocket('ws://127.0.0.1:%1/other'); "
        "w.onerror = () => { window.socket = 'refused'; }; w.onopen = () => { window.socket = 'open'; }; })()"_s
            .arg(port));
    EXPECT_EQ(awaitGlobal(u"fetched"_s).toString(), u"refused"_s);
    EXPECT_EQ(awaitGlobal(u"img"_s).toString(), u"refused"_s);
    EXPECT_EQ(awaitGlobal(u"socket"_s).toString(), u"refused"_s);
    QCoreApplication::processEvents();
    EXPECT_FALSE(server.hasPendingConnections()) << "the page reached a server it must not reach";
}

// Issue 8, item 5, second line: the page itself dials only wss:, or ws: to a loopback host.
TEST_F(CallPageTest, PageRefusesGatewaysThatAreNotWssOrLoopbackWs)
{
    QSignalSpy refused(&media.page(), &cec::CallPage::refused);
    QSignalSpy states(&media.page().bridge(), &cec::CallBridge::stateReported);
    cec::CallSetup setup;
    setup.domain = u"cec-sim.local"_s;
    setup.accessCode = u"179080000537636"_s;
    setup.caller = u"AnonymousCard"_s;
    setup.gatewayAddresses = {u"ws://203.0.113.1:9/gateway"_s, u"http://127.0.0.1:9/gateway"_s,
                              u"wss://user:secret@127.0.0.1:9/gateway"_s, u"javascript:alert(1)"_s,
                              u"ftp://127.0.0.1:9/"_s};
    // Straight to the page, past WebEngineCallMedia's own check.
    media.page().bridge().requestStart(setup, false, {}, {}, {});
    const auto failedWith = [&]() -> std::optional<QString> {
        for (const QList<QVariant> &args : states) {
            if (args.at(0).value<cec::MediaState>() == cec::MediaState::Failed)
                return args.at(1).toString();
        }
        return std::nullopt;
    };
    ASSERT_TRUE(waitFor([&] { return failedWith().has_value(); }));
    EXPECT_EQ(failedWith(), u"bad-request"_s);
    for (const QList<QVariant> &args : states)
        EXPECT_NE(args.at(0).value<cec::MediaState>(), cec::MediaState::Connecting);
    QCoreApplication::processEvents();
    EXPECT_EQ(refused.count(), 0) << "the page tried to reach a refused gateway";
}

TEST_F(CallPageTest, MediaPassesOnlyAcceptableGatewaysToThePage)
{
    QTcpServer closed; // a loopback port with nobody listening
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    QSignalSpy started(&media.page().bridge(), &cec::CallBridge::startRequested);
    QSignalSpy finished(&media, &cec::CallMedia::hangUpFinished);
    cec::CallSetup setup;
    setup.domain = u"cec-sim.local"_s;
    setup.accessCode = u"179080000537636"_s;
    setup.caller = u"AnonymousCard"_s;
    const QString loopback = u"ws://127.0.0.1:%1/gateway"_s.arg(port);
    setup.gatewayAddresses = {u"ws://203.0.113.1:%1/gateway"_s.arg(port),
                              u"http://127.0.0.1:%1/gateway"_s.arg(port), loopback,
                              u"wss://user:secret@127.0.0.1:%1/gateway"_s.arg(port)};
    media.start(setup, cec::protocol::MediaAbility::Voice);
    ASSERT_TRUE(waitFor([&] { return started.count() == 1; }));
    const QJsonObject call = started.at(0).at(0).toJsonObject();
    EXPECT_EQ(call.value(u"gatewayAddresses"_s).toArray(), QJsonArray{loopback});
    media.hangUp();
    EXPECT_TRUE(waitFor([&] { return finished.count() == 1; }));
}

// The pre-call device test (issue 9): typed requests, with the selected devices.
TEST_F(CallPageTest, DeviceTestOpensExactlyTheSelectedDevicesAndStops)
{
    QSignalSpy checked(&media, &cec::WebEngineCallMedia::devicesChecked);
    media.checkDevices();
    ASSERT_TRUE(waitFor([&] { return checked.count() == 1; }));
    const auto check = checked.at(0).at(0).value<cec::DeviceCheck>();
    QString microphone;
    for (const auto &device : check.microphones) {
        if (device.id != "default"_L1)
            microphone = device.id;
    }
    ASSERT_FALSE(microphone.isEmpty());
    ASSERT_FALSE(check.cameras.isEmpty());
    media.selectDevice(cec::MediaDeviceKind::Microphone, microphone);
    media.selectDevice(cec::MediaDeviceKind::Camera, check.cameras.constFirst().id);

    QSignalSpy requested(&media.page().bridge(), &cec::CallBridge::deviceTestRequested);
    QSignalSpy started(&media, &cec::WebEngineCallMedia::deviceTestStarted);
    QSignalSpy levels(&media, &cec::WebEngineCallMedia::deviceTestLevel);
    media.startDeviceTest(true);
    ASSERT_TRUE(waitFor([&] { return started.count() == 1; }));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), microphone);
    EXPECT_EQ(started.at(0).at(0).toString(), microphone); // the track's own deviceId
    EXPECT_EQ(started.at(0).at(1).toString(), check.cameras.constFirst().id);
    // The fake microphone's beep reaches the meter, though the page has no view (hidden, its timers
    // throttled), as in the dialog on a computer without a camera.
    EXPECT_TRUE(waitFor([&] {
        return std::any_of(levels.cbegin(), levels.cend(), [](const QList<QVariant> &args) {
            return args.at(0).toDouble() > 0.02;
        });
    })) << levels.count()
        << " levels";
    EXPECT_TRUE(eval(u"document.getElementById('localVideo').srcObject !== null"_s).toBool());

    media.stopDeviceTest();
    EXPECT_TRUE(waitFor([&] {
        return eval(u"document.getElementById('localVideo').srcObject === null"_s).toBool();
    }));
}

TEST_F(CallPageTest, DeviceTestNamesTheDeviceThatIsMissing)
{
    QSignalSpy failed(&media, &cec::WebEngineCallMedia::deviceTestFailed);
    media.selectDevice(cec::MediaDeviceKind::Camera, u"no-such-camera"_s);
    media.selectDevice(cec::MediaDeviceKind::Speaker, u"no-such-speaker"_s);
    QSignalSpy started(&media, &cec::WebEngineCallMedia::deviceTestStarted);
    media.startDeviceTest(true);
    ASSERT_TRUE(waitFor([&] { return started.count() == 1; }));
    EXPECT_FALSE(started.at(0).at(0).toString().isEmpty()); // the default microphone works
    EXPECT_TRUE(started.at(0).at(1).toString().isEmpty());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.at(0).at(0).value<cec::MediaDeviceKind>(), cec::MediaDeviceKind::Camera);
    EXPECT_EQ(failed.at(0).at(1).toString(), u"OverconstrainedError"_s);

    media.playTestSound();
    ASSERT_TRUE(waitFor([&] { return failed.count() == 2; }));
    EXPECT_EQ(failed.at(1).at(0).value<cec::MediaDeviceKind>(), cec::MediaDeviceKind::Speaker);
    EXPECT_EQ(failed.at(1).at(1).toString(), u"NotFoundError"_s);
    media.stopDeviceTest();
}

} // namespace
