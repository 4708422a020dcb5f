// A host that embeds the chat widget from the installed package and follows a voice call through
// the public API only: start the call, see it reach InCall with callStarted(Voice), mute and unmute
// the microphone, get statistics, hang up with endCall() and see callEnded(HungUpByCustomer).
// Prints every signal; exits 0 when the call went that way, 1 with the reason otherwise.
//
//     sdk-host <service URL> <storage directory>
#include <CecWidget/ChatWidget>
#include <CecWidget/ChatWidgetConfig>

#include <QApplication>
#include <QMetaEnum>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

template <typename Enum> QString name(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
}

void setDefault(const char *name, const QByteArray &value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, value);
}

} // namespace

int main(int argc, char **argv)
{
    // The headless test environment: offscreen, fake capture devices for the call host's Chromium,
    // no sandbox (CI runs as root). A host that offers calls sets up nothing else for them.
    setDefault("QT_QPA_PLATFORM", "offscreen");
    setDefault("DBUS_SESSION_BUS_ADDRESS", "disabled:");
    setDefault("QTWEBENGINE_DISABLE_SANDBOX", "1");
    setDefault("QTWEBENGINE_CHROMIUM_FLAGS",
               "--use-fake-device-for-media-stream --allow-loopback-in-peer-connection "
               "--disable-features=WebRtcHideLocalIpsWithMdns --disable-gpu");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: sdk-host <service URL> <storage directory>\n");
        return 2;
    }

    cec::ChatWidgetConfig config;
    config.setServiceUrl(QUrl(arguments.at(1)));
    config.setAppKey(QStringLiteral("cec-demo-app")); // cec-sim's demo tenant
    config.setAppSecret(QStringLiteral("cec-demo-secret"));
    config.setChannelId(QStringLiteral("1011577355744904195"));
    config.setCustomerId(QStringLiteral("sdk-host"));
    config.setCustomerName(QStringLiteral("SDK host"));
    config.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    config.setStorageDirectory(arguments.at(2));
    config.setNotificationsEnabled(false);
    config.setSoundsEnabled(false);
    config.setCallsEnabled(true);
    if (const QString problem = config.validate(); !problem.isEmpty()) {
        std::fprintf(stderr, "invalid configuration: %s\n", qPrintable(problem));
        return 1;
    }

    QTextStream out(stdout);
    QStringList trail;
    int exitCode = 1;
    QString failure = QStringLiteral("the call never ended (timed out)");
    auto note = [&](const QString &line) {
        trail << line;
        out << line << Qt::endl;
    };

    cec::ChatWidget chat(config);
    using Widget = cec::ChatWidget;
    QObject::connect(&chat, &Widget::callStateChanged, &chat, [&](Widget::CallState state) {
        note(QStringLiteral("callStateChanged ") + name(state));
    });
    QObject::connect(&chat, &Widget::callStarted, &chat, [&](Widget::CallType type) {
        note(QStringLiteral("callStarted ") + name(type));
        chat.setMicrophoneMuted(true);
    });
    QObject::connect(&chat, &Widget::microphoneMutedChanged, &chat, [&](bool muted) {
        note(muted ? QStringLiteral("microphoneMutedChanged true")
                   : QStringLiteral("microphoneMutedChanged false"));
        if (muted)
            chat.setMicrophoneMuted(false);
    });
    bool sawStatistics = false;
    QObject::connect(&chat, &Widget::callStatisticsChanged, &chat, [&] {
        const cec::CallStats stats = chat.callStatistics();
        if (sawStatistics || !stats.isValid() || stats.bytesReceived() <= 0)
            return;
        sawStatistics = true;
        note(QStringLiteral("callStatisticsChanged bytesReceived %1 roundTripTimeMs %2")
                 .arg(stats.bytesReceived())
                 .arg(stats.roundTripTimeMs()));
    });
    // Hang up once the call has shown all of it: connected, mute confirmed both ways, statistics.
    QTimer hangUpCheck;
    QObject::connect(&hangUpCheck, &QTimer::timeout, &chat, [&] {
        if (chat.callState() == Widget::CallState::InCall && sawStatistics &&
            trail.contains(QStringLiteral("microphoneMutedChanged false"))) {
            hangUpCheck.stop();
            note(QStringLiteral("endCall"));
            chat.endCall();
        }
    });
    hangUpCheck.start(200);
    QObject::connect(
        &chat, &Widget::callEnded, &chat, [&](Widget::CallEndReason reason, const QString &detail) {
            note(QStringLiteral("callEnded ") + name(reason) + QStringLiteral(" (") + detail +
                 QLatin1Char(')'));
            const bool expected = reason == Widget::CallEndReason::HungUpByCustomer &&
                                  trail.contains(QStringLiteral("callStarted Voice"));
            exitCode = expected ? 0 : 1;
            failure = expected ? QString() : QStringLiteral("unexpected end: ") + name(reason);
            app.quit();
        });
    QTimer::singleShot(150000, &app, [&] { app.quit(); });

    chat.resize(640, 720);
    chat.show();
    chat.start();
    chat.startCall(Widget::CallType::Voice);
    app.exec();
    if (exitCode != 0)
        std::fprintf(stderr, "sdk-host: %s\n", qPrintable(failure));
    return exitCode;
}
