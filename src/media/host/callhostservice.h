// Serves one connection from the app (docs/call-host.md): every app -> host message becomes a call
// on the one WebEngineCallMedia, every signal of it a host -> app message, and while the app wants
// video the page's picture goes over as frames. The host process exists to run this one object.
#pragma once

#include "webenginecallmedia.h"

#include <QJsonObject>
#include <QObject>
#include <QSize>
#include <QTimer>

#include <memory>

class QLocalSocket;
class QWebEngineView;

namespace cec {

class CallHostChannel;

class CallHostService final : public QObject
{
    Q_OBJECT
public:
    // Takes the connected socket over. `testHooks`: honour the test.* messages.
    CallHostService(QLocalSocket *socket, bool testHooks, QObject *parent = nullptr);
    ~CallHostService() override;

Q_SIGNALS:
    // The service is done: 0 after quit, 1 when the connection ended unexpectedly.
    void finished(int exitCode);

private:
    void connectMedia();
    void dispatch(const QJsonObject &message);
    void runTestHook(const QString &name, const QJsonObject &message);
    void send(const QString &name, QJsonObject fields = {});
    void setVideoSize(QSize size);
    void sendFrame();
    void quit();
    void finish(int exitCode);

    CallHostChannel *m_channel; // child
    WebEngineCallMedia m_media;
    std::unique_ptr<QWebEngineView> m_view; // only while the app wants frames
    QTimer m_frameTimer;
    QSize m_videoSize;
    bool m_frameInFlight = false; // sent, and the app's frameDone not yet received
    bool m_testHooks = false;
    bool m_quitting = false;
    bool m_finished = false;
};

} // namespace cec
