#include "notificationsound_p.h"

#include "pluginloader_p.h"
#include "soundoutput_p.h"

#include <QFile>
#include <QLoggingCategory>
#include <QtEndian>

#include <optional>

namespace cec {

Q_LOGGING_CATEGORY(lcSound, "cec.widgets.sound")

namespace {

struct Wave
{
    int sampleRate = 0;
    int channelCount = 0;
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
            wave.channelCount = qFromLittleEndian<quint16>(fmt + 2);
            wave.sampleRate = int(qFromLittleEndian<quint32>(fmt + 4));
            haveFormat = true;
        } else if (id == "data") {
            wave.pcm = file.mid(body, size);
        }
        at = body + size + (size % 2);
    }
    if (!haveFormat || wave.pcm.isEmpty() || wave.channelCount < 1 || wave.channelCount > 8 ||
        wave.sampleRate < 1)
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
    m_sampleRate = wave->sampleRate;
    m_channelCount = wave->channelCount;
    m_pcm = wave->pcm;
}

NotificationSound::~NotificationSound() = default;

bool NotificationSound::play()
{
    if (!isValid())
        return false;
    if (!m_output) {
        // Loaded once per process; a missing plugin is told once, then the chat stays quiet.
        static QString loadError;
        static SoundOutputFactory *const factory = loadSoundOutputFactory(&loadError);
        if (!factory) {
            static const bool told = [] {
                qCWarning(lcSound).noquote() << "no message sound:" << loadError;
                return true;
            }();
            Q_UNUSED(told);
            return false;
        }
        m_output = factory->createSoundOutput();
    }
    return m_output->play(m_pcm, m_sampleRate, m_channelCount, m_volume);
}

} // namespace cec
