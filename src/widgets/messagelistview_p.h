// The conversation list: keeps to the newest message unless the user scrolled up, shows a
// pointing hand over links and actions, and lets keyboard users trigger the item's action.
#pragma once

#include <QListView>

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

Q_SIGNALS:
    // Enter or Space on the current item: retry, save or open its first link.
    void itemTriggered(const QModelIndex &index);
    void scrolledToBottom();

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
