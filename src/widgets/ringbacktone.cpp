#include "ringbacktone_p.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QIODevice>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QtMath>

#include <cmath>
#include <cstring>

namespace cec {

Q_LOGGING_CATEGORY(lcTone, "cec.widgets.tone")

namespace {
constexpr int kSampleRate = 16000;
constexpr double kAmplitude = 0.25; // clearly audible, never loud

// One period of the cadence as 16-bit mono PCM, read in a loop (or once).
class ToneSource final : public QIODevice
{
public:
    ToneSource(const RingbackTone::Pattern &pattern)
        : m_repeat(pattern.repeat)
    {
        const qsizetype onSamples = qsizetype(kSampleRate) * pattern.onMs / 1000;
        const qsizetype offSamples = qsizetype(kSampleRate) * pattern.offMs / 1000;
        m_pcm.resize((onSamples + offSamples) * qsizetype(sizeof(qint16)));
        auto *samples = reinterpret_cast<qint16 *>(m_pcm.data());
        const qsizetype fade = kSampleRate / 100; // 10 ms ramps: no clicks at the edges
        for (qsizetype i = 0; i < onSamples + offSamples; ++i) {
            double value = 0;
            if (i < onSamples) {
                const double ramp = std::min({1.0, double(i) / fade, double(onSamples - i) / fade});
                value = kAmplitude * ramp *
                        std::sin(2 * M_PI * pattern.frequencyHz * double(i) / kSampleRate);
            }
            samples[i] = qint16(value * 32767);
        }
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_repeat ? std::numeric_limits<int>::max() : m_pcm.size() - m_position;
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize) {
            if (m_position >= m_pcm.size()) {
                if (!m_repeat)
                    break;
                m_position = 0;
            }
            const qint64 chunk = std::min(maxSize - written, m_pcm.size() - m_position);
            std::memcpy(data + written, m_pcm.constData() + m_position, size_t(chunk));
            written += chunk;
            m_position += chunk;
        }
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_pcm;
    qint64 m_position = 0;
    bool m_repeat;
};
} // namespace

RingbackTone::RingbackTone(QObject *parent)
    : QObject(parent)
{}

RingbackTone::~RingbackTone()
{
    stop();
}

void RingbackTone::start(const Pattern &pattern)
{
    stop();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        qCInfo(lcTone) << "no audio output device: the tone is not played";
        return;
    }
    QAudioFormat format;
    format.setSampleRate(kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_source = std::make_unique<ToneSource>(pattern);
    m_sink = std::make_unique<QAudioSink>(device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState || state == QAudio::StoppedState)
            setPlaying(false);
    });
    m_sink->start(m_source.get());
    const bool started = m_sink->error() == QAudio::NoError;
    if (!started)
        qCInfo(lcTone) << "the tone could not be played:" << m_sink->error();
    setPlaying(started);
}

void RingbackTone::stop()
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
    }
    m_sink.reset();
    m_source.reset();
    setPlaying(false);
}

void RingbackTone::setPlaying(bool playing)
{
    if (m_playing == playing)
        return;
    m_playing = playing;
    Q_EMIT playingChanged(playing);
}

} // namespace cec
