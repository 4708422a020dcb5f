#include "conversationmodel_p.h"

#include "inerttext.h"

#include <QLocale>
#include <QRegularExpression>

namespace cec {

using namespace Qt::StringLiterals;
using protocol::MediaType;
using protocol::SourceType;

namespace {

QDate localDay(const QDateTime &timestamp)
{
    return timestamp.toLocalTime().date();
}

// Characters that end a sentence rather than a URL: "see https://x.org/a." links to /a.
bool isTrailingPunctuation(QChar c)
{
    return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?' ||
           c == u')' || c == u']' || c == u'}' || c == u'\'' || c == u'"';
}

// Agents' FILE messages carry "name,size,objectKey,type" (or just the key); own ones keep the
// user's file name.
QString fileNameOf(const ChatMessage &message)
{
    if (!message.fileName.isEmpty())
        return message.fileName;
    if (const auto file = protocol::FileMessage::parse(message.content); !file.name.isEmpty())
        return file.name;
    if (!message.mediaFileType.isEmpty())
        return message.content + u'.' + message.mediaFileType;
    return message.content;
}

} // namespace

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{}

ConversationModel::~ConversationModel() = default;

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ConversationModel::isAttachment(const ChatMessage &message)
{
    switch (message.mediaType) {
    case MediaType::Image:
    case MediaType::File:
    case MediaType::FileImage:
    case MediaType::FileVideo:
    case MediaType::Audio:
    case MediaType::Video:
        return true;
    default:
        return false;
    }
}

QString ConversationModel::displayText(const ChatMessage &message)
{
    if (isAttachment(message))
        return fileNameOf(message);
    return message.content;
}

QList<TextLink> ConversationModel::findLinks(const QString &text)
{
    static const QRegularExpression candidate(u"\\bhttps?://[^\\s<>\"]+"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    QList<TextLink> links;
    if (!text.contains(u"://"_s))
        return links; // the common case, without running the expression
    auto matches = candidate.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        qsizetype length = match.capturedLength();
        const qsizetype start = match.capturedStart();
        while (length > 0 && isTrailingPunctuation(text.at(start + length - 1)))
            --length;
        const QUrl url(text.mid(start, length), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != "http"_L1 && scheme != "https"_L1)) {
            continue;
        }
        links.append(TextLink{start, length, url});
    }
    return links;
}

QString ConversationModel::deliveryText(const Row &row) const
{
    if (SourceType(row.source) != SourceType::Customer)
        return {};
    switch (DeliveryState(row.delivery)) {
    case DeliveryState::Queued:
        return tr("Waiting to send");
    case DeliveryState::Sending:
        return row.extra && !row.extra->fileName.isEmpty() ? tr("Uploading…") : tr("Sending…");
    case DeliveryState::Sent:
        return tr("Sent");
    case DeliveryState::Failed:
        return tr("Not sent – click to retry");
    case DeliveryState::Read:
        return tr("Read");
    }
    return {};
}

QString ConversationModel::dayText(const QDate &day) const
{
    const QDate today = QDate::currentDate();
    if (day == today)
        return tr("Today");
    if (day == today.addDays(-1))
        return tr("Yesterday");
    return QLocale().toString(day, QLocale::LongFormat);
}

ConversationModel::Row ConversationModel::pack(const ChatMessage &message)
{
    Row row;
    row.id = message.id;
    row.content = message.content;
    if (!message.senderName.isEmpty()) {
        const auto known = m_senderNames.constFind(message.senderName);
        row.senderName =
            known != m_senderNames.cend() ? *known : *m_senderNames.insert(message.senderName);
    }
    row.timestamp = message.timestamp;
    row.source = quint8(message.source);
    row.mediaType = quint8(message.mediaType);
    row.delivery = quint8(message.delivery);
    row.fromHistory = message.fromHistory;
    if (!message.failureReason.isEmpty() || !message.suggestedQuestions.isEmpty() ||
        !message.contentType.isEmpty() || !message.mediaFileType.isEmpty() ||
        !message.fileName.isEmpty()) {
        row.extra = std::make_unique<Extra>(Extra{message.failureReason, message.suggestedQuestions,
                                                  message.contentType, message.mediaFileType,
                                                  message.fileName});
    }
    return row;
}

ChatMessage ConversationModel::unpack(const Row &row)
{
    ChatMessage message;
    message.id = row.id;
    message.content = row.content;
    message.senderName = row.senderName;
    message.timestamp = row.timestamp;
    message.source = SourceType(row.source);
    message.mediaType = MediaType(row.mediaType);
    message.delivery = DeliveryState(row.delivery);
    message.fromHistory = row.fromHistory;
    if (row.extra) {
        message.failureReason = row.extra->failureReason;
        message.suggestedQuestions = row.extra->suggestedQuestions;
        message.contentType = row.extra->contentType;
        message.mediaFileType = row.extra->mediaFileType;
        message.fileName = row.extra->fileName;
    }
    return message;
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    if (row.kind == RowKind::DaySeparator) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return dayText(localDay(row.timestamp));
        case RowKindRole:
            return QVariant::fromValue(row.kind);
        case TimestampRole:
            return row.timestamp;
        default:
            return {};
        }
    }

    const auto source = SourceType(row.source);
    const bool own = source == SourceType::Customer;
    ChatMessage light; // just what isAttachment needs, without copying strings
    light.mediaType = MediaType(row.mediaType);
    const bool attachment = isAttachment(light);
    // Every text role passes the one rule of inerttext.h: no control, bidi override or bad
    // UTF-16 from the other side reaches the delegate, a screen reader or a copy.
    const auto text = [&] {
        return attachment ? inertLine(fileNameOf(unpack(row)), kMaxFileNameLength)
                          : inertText(row.content);
    };

    switch (role) {
    case Qt::DisplayRole:
        return text();
    case Qt::ToolTipRole:
        if (own && DeliveryState(row.delivery) == DeliveryState::Failed && row.extra)
            return row.extra->failureReason;
        return QLocale().toString(row.timestamp.toLocalTime(), QLocale::LongFormat);
    case Qt::AccessibleTextRole: {
        const QString sender = data(index, SenderRole).toString();
        QString accessible = sender.isEmpty() ? text() : tr("%1: %2").arg(sender, text());
        accessible += u", "_s + data(index, TimeTextRole).toString();
        if (own)
            accessible += u", "_s + deliveryText(row);
        return accessible;
    }
    case RowKindRole:
        return QVariant::fromValue(row.kind);
    case IdRole:
        return row.id;
    case SourceRole:
        return int(row.source);
    case SenderRole:
        switch (source) {
        case SourceType::Customer:
            return tr("You");
        case SourceType::Robot:
            return row.senderName.isEmpty() ? tr("Assistant")
                                            : inertLine(row.senderName, kMaxNameLength);
        case SourceType::Agent:
            return row.senderName.isEmpty() ? tr("Agent")
                                            : inertLine(row.senderName, kMaxNameLength);
        case SourceType::System:
        case SourceType::Unknown:
            return QString();
        }
        return QString();
    case TimestampRole:
        return row.timestamp;
    case TimeTextRole:
        return QLocale().toString(row.timestamp.toLocalTime().time(), QLocale::ShortFormat);
    case DeliveryRole:
        return int(row.delivery);
    case DeliveryTextRole:
        return deliveryText(row);
    case FailureReasonRole:
        return row.extra ? row.extra->failureReason : QString();
    case MediaTypeRole:
        return int(row.mediaType);
    case IsOwnRole:
        return own;
    case IsAttachmentRole:
        return attachment;
    case FileNameRole:
        return attachment ? text() : QString();
    case AttachmentStateRole: {
        const auto it = m_attachments.constFind(row.id);
        return QVariant::fromValue(it == m_attachments.cend() ? AttachmentState::None : it->state);
    }
    case AttachmentDetailRole:
        return m_attachments.value(row.id).detail;
    case ThumbnailRole:
        return m_attachments.value(row.id).thumbnail;
    case LinkCountRole:
        return attachment ? 0 : int(findLinks(row.content).size());
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RowKindRole, "rowKind");
    names.insert(IdRole, "messageId");
    names.insert(SourceRole, "source");
    names.insert(SenderRole, "sender");
    names.insert(TimestampRole, "timestamp");
    names.insert(DeliveryRole, "delivery");
    names.insert(MediaTypeRole, "mediaType");
    names.insert(FileNameRole, "fileName");
    return names;
}

void ConversationModel::appendRow(Row row)
{
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    if (row.kind == RowKind::Message)
        m_rowById.insert(row.id, at);
    m_rows.push_back(std::move(row));
    endInsertRows();
}

void ConversationModel::append(const ChatMessage &message)
{
    if (message.id.isEmpty() || m_rowById.contains(message.id))
        return;
    const QDate day = localDay(message.timestamp);
    if (day != m_lastDay) {
        // Only a later day starts a new section; an older entry (clock skew) joins the current one.
        if (!m_lastDay.isValid() || day > m_lastDay) {
            appendRow(daySeparator(message.timestamp));
            m_lastDay = day;
        }
    }
    appendRow(pack(message));
}

bool ConversationModel::update(const ChatMessage &message)
{
    const auto it = m_rowById.constFind(message.id);
    if (it == m_rowById.cend())
        return false;
    m_rows[size_t(*it)] = pack(message);
    const QModelIndex changed = index(*it);
    Q_EMIT dataChanged(changed, changed);
    return true;
}

void ConversationModel::setDelivery(const QStringList &ids, DeliveryState delivery)
{
    for (const QString &id : ids) {
        const auto it = m_rowById.constFind(id);
        if (it == m_rowById.cend())
            continue;
        Row &row = m_rows[size_t(*it)];
        if (DeliveryState(row.delivery) == delivery)
            continue;
        row.delivery = quint8(delivery);
        const QModelIndex changed = index(*it);
        Q_EMIT dataChanged(changed, changed, {DeliveryRole, DeliveryTextRole});
    }
}

void ConversationModel::setAttachment(const QString &id, AttachmentState state,
                                      const QString &detail, const QImage &thumbnail)
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend())
        return;
    m_attachments.insert(id, Attachment{state, detail, thumbnail});
    const QModelIndex changed = index(*it);
    Q_EMIT dataChanged(changed, changed);
}

void ConversationModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_attachments.clear();
    m_senderNames.clear();
    m_lastDay = {};
    endResetModel();
}

std::optional<ChatMessage> ConversationModel::message(const QString &id) const
{
    const auto it = m_rowById.constFind(id);
    if (it == m_rowById.cend())
        return std::nullopt;
    return unpack(m_rows[size_t(*it)]);
}

std::optional<ChatMessage> ConversationModel::messageAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()) || m_rows[size_t(row)].kind != RowKind::Message)
        return std::nullopt;
    return unpack(m_rows[size_t(row)]);
}

QModelIndex ConversationModel::indexOf(const QString &id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.cend() ? QModelIndex() : index(*it);
}

ConversationModel::Row ConversationModel::daySeparator(const QDateTime &timestamp)
{
    Row separator;
    separator.kind = RowKind::DaySeparator;
    separator.timestamp = timestamp;
    return separator;
}

void ConversationModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].kind == RowKind::Message)
            m_rowById.insert(m_rows[i].id, int(i));
    }
}

QList<ChatMessage> ConversationModel::takeOldest(int count)
{
    QList<ChatMessage> taken;
    size_t cut = 0;
    while (cut < m_rows.size() && taken.size() < count) {
        const Row &row = m_rows[cut++];
        if (row.kind == RowKind::Message)
            taken.append(unpack(row));
    }
    // Separators left directly before the cut belong to the rows after it.
    while (cut > 0 && m_rows[cut - 1].kind == RowKind::DaySeparator)
        --cut;
    if (cut == 0)
        return taken;
    beginRemoveRows({}, 0, int(cut) - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + std::ptrdiff_t(cut));
    for (const ChatMessage &message : std::as_const(taken))
        m_attachments.remove(message.id); // pictures are downloaded again when they come back
    rebuildIndex();
    endRemoveRows();
    if (m_rows.empty()) {
        m_lastDay = {};
    } else if (m_rows.front().kind == RowKind::Message) {
        // The first remaining day lost its separator with the cut.
        beginInsertRows({}, 0, 0);
        m_rows.push_front(daySeparator(m_rows.front().timestamp));
        rebuildIndex();
        endInsertRows();
    }
    return taken;
}

void ConversationModel::prependMessages(const QList<ChatMessage> &messages)
{
    std::deque<Row> rows;
    QDate lastDay;
    for (const ChatMessage &message : messages) {
        if (message.id.isEmpty() || m_rowById.contains(message.id))
            continue;
        const QDate day = localDay(message.timestamp);
        if (!lastDay.isValid() || day > lastDay) {
            rows.push_back(daySeparator(message.timestamp));
            lastDay = day;
        }
        rows.push_back(pack(message));
    }
    if (rows.empty())
        return;
    // The current first day goes on under the separator that now comes earlier.
    if (!m_rows.empty() && m_rows.front().kind == RowKind::DaySeparator &&
        localDay(m_rows.front().timestamp) == lastDay) {
        beginRemoveRows({}, 0, 0);
        m_rows.pop_front();
        rebuildIndex();
        endRemoveRows();
    }
    if (m_rows.empty())
        m_lastDay = lastDay;
    beginInsertRows({}, 0, int(rows.size()) - 1);
    m_rows.insert(m_rows.begin(), std::make_move_iterator(rows.begin()),
                  std::make_move_iterator(rows.end()));
    rebuildIndex();
    endInsertRows();
}

QList<ChatMessage> ConversationModel::messages() const
{
    QList<ChatMessage> result;
    result.reserve(m_rowById.size());
    for (const Row &row : m_rows) {
        if (row.kind == RowKind::Message)
            result.append(unpack(row));
    }
    return result;
}

} // namespace cec
