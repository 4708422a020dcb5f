#include "callhostservice.h"

#include "callbridge.h"
#include "callhostchannel.h"
#include "callpage.h"

#include <QImage>
#include <QJsonArray>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QWebEngineView>

#include <cstring>
#include <optional>

Q_LOGGING_CATEGORY(lcCallHost, "cec.callhost", QtInfoMsg)

namespace cec {

using namespace Qt::StringLiterals;

namespace {
// docs/call-host.md: at most 15 frames per second.
constexpr int frameIntervalMs = 67;

// The app is trusted more than a server, but a wrong-typed field still must not turn into a
// default value silently: each getter says whether the field had the right type.
std::optional<bool> boolField(const QJsonObject &message, QLatin1StringView key)
{
    const QJsonValue value = message.value(key);
    return value.isBool() ? std::optional(value.toBool()) : std::nullopt;
}

std::optional<QString> stringField(const QJsonObject &message, QLatin1StringView key)
{
    const QJsonValue value = message.value(key);
    return value.isString() ? std::optional(value.toString()) : std::nullopt;
}

std::optional<int> sideField(const QJsonObject &message, QLatin1StringView key)
{
    const QJsonValue value = message.value(key);
    if (!value.isDouble())
        return std::nullopt;
    const double side = value.toDouble();
    if (side < 0 || side > CallHostChannel::kMaxFrameSide || side != static_cast<int>(side))
        return std::nullopt;
    return static_cast<int>(side);
}

std::optional<CallSetup> setupField(const QJsonObject &message)
{
    const QJsonValue value = message.value("setup"_L1);
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject json = value.toObject();
    const auto domain = stringField(json, "domain"_L1);
    const auto accessCode = stringField(json, "accessCode"_L1);
    const auto caller = stringField(json, "caller"_L1);
    const QJsonValue gateways = json.value("gatewayAddresses"_L1);
    if (!domain || !accessCode || !caller || !gateways.isArray())
        return std::nullopt;
    CallSetup setup{*domain, {}, *accessCode, *caller};
    for (const QJsonValue &address : gateways.toArray()) {
        if (!address.isString())
            return std::nullopt;
        setup.gatewayAddresses.append(address.toString());
    }
    return setup;
}

// RGB32 rows without padding, as the wire format wants them.
QByteArray packedPixels(const QImage &image)
{
    const qsizetype rowBytes = qsizetype(image.width()) * 4;
    QByteArray pixels(rowBytes * image.height(), Qt::Uninitialized);
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(pixels.data() + y * rowBytes, image.constScanLine(y), rowBytes);
    return pixels;
}
} // namespace

CallHostService::CallHostService(QLocalSocket *socket, bool testHooks, QObject *parent)
    : QObject(parent)
    , m_channel(new CallHostChannel(socket, this))
    , m_testHooks(testHooks)
{
    connect(m_channel, &CallHostChannel::messageReceived, this, &CallHostService::dispatch);
    connect(m_channel, &CallHostChannel::frameReceived, this,
            [this] { qCWarning(lcCallHost) << "the app sent a frame; ignored"; });
    connect(m_channel, &CallHostChannel::protocolError, this, [this](const QString &why) {
        qCWarning(lcCallHost).noquote() << "protocol error from the app:" << why;
        finish(1);
    });
    connect(m_channel, &CallHostChannel::disconnected, this, [this] {
        if (!m_quitting)
            qCWarning(lcCallHost) << "the app closed the connection";
        finish(m_quitting ? 0 : 1);
    });
    // Precise: a coarse timer may fire 5 % early, which would make more than 15 frames a second.
    m_frameTimer.setTimerType(Qt::PreciseTimer);
    m_frameTimer.setInterval(frameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &CallHostService::sendFrame);
    connectMedia();
}

CallHostService::~CallHostService() = default;

void CallHostService::connectMedia()
{
    WebEngineCallMedia *media = &m_media;
    connect(media, &WebEngineCallMedia::ready, this, [this] { send(u"ready"_s); });
    connect(media, &WebEngineCallMedia::devicesChecked, this, [this](const DeviceCheck &check) {
        send(u"devicesChecked"_s, {{"check"_L1, check.toJson()}});
    });
    connect(media, &WebEngineCallMedia::stateChanged, this, [this](MediaState state) {
        send(u"stateChanged"_s, {{"state"_L1, toString(state)}});
    });
    connect(media, &CallMedia::established, this, [this] { send(u"established"_s); });
    // The cause, not the sentence: the app says it in its own language (mediaOutcomeText).
    connect(
        media, &WebEngineCallMedia::outcomeReported, this,
        [this](MediaState outcome, const QString &detail) {
            send(outcome == MediaState::Failed ? u"failed"_s : u"ended"_s, {{"detail"_L1, detail}});
        });
    connect(media, &CallMedia::hangUpFinished, this, [this] {
        send(u"hangUpFinished"_s);
        if (m_quitting) {
            m_channel->close();
            finish(0);
        }
    });
    connect(media, &WebEngineCallMedia::errorOccurred, this,
            [this](const QString &code, const QString &message) {
                send(u"errorOccurred"_s, {{"code"_L1, code}, {"message"_L1, message}});
            });
    connect(media, &WebEngineCallMedia::statisticsUpdated, this,
            [this](const CallStatistics &statistics) {
                send(u"statisticsUpdated"_s, {{"statistics"_L1, statistics.toJson()}});
            });
    connect(media, &WebEngineCallMedia::mutedChanged, this, [this](bool on) {
        send(u"mutedChanged"_s, {{"on"_L1, on}});
    });
    connect(media, &WebEngineCallMedia::cameraEnabledChanged, this, [this](bool on) {
        send(u"cameraEnabledChanged"_s, {{"on"_L1, on}});
    });
    connect(media, &WebEngineCallMedia::holdChanged, this, [this](bool on) {
        send(u"holdChanged"_s, {{"on"_L1, on}});
    });
    connect(media, &WebEngineCallMedia::dtmfSent, this, [this](const QString &tone) {
        send(u"dtmfSent"_s, {{"tone"_L1, tone}});
    });
    connect(media, &WebEngineCallMedia::deviceSelected, this,
            [this](MediaDeviceKind kind, const QString &id) {
                send(u"deviceSelected"_s, {{"kind"_L1, toString(kind)}, {"id"_L1, id}});
            });
    connect(media, &WebEngineCallMedia::deviceLost, this,
            [this](MediaDeviceKind kind, const QString &lostId, const QString &fallbackId) {
                send(u"deviceLost"_s, {{"kind"_L1, toString(kind)},
                                       {"lostId"_L1, lostId},
                                       {"fallbackId"_L1, fallbackId}});
            });
    connect(media, &WebEngineCallMedia::deviceTestStarted, this,
            [this](const QString &microphoneId, const QString &cameraId) {
                send(u"deviceTestStarted"_s,
                     {{"microphoneId"_L1, microphoneId}, {"cameraId"_L1, cameraId}});
            });
    connect(media, &WebEngineCallMedia::deviceTestLevel, this, [this](double level) {
        send(u"deviceTestLevel"_s, {{"level"_L1, level}});
    });
    connect(media, &WebEngineCallMedia::deviceTestVideoShown, this, [this](QSize size) {
        send(u"deviceTestVideoShown"_s, {{"width"_L1, size.width()}, {"height"_L1, size.height()}});
    });
    connect(media, &WebEngineCallMedia::deviceTestFailed, this,
            [this](MediaDeviceKind kind, const QString &reason) {
                send(u"deviceTestFailed"_s, {{"kind"_L1, toString(kind)}, {"reason"_L1, reason}});
            });
    connect(media, &WebEngineCallMedia::testSoundPlayed, this, [this](const QString &speakerId) {
        send(u"testSoundPlayed"_s, {{"speakerId"_L1, speakerId}});
    });
}

void CallHostService::send(const QString &name, QJsonObject fields)
{
    fields.insert("m"_L1, name);
    m_channel->send(fields);
}

void CallHostService::dispatch(const QJsonObject &message)
{
    const QString name = message.value("m"_L1).toString();
    const auto ignored = [&name](const char *why) {
        qCWarning(lcCallHost).noquote() << "message" << name << "ignored:" << why;
    };
    if (m_quitting) {
        ignored("quitting");
        return;
    }
    if (name == "prepare"_L1) {
        m_media.prepare();
    } else if (name == "checkDevices"_L1) {
        m_media.checkDevices();
    } else if (name == "start"_L1) {
        const auto setup = setupField(message);
        const auto video = boolField(message, "video"_L1);
        if (!setup || !video)
            return ignored("setup or video missing or mistyped");
        m_media.start(*setup,
                      *video ? protocol::MediaAbility::Video : protocol::MediaAbility::Voice);
    } else if (name == "hangUp"_L1) {
        m_media.hangUp();
    } else if (name == "setMuted"_L1 || name == "setCameraEnabled"_L1 || name == "setOnHold"_L1) {
        const auto on = boolField(message, "on"_L1);
        if (!on)
            return ignored("on missing or not a boolean");
        if (name == "setMuted"_L1)
            m_media.setMuted(*on);
        else if (name == "setCameraEnabled"_L1)
            m_media.setCameraEnabled(*on);
        else
            m_media.setOnHold(*on);
    } else if (name == "sendDtmf"_L1) {
        const auto tones = stringField(message, "tones"_L1);
        if (!tones)
            return ignored("tones missing or not a string");
        m_media.sendDtmf(*tones);
    } else if (name == "selectDevice"_L1) {
        const auto kindName = stringField(message, "kind"_L1);
        const auto kind = kindName ? mediaDeviceKindFromString(*kindName) : std::nullopt;
        const auto id = stringField(message, "id"_L1);
        if (!kind || !id)
            return ignored("kind or id missing or unknown");
        m_media.selectDevice(*kind, *id);
    } else if (name == "startDeviceTest"_L1) {
        const auto video = boolField(message, "video"_L1);
        if (!video)
            return ignored("video missing or not a boolean");
        m_media.startDeviceTest(*video);
    } else if (name == "stopDeviceTest"_L1) {
        m_media.stopDeviceTest();
    } else if (name == "playTestSound"_L1) {
        m_media.playTestSound();
    } else if (name == "videoSize"_L1) {
        const auto width = sideField(message, "width"_L1);
        const auto height = sideField(message, "height"_L1);
        if (!width || !height || (*width == 0) != (*height == 0))
            return ignored("width or height missing or out of range");
        setVideoSize(QSize(*width, *height));
    } else if (name == "frameDone"_L1) {
        m_frameInFlight = false;
    } else if (name == "quit"_L1) {
        quit();
    } else if (name.startsWith("test."_L1)) {
        if (!m_testHooks)
            return ignored("test hooks are off (CEC_CALL_HOST_TEST_HOOKS)");
        runTestHook(name, message);
    } else {
        ignored("unknown message");
    }
}

void CallHostService::runTestHook(const QString &name, const QJsonObject &message)
{
    if (name == "test.reportDevices"_L1) {
        const QJsonValue devices = message.value("devices"_L1);
        if (!devices.isObject()) {
            qCWarning(lcCallHost) << "test.reportDevices ignored: devices is not an object";
            return;
        }
        m_media.page().bridge().reportDevices(devices.toObject());
    } else if (name == "test.runJavaScript"_L1) {
        const QJsonValue id = message.value("id"_L1);
        const auto script = stringField(message, "script"_L1);
        if (!script) {
            qCWarning(lcCallHost) << "test.runJavaScript ignored: script is not a string";
            return;
        }
        m_media.page().runJavaScript(*script, [this, id](const QVariant &value) {
            send(u"test.javaScriptResult"_s,
                 {{"id"_L1, id}, {"value"_L1, QJsonValue::fromVariant(value)}});
        });
    } else {
        qCWarning(lcCallHost).noquote() << "unknown test message" << name << "ignored";
    }
}

void CallHostService::setVideoSize(QSize size)
{
    m_videoSize = size;
    if (size.isEmpty()) {
        m_frameTimer.stop();
        m_view.reset();
        m_frameInFlight = false;
        return;
    }
    if (!m_view) {
        m_view = std::make_unique<QWebEngineView>();
        m_view->setPage(&m_media.page());
    }
    m_view->resize(size);
    m_view->show(); // on the offscreen platform: laid out and rendered, never on a screen
    m_frameTimer.start();
}

void CallHostService::sendFrame()
{
    if (m_frameInFlight || !m_view || !m_channel->isConnected())
        return;
    const QImage image = m_view->grab().toImage().convertToFormat(QImage::Format_RGB32);
    if (image.isNull() || image.width() > CallHostChannel::kMaxFrameSide ||
        image.height() > CallHostChannel::kMaxFrameSide)
        return;
    m_frameInFlight = true;
    m_channel->sendFrame(image.size(), packedPixels(image));
}

void CallHostService::quit()
{
    m_quitting = true;
    setVideoSize({});
    const MediaState state = m_media.state();
    if (state == MediaState::Idle || state == MediaState::Ended || state == MediaState::Failed) {
        m_channel->close();
        finish(0);
        return;
    }
    // hangUpFinished() follows (WebEngineCallMedia bounds the wait); its handler finishes.
    m_media.hangUp();
}

void CallHostService::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_frameTimer.stop();
    Q_EMIT finished(exitCode);
}

} // namespace cec
