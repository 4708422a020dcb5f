#include "callvideoview_p.h"

#include "remotecallmedia.h"
#include "videoframeview_p.h"

#include <QLayout>

namespace cec {

using namespace Qt::StringLiterals;

CallVideoView::CallVideoView(QWidget *container, QLayout *layout)
    : m_container(container)
    , m_layout(layout)
{
    m_container->hide();
}

void CallVideoView::show(RemoteCallMedia *media, bool show)
{
    if (show && media && !m_view) {
        m_view = new VideoFrameView(*media, m_container);
        m_view->setObjectName(u"callVideoView"_s);
        m_view->setAccessibleName(tr("Agent video and your camera"));
        m_view->setMinimumHeight(180);
        m_layout->addWidget(m_view);
    }
    m_container->setVisible(show && media);
}

void CallVideoView::discard()
{
    m_container->setVisible(false);
    delete m_view.data();
}

} // namespace cec
