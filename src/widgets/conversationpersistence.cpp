#include "conversationpersistence_p.h"

#include "chatsession.h"
#include "chatwidgetcommon_p.h"
#include "clientconfig.h"
#include "conversationmodel_p.h"

#include <QSet>
#include <QStandardPaths>

namespace cec {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto kSaveDelay = 500ms; // coalesces bursts of messages into one write

QString storageDirectory(const QString &configured)
{
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/conversations"_s;
}

} // namespace

ConversationPersistence::ConversationPersistence(const QString &directory,
                                                 const ClientConfig &client, ChatSession &session,
                                                 ConversationModel &conversationModel)
    : m_session(session)
    , model(conversationModel)
    , m_store(storageDirectory(directory), storeKey(client))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelay);
    QObject::connect(&m_saveTimer, &QTimer::timeout, &m_saveTimer, [this] { saveNow(); });
}

QString ConversationPersistence::storeKey(const ClientConfig &config)
{
    return config.baseUrl.toString(QUrl::RemoveUserInfo) + u'|' + config.channelId + u'|' +
           config.userId;
}

bool ConversationPersistence::restore(
    const std::function<void(const ChatMessage &)> &restoredPicture)
{
    if (m_started)
        return false;
    m_started = true;
    const ConversationStore::Snapshot snapshot = m_store.load();
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
                restoredPicture(message); // pictures are not kept, only their ids
        }
    }
    // Unsent messages go back into the session's queue: delivered once connected.
    m_session.restorePending(snapshot.pending);
    return true;
}

// History after reconnecting lists what the store already showed; own messages appear there
// under server ids, so they are matched by content.
bool ConversationPersistence::isRestoredDuplicate(const ChatMessage &message)
{
    if (!message.fromHistory || !restoredSince.isValid())
        return false;
    if (model.contains(message.id))
        return true;
    // The session's own-message rule (core/ownmessagepairing.h), against what was restored.
    if (message.isOwn() && !restoredPairing.pair(message, restoredOwn).isEmpty())
        return true;
    // Older than what was restored: it would land out of order, and the user saw it last time.
    return message.timestamp < restoredSince;
}

void ConversationPersistence::scheduleSave()
{
    if (m_started && !m_conversationOver && !m_saveTimer.isActive())
        m_saveTimer.start();
}

void ConversationPersistence::saveNow()
{
    m_saveTimer.stop();
    if (!m_started || m_conversationOver)
        return;
    ConversationStore::Snapshot snapshot;
    snapshot.pending = m_session.pendingMessages();
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
    if (!m_store.save(snapshot, &error))
        qCWarning(lcWidgets) << "could not keep the conversation:" << error;
}

void ConversationPersistence::conversationOver()
{
    m_conversationOver = true;
    m_saveTimer.stop();
    m_store.clear();
    restoredSince = {};
    restoredOwn.clear();
    restoredPairing.clear();
}

void ConversationPersistence::resume()
{
    m_conversationOver = false;
}

} // namespace cec
