// The tone the call panel plays itself through Qt Multimedia: the ringback while the customer waits
// in the queue. Generated, not shipped as a file: a sine with a cadence.
#pragma once

#include <QObject>

#include <memory>

class QAudioSink;
class QIODevice;

namespace cec {

class RingbackTone final : public QObject
{
    Q_OBJECT
public:
    struct Pattern final
    {
        int frequencyHz = 425; // the ITU/European ringing tone
        int onMs = 1000;
        int offMs = 4000;
        bool repeat = true;
    };
    static Pattern ringback() { return {}; }

    explicit RingbackTone(QObject *parent = nullptr);
    ~RingbackTone() override;

    void start(const Pattern &pattern);
    void stop();
    bool isPlaying() const { return m_playing; }

Q_SIGNALS:
    void playingChanged(bool playing);

private:
    void setPlaying(bool playing);

    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<QIODevice> m_source;
    bool m_playing = false;
};

} // namespace cec
