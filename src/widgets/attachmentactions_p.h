// Everything the chat widget does with files: checks and sends the customer's files, shows the
// upload in progress, downloads pictures for their thumbnails, and saves a received file where
// the customer chooses.
#pragma once

#include "cecclient.h"
#include "chatmessage.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <functional>

class QWidget;

namespace cec {

class ChatSession;
class Composer;
class ConversationModel;

class AttachmentActions final
{
    Q_DECLARE_TR_FUNCTIONS(cec::ChatWidget)
public:
    // `parent`: the dialogs' parent and the downloads' context; `showError` tells the customer.
    AttachmentActions(CecClient &client, ChatSession &session, ConversationModel &model,
                      Composer &composer, QWidget *parent,
                      std::function<void(const QString &)> showError);

    void sendFiles(const QStringList &paths);
    void saveAttachment(const QString &id);
    void downloadThumbnail(const ChatMessage &message);
    // An own message changed: the composer says which file is still uploading.
    void updateUploadIndicator(const ChatMessage &message);

    static bool isPicture(const ChatMessage &message);
    static DownloadRequest downloadRequestFor(const ChatMessage &message);
    static bool isDownloadRefusal(const ApiError &error);

private:
    CecClient &m_client;
    ChatSession &m_session;
    ConversationModel &m_model;
    Composer &m_composer;
    QWidget *m_parent;
    std::function<void(const QString &)> m_showError;
    QSet<QString> m_uploadingIds;
};

} // namespace cec
