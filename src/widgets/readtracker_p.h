// Unread messages and READ receipts: counts the agent's and bot's messages the customer has not
// seen (the host shows the count), and marks them read on the server once the customer sees the
// newest message (window active, list scrolled to the bottom).
#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace cec {

class ChatSession;
class MessageListView;

class ReadTracker final
{
public:
    // `widget` is the chat widget (visible and active?); `countChanged` gets the new count.
    ReadTracker(ChatSession &session, QWidget *widget, MessageListView *view,
                std::function<void(int)> countChanged);

    int unreadCount() const { return m_unread; }
    void countUnread(const QString &messageId); // a new message from the other side
    void markSeen(); // when the user may have seen the newest message (activation, scrolling)

private:
    bool userSeesNewest() const;

    ChatSession &m_session;
    QWidget *m_widget;
    MessageListView *m_view;
    std::function<void(int)> m_countChanged;
    int m_unread = 0;
    QStringList m_unseenServerIds; // other side's messages not seen yet (for READ)
};

} // namespace cec
