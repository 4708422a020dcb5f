// The chat widget's insides: the client and session it owns, the conversation model and view,
// and the parts that each do one job, wired to the session's signals and the form's buttons.
// Where to look for a change:
//   NoticeBanners (error/info), ConnectionBanner (link, countdown, reconnect), ChatStatusHeader
//   (status line, queue, typing), SuggestionBar, AttachmentActions (send files, thumbnails,
//   save-as), MessageActions (clicks on a message), TranscriptExportFlow, SurveyFlow,
//   LeaveMessageFlow, ReadTracker (unread count, READ), ConversationPersistence (save, restore,
//   restore de-duplication), CallHost (the call panel plugin and the call; ChatWidget's call API is
//   in callhost.cpp).
#pragma once

#include "cecclient.h"
#include "chatsession.h"
#include "chatwidgetconfig_p.h"
#include "conversationarchive_p.h"
#include "conversationmodel_p.h"
#include "conversationpersistence_p.h"
#include "messagedelegate_p.h"
#include "notifier_p.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <memory>

namespace Ui {
class ChatWidget;
} // namespace Ui

namespace cec {

class AttachmentActions;
class CallHost;
class ChatStatusHeader;
class ChatWidget;
class ConnectionBanner;
class ConversationWindow;
class LeaveMessageFlow;
class MessageActions;
class NoticeBanners;
class ReadTracker;
class SuggestionBar;
class SurveyFlow;

class ChatWidgetPrivate final
{
    Q_DECLARE_TR_FUNCTIONS(cec::ChatWidget)
public:
    ChatWidgetPrivate(ChatWidget *widget, const ChatWidgetConfigPrivate &config);
    ~ChatWidgetPrivate();
    static ChatWidgetPrivate *get(ChatWidget *widget) { return widget->d.get(); }

    void setupUi();
    void connectSession();
    void updateButtonIcons();
    void start();
    void endChat(bool confirm);

    void onMessageAdded(const ChatMessage &message);
    void onMessageUpdated(const ChatMessage &message);
    void onStateChanged(ChatSession::State state);
    void showError(const QString &text);
    void showInfo(const QString &text);

    ChatWidget *const q;
    ChatWidgetConfigPrivate config;
    std::unique_ptr<Ui::ChatWidget> ui;
    // In this order: the session uses the client, the client the network manager. Both are on
    // the heap so that a call still ending when the widget is deleted can keep them (CallTeardown).
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<CecClient> client;
    ChatSession session;
    ConversationModel model;
    MessageDelegate delegate;
    ConversationPersistence persistence;
    ConversationArchive archive;
    Notifier notifier;
    // Made in setupUi(), with the form's widgets they drive.
    std::unique_ptr<ConversationWindow> window;
    std::unique_ptr<NoticeBanners> notices;
    std::unique_ptr<ConnectionBanner> connectionBanner;
    std::unique_ptr<ChatStatusHeader> header;
    std::unique_ptr<SuggestionBar> suggestions;
    std::unique_ptr<AttachmentActions> attachments;
    std::unique_ptr<SurveyFlow> survey;
    std::unique_ptr<LeaveMessageFlow> leaveMessage;
    std::unique_ptr<MessageActions> messageActions;
    std::unique_ptr<ReadTracker> readTracker;
    std::unique_ptr<CallHost> callHost;

    bool wasLive = false;    // the current conversation got connected (survey, store)
    QString lastOtherSideId; // the newest bot or agent message (its suggestions are shown)
};

} // namespace cec
