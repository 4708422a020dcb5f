#include "precalldialog_p.h"

#include "callpage.h"
#include "cecclient.h"
#include "gatewayaddresses.h"
#include "webenginecallmedia.h"

#include "ui_precalldialog.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTcpSocket>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace cec {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcPreCall, "cec.widgets.precall")

namespace {
// Speech peaks well above this; the fake and real idle microphones stay below it.
constexpr double kHeardLevel = 0.02;
constexpr auto kMicrophoneDeadline = 6s;
constexpr auto kPollInterval = 100ms;
constexpr int kGatewayTimeoutMs = 3000;
const quint32 kWorld = QWebEngineScript::ApplicationWorld;

// Runs in an isolated world of the call page: shares its DOM (the preview element) and its
// permissions, not its JavaScript. `window.cecPreCall` here is invisible to the page's scripts.
const char kStartScript[] = R"JS(
(function (withVideo, microphoneId, cameraId) {
    if (window.cecPreCall) window.cecPreCall.stop();
    const state = { level: 0, peak: 0, error: '', video: false, stopped: false, stream: null };
    window.cecPreCall = state;
    state.stop = function () {
        state.stopped = true;
        if (state.stream) state.stream.getTracks().forEach(t => t.stop());
        if (state.context) state.context.close();
        if (state.tone) state.tone.close();
        const preview = document.getElementById('localVideo');
        if (preview && preview.srcObject === state.stream) {
            preview.srcObject = null;
            preview.classList.remove('active');
        }
    };
    const audio = microphoneId ? { deviceId: { exact: microphoneId } } : true;
    const video = withVideo ? (cameraId ? { deviceId: { exact: cameraId } } : true) : false;
    navigator.mediaDevices.getUserMedia({ audio, video }).then(stream => {
        state.stream = stream;
        if (state.stopped) { stream.getTracks().forEach(t => t.stop()); return; }
        const context = new AudioContext();
        state.context = context;
        const analyser = context.createAnalyser();
        analyser.fftSize = 1024;
        context.createMediaStreamSource(stream).connect(analyser);
        const samples = new Float32Array(analyser.fftSize);
        state.timer = setInterval(() => {
            if (state.stopped) { clearInterval(state.timer); return; }
            analyser.getFloatTimeDomainData(samples);
            let peak = 0;
            for (const s of samples) peak = Math.max(peak, Math.abs(s));
            state.level = peak;
            state.peak = Math.max(state.peak, peak);
        }, 50);
        if (withVideo) {
            const preview = document.getElementById('localVideo');
            preview.srcObject = stream;
            preview.classList.add('active');
            preview.play().catch(() => {});
            state.video = stream.getVideoTracks().some(t => t.readyState === 'live');
        }
    }).catch(error => { state.error = (error && error.name) || String(error); });
})
)JS";

const char kPollScript[] = R"JS(
(function () {
    const s = window.cecPreCall;
    if (!s) return null;
    const preview = document.getElementById('localVideo');
    return { level: s.level, peak: s.peak, error: s.error, video: s.video,
             frames: preview && preview.srcObject === s.stream && s.stream ? (preview.videoWidth || 0) : 0 };
})()
)JS";

// The test tone goes the way the call's audio goes: WebAudio in the page, through the speaker the
// customer chose (setSinkId), not through a separate Qt audio path.
const char kToneScript[] = R"JS(
(function (speakerId) {
    const s = window.cecPreCall || (window.cecPreCall = {});
    if (s.tone) s.tone.close();
    const context = new AudioContext();
    s.tone = context;
    const oscillator = context.createOscillator();
    oscillator.frequency.value = 440;
    const gain = context.createGain();
    gain.gain.value = 0.2;
    const destination = context.createMediaStreamDestination();
    oscillator.connect(gain).connect(destination);
    const element = new Audio();
    element.srcObject = destination.stream;
    const play = () => element.play().catch(() => {});
    if (speakerId && element.setSinkId) element.setSinkId(speakerId).then(play, play); else play();
    oscillator.start();
    oscillator.stop(context.currentTime + 1.5);
    oscillator.onended = () => { element.pause(); context.close(); };
    return true;
})
)JS";

} // namespace

PreCallDialog::PreCallDialog(WebEngineCallMedia &media, CecClient &client,
                             std::optional<CallSetup> lastSetup, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreCallDialog>())
    , m_media(media)
    , m_client(client)
    , m_lastSetup(std::move(lastSetup))
{
    m_ui->setupUi(this);
    setObjectName(u"preCallDialog"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_ui->introLabel->setText(
        tr("Speak a few words: the bar moves when we hear you. Then play the test sound."));
    m_ui->verdictLabel->setFont([this] {
        QFont font = m_ui->verdictLabel->font();
        font.setBold(true);
        return font;
    }());

    const auto check = media.lastDeviceCheck();
    m_hasCamera = check && !check->cameras.isEmpty();
    m_ui->cameraGroup->setVisible(m_hasCamera);
    if (m_hasCamera) {
        m_preview = new QWebEngineView(m_ui->cameraPreviewContainer);
        m_preview->setObjectName(u"cameraPreview"_s);
        m_preview->setAccessibleName(tr("Your camera picture"));
        m_preview->setContextMenuPolicy(Qt::NoContextMenu);
        m_preview->setMinimumHeight(160);
        m_ui->cameraPreviewLayout->addWidget(m_preview);
        m_preview->setPage(&media.page());
    }

    connect(m_ui->speakerTestButton, &QPushButton::clicked, this, [this] { playTestTone(); });
    connect(m_ui->heardToneButton, &QPushButton::clicked, this, [this] {
        m_speaker = Check::Works;
        updateTexts();
    });
    connect(m_ui->notHeardToneButton, &QPushButton::clicked, this, [this] {
        m_speaker = Check::Fails;
        updateTexts();
    });
    m_ui->heardToneButton->setEnabled(false);
    m_ui->notHeardToneButton->setEnabled(false);

    m_poll.setInterval(kPollInterval);
    connect(&m_poll, &QTimer::timeout, this, [this] { pollPage(); });
    m_micDeadline.setSingleShot(true);
    m_micDeadline.setInterval(kMicrophoneDeadline);
    connect(&m_micDeadline, &QTimer::timeout, this, [this] {
        if (m_microphone == Check::Unknown) {
            m_microphone = Check::Fails;
            updateTexts();
        }
    });

    startCapture();
    checkService();
    checkGateway();
    updateTexts();
}

PreCallDialog::~PreCallDialog()
{
    stopCapture();
}

void PreCallDialog::done(int result)
{
    stopCapture();
    QDialog::done(result);
}

void PreCallDialog::startCapture()
{
    const auto check = m_media.lastDeviceCheck();
    if (check && check->microphones.isEmpty()) {
        m_microphone = Check::Fails;
        m_captureError = u"NotFoundError"_s;
    }
    const QString script = QString::fromUtf8(kStartScript) +
                           u"(%1, '', '')"_s.arg(m_hasCamera ? u"true"_s : u"false"_s);
    m_media.page().runJavaScript(script, kWorld);
    m_poll.start();
    m_micDeadline.start();
}

void PreCallDialog::stopCapture()
{
    if (m_captureStopped)
        return;
    m_captureStopped = true;
    m_poll.stop();
    m_media.page().runJavaScript(u"window.cecPreCall && window.cecPreCall.stop()"_s, kWorld);
    if (m_preview)
        m_preview->setPage(nullptr);
}

void PreCallDialog::pollPage()
{
    QPointer<PreCallDialog> self(this);
    m_media.page().runJavaScript(QString::fromUtf8(kPollScript), kWorld, [self](const QVariant &v) {
        if (PreCallDialog *dialog = self.data())
            dialog->onPollResult(v.toMap());
    });
}

void PreCallDialog::onPollResult(const QVariantMap &state)
{
    if (m_captureStopped || state.isEmpty())
        return;
    const double level = state.value(u"level"_s).toDouble();
    m_peakLevel = std::max(m_peakLevel, state.value(u"peak"_s).toDouble());
    m_ui->microphoneLevelMeter->setValue(qBound(0, qRound(level * 100), 100));
    bool changed = false;
    const QString error = state.value(u"error"_s).toString();
    if (!error.isEmpty() && m_captureError != error) {
        m_captureError = error;
        m_microphone = Check::Fails;
        if (m_hasCamera)
            m_camera = Check::Fails;
        changed = true;
    }
    if (m_microphone != Check::Works && m_peakLevel >= kHeardLevel) {
        m_microphone = Check::Works;
        changed = true;
    }
    if (m_hasCamera && m_camera == Check::Unknown && state.value(u"frames"_s).toInt() > 0) {
        m_camera = Check::Works;
        changed = true;
    }
    if (changed)
        updateTexts();
}

void PreCallDialog::playTestTone()
{
    m_media.page().runJavaScript(QString::fromUtf8(kToneScript) + u"('')"_s, kWorld);
    m_ui->heardToneButton->setEnabled(true);
    m_ui->notHeardToneButton->setEnabled(true);
    m_ui->speakerStatusLabel->setText(tr("Did you hear a short tone?"));
}

void PreCallDialog::checkService()
{
    m_client.checkClickToCallSupport(this, [this](cec::Result<ClickToCallSupport> result) {
        m_service = result && result->available() ? Check::Works : Check::Fails;
        if (!result)
            qCInfo(lcPreCall) << "service check failed:" << result.error().toString();
        updateTexts();
    });
}

void PreCallDialog::checkGateway()
{
    // Only an address a call would dial (wss:, or ws: to loopback) is probed.
    const QStringList gateways =
        m_lastSetup ? cec::selectGatewayAddresses(m_lastSetup->gatewayAddresses).accepted
                    : QStringList();
    if (gateways.isEmpty())
        return; // unknown until a call starts: said so in the text, never claimed to work
    const QUrl url(gateways.constFirst());
    m_gatewayProbe = new QTcpSocket(this);
    connect(m_gatewayProbe, &QTcpSocket::connected, this, [this] {
        m_gateway = Check::Works;
        m_gatewayProbe->abort();
        updateTexts();
    });
    connect(m_gatewayProbe, &QTcpSocket::errorOccurred, this, [this] {
        if (m_gateway == Check::Unknown) {
            m_gateway = Check::Fails;
            updateTexts();
        }
    });
    QTimer::singleShot(kGatewayTimeoutMs, m_gatewayProbe, [this] {
        if (m_gateway == Check::Unknown) {
            m_gatewayProbe->abort();
            m_gateway = Check::Fails;
            updateTexts();
        }
    });
    m_gatewayProbe->connectToHost(url.host(),
                                  quint16(url.port(url.scheme() == "wss"_L1 ? 443 : 80)));
}

void PreCallDialog::updateTexts()
{
    switch (m_microphone) {
    case Check::Unknown:
        m_ui->microphoneStatusLabel->setText(tr("Listening…"));
        break;
    case Check::Works:
        m_ui->microphoneStatusLabel->setText(tr("We can hear your microphone."));
        break;
    case Check::Fails:
        m_ui->microphoneStatusLabel->setText(
            m_captureError.isEmpty()
                ? tr("We hear nothing from your microphone. Check that it is plugged in and not "
                     "muted.")
                : tr("Your microphone could not be used (%1).").arg(m_captureError));
        break;
    }
    if (m_speaker == Check::Unknown && !m_ui->heardToneButton->isEnabled())
        m_ui->speakerStatusLabel->setText(tr("Play the test sound to check your speaker."));
    else if (m_speaker == Check::Works)
        m_ui->speakerStatusLabel->setText(tr("Your speaker works."));
    else if (m_speaker == Check::Fails)
        m_ui->speakerStatusLabel->setText(
            tr("Check that your speaker or headphones are connected and the volume is up."));
    switch (m_camera) {
    case Check::Unknown:
        m_ui->cameraStatusLabel->setText(tr("Starting your camera…"));
        break;
    case Check::Works:
        m_ui->cameraStatusLabel->setText(tr("Your camera works. This is what the agent will see."));
        break;
    case Check::Fails:
        m_ui->cameraStatusLabel->setText(tr("Your camera could not be started."));
        break;
    }
    QString network;
    switch (m_service) {
    case Check::Unknown:
        network = tr("Checking the connection to our call service…");
        break;
    case Check::Works:
        network = tr("Our call service can be reached.");
        break;
    case Check::Fails:
        network = tr("Our call service cannot be reached right now.");
        break;
    }
    switch (m_gateway) {
    case Check::Unknown:
        if (!m_lastSetup)
            network += u' ' + tr("The connection for the voice itself is only made when a call "
                                 "starts, so it could not be tested here.");
        break;
    case Check::Works:
        network += u' ' + tr("The voice connection of your last call can be reached too.");
        break;
    case Check::Fails:
        network += u' ' + tr("The voice connection of your last call cannot be reached; a "
                             "firewall may block it.");
        break;
    }
    m_ui->networkStatusLabel->setText(network);
    const QString text = verdict();
    if (m_ui->verdictLabel->text() != text) {
        m_ui->verdictLabel->setText(text);
        Q_EMIT verdictChanged(text);
    }
}

QString PreCallDialog::verdict() const
{
    if (m_microphone == Check::Fails)
        return tr("Your microphone does not work yet, so a call is not possible. Check it and "
                  "open this test again.");
    if (m_speaker == Check::Fails)
        return tr("You would not hear the agent. Check your speaker or headphones, then play the "
                  "test sound again.");
    if (m_service == Check::Fails)
        return tr("Your devices may be fine, but our call service cannot be reached. Please try "
                  "again later.");
    if (m_microphone == Check::Unknown || m_speaker == Check::Unknown ||
        m_service == Check::Unknown)
        return tr("Testing… Speak a few words and play the test sound.");
    if (m_camera == Check::Fails)
        return tr("Your microphone and speaker work. You can make a voice call; video will not "
                  "work.");
    return tr("Your microphone and speaker work. You can call.");
}

} // namespace cec
