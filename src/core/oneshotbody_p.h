// A request body that Qt can read only once. Qt's HTTP stack silently sends a request again when
// its connection closes before any byte of the answer (meant for stale keep-alive connections), so
// a POST the server already handled would take effect twice. Qt cannot rewind this body, so it
// fails with ContentReSendError instead and the caller decides what to do. (Qt re-sends the body of
// a 307/308 the same way, so such a redirect of a CHAT is not followed: it fails as HTTP 307.)
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace cec {

class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data);
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace cec
