// The chat widget's insides: the client and session it owns, the conversation model, and the
// glue between the session's signals and the banners, dialogs and composer.
#pragma once

#include "cecclient.h"
#include "chatsession.h"
#include "chatwidgetconfig_p.h"
#include "conversationarchive_p.h"
#include "conversationmodel_p.h"
#include "conversationstore_p.h"
#include "messagedelegate_p.h"
#include "notifier_p.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class ChatWidget;
} // namespace Ui

namespace cec {

class CallPanelFactory;
class ChatWidget;
class ConversationWindow;

class ChatWidgetPrivate final
{
    Q_DECLARE_TR_FUNCTIONS(cec::ChatWidget)
public:
    ChatWidgetPrivate(ChatWidget *widget, const ChatWidgetConfigPrivate &config);
    ~ChatWidgetPrivate();
    static ChatWidgetPrivate *get(ChatWidget *widget) { return widget->d.get(); }

    void setupUi();
    void updateButtonIcons();
    void start();
    void endChat(bool confirm);

    // Session events.
    void onMessageAdded(const ChatMessage &message);
    void onMessageUpdated(const ChatMessage &message);
    void onStateChanged(ChatSession::State state);
    void onLinkChanged(ChatSession::Link link, int retryInSeconds);
    void onQueueInfo(const QueueInfo &info);
    void onAgentTyping();
    void showError(const QString &text);
    void showInfo(const QString &text);
    void closeBanners();

    // User actions.
    void sendText(const QString &text);
    void sendFiles(const QStringList &paths);
    void retry(const QString &id);
    void saveAttachment(const QString &id);
    void triggerItem(const QModelIndex &index);
    void exportTranscriptInteractively();
    void offerSurvey();
    void offerLeaveMessage();

    // Unread messages and READ receipts.
    bool userSeesNewest() const;
    void countUnread(const ChatMessage &message);
    void markSeen();

    void setSuggestions(const QStringList &questions);
    void downloadThumbnail(const ChatMessage &message);
    void updateUploadIndicator(const ChatMessage &message);
    bool isRestoredDuplicate(const ChatMessage &message);
    void scheduleSave();
    void saveNow();
    void tickCountdown();
    void updateConnectionBanner();

    static QString storeKey(const ClientConfig &config);
    static DownloadRequest downloadRequestFor(const ChatMessage &message);
    static bool isDownloadRefusal(const ApiError &error);

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
    ConversationStore store;
    ConversationArchive archive;
    std::unique_ptr<ConversationWindow> window; // with the view, in setupUi()
    Notifier notifier;
    void offerCallsIfSupported();
    void endCall();
    void handOverCall(); // from the destructor: a running call finishes without the widget
    CallPanelFactory *callFactory = nullptr; // from the config, or the call-UI plugin
    QPointer<QWidget> callPanel;             // child widget; deleted before the client it uses
    bool callSupportAsked = false;
    std::optional<bool> requestedCallVideo; // startCall() before the panel existed

    QTimer saveTimer;
    QTimer typingTimer;
    QTimer countdownTimer;
    int countdownSeconds = 0;
    ChatSession::Link link = ChatSession::Link::Online;
    int unread = 0;
    QStringList unseenServerIds; // other side's messages not seen yet (for READ)
    QString agentName;
    QString lastOtherSideId; // the newest bot or agent message (its suggestions are shown)
    QSet<QString> uploadingIds;

    bool started = false;
    bool wasLive = false; // the current conversation got connected (survey, store)
    bool conversationOver = false;
    // Messages restored from the store: history entries that repeat them are not shown again.
    QDateTime restoredSince;
    QList<ChatMessage> restoredOwn;
};

} // namespace cec
