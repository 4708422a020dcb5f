#include "callvideoview_p.h"

#include "callpage.h"
#include "webenginecallmedia.h"

#include <QLayout>
#include <QWebEngineView>

namespace cec {

using namespace Qt::StringLiterals;

CallVideoView::CallVideoView(QWidget *container, QLayout *layout)
    : m_container(container)
    , m_layout(layout)
{
    m_container->hide();
}

void CallVideoView::show(WebEngineCallMedia *media, bool show)
{
    if (show && media) {
        if (!m_view) {
            m_view = new QWebEngineView(m_container);
            m_view->setObjectName(u"callVideoView"_s);
            m_view->setAccessibleName(tr("Agent video and your camera"));
            m_view->setContextMenuPolicy(Qt::NoContextMenu);
            m_view->setMinimumHeight(180);
            m_layout->addWidget(m_view);
        }
        if (m_view->page() != &media->page())
            m_view->setPage(&media->page());
    }
    m_container->setVisible(show && media);
}

void CallVideoView::releasePage()
{
    if (m_view)
        m_view->setPage(nullptr);
}

void CallVideoView::discard()
{
    m_container->setVisible(false);
    if (m_view) {
        m_view->setPage(nullptr);
        delete m_view.data();
    }
}

} // namespace cec
