#include "callnotice_p.h"

#include <QLabel>

namespace cec {

using namespace std::chrono_literals;

namespace {
constexpr auto kNoticeShown = 6s;
} // namespace

CallNotice::CallNotice(QLabel *label)
    : m_label(label)
{
    m_label->hide();
    m_hideTimer.setSingleShot(true);
    QObject::connect(&m_hideTimer, &QTimer::timeout, m_label, &QWidget::hide);
}

void CallNotice::showTransferred()
{
    show(tr("You are being transferred to another agent…"));
}

void CallNotice::showDeviceLost(MediaDeviceKind kind)
{
    show(kind == MediaDeviceKind::Microphone
             ? tr("Your microphone was disconnected. The call goes on with the default microphone.")
         : kind == MediaDeviceKind::Camera
             ? tr("Your camera was disconnected. The call goes on with the default camera.")
             : tr("Your speaker was disconnected. The call goes on with the default speaker."));
}

void CallNotice::show(const QString &text)
{
    m_label->setText(text);
    m_label->show();
    m_hideTimer.start(kNoticeShown);
}

} // namespace cec
