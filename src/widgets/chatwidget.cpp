#include "chatwidget.h"

#include "attachmentactions_p.h"
#include "callhost_p.h"
#include "chatstatusheader_p.h"
#include "chatwidget_p.h"
#include "chatwidgetcommon_p.h"
#include "composer_p.h"
#include "connectionbanner_p.h"
#include "conversationwindow_p.h"
#include "leavemessageflow_p.h"
#include "messageactions_p.h"
#include "messagelistview_p.h"
#include "noticebanners_p.h"
#include "readtracker_p.h"
#include "suggestionbar_p.h"
#include "surveyflow_p.h"
#include "transcriptexporter_p.h"
#include "transcriptexportflow_p.h"
#include "ui_chatwidget.h"

#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace cec {

Q_LOGGING_CATEGORY(lcWidgets, "cec.widgets")

using namespace Qt::StringLiterals;
using protocol::SourceType;

namespace {

constexpr int kDefaultHistory = 50; // history entries loaded after connecting

ChatSessionOptions sessionOptions(ChatSessionOptions options)
{
    if (options.historyOnConnect <= 0)
        options.historyOnConnect = kDefaultHistory;
    return options;
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
    , persistence(config.storageDirectory, config.client, session, model)
    , archive(persistence.store().archiveFilePath())
    , notifier(widget)
{
    notifier.setTrayEnabled(config.notifications);
    notifier.setSoundEnabled(config.sounds);
}

ChatWidgetPrivate::~ChatWidgetPrivate() = default;

void ChatWidgetPrivate::setupUi()
{
    ui->setupUi(q);
    q->setObjectName(u"chatWidget"_s);
    for (QFrame *banner : {ui->connectionBanner, ui->errorBanner, ui->infoBanner, ui->queueBanner,
                           ui->closedBanner}) {
        NoticeBanners::style(banner);
    }
    auto info = [this](const QString &text) { showInfo(text); };
    auto error = [this](const QString &text) { showError(text); };
    notices = std::make_unique<NoticeBanners>(
        NoticeBanners::Widgets{ui->errorBanner, ui->errorLabel, ui->dismissErrorButton,
                               ui->infoBanner, ui->infoLabel, ui->dismissInfoButton});
    connectionBanner = std::make_unique<ConnectionBanner>(session, ui->connectionBanner,
                                                          ui->connectionLabel, ui->reconnectButton);
    header = std::make_unique<ChatStatusHeader>(
        session, ChatStatusHeader::Widgets{ui->statusLabel, ui->queueBanner, ui->queueLabel,
                                           ui->typingLabel});
    suggestions = std::make_unique<SuggestionBar>(
        ui->suggestionBar, ui->messageList, ui->composer->editor(),
        [this](const QString &question) { session.sendText(question); });
    attachments =
        std::make_unique<AttachmentActions>(*client, session, model, *ui->composer, q, error);
    survey = std::make_unique<SurveyFlow>(*client, q, info, error);
    leaveMessage = std::make_unique<LeaveMessageFlow>(*client, q, ui->closedBanner, ui->closedLabel,
                                                      ui->leaveMessageButton, info, error);
    readTracker = std::make_unique<ReadTracker>(
        session, q, ui->messageList, [this](int count) { Q_EMIT q->unreadCountChanged(count); });
    messageActions =
        std::make_unique<MessageActions>(session, model, *attachments, delegate, *ui->messageList);
    callHost = std::make_unique<CallHost>(config.calls, config.callPanelFactory, *client, q,
                                          ui->mainLayout, 1); // under the header

    ui->messageList->setModel(&model);
    ui->messageList->setMessageDelegate(&delegate);
    window = std::make_unique<ConversationWindow>(model, *ui->messageList, archive);
    QObject::connect(window.get(), &ConversationWindow::olderLoaded, q,
                     [this](const QList<ChatMessage> &older) {
                         for (const ChatMessage &message : older) {
                             if (AttachmentActions::isPicture(message))
                                 attachments->downloadThumbnail(message);
                         }
                     });

    // Tab order: conversation, suggestions (added later, in between), composer, actions.
    QWidget::setTabOrder(ui->messageList, ui->composer->editor());
    QWidget::setTabOrder(ui->composer->editor(), ui->agentButton);
    QWidget::setTabOrder(ui->agentButton, ui->exportButton);
    QWidget::setTabOrder(ui->exportButton, ui->endChatButton);

    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), q);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(escape, &QShortcut::activated, q, [this] { notices->closeAll(); });

    QObject::connect(ui->composer, &Composer::sendRequested, q,
                     [this](const QString &text) { session.sendText(text); });
    QObject::connect(ui->composer, &Composer::refused, q, error);
    QObject::connect(ui->composer, &Composer::typing, q, [this] { session.notifyTyping(); });
    QObject::connect(ui->composer, &Composer::filesChosen, q,
                     [this](const QStringList &paths) { attachments->sendFiles(paths); });
    QObject::connect(ui->agentButton, &QPushButton::clicked, q, [this] { session.requestAgent(); });
    QObject::connect(ui->endChatButton, &QPushButton::clicked, q, [this] { endChat(true); });
    QObject::connect(ui->exportButton, &QPushButton::clicked, q, [this, info, error] {
        TranscriptExportFlow::run(
            q, [this](const QString &name, QString *why) { return q->exportTranscript(name, why); },
            info, error);
    });
    QObject::connect(ui->reconnectButton, &QPushButton::clicked, q, [this] {
        persistence.resume();
        session.connectToService();
    });

    QObject::connect(ui->messageList, &MessageListView::scrolledToBottom, q,
                     [this] { readTracker->markSeen(); });

    connectSession();
    updateButtonIcons();
    onStateChanged(session.state());
}

void ChatWidgetPrivate::connectSession()
{
    QObject::connect(&session, &ChatSession::messageAdded, q,
                     [this](const ChatMessage &message) { onMessageAdded(message); });
    QObject::connect(&session, &ChatSession::messageUpdated, q,
                     [this](const ChatMessage &message) { onMessageUpdated(message); });
    QObject::connect(&session, &ChatSession::messagesRead, q, [this](const QStringList &ids) {
        model.setDelivery(ids, DeliveryState::Read);
        persistence.scheduleSave();
    });
    QObject::connect(&session, &ChatSession::stateChanged, q,
                     [this](ChatSession::State state) { onStateChanged(state); });
    QObject::connect(&session, &ChatSession::linkChanged, q,
                     [this](ChatSession::Link link, int seconds) {
                         connectionBanner->onLinkChanged(link, seconds);
                     });
    QObject::connect(&session, &ChatSession::queueInfoChanged, q,
                     [this](const QueueInfo &info) { header->onQueueInfo(info); });
    QObject::connect(&session, &ChatSession::agentTyping, q, [this] { header->onAgentTyping(); });
    QObject::connect(&session, &ChatSession::errorOccurred, q,
                     [this](const ApiError &error) { showError(error.userMessage()); });
}

void ChatWidgetPrivate::updateButtonIcons()
{
    setPushButtonIcon(ui->agentButton, QIcon(u":/cec/icons/agent.svg"_s));
    setPushButtonIcon(ui->exportButton, QIcon(u":/cec/icons/export.svg"_s));
    setPushButtonIcon(ui->endChatButton, QIcon(u":/cec/icons/end-chat.svg"_s));
}

void ChatWidgetPrivate::start()
{
    if (!persistence.restore(
            [this](const ChatMessage &picture) { attachments->downloadThumbnail(picture); }))
        return;
    session.connectToService();
}

void ChatWidgetPrivate::showError(const QString &text)
{
    notices->showError(text);
}

void ChatWidgetPrivate::showInfo(const QString &text)
{
    notices->showInfo(text);
}

// --- session events --------------------------------------------------------------------------

void ChatWidgetPrivate::onMessageAdded(const ChatMessage &message)
{
    if (persistence.isRestoredDuplicate(message))
        return;
    if (model.contains(message.id)) {
        model.update(message);
        return;
    }
    model.append(message);
    window->messagesAdded();
    persistence.scheduleSave();
    if (message.isOwn()) {
        attachments->updateUploadIndicator(message);
        return;
    }
    if (ConversationModel::isAttachment(message) && AttachmentActions::isPicture(message))
        attachments->downloadThumbnail(message);
    if (message.source == SourceType::Robot || message.source == SourceType::Agent)
        lastOtherSideId = message.id;
    if (message.fromHistory)
        return;
    if (message.source == SourceType::Agent)
        header->onAgentMessage(message.senderName);
    if (message.source == SourceType::Robot || message.source == SourceType::Agent) {
        suggestions->setSuggestions(message.source == SourceType::Robot ? message.suggestedQuestions
                                                                        : QStringList());
        const QString sender =
            message.senderName.isEmpty() ? tr("New message") : message.senderName;
        notifier.notifyNewMessage(sender, ConversationModel::displayText(message));
    }
    readTracker->countUnread(message.id);
}

void ChatWidgetPrivate::onMessageUpdated(const ChatMessage &message)
{
    // A message moved out to the archive is not brought back to the end of the list.
    if (!model.update(message) && !window->isOlderThanShown(message)) {
        model.append(message);
        window->messagesAdded();
    }
    if (message.isOwn())
        attachments->updateUploadIndicator(message);
    else if (message.id == lastOtherSideId && message.source == SourceType::Robot)
        suggestions->setSuggestions(message.suggestedQuestions); // they came late (history first)
    persistence.scheduleSave();
}

void ChatWidgetPrivate::onStateChanged(ChatSession::State state)
{
    using State = ChatSession::State;
    const bool live = isLiveState(state);
    if (live)
        wasLive = true;
    callHost->onChatStateChanged(state);
    ui->agentButton->setEnabled(state == State::Connected);
    ui->endChatButton->setEnabled(live || state == State::Connecting);
    header->onStateChanged(state);
    if (state == State::Queued || state == State::WithAgent || state == State::Ended)
        suggestions->setSuggestions({});
    if (state == State::Ended && wasLive && !persistence.isOver()) {
        wasLive = false;
        persistence.conversationOver();
        survey->offer();
        Q_EMIT q->conversationEnded();
    }
    leaveMessage->onStateChanged(state);
    connectionBanner->onStateChanged(wasLive);
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

// -------------------------------------------------------------------------------------------------

ChatWidget::ChatWidget(const ChatWidgetConfig &config, QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<ChatWidgetPrivate>(this, ChatWidgetConfigPrivate::get(config)))
{
    d->setupUi();
}

ChatWidget::~ChatWidget()
{
    d->persistence.saveNow();
    // A running call outlives the widget until its BYE and dropClickToCall are answered.
    d->callHost->handOverCall(d->client, d->network);
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
    return d->readTracker->unreadCount();
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

void ChatWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        d->readTracker->markSeen();
    if (event->type() == QEvent::LayoutDirectionChange) {
        d->updateButtonIcons();
        d->ui->messageList->viewport()->update();
    }
}

} // namespace cec
