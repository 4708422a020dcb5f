// The conversation list: keeps to the newest message unless the user scrolled up, shows a
// pointing hand over links and actions, and lets keyboard users trigger the item's action.
#pragma once

#include <QListView>

#include <functional>

namespace cec {

class MessageDelegate;

class MessageListView final : public QListView
{
    Q_OBJECT
public:
    explicit MessageListView(QWidget *parent = nullptr);
    ~MessageListView() override;

    void setMessageDelegate(MessageDelegate *delegate);
    bool isAtBottom() const;
    // Keeps to the newest message: true until the user scrolls up, and again once back at the
    // bottom. Unlike isAtBottom(), not false for the moment between a row's arrival and the
    // scroll that follows it.
    bool followsNewest() const { return m_followNewest; }
    // Puts older rows in front without moving what the user is looking at.
    void keepPositionWhile(const std::function<void()> &insertAbove);

Q_SIGNALS:
    // Enter or Space on the current item: retry, save or open its first link.
    void itemTriggered(const QModelIndex &index);
    void scrolledToBottom();
    // The user reached the top of what is shown: older messages may be loaded.
    void scrolledToTop();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;

private:
    MessageDelegate *m_delegate = nullptr;
    bool m_followNewest = true;
};

} // namespace cec
