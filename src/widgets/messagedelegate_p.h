// Paints ConversationModel rows as chat bubbles. Text is laid out with QTextLayout from the raw
// string, so agent and bot text can never turn into markup; only the http(s) ranges that
// ConversationModel::findLinks reports are underlined and clickable.
#pragma once

#include <QStyledItemDelegate>
#include <QUrl>

namespace cec {

class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageDelegate(QObject *parent = nullptr);
    ~MessageDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What a click at `pos` (viewport coordinates) inside the item would do; used for clicks
    // and for the pointing-hand cursor.
    enum class Hit
    {
        None,
        Link,
        Retry,
        Save
    };
    Hit hitTest(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos,
                QUrl *link = nullptr) const;

Q_SIGNALS:
    void linkActivated(const QUrl &url);
    void retryRequested(const QString &messageId);
    void saveRequested(const QString &messageId);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
};

} // namespace cec
