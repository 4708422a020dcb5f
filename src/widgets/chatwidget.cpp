#include "chatwidget.h"

#include "callpanelfactory.h"
#include "callpanelloader_p.h"
#include "callteardown_p.h"
#include "chatwidget_p.h"
#include "composer_p.h"
#include "conversationwindow_p.h"
#include "inerttext.h"
#include "leavemessagedialog_p.h"
#include "messagelistview_p.h"
#include "surveydialog_p.h"
#include "transcriptexporter_p.h"
#include "ui_chatwidget.h"
#include "uploadrule.h"

#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>

namespace cec {

Q_LOGGING_CATEGORY(lcWidgets, "cec.widgets")

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using protocol::SourceType;

namespace {

constexpr auto kSaveDelay = 500ms;  // coalesces bursts of messages into one write
constexpr auto kTypingShown = 4s;   // the agent's typing notice fades after this
constexpr int kDefaultHistory = 50; // history entries loaded after connecting
constexpr QSize kThumbnailSize{240, 180};

ChatSessionOptions sessionOptions(ChatSessionOptions options)
{
    if (options.historyOnConnect <= 0)
        options.historyOnConnect = kDefaultHistory;
    return options;
}

QString storageDirectory(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/conversations"_s;
}

void styleBanner(QFrame *banner)
{
    // Tool-tip colours: the palette's own "notice" pair, readable in light and dark themes.
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    banner->hide();
}

bool isLiveState(ChatSession::State state)
{
    return state == ChatSession::State::Connected || state == ChatSession::State::Queued ||
           state == ChatSession::State::WithAgent;
}

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

// -------------------------------------------------------------------------------------------------

ChatWidgetPrivate::ChatWidgetPrivate(ChatWidget *widget,
                                     const ChatWidgetConfigPrivate &widgetConfig)
    : q(widget)
    , config(widgetConfig)
    , ui(std::make_unique<Ui::ChatWidget>())
    , network(std::make_unique<QNetworkAccessManager>())
    , client(std::make_unique<CecClient>(config.client, network.get()))
    , session(*client, sessionOptions(config.session))
    , store(storageDirectory(config.storageDirectory), storeKey(config.client))
    , archive(store.archiveFilePath())
    , notifier(widget)
{
    notifier.setTrayEnabled(config.notifications);
    notifier.setSoundEnabled(config.sounds);
    saveTimer.setSingleShot(true);
    saveTimer.setInterval(kSaveDelay);
    typingTimer.setSingleShot(true);
    typingTimer.setInterval(kTypingShown);
    countdownTimer.setInterval(1s);
}

ChatWidgetPrivate::~ChatWidgetPrivate() = default;

QString ChatWidgetPrivate::storeKey(const ClientConfig &config)
{
    return config.baseUrl.toString(QUrl::RemoveUserInfo) + u'|' + config.channelId + u'|' +
           config.userId;
}

void ChatWidgetPrivate::setupUi()
{
    ui->setupUi(q);
    q->setObjectName(u"chatWidget"_s);
    for (QFrame *banner : {ui->connectionBanner, ui->errorBanner, ui->infoBanner, ui->queueBanner,
                           ui->closedBanner}) {
        styleBanner(banner);
    }
    ui->reconnectButton->hide();
    ui->typingLabel->hide();
    ui->typingLabel->setForegroundRole(QPalette::PlaceholderText);
    ui->suggestionBar->hide();
    ui->errorLabel->setTextFormat(Qt::PlainText);
    ui->infoLabel->setTextFormat(Qt::PlainText);
    ui->connectionLabel->setTextFormat(Qt::PlainText);
    ui->queueLabel->setTextFormat(Qt::PlainText);
    ui->closedLabel->setTextFormat(Qt::PlainText);
    ui->typingLabel->setTextFormat(Qt::PlainText);
    ui->closedLabel->setText(tr("Nobody is available to chat right now. Leave a message and we "
                                "will get back to you."));

    ui->messageList->setModel(&model);
    ui->messageList->setMessageDelegate(&delegate);
    window = std::make_unique<ConversationWindow>(model, *ui->messageList, archive);
    QObject::connect(window.get(), &ConversationWindow::olderLoaded, q,
                     [this](const QList<ChatMessage> &older) {
                         for (const ChatMessage &message : older) {
                             if (message.mediaType == protocol::MediaType::Image ||
                                 message.mediaType == protocol::MediaType::FileImage)
                                 downloadThumbnail(message);
                         }
                     });

    // Tab order: conversation, suggestions (added later, in between), composer, actions.
    QWidget::setTabOrder(ui->messageList, ui->composer->editor());
    QWidget::setTabOrder(ui->composer->editor(), ui->agentButton);
    QWidget::setTabOrder(ui->agentButton, ui->exportButton);
    QWidget::setTabOrder(ui->exportButton, ui->endChatButton);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), q);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(escape, &QShortcut::activated, q, [this] { closeBanners(); });

    QObject::connect(ui->composer, &Composer::sendRequested, q,
                     [this](const QString &text) { sendText(text); });
    QObject::connect(ui->composer, &Composer::refused, q,
                     [this](const QString &reason) { showError(reason); });
    QObject::connect(ui->composer, &Composer::typing, q, [this] { session.notifyTyping(); });
    QObject::connect(ui->composer, &Composer::filesChosen, q,
                     [this](const QStringList &paths) { sendFiles(paths); });
    QObject::connect(ui->agentButton, &QPushButton::clicked, q, [this] { session.requestAgent(); });
    QObject::connect(ui->endChatButton, &QPushButton::clicked, q, [this] { endChat(true); });
    QObject::connect(ui->exportButton, &QPushButton::clicked, q,
                     [this] { exportTranscriptInteractively(); });
    QObject::connect(ui->dismissErrorButton, &QToolButton::clicked, q,
                     [this] { ui->errorBanner->hide(); });
    QObject::connect(ui->dismissInfoButton, &QToolButton::clicked, q,
                     [this] { ui->infoBanner->hide(); });
    QObject::connect(ui->leaveMessageButton, &QPushButton::clicked, q,
                     [this] { offerLeaveMessage(); });
    QObject::connect(ui->reconnectButton, &QPushButton::clicked, q, [this] {
        conversationOver = false;
        session.connectToService();
    });

    QObject::connect(&delegate, &MessageDelegate::linkActivated, q,
                     [](const QUrl &url) { QDesktopServices::openUrl(url); });
    QObject::connect(&delegate, &MessageDelegate::retryRequested, q,
                     [this](const QString &id) { retry(id); });
    QObject::connect(&delegate, &MessageDelegate::saveRequested, q,
                     [this](const QString &id) { saveAttachment(id); });
    QObject::connect(ui->messageList, &MessageListView::itemTriggered, q,
                     [this](const QModelIndex &index) { triggerItem(index); });
    QObject::connect(ui->messageList, &MessageListView::scrolledToBottom, q,
                     [this] { markSeen(); });

    QObject::connect(&session, &ChatSession::messageAdded, q,
                     [this](const ChatMessage &message) { onMessageAdded(message); });
    QObject::connect(&session, &ChatSession::messageUpdated, q,
                     [this](const ChatMessage &message) { onMessageUpdated(message); });
    QObject::connect(&session, &ChatSession::messagesRead, q, [this](const QStringList &ids) {
        model.setDelivery(ids, DeliveryState::Read);
        scheduleSave();
    });
    QObject::connect(&session, &ChatSession::stateChanged, q,
                     [this](ChatSession::State state) { onStateChanged(state); });
    QObject::connect(
        &session, &ChatSession::linkChanged, q,
        [this](ChatSession::Link newLink, int seconds) { onLinkChanged(newLink, seconds); });
    QObject::connect(&session, &ChatSession::queueInfoChanged, q,
                     [this](const QueueInfo &info) { onQueueInfo(info); });
    QObject::connect(&session, &ChatSession::agentTyping, q, [this] { onAgentTyping(); });
    QObject::connect(&session, &ChatSession::errorOccurred, q,
                     [this](const ApiError &error) { showError(error.userMessage()); });

    QObject::connect(&saveTimer, &QTimer::timeout, q, [this] { saveNow(); });
    QObject::connect(&typingTimer, &QTimer::timeout, q, [this] { ui->typingLabel->hide(); });
    QObject::connect(&countdownTimer, &QTimer::timeout, q, [this] { tickCountdown(); });

    updateButtonIcons();
    onStateChanged(session.state());
}

void ChatWidgetPrivate::updateButtonIcons()
{
    setPushButtonIcon(ui->agentButton, QIcon(u":/cec/icons/agent.svg"_s));
    setPushButtonIcon(ui->exportButton, QIcon(u":/cec/icons/export.svg"_s));
    setPushButtonIcon(ui->endChatButton, QIcon(u":/cec/icons/end-chat.svg"_s));
}

// --- start and restore ---------------------------------------------------------------------

void ChatWidgetPrivate::start()
{
    if (started)
        return;
    started = true;
    const ConversationStore::Snapshot snapshot = store.load();
    if (!snapshot.recent.isEmpty()) {
        qCInfo(lcWidgets) << "restoring" << snapshot.recent.size() << "recent and"
                          << snapshot.pending.size() << "unsent messages";
        restoredSince = snapshot.recent.constFirst().timestamp;
        for (const ChatMessage &message : snapshot.recent) {
            model.append(message);
            if (message.isOwn())
                restoredOwn.append(message);
            else if (message.mediaType == protocol::MediaType::Image ||
                     message.mediaType == protocol::MediaType::FileImage)
                downloadThumbnail(message); // pictures are not kept, only their ids
        }
    }
    // Unsent messages go back into the session's queue: delivered once connected.
    session.restorePending(snapshot.pending);
    session.connectToService();
}

// History after reconnecting lists what the store already showed; own messages appear there
// under server ids, so they are matched by content.
bool ChatWidgetPrivate::isRestoredDuplicate(const ChatMessage &message)
{
    if (!message.fromHistory || !restoredSince.isValid())
        return false;
    if (model.contains(message.id))
        return true;
    if (message.isOwn()) {
        for (qsizetype i = 0; i < restoredOwn.size(); ++i) {
            if (restoredOwn.at(i).content == message.content) {
                restoredOwn.removeAt(i);
                return true;
            }
        }
    }
    // Older than what was restored: it would land out of order, and the user saw it last time.
    return message.timestamp < restoredSince;
}

// --- session events --------------------------------------------------------------------------

void ChatWidgetPrivate::onMessageAdded(const ChatMessage &message)
{
    if (isRestoredDuplicate(message))
        return;
    if (model.contains(message.id)) {
        model.update(message);
        return;
    }
    model.append(message);
    window->messagesAdded();
    scheduleSave();
    if (message.isOwn()) {
        updateUploadIndicator(message);
        return;
    }
    if (ConversationModel::isAttachment(message)) {
        const auto type = message.mediaType;
        if (type == protocol::MediaType::Image || type == protocol::MediaType::FileImage)
            downloadThumbnail(message);
    }
    if (message.source == SourceType::Robot || message.source == SourceType::Agent)
        lastOtherSideId = message.id;
    if (message.fromHistory)
        return;
    if (message.source == SourceType::Agent) {
        const QString name = inertLine(message.senderName, kMaxNameLength); // shown in labels
        if (!name.isEmpty() && name != agentName) {
            agentName = name;
            if (session.state() == ChatSession::State::WithAgent)
                ui->statusLabel->setText(tr("Chatting with %1").arg(agentName));
        }
        ui->typingLabel->hide();
        typingTimer.stop();
    }
    if (message.source == SourceType::Robot || message.source == SourceType::Agent) {
        setSuggestions(message.source == SourceType::Robot ? message.suggestedQuestions
                                                           : QStringList());
        const QString sender =
            message.senderName.isEmpty() ? tr("New message") : message.senderName;
        notifier.notifyNewMessage(sender, ConversationModel::displayText(message));
    }
    countUnread(message);
}

void ChatWidgetPrivate::onMessageUpdated(const ChatMessage &message)
{
    // A message moved out to the archive is not brought back to the end of the list.
    if (!model.update(message) && !window->isOlderThanShown(message)) {
        model.append(message);
        window->messagesAdded();
    }
    if (message.isOwn())
        updateUploadIndicator(message);
    else if (message.id == lastOtherSideId && message.source == SourceType::Robot)
        setSuggestions(message.suggestedQuestions); // they came late (history first)
    scheduleSave();
}

void ChatWidgetPrivate::updateUploadIndicator(const ChatMessage &message)
{
    if (!ConversationModel::isAttachment(message))
        return;
    if (message.delivery == DeliveryState::Queued || message.delivery == DeliveryState::Sending)
        uploadingIds.insert(message.id);
    else
        uploadingIds.remove(message.id);
    QString what;
    if (!uploadingIds.isEmpty()) {
        if (const auto uploading = model.message(*uploadingIds.cbegin()))
            what = ConversationModel::displayText(*uploading);
    }
    ui->composer->setUploading(what);
}

void ChatWidgetPrivate::offerCallsIfSupported()
{
    if (!config.calls || callSupportAsked)
        return;
    callSupportAsked = true;
    // Asked here, before the call UI exists, because the panel brings Qt WebEngine with it:
    // a tenant without click-to-call must not cost a chat-only customer any of that.
    client->checkClickToCallSupport(q, [this](Result<ClickToCallSupport> support) {
        if (!support || !support->available()) {
            qCInfo(lcWidgets) << "click-to-call not offered"
                              << (support ? QString() : support.error().toString());
            callSupportAsked = support.ok(); // a failed check is asked again on reconnect
            return;
        }
        callFactory = config.callPanelFactory;
        QString error;
        if (!callFactory)
            callFactory = loadCallPanelFactory(&error);
        if (!callFactory) {
            qCWarning(lcWidgets).noquote()
                << "calls are unavailable: the call UI did not load:" << error;
            return;
        }
        // Under the header.
        callPanel = callFactory->createCallPanel(*client, q);
        ui->mainLayout->insertWidget(1, callPanel);
        callFactory->setChatConnected(callPanel, isLiveState(session.state()));
        if (const auto video = std::exchange(requestedCallVideo, std::nullopt))
            callFactory->requestCall(callPanel, *video);
    });
}

void ChatWidgetPrivate::onStateChanged(ChatSession::State state)
{
    using State = ChatSession::State;
    const bool live = isLiveState(state);
    if (live)
        wasLive = true;
    if (live)
        offerCallsIfSupported();
    if (callPanel) {
        callFactory->setChatConnected(callPanel, live);
        // The call belongs to the chat: when the customer ends the chat or the contact centre
        // does (the agent leaves), a running call ends with it (BYE or CANCEL, dropClickToCall).
        if ((state == State::Disconnecting || state == State::Ended) &&
            callFactory->hasCall(callPanel)) {
            qCInfo(lcWidgets) << "the chat is ending: ending the call too";
            callFactory->endCall(callPanel, {});
        }
    }
    ui->agentButton->setEnabled(state == State::Connected);
    ui->endChatButton->setEnabled(live || state == State::Connecting);
    ui->queueBanner->setVisible(state == State::Queued);
    if (state == State::Queued && !session.queueInfo())
        ui->queueLabel->setText(tr("Waiting for an agent…"));
    ui->closedBanner->setVisible(state == State::Closed);

    switch (state) {
    case State::Idle:
        ui->statusLabel->setText(tr("Not connected"));
        break;
    case State::Connecting:
        ui->statusLabel->setText(tr("Connecting…"));
        break;
    case State::Connected:
        ui->statusLabel->setText(tr("Chatting with the assistant"));
        break;
    case State::Queued:
        ui->statusLabel->setText(tr("Waiting for an agent"));
        setSuggestions({});
        break;
    case State::WithAgent:
        ui->statusLabel->setText(agentName.isEmpty() ? tr("Chatting with an agent")
                                                     : tr("Chatting with %1").arg(agentName));
        setSuggestions({});
        break;
    case State::Disconnecting:
        ui->statusLabel->setText(tr("Ending the chat…"));
        break;
    case State::Ended:
        ui->statusLabel->setText(tr("The conversation has ended"));
        setSuggestions({});
        ui->typingLabel->hide();
        if (wasLive && !conversationOver) {
            conversationOver = true;
            wasLive = false;
            // Over for good: nothing is left to resume or deliver next time.
            saveTimer.stop();
            store.clear();
            restoredSince = {};
            restoredOwn.clear();
            offerSurvey();
            Q_EMIT q->conversationEnded();
        }
        break;
    case State::Closed:
        ui->statusLabel->setText(tr("We are closed now"));
        offerLeaveMessage();
        break;
    case State::Failed:
        ui->statusLabel->setText(tr("Not connected"));
        break;
    }
    if (!live)
        link = ChatSession::Link::Online;
    updateConnectionBanner();
}

void ChatWidgetPrivate::updateConnectionBanner()
{
    using State = ChatSession::State;
    const State state = session.state();
    QString text;
    bool offerRestart = false;
    if (state == State::Connecting) {
        text = tr("Connecting…");
    } else if (isLiveState(state) && link == ChatSession::Link::Reconnecting) {
        text = tr("Connection lost. Reconnecting in %n s…", nullptr, countdownSeconds);
    } else if (isLiveState(state) && link == ChatSession::Link::Offline) {
        text = tr("Offline. Your messages will be sent when the connection is back. Trying again "
                  "in %n s…",
                  nullptr, countdownSeconds);
    } else if (state == State::Failed && wasLive) {
        // Polling gave up (ChatSessionOptions::giveUpAfterFailures, or signing in kept failing):
        // the error banner says why; unsent messages stay queued for the reconnect.
        text = tr("The connection to the contact centre could not be restored, so this app "
                  "stopped retrying.");
        offerRestart = true;
    } else if (state == State::Failed) {
        text = tr("Could not connect to the contact centre.");
        offerRestart = true;
    } else if (state == State::Ended) {
        text = tr("The conversation has ended.");
        offerRestart = true;
    }
    ui->connectionLabel->setText(text);
    ui->reconnectButton->setVisible(offerRestart);
    const bool lost = state == State::Failed && wasLive;
    ui->reconnectButton->setText(lost                     ? tr("&Reconnect")
                                 : state == State::Failed ? tr("&Try again")
                                                          : tr("&Start a new chat"));
    ui->reconnectButton->setAccessibleName(lost                     ? tr("Reconnect")
                                           : state == State::Failed ? tr("Try again")
                                                                    : tr("Start a new chat"));
    ui->connectionBanner->setVisible(!text.isEmpty());
    if (link == ChatSession::Link::Online || !isLiveState(state))
        countdownTimer.stop();
}

void ChatWidgetPrivate::onLinkChanged(ChatSession::Link newLink, int retryInSeconds)
{
    link = newLink;
    countdownSeconds = retryInSeconds;
    if (newLink != ChatSession::Link::Online && !countdownTimer.isActive())
        countdownTimer.start();
    updateConnectionBanner();
}

void ChatWidgetPrivate::tickCountdown()
{
    if (countdownSeconds > 0)
        --countdownSeconds;
    updateConnectionBanner();
}

void ChatWidgetPrivate::onQueueInfo(const QueueInfo &info)
{
    QString text = tr("You are number %1 in the queue.").arg(info.position);
    if (info.estimatedWaitSeconds > 0) {
        const int minutes = info.estimatedWaitSeconds / 60;
        text += u' ' + (minutes >= 1 ? tr("Estimated wait: about %n minute(s).", nullptr, minutes)
                                     : tr("Estimated wait: about %n second(s).", nullptr,
                                          info.estimatedWaitSeconds));
    }
    ui->queueLabel->setText(text);
    ui->queueBanner->setVisible(session.state() == ChatSession::State::Queued);
}

void ChatWidgetPrivate::onAgentTyping()
{
    ui->typingLabel->setText(agentName.isEmpty() ? tr("The agent is typing…")
                                                 : tr("%1 is typing…").arg(agentName));
    ui->typingLabel->show();
    typingTimer.start();
}

void ChatWidgetPrivate::showError(const QString &text)
{
    qCInfo(lcWidgets) << "shown to the user:" << text;
    ui->errorLabel->setText(text);
    ui->errorBanner->show();
}

void ChatWidgetPrivate::showInfo(const QString &text)
{
    ui->infoLabel->setText(text);
    ui->infoBanner->show();
}

void ChatWidgetPrivate::closeBanners()
{
    ui->errorBanner->hide();
    ui->infoBanner->hide();
}

// --- user actions ----------------------------------------------------------------------------

void ChatWidgetPrivate::sendText(const QString &text)
{
    session.sendText(text); // refusals arrive as errorOccurred
}

void ChatWidgetPrivate::sendFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QFileInfo info(path);
        const QString name = info.fileName();
        // Checked before reading: a huge file is refused without being loaded.
        if (const QString problem = uploadProblem(info.suffix().toLower(), info.size(), name);
            !problem.isEmpty()) {
            showError(problem);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showError(tr("“%1” could not be read: %2").arg(name, file.errorString()));
            continue;
        }
        const QByteArray data = file.readAll();
        const QString id = session.sendFile(name, data);
        if (id.isEmpty())
            continue;
        // Own pictures show at once, from the bytes we already have.
        if (const QImage thumbnail = thumbnailOf(data); !thumbnail.isNull())
            model.setAttachment(id, ConversationModel::AttachmentState::Ready, {}, thumbnail);
    }
}

void ChatWidgetPrivate::retry(const QString &id)
{
    const auto message = model.message(id);
    if (message && message->isOwn() && message->delivery == DeliveryState::Failed)
        session.retry(id);
}

DownloadRequest ChatWidgetPrivate::downloadRequestFor(const ChatMessage &message)
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

bool ChatWidgetPrivate::isDownloadRefusal(const ApiError &error)
{
    // downloadFileStream answers every refusal with resultCode 13 and a free-text reason in the
    // tenant's language; the 2 MB cap has no code of its own (docs/cec-api-notes.md, "Files").
    // So the code decides, and the sentence names the cap as the likely cause.
    // A file that came but is over the cap (Oversized) reads the same to the customer.
    return (error.kind() == ApiError::Kind::Result &&
            error.code() == protocol::result::kProcessingFailure) ||
           error.kind() == ApiError::Kind::Oversized;
}

void ChatWidgetPrivate::downloadThumbnail(const ChatMessage &message)
{
    using State = ConversationModel::AttachmentState;
    const QString id = message.id;
    model.setAttachment(id, State::Loading);
    client->downloadFile(downloadRequestFor(message), q, [this, id](Result<QByteArray> result) {
        if (!result) {
            if (isDownloadRefusal(result.error())) {
                model.setAttachment(id, State::Refused,
                                    tr("The service did not give this picture. Pictures over 2 MB "
                                       "cannot be downloaded here."));
            } else {
                model.setAttachment(id, State::Failed, result.error().userMessage());
            }
            return;
        }
        const QImage thumbnail = thumbnailOf(result.value());
        if (thumbnail.isNull())
            model.setAttachment(id, State::Failed, tr("The picture could not be shown."));
        else
            model.setAttachment(id, State::Ready, {}, thumbnail);
    });
}

void ChatWidgetPrivate::saveAttachment(const QString &id)
{
    using State = ConversationModel::AttachmentState;
    const auto message = model.message(id);
    if (!message || message->isOwn())
        return;
    const ChatMessage copy = *message;
    const State previous =
        model.data(model.indexOf(id), ConversationModel::AttachmentStateRole).value<State>();
    if (previous == State::Refused)
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) +
                              u'/' + ConversationModel::displayText(copy);
    const QString fileName = QFileDialog::getSaveFileName(q, tr("Save file"), suggested);
    if (fileName.isEmpty())
        return;
    const QImage thumbnail =
        model.data(model.indexOf(id), ConversationModel::ThumbnailRole).value<QImage>();
    model.setAttachment(id, State::Loading, {}, thumbnail);
    client->downloadFile(
        downloadRequestFor(copy), q, [this, id, fileName, thumbnail](Result<QByteArray> result) {
            if (!result) {
                if (isDownloadRefusal(result.error())) {
                    model.setAttachment(id, State::Refused,
                                        tr("The service did not give this file. Files over 2 MB "
                                           "cannot be downloaded here: if it is large, ask the "
                                           "agent to send it another way."));
                } else {
                    model.setAttachment(id, State::Failed, result.error().userMessage());
                }
                return;
            }
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(result.value()) != result.value().size() || !file.commit()) {
                showError(tr("The file could not be saved: %1").arg(file.errorString()));
            }
            model.setAttachment(id, thumbnail.isNull() ? State::None : State::Ready, {}, thumbnail);
        });
}

void ChatWidgetPrivate::triggerItem(const QModelIndex &index)
{
    const auto message = model.messageAt(index.row());
    if (!message)
        return;
    if (message->isOwn()) {
        retry(message->id);
    } else if (ConversationModel::isAttachment(*message)) {
        saveAttachment(message->id);
    } else if (const QList<TextLink> links = ConversationModel::findLinks(message->content);
               !links.isEmpty()) {
        QDesktopServices::openUrl(links.constFirst().url);
    }
}

void ChatWidgetPrivate::setSuggestions(const QStringList &questions)
{
    QLayout *layout = ui->suggestionBar->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget *previous = ui->messageList;
    for (int i = 0; i < questions.size(); ++i) {
        const QString question = questions.at(i);
        auto *chip = new QPushButton(ui->suggestionBar);
        chip->setObjectName(u"suggestionChip%1"_s.arg(i));
        // Shown as typed by the bot: no mnemonic from an '&' in the text.
        chip->setText(QString(question).replace(u'&', u"&&"_s));
        chip->setAccessibleName(tr("Ask: %1").arg(question));
        chip->setToolTip(tr("Send this question"));
        chip->setAutoDefault(false);
        QObject::connect(chip, &QPushButton::clicked, q, [this, question] { sendText(question); });
        layout->addWidget(chip);
        QWidget::setTabOrder(previous, chip);
        previous = chip;
    }
    if (!questions.isEmpty()) {
        static_cast<QBoxLayout *>(layout)->addStretch();
        QWidget::setTabOrder(previous, ui->composer->editor());
    }
    ui->suggestionBar->setVisible(!questions.isEmpty());
}

void ChatWidgetPrivate::endChat(bool confirm)
{
    const auto state = session.state();
    if (!isLiveState(state) && state != ChatSession::State::Connecting)
        return;
    if (!confirm) {
        session.disconnectFromService();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("End chat"),
                                tr("Do you want to end this conversation?"),
                                QMessageBox::Yes | QMessageBox::No, q);
    box->setObjectName(u"endChatConfirmation"_s);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, q, [this](int result) {
        if (result == QMessageBox::Yes)
            session.disconnectFromService();
    });
    box->open();
}

void ChatWidgetPrivate::offerSurvey()
{
    client->getSatisfactionSurveyMode(q, [this](Result<SurveyMode> mode) {
        if (!mode) {
            qCInfo(lcWidgets) << "no survey:" << mode.error().toString();
            return;
        }
        if (!mode->enabled || mode->levels.isEmpty())
            return;
        auto *dialog = new SurveyDialog(mode.value(), q);
        dialog->setObjectName(u"surveyDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, q, [this, dialog] {
            client->saveSatisfaction(dialog->rating(), q, [this](Result<Done> saved) {
                if (saved)
                    showInfo(tr("Thank you for your feedback."));
                else
                    showError(saved.error().userMessage());
            });
        });
        dialog->open();
    });
}

void ChatWidgetPrivate::offerLeaveMessage()
{
    if (q->findChild<LeaveMessageDialog *>())
        return; // already open
    auto *dialog = new LeaveMessageDialog(q);
    dialog->setObjectName(u"leaveMessageDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, q, [this, dialog] {
        client->leaveMessage(dialog->message(), q, [this](Result<Done> left) {
            if (left) {
                ui->closedBanner->hide();
                showInfo(tr("Your message was sent. We will get back to you."));
            } else {
                showError(left.error().userMessage());
            }
        });
    });
    dialog->open();
}

void ChatWidgetPrivate::exportTranscriptInteractively()
{
    QString selectedFilter;
    const QString htmlFilter = tr("Web page (*.html)");
    const QString textFilter = tr("Plain text (*.txt)");
    QString fileName = QFileDialog::getSaveFileName(
        q, tr("Export conversation"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            u"/conversation.html"_s,
        htmlFilter + u";;"_s + textFilter, &selectedFilter);
    if (fileName.isEmpty())
        return;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += selectedFilter == textFilter ? u".txt"_s : u".html"_s;
    QString error;
    if (q->exportTranscript(fileName, &error))
        showInfo(tr("The conversation was saved to %1.").arg(QFileInfo(fileName).fileName()));
    else
        showError(tr("The conversation could not be saved: %1").arg(error));
}

// --- unread and READ -------------------------------------------------------------------------

bool ChatWidgetPrivate::userSeesNewest() const
{
    return q->isVisible() && q->isActiveWindow() && ui->messageList->isAtBottom();
}

void ChatWidgetPrivate::countUnread(const ChatMessage &message)
{
    unseenServerIds.append(message.id);
    if (userSeesNewest()) {
        markSeen();
        return;
    }
    ++unread;
    Q_EMIT q->unreadCountChanged(unread);
}

void ChatWidgetPrivate::markSeen()
{
    if (!userSeesNewest())
        return;
    if (!unseenServerIds.isEmpty()) {
        session.markRead(unseenServerIds);
        unseenServerIds.clear();
    }
    if (unread != 0) {
        unread = 0;
        Q_EMIT q->unreadCountChanged(0);
    }
}

// --- persistence -----------------------------------------------------------------------------

void ChatWidgetPrivate::scheduleSave()
{
    if (started && !conversationOver && !saveTimer.isActive())
        saveTimer.start();
}

void ChatWidgetPrivate::saveNow()
{
    saveTimer.stop();
    if (!started || conversationOver)
        return;
    ConversationStore::Snapshot snapshot;
    snapshot.pending = session.pendingMessages();
    QSet<QString> pendingIds;
    for (const ChatMessage &message : std::as_const(snapshot.pending))
        pendingIds.insert(message.id);
    const QList<ChatMessage> all = model.messages();
    for (qsizetype i = all.size() - 1;
         i >= 0 && snapshot.recent.size() < ConversationStore::kMaxRecent; --i) {
        const ChatMessage &message = all.at(i);
        if (pendingIds.contains(message.id))
            continue;
        // Own messages still being sent are pending or, for files not yet uploaded, cannot
        // be kept (their bytes are not stored).
        if (message.isOwn() && message.delivery != DeliveryState::Sent &&
            message.delivery != DeliveryState::Read) {
            continue;
        }
        snapshot.recent.prepend(message);
    }
    QString error;
    if (!store.save(snapshot, &error))
        qCWarning(lcWidgets) << "could not keep the conversation:" << error;
}

// -------------------------------------------------------------------------------------------------

ChatWidget::ChatWidget(const ChatWidgetConfig &config, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<ChatWidgetPrivate>(this, ChatWidgetConfigPrivate::get(config)))
{
    d->setupUi();
}

void ChatWidgetPrivate::endCall()
{
    requestedCallVideo.reset();
    // Always from the event loop and outside the call panel's own signals, so that a host may
    // delete the widget in a slot connected to callEndFinished().
    QPointer<ChatWidget> widget(q);
    auto finished = [widget] {
        if (widget)
            QMetaObject::invokeMethod(
                widget, [widget] { Q_EMIT widget->callEndFinished(); }, Qt::QueuedConnection);
    };
    if (!callPanel) {
        finished();
        return;
    }
    callFactory->endCall(callPanel, finished);
}

void ChatWidgetPrivate::handOverCall()
{
    QWidget *panel = callPanel;
    callPanel = nullptr;
    if (!panel)
        return;
    if (!callFactory->hasCall(panel)) {
        delete panel;
        return;
    }
    // Out of the widget tree before ~QWidget deletes the children.
    panel->hide();
    panel->setParent(nullptr);
    CallTeardown::start(*callFactory, panel, std::move(client), std::move(network));
}

ChatWidget::~ChatWidget()
{
    d->saveNow();
    // A running call outlives the widget until its BYE and dropClickToCall are answered.
    d->handOverCall();
    // The view must not outlive the model and delegate it shows (they go with d).
    d->ui->messageList->setModel(nullptr);
    d->ui->messageList->setItemDelegate(nullptr);
}

void ChatWidget::start()
{
    d->start();
}

void ChatWidget::endChat(bool confirm)
{
    d->endChat(confirm);
}

int ChatWidget::unreadCount() const
{
    return d->unread;
}

void ChatWidget::setNotificationsEnabled(bool enabled)
{
    d->notifier.setTrayEnabled(enabled);
}

void ChatWidget::setSoundsEnabled(bool enabled)
{
    d->notifier.setSoundEnabled(enabled);
}

void ChatWidget::setTrayIcon(QSystemTrayIcon *trayIcon)
{
    d->notifier.setTrayIcon(trayIcon);
}

bool ChatWidget::exportTranscript(const QString &fileName, QString *error) const
{
    const QString title =
        tr("Conversation of %1")
            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    return TranscriptExporter::write(d->window->allMessages(), fileName, title, error);
}

bool ChatWidget::hasCall() const
{
    return d->callPanel && d->callFactory->hasCall(d->callPanel);
}

void ChatWidget::startCall(CallType type)
{
    const bool video = type == CallType::Video;
    if (d->callPanel)
        d->callFactory->requestCall(d->callPanel, video);
    else if (d->config.calls)
        d->requestedCallVideo = video; // asked for once the panel exists
}

void ChatWidget::endCall()
{
    d->endCall();
}

void ChatWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        d->markSeen();
    if (event->type() == QEvent::LayoutDirectionChange) {
        d->updateButtonIcons();
        d->ui->messageList->viewport()->update();
    }
}

} // namespace cec
