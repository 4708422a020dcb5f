#include "precalldialog_p.h"

#include "devicefailuretext_p.h"
#include "precallnetworkcheck_p.h"
#include "remotecallmedia.h"
#include "videoframeview_p.h"

#include "ui_precalldialog.h"

#include <QComboBox>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSignalBlocker>

namespace cec {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcPreCall, "cec.widgets.precall")

namespace {
// Speech peaks well above this; the fake and real idle microphones stay below it.
constexpr double kHeardLevel = 0.02;
constexpr auto kMicrophoneDeadline = 6s;

int indexOf(MediaDeviceKind kind)
{
    return static_cast<int>(kind);
}

} // namespace

PreCallDialog::PreCallDialog(RemoteCallMedia &media, CecClient &client,
                             std::optional<CallSetup> lastSetup, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreCallDialog>())
    , m_media(media)
    , m_network(std::make_unique<PreCallNetworkCheck>(client, std::move(lastSetup), this,
                                                      [this] { updateTexts(); }))
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
        // Shows the page's own local preview, which the device test fills.
        m_preview = new VideoFrameView(media, m_ui->cameraPreviewContainer);
        m_preview->setObjectName(u"cameraPreview"_s);
        m_preview->setAccessibleName(tr("Your camera picture"));
        m_preview->setMinimumHeight(160);
        m_ui->cameraPreviewLayout->addWidget(m_preview);
    }
    if (check) {
        fillPicker(m_ui->microphoneCombo, MediaDeviceKind::Microphone, check->microphones);
        fillPicker(m_ui->speakerCombo, MediaDeviceKind::Speaker, check->speakers);
        fillPicker(m_ui->cameraCombo, MediaDeviceKind::Camera, check->cameras);
    }
    m_ui->microphoneCombo->setVisible(m_ui->microphoneCombo->count() > 0);
    m_ui->speakerCombo->setVisible(m_ui->speakerCombo->count() > 0);
    for (auto [picker, kind] : {std::pair{m_ui->microphoneCombo, MediaDeviceKind::Microphone},
                                std::pair{m_ui->speakerCombo, MediaDeviceKind::Speaker},
                                std::pair{m_ui->cameraCombo, MediaDeviceKind::Camera}}) {
        connect(picker, &QComboBox::activated, this,
                [this, picker, kind] { onPicked(picker, kind); });
    }

    // Devices plugged in or out while the dialog is open.
    connect(&media, &RemoteCallMedia::devicesChecked, this, [this](const DeviceCheck &devices) {
        fillPicker(m_ui->microphoneCombo, MediaDeviceKind::Microphone, devices.microphones);
        fillPicker(m_ui->speakerCombo, MediaDeviceKind::Speaker, devices.speakers);
        fillPicker(m_ui->cameraCombo, MediaDeviceKind::Camera, devices.cameras);
    });
    connect(&media, &RemoteCallMedia::deviceTestLevel, this, &PreCallDialog::onLevel);
    connect(&media, &RemoteCallMedia::deviceTestFailed, this, &PreCallDialog::onFailed);
    connect(&media, &RemoteCallMedia::deviceTestVideoShown, this, [this] {
        if (m_captureStopped || !m_hasCamera || m_camera == Check::Works)
            return;
        m_camera = Check::Works;
        updateTexts();
    });

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

    m_micDeadline.setSingleShot(true);
    m_micDeadline.setInterval(kMicrophoneDeadline);
    connect(&m_micDeadline, &QTimer::timeout, this, [this] {
        if (m_microphone == Check::Unknown) {
            m_microphone = Check::Fails;
            updateTexts();
        }
    });

    startCapture();
    m_network->start();
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

void PreCallDialog::fillPicker(QComboBox *picker, MediaDeviceKind kind,
                               const QList<MediaDevice> &devices)
{
    const QSignalBlocker blocker(picker);
    picker->clear();
    for (const MediaDevice &device : devices)
        picker->addItem(device.label.isEmpty() ? tr("Unnamed device") : device.label, device.id);
    // An empty selection is the system default, which Chromium lists as "default". A chosen device
    // that is not listed any more shows as no choice, next to the failure the test reports.
    const QString chosen = m_media.selectedDevice(kind);
    picker->setCurrentIndex(picker->findData(chosen.isEmpty() ? u"default"_s : chosen));
    if (picker->currentIndex() < 0 && chosen.isEmpty() && picker->count() > 0)
        picker->setCurrentIndex(0);
}

void PreCallDialog::onPicked(QComboBox *picker, MediaDeviceKind kind)
{
    const QString id = picker->currentData().toString();
    if (id == m_media.selectedDevice(kind))
        return;
    m_media.selectDevice(kind, id); // for the calls too
    m_failure[indexOf(kind)].clear();
    if (kind == MediaDeviceKind::Speaker) {
        m_speaker = Check::Unknown;
        m_ui->heardToneButton->setEnabled(false);
        m_ui->notHeardToneButton->setEnabled(false);
    } else {
        // The page replaces the running test, microphone and camera together.
        m_failure[indexOf(MediaDeviceKind::Microphone)].clear();
        m_failure[indexOf(MediaDeviceKind::Camera)].clear();
        m_microphone = Check::Unknown;
        m_camera = Check::Unknown;
        m_peakLevel = 0;
        m_ui->microphoneLevelMeter->setValue(0);
        startCapture();
    }
    updateTexts();
}

void PreCallDialog::startCapture()
{
    m_captureStopped = false;
    const auto check = m_media.lastDeviceCheck();
    if (check && check->microphones.isEmpty()) {
        m_microphone = Check::Fails;
        m_failure[indexOf(MediaDeviceKind::Microphone)] = u"NotFoundError"_s;
    }
    m_media.startDeviceTest(m_hasCamera);
    m_micDeadline.start();
}

void PreCallDialog::stopCapture()
{
    if (m_captureStopped)
        return;
    m_captureStopped = true;
    m_micDeadline.stop();
    m_media.stopDeviceTest();
    if (m_preview)
        m_preview->hide(); // and with it the host's frames
}

void PreCallDialog::onLevel(double level)
{
    if (m_captureStopped)
        return;
    m_ui->microphoneLevelMeter->setValue(qBound(0, qRound(level * 100), 100));
    m_peakLevel = std::max(m_peakLevel, level);
    if (m_microphone != Check::Works && m_peakLevel >= kHeardLevel &&
        m_failure[indexOf(MediaDeviceKind::Microphone)].isEmpty()) {
        m_microphone = Check::Works;
        updateTexts();
    }
}

void PreCallDialog::onFailed(MediaDeviceKind kind, const QString &reason)
{
    if (m_captureStopped && kind != MediaDeviceKind::Speaker)
        return;
    qCInfo(lcPreCall) << "device test:" << int(kind) << reason;
    m_failure[indexOf(kind)] = reason;
    switch (kind) {
    case MediaDeviceKind::Microphone:
        m_microphone = Check::Fails;
        m_micDeadline.stop();
        m_ui->microphoneLevelMeter->setValue(0);
        break;
    case MediaDeviceKind::Camera:
        m_camera = Check::Fails;
        break;
    case MediaDeviceKind::Speaker:
        m_speaker = Check::Fails;
        m_ui->heardToneButton->setEnabled(false);
        m_ui->notHeardToneButton->setEnabled(false);
        break;
    }
    updateTexts();
}

QString PreCallDialog::failureText(MediaDeviceKind kind) const
{
    return DeviceFailureText::text(kind, m_failure[indexOf(kind)]);
}

PreCallDialog::Check PreCallDialog::service() const
{
    return m_network->service();
}

PreCallDialog::Check PreCallDialog::gateway() const
{
    return m_network->gateway();
}

void PreCallDialog::playTestTone()
{
    m_failure[indexOf(MediaDeviceKind::Speaker)].clear();
    m_speaker = Check::Unknown;
    m_media.playTestSound(); // on the chosen speaker
    m_ui->heardToneButton->setEnabled(true);
    m_ui->notHeardToneButton->setEnabled(true);
    m_ui->speakerStatusLabel->setText(tr("Did you hear a short tone?"));
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
            m_failure[indexOf(MediaDeviceKind::Microphone)].isEmpty()
                ? tr("We hear nothing from your microphone. Check that it is plugged in and not "
                     "muted.")
                : failureText(MediaDeviceKind::Microphone));
        break;
    }
    if (m_speaker == Check::Unknown && !m_ui->heardToneButton->isEnabled())
        m_ui->speakerStatusLabel->setText(tr("Play the test sound to check your speaker."));
    else if (m_speaker == Check::Works)
        m_ui->speakerStatusLabel->setText(tr("Your speaker works."));
    else if (m_speaker == Check::Fails)
        m_ui->speakerStatusLabel->setText(
            m_failure[indexOf(MediaDeviceKind::Speaker)].isEmpty()
                ? tr("Check that your speaker or headphones are connected and the volume is up.")
                : failureText(MediaDeviceKind::Speaker));
    switch (m_camera) {
    case Check::Unknown:
        m_ui->cameraStatusLabel->setText(tr("Starting your camera…"));
        break;
    case Check::Works:
        m_ui->cameraStatusLabel->setText(tr("Your camera works. This is what the agent will see."));
        break;
    case Check::Fails:
        m_ui->cameraStatusLabel->setText(m_failure[indexOf(MediaDeviceKind::Camera)].isEmpty()
                                             ? tr("Your camera could not be started.")
                                             : failureText(MediaDeviceKind::Camera));
        break;
    }
    m_ui->networkStatusLabel->setText(m_network->text());
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
    if (m_network->service() == Check::Fails)
        return tr("Your devices may be fine, but our call service cannot be reached. Please try "
                  "again later.");
    if (m_microphone == Check::Unknown || m_speaker == Check::Unknown ||
        m_network->service() == Check::Unknown)
        return tr("Testing… Speak a few words and play the test sound.");
    if (m_camera == Check::Fails)
        return tr("Your microphone and speaker work. You can make a voice call; video will not "
                  "work.");
    return tr("Your microphone and speaker work. You can call.");
}

} // namespace cec
