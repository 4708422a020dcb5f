#include "attachmentactions_p.h"

#include "chatsession.h"
#include "composer_p.h"
#include "conversationmodel_p.h"
#include "uploadrule.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

constexpr QSize kThumbnailSize{240, 180};

QImage thumbnailOf(const QByteArray &data)
{
    QImage image;
    if (!image.loadFromData(data))
        return {};
    if (image.width() > kThumbnailSize.width() || image.height() > kThumbnailSize.height())
        image = image.scaled(kThumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace

AttachmentActions::AttachmentActions(CecClient &client, ChatSession &session,
                                     ConversationModel &model, Composer &composer, QWidget *parent,
                                     std::function<void(const QString &)> showError)
    : m_client(client)
    , m_session(session)
    , m_model(model)
    , m_composer(composer)
    , m_parent(parent)
    , m_showError(std::move(showError))
{}

bool AttachmentActions::isPicture(const ChatMessage &message)
{
    return message.mediaType == protocol::MediaType::Image ||
           message.mediaType == protocol::MediaType::FileImage;
}

void AttachmentActions::sendFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        // Checked before reading: a huge file is refused without being loaded.
        if (const QString problem = uploadProblem(info.suffix().toLower(), info.size(), name);
            !problem.isEmpty()) {
            m_showError(problem);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_showError(tr("“%1” could not be read: %2").arg(name, file.errorString()));
            continue;
        }
        const QByteArray data = file.readAll();
        const QString id = m_session.sendFile(name, data);
        if (id.isEmpty())
            continue;
        // Own pictures show at once, from the bytes we already have.
        if (const QImage thumbnail = thumbnailOf(data); !thumbnail.isNull())
            m_model.setAttachment(id, ConversationModel::AttachmentState::Ready, {}, thumbnail);
    }
}

void AttachmentActions::updateUploadIndicator(const ChatMessage &message)
{
    if (!ConversationModel::isAttachment(message))
        return;
    if (message.delivery == DeliveryState::Queued || message.delivery == DeliveryState::Sending)
        m_uploadingIds.insert(message.id);
    else
        m_uploadingIds.remove(message.id);
    QString what;
    if (!m_uploadingIds.isEmpty()) {
        if (const auto uploading = m_model.message(*m_uploadingIds.cbegin()))
            what = ConversationModel::displayText(*uploading);
    }
    m_composer.setUploading(what);
}

DownloadRequest AttachmentActions::downloadRequestFor(const ChatMessage &message)
{
    DownloadRequest request;
    const auto file = protocol::FileMessage::parse(message.content);
    request.fileId = file.objectKey;
    request.fileType = !message.mediaFileType.isEmpty() ? message.mediaFileType
                       : !file.type.isEmpty()           ? file.type
                                                        : QFileInfo(message.fileName).suffix();
    request.local = message.contentType == "1"_L1;
    return request;
}

bool AttachmentActions::isDownloadRefusal(const ApiError &error)
{
    // downloadFileStream answers every refusal with resultCode 13 and a free-text reason in the
    // tenant's language; the 2 MB cap has no code of its own (docs/cec-api-notes.md, "Files").
    // So the code decides, and the sentence names the cap as the likely cause.
    // A file that came but is over the cap (Oversized) reads the same to the customer.
    return (error.kind() == ApiError::Kind::Result &&
            error.code() == protocol::result::kProcessingFailure) ||
           error.kind() == ApiError::Kind::Oversized;
}

void AttachmentActions::downloadThumbnail(const ChatMessage &message)
{
    using State = ConversationModel::AttachmentState;
    const QString id = message.id;
    m_model.setAttachment(id, State::Loading);
    m_client.downloadFile(
        downloadRequestFor(message), m_parent, [this, id](Result<QByteArray> result) {
            if (!result) {
                if (isDownloadRefusal(result.error())) {
                    m_model.setAttachment(id, State::Refused,
                                          tr("The service did not give this picture. Pictures "
                                             "over 2 MB cannot be downloaded here."));
                } else {
                    m_model.setAttachment(id, State::Failed, result.error().userMessage());
                }
                return;
            }
            const QImage thumbnail = thumbnailOf(result.value());
            if (thumbnail.isNull())
                m_model.setAttachment(id, State::Failed, tr("The picture could not be shown."));
            else
                m_model.setAttachment(id, State::Ready, {}, thumbnail);
        });
}

void AttachmentActions::saveAttachment(const QString &id)
{
    using State = ConversationModel::AttachmentState;
    const auto message = m_model.message(id);
    if (!message || message->isOwn())
        return;
    const ChatMessage copy = *message;
    const State previous =
        m_model.data(m_model.indexOf(id), ConversationModel::AttachmentStateRole).value<State>();
    if (previous == State::Refused)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) +
                              u'/' + ConversationModel::displayText(copy);
    const QString fileName = QFileDialog::getSaveFileName(m_parent, tr("Save file"), suggested);
    if (fileName.isEmpty())
        return;
    const QImage thumbnail =
        m_model.data(m_model.indexOf(id), ConversationModel::ThumbnailRole).value<QImage>();
    m_model.setAttachment(id, State::Loading, {}, thumbnail);
    m_client.downloadFile(
        downloadRequestFor(copy), m_parent,
        [this, id, fileName, thumbnail](Result<QByteArray> result) {
            if (!result) {
                if (isDownloadRefusal(result.error())) {
                    m_model.setAttachment(id, State::Refused,
                                          tr("The service did not give this file. Files over 2 MB "
                                             "cannot be downloaded here: if it is large, ask the "
                                             "agent to send it another way."));
                } else {
                    m_model.setAttachment(id, State::Failed, result.error().userMessage());
                }
                return;
            }
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(result.value()) != result.value().size() || !file.commit()) {
                m_showError(tr("The file could not be saved: %1").arg(file.errorString()));
            }
            m_model.setAttachment(id, thumbnail.isNull() ? State::None : State::Ready, {},
                                  thumbnail);
        });
}

} // namespace cec
