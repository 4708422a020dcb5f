// The call page's picture (the agent's video and the customer's camera, as the page lays them
// out), painted from the frames the call host sends (docs/call-host.md): while shown, it tells the
// media its size, so the host renders at that size and sends frames only while someone looks.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QPointer>
#include <QWidget>

namespace cec {

class RemoteCallMedia;

class VideoFrameView final : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int framesShown READ framesShown) // for tests and GUI automation
public:
    VideoFrameView(RemoteCallMedia &media, QWidget *parent = nullptr);
    ~VideoFrameView() override;

    int framesShown() const { return m_framesShown; }
    QImage currentFrame() const { return m_frame; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onFrame(QSize size, const QByteArray &rgb32);
    void askForSize();

    QPointer<RemoteCallMedia> m_media;
    QByteArray m_pixels; // what m_frame points into
    QImage m_frame;
    int m_framesShown = 0;
};

} // namespace cec
