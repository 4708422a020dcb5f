#include "messagelistview_p.h"

#include "conversationmodel_p.h"
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
    QModelIndex anchor = indexAt(QPoint(viewport()->width() / 2, 0));
    if (!anchor.isValid() && model())
        anchor = model()->index(0, 0); // nothing there yet: the list is being laid out
    // A day separator may be replaced by an earlier one for the same day: hold on to a message.
    if (anchor.data(ConversationModel::RowKindRole).value<ConversationModel::RowKind>() ==
        ConversationModel::RowKind::DaySeparator) {
        anchor = anchor.siblingAtRow(anchor.row() + 1);
    }
    const QPersistentModelIndex kept(anchor);
    const int offset = anchor.isValid() ? visualRect(anchor).top() : 0;
    insertAbove();
    if (!kept.isValid())
        return;
    // Batched layout would place the anchor only after the batches above it: lay out at once.
    setLayoutMode(SinglePass);
    executeDelayedItemsLayout();
    scrollTo(kept, PositionAtTop);
    setLayoutMode(Batched);
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
