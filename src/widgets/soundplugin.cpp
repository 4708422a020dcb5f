#include "soundplugin_p.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QLoggingCategory>
#include <QMediaDevices>

namespace cec {

Q_LOGGING_CATEGORY(lcSoundOutput, "cec.widgets.sound")

namespace {

// Not QSoundEffect: in Qt 6.4 it decodes in QSampleCache's thread, and the cache's destructor at
// process exit waits for that thread while holding the mutex the thread needs. An app that quits
// while a sound is still being decoded hangs for ever (reproduced: 1 of 40 runs of a notifier test
// under load). The sound is already PCM, so nothing runs in another thread here.
class AudioSinkOutput final : public SoundOutput
{
public:
    ~AudioSinkOutput() override
    {
        if (m_sink)
            m_sink->stop();
    }

    bool play(const QByteArray &pcm, int sampleRate, int channelCount, double volume) override
    {
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        if (device.isNull()) {
            qCInfo(lcSoundOutput) << "no audio output device: the message sound is not played";
            return false;
        }
        QAudioFormat format;
        format.setSampleRate(sampleRate);
        format.setChannelCount(channelCount);
        format.setSampleFormat(QAudioFormat::Int16);
        if (m_sink)
            m_sink->stop();
        m_buffer.close();
        m_buffer.setData(pcm);
        m_buffer.open(QIODevice::ReadOnly);
        m_sink = std::make_unique<QAudioSink>(device, format);
        m_sink->setVolume(volume);
        m_sink->start(&m_buffer);
        if (m_sink->error() != QAudio::NoError) {
            qCInfo(lcSoundOutput) << "the message sound could not be played:" << m_sink->error();
            return false;
        }
        return true;
    }

private:
    QBuffer m_buffer;
    std::unique_ptr<QAudioSink> m_sink; // after m_buffer: stopped and gone before it
};

} // namespace

std::unique_ptr<SoundOutput> SoundPlugin::createSoundOutput()
{
    return std::make_unique<AudioSinkOutput>();
}

} // namespace cec
