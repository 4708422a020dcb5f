// The short new-message sound: our own 16-bit PCM WAV, read here (its two chunks are all the
// decoding it needs), played through the sound plugin (soundoutput_p.h), which is loaded on the
// first play.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace cec {

class SoundOutput;

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
    // on (no audio server or output device, no sound plugin) or the file could not be read.
    bool play();
    // The plugin was loaded and gave an output (for tests).
    bool hasOutput() const { return m_output != nullptr; }

private:
    QString m_source;
    QByteArray m_pcm;
    int m_sampleRate = 0;
    int m_channelCount = 0;
    double m_volume = 1.0;
    std::unique_ptr<SoundOutput> m_output; // from the first play()
};

} // namespace cec
