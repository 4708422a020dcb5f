#include "callcontrols_p.h"

#include "callreadiness_p.h"
#include "deferredcallmedia_p.h"
#include "remotecallmedia.h"

#include "ui_callpanel.h"

#include <QToolButton>

#include <utility>

namespace cec {

using namespace Qt::StringLiterals;

CallControls::CallControls(Ui::CallPanel &ui, DeferredCallMedia &media,
                           std::function<void()> changed)
    : m_ui(ui)
    , m_media(media)
    , m_changed(std::move(changed))
{
    m_ui.keypadWidget->hide();
    createKeypad();
    QObject::connect(m_ui.muteButton, &QPushButton::toggled, m_ui.muteButton, [this](bool muted) {
        if (auto *real = m_media.real())
            real->setMuted(muted);
        m_changed();
    });
    QObject::connect(m_ui.cameraButton, &QPushButton::toggled, m_ui.cameraButton, [this](bool off) {
        if (auto *real = m_media.real())
            real->setCameraEnabled(!off);
        m_changed();
    });
    QObject::connect(m_ui.holdButton, &QPushButton::toggled, m_ui.holdButton, [this](bool onHold) {
        if (auto *real = m_media.real())
            real->setOnHold(onHold);
        m_changed();
    });
    QObject::connect(m_ui.keypadButton, &QPushButton::toggled, m_ui.keypadWidget,
                     &QWidget::setVisible);
}

void CallControls::createKeypad()
{
    static const char *const keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#"};
    auto *grid = m_ui.keypadLayout;
    for (int i = 0; i < 12; ++i) {
        const QString key = QString::fromLatin1(keys[i]);
        auto *button = new QToolButton(m_ui.keypadWidget);
        button->setText(key);
        const QString name = key == "*"_L1 ? u"Star"_s : key == "#"_L1 ? u"Hash"_s : key;
        button->setObjectName(u"keypad"_s + name + u"Button"_s);
        button->setAccessibleName(tr("Send tone %1").arg(key));
        button->setFocusPolicy(Qt::StrongFocus);
        QObject::connect(button, &QToolButton::clicked, button, [this, key] {
            if (auto *media = m_media.real())
                media->sendDtmf(key);
        });
        grid->addWidget(button, i / 3, i % 3);
    }
}

void CallControls::follow(RemoteCallMedia &media, std::function<void(bool)> mutedReported)
{
    QObject::connect(&media, &RemoteCallMedia::mutedChanged, m_ui.muteButton,
                     [this, mutedReported = std::move(mutedReported)](bool muted) {
                         {
                             const QSignalBlocker blocker(m_ui.muteButton);
                             m_ui.muteButton->setChecked(muted);
                         }
                         m_changed();
                         mutedReported(muted);
                     });
    QObject::connect(&media, &RemoteCallMedia::cameraEnabledChanged, m_ui.cameraButton,
                     [this](bool enabled) {
                         const QSignalBlocker blocker(m_ui.cameraButton);
                         m_ui.cameraButton->setChecked(!enabled);
                         m_changed();
                     });
    QObject::connect(&media, &RemoteCallMedia::holdChanged, m_ui.holdButton, [this](bool onHold) {
        const QSignalBlocker blocker(m_ui.holdButton);
        m_ui.holdButton->setChecked(onHold);
        m_changed();
    });
}

void CallControls::reset()
{
    for (QAbstractButton *button : {static_cast<QAbstractButton *>(m_ui.muteButton),
                                    static_cast<QAbstractButton *>(m_ui.cameraButton),
                                    static_cast<QAbstractButton *>(m_ui.holdButton),
                                    static_cast<QAbstractButton *>(m_ui.keypadButton)}) {
        const QSignalBlocker blocker(button);
        button->setChecked(false);
    }
    m_ui.keypadWidget->hide();
}

void CallControls::update(CallPanel::Phase phase, bool videoCall, const CallReadiness &readiness)
{
    using Phase = CallPanel::Phase;
    const bool offer = (phase == Phase::Ready || phase == Phase::Ended) && readiness.canOffer();
    const bool inCall = phase == Phase::InCall;
    const bool running = phase == Phase::Requesting || phase == Phase::Queuing ||
                         phase == Phase::Connecting || inCall;
    m_ui.voiceCallButton->setVisible(offer);
    m_ui.videoCallButton->setVisible(offer && readiness.canOfferVideo());
    m_ui.testDevicesButton->setVisible(phase == Phase::Ready || phase == Phase::Ended ||
                                       phase == Phase::Failed || phase == Phase::Blocked);
    m_ui.retryButton->setVisible(phase == Phase::Failed && readiness.canOffer());
    m_ui.hangUpButton->setVisible(running);
    m_ui.hangUpButton->setText(inCall ? tr("Hang up") : tr("Cancel"));
    m_ui.hangUpButton->setAccessibleName(inCall ? tr("Hang up") : tr("Cancel the call"));
    m_ui.muteButton->setVisible(inCall);
    m_ui.cameraButton->setVisible(inCall && videoCall);
    m_ui.holdButton->setVisible(inCall);
    m_ui.keypadButton->setVisible(inCall);
    m_ui.keypadWidget->setVisible(inCall && m_ui.keypadButton->isChecked());
    m_ui.devicesButton->setVisible((offer || running) && readiness.deviceCheck().has_value());

    const bool muted = isMuted();
    m_ui.muteButton->setText(muted ? tr("Unmute") : tr("Mute"));
    m_ui.muteButton->setAccessibleName(muted ? tr("Unmute microphone") : tr("Mute microphone"));
    const bool cameraOff = m_ui.cameraButton->isChecked();
    m_ui.cameraButton->setText(cameraOff ? tr("Camera on") : tr("Camera off"));
    m_ui.cameraButton->setAccessibleName(cameraOff ? tr("Turn camera on") : tr("Turn camera off"));
    const bool onHold = isOnHold();
    m_ui.holdButton->setText(onHold ? tr("Resume") : tr("Hold"));
    m_ui.holdButton->setAccessibleName(onHold ? tr("Resume the call") : tr("Hold the call"));
}

bool CallControls::isMuted() const
{
    return m_ui.muteButton->isChecked();
}

bool CallControls::isOnHold() const
{
    return m_ui.holdButton->isChecked();
}

void CallControls::setMuted(bool muted)
{
    m_ui.muteButton->setChecked(muted);
}

} // namespace cec
