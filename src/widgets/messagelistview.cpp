#include "messagelistview_p.h"

#include "messagedelegate_p.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QTimer>

namespace cec {

MessageListView::MessageListView(QWidget *parent)
    : QListView(parent)
{
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(Adjust);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    setUniformItemSizes(false);
    setLayoutMode(Batched);
    setBatchSize(200);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_followNewest = isAtBottom();
        if (m_followNewest)
            Q_EMIT scrolledToBottom();
        else if (verticalScrollBar()->value() == verticalScrollBar()->minimum())
            Q_EMIT scrolledToTop();
    });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (m_followNewest)
            scrollToBottom();
    });
}

MessageListView::~MessageListView() = default;

void MessageListView::setMessageDelegate(MessageDelegate *delegate)
{
    m_delegate = delegate;
    setItemDelegate(delegate);
}

bool MessageListView::isAtBottom() const
{
    const QScrollBar *bar = verticalScrollBar();
    return bar->value() >= bar->maximum() - 4;
}

void MessageListView::keepPositionWhile(const std::function<void()> &insertAbove)
{
    const QModelIndex anchor = indexAt(QPoint(0, 0));
    const QPersistentModelIndex kept(anchor);
    const int offset = anchor.isValid() ? visualRect(anchor).top() : 0;
    insertAbove();
    if (!kept.isValid())
        return;
    scrollTo(kept, PositionAtTop);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() - offset);
}

void MessageListView::mouseMoveEvent(QMouseEvent *event)
{
    QListView::mouseMoveEvent(event);
    const QModelIndex index = indexAt(event->position().toPoint());
    bool actionable = false;
    if (m_delegate && index.isValid()) {
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        option.rect = visualRect(index);
        actionable = m_delegate->hitTest(option, index, event->position().toPoint()) !=
                     MessageDelegate::Hit::None;
    }
    viewport()->setCursor(actionable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void MessageListView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
         event->key() == Qt::Key_Space) &&
        currentIndex().isValid()) {
        Q_EMIT itemTriggered(currentIndex());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void MessageListView::resizeEvent(QResizeEvent *event)
{
    const bool follow = m_followNewest;
    QListView::resizeEvent(event);
    // Row heights depend on the width, so the whole list is laid out again.
    scheduleDelayedItemsLayout();
    if (follow)
        QTimer::singleShot(0, this, [this] { scrollToBottom(); });
}

void MessageListView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    if (m_followNewest)
        QTimer::singleShot(0, this, [this] { scrollToBottom(); });
}

} // namespace cec
