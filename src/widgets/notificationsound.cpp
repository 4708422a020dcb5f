#include "notificationsound_p.h"

#include <QAudioSink>
#include <QFile>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QtEndian>

#include <optional>

namespace cec {

Q_LOGGING_CATEGORY(lcSound, "cec.widgets.sound")

namespace {

struct Wave
{
    QAudioFormat format;
    QByteArray pcm;
};

// RIFF: "RIFF" size "WAVE", then chunks of (id, little-endian size, data, pad to even).
std::optional<Wave> readPcmWave(const QByteArray &file)
{
    if (file.size() < 12 || !file.startsWith("RIFF") || file.mid(8, 4) != "WAVE")
        return std::nullopt;
    Wave wave;
    bool haveFormat = false;
    qsizetype at = 12;
    while (at + 8 <= file.size()) {
        const QByteArray id = file.mid(at, 4);
        const qsizetype size = qFromLittleEndian<quint32>(file.constData() + at + 4);
        const qsizetype body = at + 8;
        if (size > file.size() - body)
            return std::nullopt;
        if (id == "fmt " && size >= 16) {
            const char *fmt = file.constData() + body;
            if (qFromLittleEndian<quint16>(fmt) != 1 || qFromLittleEndian<quint16>(fmt + 14) != 16)
                return std::nullopt; // only 16-bit PCM
            wave.format.setChannelCount(qFromLittleEndian<quint16>(fmt + 2));
            wave.format.setSampleRate(int(qFromLittleEndian<quint32>(fmt + 4)));
            wave.format.setSampleFormat(QAudioFormat::Int16);
            haveFormat = true;
        } else if (id == "data") {
            wave.pcm = file.mid(body, size);
        }
        at = body + size + (size % 2);
    }
    if (!haveFormat || wave.pcm.isEmpty() || !wave.format.isValid())
        return std::nullopt;
    return wave;
}

} // namespace

NotificationSound::NotificationSound(const QString &resource, QObject *parent)
    : QObject(parent)
    , m_source(resource)
{
    QFile file(resource);
    std::optional<Wave> wave;
    if (file.open(QIODevice::ReadOnly))
        wave = readPcmWave(file.readAll());
    if (!wave) {
        qCWarning(lcSound) << "not a 16-bit PCM WAV file:" << resource;
        return;
    }
    m_format = wave->format;
    m_pcm = wave->pcm;
    m_buffer.setData(m_pcm);
}

NotificationSound::~NotificationSound()
{
    if (m_sink)
        m_sink->stop();
}

bool NotificationSound::play()
{
    if (!isValid())
        return false;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        qCInfo(lcSound) << "no audio output device: the message sound is not played";
        return false;
    }
    if (m_sink)
        m_sink->stop();
    m_buffer.close();
    m_buffer.open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(device, m_format);
    m_sink->setVolume(m_volume);
    m_sink->start(&m_buffer);
    if (m_sink->error() != QAudio::NoError) {
        qCInfo(lcSound) << "the message sound could not be played:" << m_sink->error();
        return false;
    }
    return true;
}

} // namespace cec
