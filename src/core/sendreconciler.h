// Finds out whether a CHAT whose answer was lost reached the server, by asking the history: the API
// has no idempotency key, so sending it again blindly would show it to the agent twice.
#pragma once

#include "cec_core_export.h"

#include "apierror.h"
#include "types.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace cec {

class CecClient;

class CEC_CORE_EXPORT SendReconciler final : public QObject
{
public:
    struct Options
    {
        std::chrono::milliseconds minBackoff{1000}; // before the first check, and between failures
        std::chrono::milliseconds maxBackoff{30000};
        // The history is searched from the first attempt minus this much, for a server clock that
        // runs behind ours. Small on purpose: an older copy of the same text inside the window
        // could be taken for ours (a message lost), while a missed one is only sent again.
        std::chrono::seconds clockMargin{60};
        int pageSize = 50;
        int maxPages = 4;
    };

    // What the conversation already knows of the history.
    struct Ledger
    {
        std::function<bool(const QString &historyKey)> isKnownKey; // shown, or paired with ours
        // The message itself was already matched with a history entry (e.g. by a catch-up).
        std::function<bool(const QString &messageId)> isPairedWithHistory;
    };

    struct Inquiry
    {
        QString messageId;
        QString content; // as sent
        QDateTime firstAttempt;
        // How long a server may still be working on it: a request that timed out may be stored
        // after we gave up. The first check waits at least this long.
        std::chrono::milliseconds settle{0};
    };

    enum class Verdict
    {
        Arrived, // historyKey: the entry taken for ours (empty if the ledger already paired it)
        Missing, // safe to send again
    };
    using Done = std::function<void(Verdict verdict, const QString &historyKey)>;

    SendReconciler(CecClient &client, Ledger ledger, Options options, QObject *parent = nullptr);

    // A failed send whose outcome is unknown: the request left, then the connection closed or
    // timed out, or the answer could not be read. Anything else surely did not take effect.
    static bool isUncertain(const ApiError &error);

    // Checks after a back-off; while the history cannot be read, checks again with a growing
    // back-off (never concluding Missing from a failure). One inquiry at a time; a new one
    // replaces the current one.
    void check(Inquiry inquiry, Done done);

    // Our CHAT with this content was answered: a same-text history entry may be that one.
    void noteDelivered(const QString &content);

private:
    void query(int page);
    void decide();
    std::chrono::milliseconds backoff(int failures) const;

    CecClient &m_client;
    Ledger m_ledger;
    Options m_options;
    QTimer m_timer;
    Inquiry m_inquiry;
    Done m_done;
    QList<DownlinkMessage> m_entries;
    int m_failures = 0;
    quint64 m_generation = 0;
    struct Delivery
    {
        QString content;
        QDateTime at;
    };
    QList<Delivery> m_delivered; // recent answered CHATs, within the search window
};

} // namespace cec
