#include "messagedelegate_p.h"

#include "conversationmodel_p.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>

namespace cec {

using namespace Qt::StringLiterals;
using protocol::SourceType;
using Role = ConversationModel::Role;

namespace {

constexpr QSize kThumbnailPlaceholder{200, 48};

QFont smallFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(8, int(font.pixelSize() * 0.85)));
    return font;
}

QFont boldFont(const QFont &base)
{
    QFont font = smallFont(base);
    font.setBold(true);
    return font;
}

// Whole pixels that hold `text`: QFontMetrics::horizontalAdvance rounds to the nearest pixel, and a
// rect that is a fraction too narrow makes elidedText() cut "Alice" to "Ali…".
int textWidth(const QFontMetricsF &metrics, const QString &text)
{
    return int(std::ceil(metrics.horizontalAdvance(text)));
}

// `text` as it fits in `width`: elided only when it really does not fit.
QString fitted(const QFont &font, const QString &text, int width)
{
    const QFontMetricsF metrics(font);
    if (metrics.horizontalAdvance(text) <= width)
        return text;
    return metrics.elidedText(text, Qt::ElideRight, width);
}

QString footerText(const QModelIndex &index, bool own)
{
    QString footer = index.data(ConversationModel::TimeTextRole).toString();
    if (own)
        footer += u"  "_s + index.data(ConversationModel::DeliveryTextRole).toString();
    return footer;
}

// The geometry of one row, computed the same way for sizeHint, paint and clicks. Rects are
// logical (left-to-right); `visual` mirrors them when the view is right-to-left.
struct Geometry
{
    ConversationModel::RowKind kind = ConversationModel::RowKind::Message;
    bool own = false;
    bool system = false;
    bool attachment = false;
    int padding = 0;
    int spacing = 0;
    QRect bubble;
    QRect sender;
    QRect body;   // text, thumbnail or file line
    QRect action; // "Save as…" (files) below the body
    QRect footer;
    std::unique_ptr<QTextLayout> text;
    QList<TextLink> links;
    QSize size;

    QRect visual(const QStyleOptionViewItem &option, const QRect &logical) const
    {
        return QStyle::visualRect(option.direction, option.rect, logical);
    }
    // Where the text layout's origin goes on screen. The lines are laid out exactly as wide as
    // the body, so each message aligns itself within it by its own direction.
    QPointF textOrigin(const QStyleOptionViewItem &option) const
    {
        return visual(option, body).topLeft();
    }
};

QString actionText(ConversationModel::AttachmentState state, bool isImage)
{
    using State = ConversationModel::AttachmentState;
    switch (state) {
    case State::Loading:
        return isImage ? MessageDelegate::tr("Loading image…") : MessageDelegate::tr("Saving…");
    case State::Refused:
    case State::Failed:
        return {};
    default:
        return MessageDelegate::tr("Save as…");
    }
}

std::unique_ptr<Geometry> layoutRow(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    auto g = std::make_unique<Geometry>();
    const QFontMetrics fm(option.font);
    const QFontMetricsF smallFm(smallFont(option.font));
    const QFontMetricsF boldFm(boldFont(option.font));
    const int smallHeight = int(std::ceil(smallFm.height()));
    const int boldHeight = int(std::ceil(boldFm.height()));
    g->padding = std::max(4, fm.height() / 2);
    g->spacing = std::max(2, fm.height() / 6);
    const int width = std::max(option.rect.width(), 8 * fm.height());
    const int left = option.rect.left();
    const int top = option.rect.top();
    g->kind = index.data(Role::RowKindRole).value<ConversationModel::RowKind>();

    if (g->kind == ConversationModel::RowKind::DaySeparator) {
        const QString text = index.data(Qt::DisplayRole).toString();
        const int separatorWidth = textWidth(smallFm, text);
        const int height = smallHeight + 2 * g->padding;
        g->body = QRect(left + (width - separatorWidth) / 2, top + g->padding, separatorWidth,
                        smallHeight);
        g->size = QSize(width, height);
        return g;
    }

    const auto source = SourceType(index.data(Role::SourceRole).toInt());
    g->own = index.data(Role::IsOwnRole).toBool();
    g->system = source == SourceType::System || source == SourceType::Unknown;
    g->attachment = index.data(Role::IsAttachmentRole).toBool();
    const int maxBubbleWidth = std::max(6 * fm.height(), int(width * (g->system ? 0.9 : 0.75)));
    const int maxContentWidth = maxBubbleWidth - 2 * g->padding;

    // Header: the sender's name for the other side (own bubbles are recognisable by their side).
    const QString sender =
        g->own || g->system ? QString() : index.data(Role::SenderRole).toString();
    int contentWidth = 0;
    int y = g->padding;
    if (!sender.isEmpty()) {
        // The bubble grows to the name; it is elided only beyond the widest bubble.
        const int senderWidth = std::min(textWidth(boldFm, sender), maxContentWidth);
        g->sender = QRect(0, y, senderWidth, boldHeight);
        contentWidth = senderWidth;
        y += boldHeight + g->spacing;
    }

    // Body.
    const auto mediaType = protocol::MediaType(index.data(Role::MediaTypeRole).toInt());
    const bool isImage =
        mediaType == protocol::MediaType::Image || mediaType == protocol::MediaType::FileImage;
    const auto state =
        index.data(Role::AttachmentStateRole).value<ConversationModel::AttachmentState>();
    if (g->attachment && isImage && state == ConversationModel::AttachmentState::Ready) {
        const QImage thumbnail = index.data(Role::ThumbnailRole).value<QImage>();
        QSize size =
            thumbnail.size().scaled(maxContentWidth, 12 * fm.height(), Qt::KeepAspectRatio);
        if (size.width() > thumbnail.width())
            size = thumbnail.size();
        g->body = QRect(0, y, size.width(), size.height());
        y += size.height();
        contentWidth = std::max(contentWidth, size.width());
    } else {
        QString text = index.data(Qt::DisplayRole).toString();
        if (g->attachment) {
            const QString detail = index.data(Role::AttachmentDetailRole).toString();
            if (!detail.isEmpty())
                text += QChar::LineSeparator + detail;
        } else {
            g->links = ConversationModel::findLinks(text);
        }
        // QTextLayout breaks lines only at U+2028; the length stays the same, so link ranges
        // found in the original text still apply.
        text.replace(u'\n', QChar::LineSeparator);
        g->text = std::make_unique<QTextLayout>(text, option.font);
        // Each message keeps its own direction (English stays left-to-right in an Arabic window
        // and the other way round); only the bubbles follow the window's direction.
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        textOption.setTextDirection(Qt::LayoutDirectionAuto);
        textOption.setAlignment(g->system ? Qt::AlignHCenter : Qt::AlignLeading);
        g->text->setTextOption(textOption);
        const auto layOut = [&](qreal lineWidth) {
            qreal height = 0;
            qreal widest = 0;
            g->text->beginLayout();
            for (QTextLine line = g->text->createLine(); line.isValid();
                 line = g->text->createLine()) {
                line.setLineWidth(lineWidth);
                line.setPosition(QPointF(0, height));
                height += line.height();
                widest = std::max(widest, line.naturalTextWidth());
            }
            g->text->endLayout();
            return QSizeF(widest, height);
        };
        const QSizeF natural = layOut(maxContentWidth);
        const int w = std::min(maxContentWidth, int(std::ceil(natural.width())));
        // Again in the width the bubble gets, so that alignment (leading for the text's own
        // direction, centred for system notes) happens inside the bubble. The line breaks stay:
        // every line fitted in `w` already.
        const QSizeF laidOut = layOut(w);
        g->body = QRect(0, y, w, int(std::ceil(laidOut.height())));
        y += g->body.height();
        contentWidth = std::max(contentWidth, w);
    }
    if (g->attachment && !g->own) {
        const QString action = actionText(state, isImage);
        if (!action.isEmpty()) {
            y += g->spacing;
            g->action = QRect(0, y, textWidth(smallFm, action), smallHeight);
            y += smallHeight;
            contentWidth = std::max(contentWidth, g->action.width());
        }
    }

    // Footer: time, and the delivery state of own messages.
    if (!g->system) {
        // The bubble is at least as wide as time and delivery state ("Read", "Not sent – click
        // to retry"), so they are elided only beyond the widest bubble.
        int footerWidth = textWidth(smallFm, footerText(index, g->own));
        if (g->own &&
            DeliveryState(index.data(Role::DeliveryRole).toInt()) == DeliveryState::Failed)
            footerWidth += smallHeight + g->spacing; // the warning icon
        footerWidth = std::min(footerWidth, maxContentWidth);
        y += g->spacing;
        g->footer = QRect(0, y, footerWidth, smallHeight);
        y += smallHeight;
        contentWidth = std::max(contentWidth, footerWidth);
    }
    y += g->padding;

    // Place the bubble: own on the trailing side, the other side leading, system centred.
    const int bubbleWidth = contentWidth + 2 * g->padding;
    const int outer = g->padding;
    int bubbleLeft = left + outer;
    if (g->own)
        bubbleLeft = left + width - outer - bubbleWidth;
    else if (g->system)
        bubbleLeft = left + (width - bubbleWidth) / 2;
    const int bubbleTop = top + g->spacing;
    g->bubble = QRect(bubbleLeft, bubbleTop, bubbleWidth, y);
    const QPoint offset(bubbleLeft + g->padding, bubbleTop);
    const auto place = [&](QRect &r, bool alignEnd) {
        if (r.isNull())
            return;
        r.translate(offset);
        if (alignEnd)
            r.moveRight(g->bubble.right() - g->padding);
    };
    place(g->sender, false);
    place(g->body, g->system);
    if (g->system)
        g->body.moveLeft(bubbleLeft + (bubbleWidth - g->body.width()) / 2);
    place(g->action, false);
    place(g->footer, true);
    g->size = QSize(width, y + 2 * g->spacing);
    return g;
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

MessageDelegate::~MessageDelegate() = default;

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    // Rows span the viewport; their height depends on that width.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(opt.widget))
        opt.rect.setWidth(view->viewport()->width());
    return layoutRow(opt, index)->size;
}

void MessageDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    const std::unique_ptr<Geometry> g = layoutRow(opt, index);
    const QPalette &palette = opt.palette;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    if (g->kind == ConversationModel::RowKind::DaySeparator) {
        painter->setFont(smallFont(opt.font));
        painter->setPen(palette.color(group, QPalette::PlaceholderText));
        const QRect text = g->visual(opt, g->body);
        painter->drawText(text, Qt::AlignCenter | Qt::TextSingleLine,
                          index.data(Qt::DisplayRole).toString());
        const int lineY = text.center().y();
        const int gap = g->padding;
        painter->setPen(palette.color(group, QPalette::Mid));
        painter->drawLine(opt.rect.left() + gap, lineY, text.left() - gap, lineY);
        painter->drawLine(text.right() + gap, lineY, opt.rect.right() - gap, lineY);
        painter->restore();
        return;
    }

    const auto source = SourceType(index.data(Role::SourceRole).toInt());
    QColor background;
    QColor foreground;
    QColor link;
    if (g->own) {
        background = palette.color(group, QPalette::Highlight);
        foreground = palette.color(group, QPalette::HighlightedText);
        link = foreground;
    } else if (g->system) {
        foreground = palette.color(group, QPalette::PlaceholderText);
        link = palette.color(group, QPalette::Link);
    } else {
        // Bot and agent differ by shade, both from the palette so dark mode works.
        background = palette.color(group, source == SourceType::Agent ? QPalette::AlternateBase
                                                                      : QPalette::Button);
        foreground = palette.color(group, source == SourceType::Agent ? QPalette::Text
                                                                      : QPalette::ButtonText);
        link = palette.color(group, QPalette::Link);
    }

    const QRect bubble = g->visual(opt, g->bubble);
    const qreal radius = g->padding;
    if (background.isValid()) {
        QPainterPath path;
        path.addRoundedRect(QRectF(bubble).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        painter->fillPath(path, background);
        painter->setPen(QPen(palette.color(group, QPalette::Mid), 1));
        painter->drawPath(path);
    }
    if (opt.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        QPen focusPen(palette.color(group, g->own ? QPalette::Text : QPalette::Highlight), 2);
        painter->setPen(focusPen);
        painter->drawRoundedRect(QRectF(bubble).adjusted(-1.5, -1.5, 1.5, 1.5), radius, radius);
    }

    if (!g->sender.isNull()) {
        painter->setFont(boldFont(opt.font));
        painter->setPen(foreground);
        const QRect sender = g->visual(opt, g->sender);
        painter->drawText(
            sender, Qt::AlignLeading | Qt::TextSingleLine,
            fitted(boldFont(opt.font), index.data(Role::SenderRole).toString(), sender.width()));
    }

    if (g->text) {
        QList<QTextLayout::FormatRange> formats;
        for (const TextLink &textLink : std::as_const(g->links)) {
            QTextLayout::FormatRange range;
            range.start = int(textLink.start);
            range.length = int(textLink.length);
            range.format.setForeground(link);
            range.format.setFontUnderline(true);
            formats.append(range);
        }
        painter->setPen(foreground);
        painter->setFont(opt.font);
        g->text->draw(painter, g->textOrigin(opt), formats);
    } else if (!g->body.isNull()) {
        const QImage thumbnail = index.data(Role::ThumbnailRole).value<QImage>();
        painter->drawImage(g->visual(opt, g->body), thumbnail);
    }

    if (!g->action.isNull()) {
        QFont font = smallFont(opt.font);
        font.setUnderline(true);
        painter->setFont(font);
        painter->setPen(link);
        const auto mediaType = protocol::MediaType(index.data(Role::MediaTypeRole).toInt());
        const bool isImage =
            mediaType == protocol::MediaType::Image || mediaType == protocol::MediaType::FileImage;
        painter->drawText(
            g->visual(opt, g->action), Qt::AlignLeading | Qt::TextSingleLine,
            actionText(
                index.data(Role::AttachmentStateRole).value<ConversationModel::AttachmentState>(),
                isImage));
    }

    if (!g->footer.isNull()) {
        QRect footer = g->visual(opt, g->footer);
        const QFont font = smallFont(opt.font);
        painter->setFont(font);
        QColor muted = foreground;
        muted.setAlphaF(0.75f);
        painter->setPen(muted);
        const QString text = footerText(index, g->own);
        if (g->own) {
            if (DeliveryState(index.data(Role::DeliveryRole).toInt()) == DeliveryState::Failed) {
                const int iconSize = QFontMetrics(font).height();
                const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning,
                                                                       nullptr, opt.widget);
                const QRect iconRect =
                    QStyle::alignedRect(opt.direction, Qt::AlignLeading | Qt::AlignVCenter,
                                        QSize(iconSize, iconSize), footer);
                icon.paint(painter, iconRect);
                footer = QStyle::visualRect(
                    opt.direction, footer,
                    QRect(footer.left() + iconSize + g->spacing, footer.top(),
                          footer.width() - iconSize - g->spacing, footer.height()));
            }
        }
        painter->drawText(footer, Qt::AlignTrailing | Qt::TextSingleLine,
                          fitted(font, text, footer.width()));
    }
    painter->restore();
}

MessageDelegate::Hit MessageDelegate::hitTest(const QStyleOptionViewItem &option,
                                              const QModelIndex &index, const QPoint &pos,
                                              QUrl *link) const
{
    QStyleOptionViewItem opt = option;
    const std::unique_ptr<Geometry> g = layoutRow(opt, index);
    if (g->kind != ConversationModel::RowKind::Message)
        return Hit::None;
    if (g->text && !g->links.isEmpty() && g->visual(opt, g->body).contains(pos)) {
        const QPointF local = QPointF(pos) - g->textOrigin(opt);
        for (int i = 0; i < g->text->lineCount(); ++i) {
            const QTextLine line = g->text->lineAt(i);
            if (local.y() < line.y() || local.y() >= line.y() + line.height())
                continue;
            if (local.x() < line.x() || local.x() > line.x() + line.naturalTextWidth())
                break;
            const int position = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
            for (const TextLink &textLink : std::as_const(g->links)) {
                if (position >= textLink.start && position < textLink.start + textLink.length) {
                    if (link)
                        *link = textLink.url;
                    return Hit::Link;
                }
            }
            break;
        }
    }
    if (g->own && DeliveryState(index.data(Role::DeliveryRole).toInt()) == DeliveryState::Failed &&
        g->visual(opt, g->bubble).contains(pos)) {
        return Hit::Retry;
    }
    if (!g->action.isNull() && g->visual(opt, g->action).contains(pos)) {
        const auto state =
            index.data(Role::AttachmentStateRole).value<ConversationModel::AttachmentState>();
        if (state != ConversationModel::AttachmentState::Loading)
            return Hit::Save;
    }
    return Hit::None;
}

bool MessageDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton)
            return false;
        QUrl url;
        switch (hitTest(option, index, mouse->position().toPoint(), &url)) {
        case Hit::Link:
            Q_EMIT linkActivated(url);
            return true;
        case Hit::Retry:
            Q_EMIT retryRequested(index.data(Role::IdRole).toString());
            return true;
        case Hit::Save:
            Q_EMIT saveRequested(index.data(Role::IdRole).toString());
            return true;
        case Hit::None:
            break;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace cec
