// What a click on a message does: its link opens, a failed own message is sent again, a received
// file is saved (the delegate's buttons, or Enter / double-click on the row).
#pragma once

class QModelIndex;
class QString;

namespace cec {

class AttachmentActions;
class ChatSession;
class ConversationModel;
class MessageDelegate;
class MessageListView;

class MessageActions final
{
public:
    MessageActions(ChatSession &session, ConversationModel &model, AttachmentActions &attachments,
                   MessageDelegate &delegate, MessageListView &view);

    void retry(const QString &id); // only a failed own message
    void trigger(const QModelIndex &index);

private:
    ChatSession &m_session;
    ConversationModel &m_model;
    AttachmentActions &m_attachments;
};

} // namespace cec
