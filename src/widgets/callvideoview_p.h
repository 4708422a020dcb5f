// The video of a video call in the call panel: the call page's picture (the agent's video and the
// customer's camera), created on the first video call and shown while the call connects and runs.
#pragma once

#include <QCoreApplication>
#include <QPointer>

class QLayout;
class QWidget;

namespace cec {

class RemoteCallMedia;
class VideoFrameView;

class CallVideoView final
{
    Q_DECLARE_TR_FUNCTIONS(cec::CallPanel) // the panel's strings, in the panel's context
public:
    CallVideoView(QWidget *container, QLayout *layout);

    // `media` null: there is no call page yet, nothing is shown.
    void show(RemoteCallMedia *media, bool show);
    // The call page goes away: so does the view.
    void discard();

private:
    QWidget *m_container; // not owned
    QLayout *m_layout;    // not owned
    QPointer<VideoFrameView> m_view;
};

} // namespace cec
