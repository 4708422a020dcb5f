#include "readtracker_p.h"

#include "chatsession.h"
#include "messagelistview_p.h"

namespace cec {

ReadTracker::ReadTracker(ChatSession &session, QWidget *widget, MessageListView *view,
                         std::function<void(int)> countChanged)
    : m_session(session)
    , m_widget(widget)
    , m_view(view)
    , m_countChanged(std::move(countChanged))
{}

bool ReadTracker::userSeesNewest() const
{
    return m_widget->isVisible() && m_widget->isActiveWindow() && m_view->isAtBottom();
}

void ReadTracker::countUnread(const QString &messageId)
{
    m_unseenServerIds.append(messageId);
    if (userSeesNewest()) {
        markSeen();
        return;
    }
    ++m_unread;
    m_countChanged(m_unread);
}

void ReadTracker::markSeen()
{
    if (!userSeesNewest())
        return;
    if (!m_unseenServerIds.isEmpty()) {
        m_session.markRead(m_unseenServerIds);
        m_unseenServerIds.clear();
    }
    if (m_unread != 0) {
        m_unread = 0;
        m_countChanged(0);
    }
}

} // namespace cec
