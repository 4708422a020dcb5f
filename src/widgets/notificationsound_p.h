// The short new-message sound, played through a QAudioSink of its own.
//
// Not QSoundEffect: in Qt 6.4 it decodes in QSampleCache's thread, and the cache's destructor at
// process exit waits for that thread while holding the mutex the thread needs. An app that quits
// while a sound is still being decoded hangs for ever (reproduced: 1 of 40 runs of a notifier test
// under load). The sound is our own 16-bit PCM WAV, so reading its two chunks is all the decoding
// it needs, and nothing runs in another thread.
#pragma once

#include <QAudioFormat>
#include <QBuffer>
#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QAudioSink;

namespace cec {

class NotificationSound final : public QObject
{
    Q_OBJECT
public:
    // `resource`: a 16-bit PCM WAV file (Qt resource path).
    explicit NotificationSound(const QString &resource, QObject *parent = nullptr);
    ~NotificationSound() override;

    QString source() const { return m_source; }
    bool isValid() const { return !m_pcm.isEmpty(); } // the file was read and is 16-bit PCM
    void setVolume(double volume) { m_volume = volume; }
    // Plays from the start (cutting a sound still playing). False when there is nothing to play
    // on (no audio server or output device) or the file could not be read.
    bool play();

private:
    QString m_source;
    QByteArray m_pcm;
    QAudioFormat m_format;
    double m_volume = 1.0;
    QBuffer m_buffer;
    std::unique_ptr<QAudioSink> m_sink;
};

} // namespace cec
