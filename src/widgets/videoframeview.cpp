#include "videoframeview_p.h"

#include "remotecallmedia.h"

#include <QPainter>

namespace cec {

VideoFrameView::VideoFrameView(RemoteCallMedia &media, QWidget *parent)
    : QWidget(parent)
    , m_media(&media)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(&media, &RemoteCallMedia::videoFrameReceived, this, &VideoFrameView::onFrame);
}

VideoFrameView::~VideoFrameView()
{
    if (m_media)
        m_media->setVideoSize({});
}

void VideoFrameView::onFrame(QSize size, const QByteArray &rgb32)
{
    if (!isVisible())
        return;
    m_pixels = rgb32;
    m_frame = QImage(reinterpret_cast<const uchar *>(m_pixels.constData()), size.width(),
                     size.height(), size.width() * 4, QImage::Format_RGB32);
    ++m_framesShown;
    update();
}

void VideoFrameView::askForSize()
{
    if (m_media)
        m_media->setVideoSize(isVisible() ? size() : QSize());
}

void VideoFrameView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    askForSize();
}

void VideoFrameView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    askForSize();
}

void VideoFrameView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_media)
        m_media->setVideoSize({});
}

void VideoFrameView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    if (m_frame.isNull())
        return;
    // The host renders at our size; between a resize and the next frame the old one is scaled.
    const QSize fitted = m_frame.size().scaled(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2),
                       fitted);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, m_frame);
}

} // namespace cec
