#include "messageactions_p.h"

#include "attachmentactions_p.h"
#include "chatsession.h"
#include "conversationmodel_p.h"
#include "messagedelegate_p.h"
#include "messagelistview_p.h"

#include <QDesktopServices>

namespace cec {

MessageActions::MessageActions(ChatSession &session, ConversationModel &model,
                               AttachmentActions &attachments, MessageDelegate &delegate,
                               MessageListView &view)
    : m_session(session)
    , m_model(model)
    , m_attachments(attachments)
{
    QObject::connect(&delegate, &MessageDelegate::linkActivated, &view,
                     [](const QUrl &url) { QDesktopServices::openUrl(url); });
    QObject::connect(&delegate, &MessageDelegate::retryRequested, &view,
                     [this](const QString &id) { retry(id); });
    QObject::connect(&delegate, &MessageDelegate::saveRequested, &view,
                     [this](const QString &id) { m_attachments.saveAttachment(id); });
    QObject::connect(&view, &MessageListView::itemTriggered, &view,
                     [this](const QModelIndex &index) { trigger(index); });
}

void MessageActions::retry(const QString &id)
{
    const auto message = m_model.message(id);
    if (message && message->isOwn() && message->delivery == DeliveryState::Failed)
        m_session.retry(id);
}

void MessageActions::trigger(const QModelIndex &index)
{
    const auto message = m_model.messageAt(index.row());
    if (!message)
        return;
    if (message->isOwn()) {
        retry(message->id);
    } else if (ConversationModel::isAttachment(*message)) {
        m_attachments.saveAttachment(message->id);
    } else if (const QList<TextLink> links = ConversationModel::findLinks(message->content);
               !links.isEmpty()) {
        QDesktopServices::openUrl(links.constFirst().url);
    }
}

} // namespace cec
