// A real QNetworkAccessManager that notes every request the client creates, when it creates it.
// "The client did not send X" is then checked against the client's own requests up to a moment
// the test can name (a state change, a marker), instead of a server log read after a sleep.
#pragma once

#include <QAnyStringView>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>

#include <algorithm>

namespace cec::test {

class RecordingNetworkAccessManager final : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;

    // Paths of the requests created so far, oldest first.
    const QStringList &createdPaths() const { return m_paths; }
    qsizetype created(QAnyStringView path) const { return countOf(m_paths, path); }
    // Requests to `path` whose reply has finished (this is noted before the client's own slot
    // runs, in the same signal emission).
    qsizetype answered(QAnyStringView path) const { return countOf(m_answeredPaths, path); }
    // When each request to `path` was created, in ms since this manager was made.
    QList<qint64> createdAtMs(QAnyStringView path) const
    {
        QList<qint64> times;
        for (qsizetype i = 0; i < m_paths.size(); ++i) {
            if (QAnyStringView::compare(m_paths.at(i), path) == 0)
                times.append(m_createdAtMs.at(i));
        }
        return times;
    }
    // Every request created so far has finished (answered, failed or aborted).
    bool allAnswered() const { return m_answeredPaths.size() == m_paths.size(); }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        const QString path = request.url().path();
        m_paths.append(path);
        m_createdAtMs.append(m_clock.elapsed());
        QNetworkReply *reply =
            QNetworkAccessManager::createRequest(operation, request, outgoingData);
        connect(reply, &QNetworkReply::finished, this,
                [this, path] { m_answeredPaths.append(path); });
        return reply;
    }

private:
    static qsizetype countOf(const QStringList &paths, QAnyStringView path)
    {
        return std::count_if(paths.cbegin(), paths.cend(), [path](const QString &p) {
            return QAnyStringView::compare(p, path) == 0;
        });
    }

    QStringList m_paths;
    QList<qint64> m_createdAtMs;
    QStringList m_answeredPaths;
    QElapsedTimer m_clock = [] {
        QElapsedTimer clock;
        clock.start();
        return clock;
    }();
};

} // namespace cec::test
