#include "conversationwindow_p.h"

#include "conversationarchive_p.h"
#include "conversationmodel_p.h"
#include "messagelistview_p.h"

#include <QLoggingCategory>

namespace cec {

namespace {
Q_LOGGING_CATEGORY(lcWindow, "cec.widgets.window", QtInfoMsg)
} // namespace

ConversationWindow::ConversationWindow(ConversationModel &model, MessageListView &view,
                                       ConversationArchive &archive, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_view(view)
    , m_archive(archive)
{
    connect(&m_view, &MessageListView::scrolledToTop, this, [this] { loadOlder(); });
}

void ConversationWindow::messagesAdded()
{
    const int count = m_model.messageCount();
    // Someone reading back is not disturbed until the hard bound.
    if (count > kShown + kTrimStep && m_view.followsNewest())
        trimTo(kShown);
    else if (count > kMaxShown)
        trimTo(kMaxShown - kTrimStep);
}

void ConversationWindow::trimTo(int keep)
{
    const QList<ChatMessage> oldest = m_model.takeOldest(m_model.messageCount() - keep);
    if (m_archive.push(oldest))
        return;
    // Not written: they stay shown, at the cost of memory, rather than being lost.
    qCWarning(lcWindow) << "keeping" << oldest.size() << "messages in memory";
    m_model.prependMessages(oldest);
}

bool ConversationWindow::loadOlder()
{
    if (m_archive.size() == 0)
        return false;
    const int room = kMaxShown - m_model.messageCount();
    if (room <= 0) {
        // Further back than memory allows: the transcript export has the whole conversation.
        qCDebug(lcWindow) << "not loading more; the window is full";
        return false;
    }
    const QList<ChatMessage> older = m_archive.popNewest(std::min(kPage, room));
    qCDebug(lcWindow) << "loading" << older.size() << "older messages;" << m_archive.size()
                      << "remain archived";
    m_view.keepPositionWhile([&] { m_model.prependMessages(older); });
    Q_EMIT olderLoaded(older);
    return true;
}

bool ConversationWindow::isOlderThanShown(const ChatMessage &message) const
{
    if (m_archive.size() == 0)
        return false;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        if (const auto first = m_model.messageAt(row))
            return message.timestamp < first->timestamp;
    }
    return true;
}

QList<ChatMessage> ConversationWindow::allMessages() const
{
    return m_archive.readAll() + m_model.messages();
}

void ConversationWindow::clear()
{
    m_archive.clear();
    m_model.clear();
}

} // namespace cec
