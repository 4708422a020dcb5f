// The conversation as a flat list model: one row per message, plus a separator row before the
// first message of each (local) day. Separate rows rather than a role keep every row's size and
// painting independent of its neighbour, and let keyboard and screen-reader users step onto the
// date like onto any other item.
#pragma once

#include "chatmessage.h"

#include <QAbstractListModel>
#include <QDate>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>
#include <QUrl>

#include <deque>
#include <memory>
#include <optional>

namespace cec {

// A http(s) link found in a message's text: [start, start + length) in the display text.
struct TextLink final
{
    qsizetype start = 0;
    qsizetype length = 0;
    QUrl url;
};

class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class RowKind
    {
        Message,
        DaySeparator
    };
    Q_ENUM(RowKind)

    // What a file or image message can show: the thumbnail / "Save as…" once it is here.
    enum class AttachmentState
    {
        None,
        Loading,
        Ready,
        Refused, // the service will not give it (downloadFileStream code 13): no retry
        Failed
    };
    Q_ENUM(AttachmentState)

    enum Role
    {
        RowKindRole = Qt::UserRole + 1, // RowKind
        IdRole,                         // QString
        SourceRole,                     // int(protocol::SourceType)
        SenderRole,                     // QString, the name shown above the bubble
        TimestampRole,                  // QDateTime (UTC)
        TimeTextRole,                   // QString, local time for the bubble footer
        DeliveryRole,                   // int(DeliveryState), own messages
        DeliveryTextRole,               // QString, e.g. "Sent", "Not sent - click to retry"
        FailureReasonRole,              // QString
        MediaTypeRole,                  // int(protocol::MediaType)
        IsOwnRole,                      // bool
        IsAttachmentRole,               // bool: image or file
        FileNameRole,                   // QString
        AttachmentStateRole,            // AttachmentState
        AttachmentDetailRole,           // QString: why it is not available
        ThumbnailRole,                  // QImage (null until downloaded)
        LinkCountRole,                  // int: clickable http(s) links in the text
    };

    explicit ConversationModel(QObject *parent = nullptr);
    ~ConversationModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Appends at the end (a day separator first when the day changes).
    void append(const ChatMessage &message);
    // Replaces the message with the same id (delivery state, uploaded content); false if unknown.
    bool update(const ChatMessage &message);
    void setDelivery(const QStringList &ids, DeliveryState delivery);
    void setAttachment(const QString &id, AttachmentState state, const QString &detail = {},
                       const QImage &thumbnail = {});
    void clear();
    // The bounded window (ConversationWindow): removes the oldest `count` messages and returns
    // them, oldest first; and puts older messages back in front of the first one.
    QList<ChatMessage> takeOldest(int count);
    void prependMessages(const QList<ChatMessage> &messages); // oldest first

    bool contains(const QString &id) const { return m_rowById.contains(id); }
    std::optional<ChatMessage> message(const QString &id) const;
    std::optional<ChatMessage> messageAt(int row) const; // nullopt for separators
    QModelIndex indexOf(const QString &id) const;
    QList<ChatMessage> messages() const; // oldest first, separators left out
    int messageCount() const { return int(m_rowById.size()); }

    // Clickable links of `text`: http and https only, anything else stays plain text.
    static QList<TextLink> findLinks(const QString &text);
    // What the bubble shows as text: the message text, or a file's name.
    static QString displayText(const ChatMessage &message);
    static bool isAttachment(const ChatMessage &message);

private:
    // A ChatMessage packed for 50,000-message conversations: the fields most messages leave
    // empty live in `extra`, enums in single bytes, and repeated sender names share one string.
    struct Extra
    {
        QString failureReason;
        QStringList suggestedQuestions;
        QString contentType;
        QString mediaFileType;
        QString fileName;
    };
    struct Row
    {
        QString id;
        QString content;
        QString senderName;
        QDateTime timestamp;
        std::unique_ptr<Extra> extra;
        RowKind kind = RowKind::Message;
        quint8 source = 0;
        quint8 mediaType = 0;
        quint8 delivery = 0;
        bool fromHistory = false;
    };
    Row pack(const ChatMessage &message);
    static ChatMessage unpack(const Row &row);
    struct Attachment
    {
        AttachmentState state = AttachmentState::None;
        QString detail;
        QImage thumbnail;
    };

    void appendRow(Row row);
    void rebuildIndex();
    static Row daySeparator(const QDateTime &timestamp);
    QString deliveryText(const Row &row) const;
    QString dayText(const QDate &day) const;

    std::deque<Row> m_rows; // no doubling reserve, no copying when it grows
    QHash<QString, int> m_rowById;
    QSet<QString> m_senderNames;
    QHash<QString, Attachment> m_attachments; // only messages with a file
    QDate m_lastDay;
};

} // namespace cec
