// A minimal SIP-over-WebSocket relay for the media tests (the role cec-sim's gateway plays): the
// agent peer connects to /agent, the customer page to any other path; every message is passed to
// the other side unchanged, and each request/status line is recorded so tests can assert e.g. BYE.
#pragma once

#include <QObject>
#include <QStringList>
#include <QWebSocketServer>

class QWebSocket;

namespace cec::test {

class SipRelay final : public QObject
{
    Q_OBJECT
public:
    explicit SipRelay(QObject *parent = nullptr);
    ~SipRelay() override;
    bool listen(); // 127.0.0.1, any free port

    QString customerUrl() const; // ws://127.0.0.1:<port>/gateway
    QString agentUrl() const;    // ws://127.0.0.1:<port>/agent
    QStringList firstLines() const { return m_firstLines; }
    bool sawRequest(const QString &method) const;
    int customerConnections() const { return m_customerConnections; }

private:
    void onNewConnection();
    void relay(QWebSocket *from, const QString &message);

    QWebSocketServer m_server;
    QWebSocket *m_agent = nullptr;
    QList<QWebSocket *> m_customers;
    QStringList m_firstLines;
    int m_customerConnections = 0;
};

} // namespace cec::test
