// The message sound's way to the speaker, in a plugin of its own (libcec_sound.so): the widget
// library does not link Qt Multimedia, and with it PulseAudio and its codec libraries (about
// 2.4 MiB PSS in every chat, issue 10); the plugin is loaded when the first sound is played.
#pragma once

#include <QByteArray>
#include <QtPlugin>

#include <memory>

namespace cec {

class SoundOutput
{
public:
    virtual ~SoundOutput() = default;
    // Plays 16-bit PCM from the start, cutting what is still playing. False when there is no
    // output device or it cannot be opened.
    virtual bool play(const QByteArray &pcm, int sampleRate, int channelCount, double volume) = 0;
};

class SoundOutputFactory
{
public:
    virtual ~SoundOutputFactory() = default;
    virtual std::unique_ptr<SoundOutput> createSoundOutput() = 0;
};

} // namespace cec

#define CEC_SOUND_OUTPUT_FACTORY_IID "org.cec-widget.SoundOutputFactory/1.0"
Q_DECLARE_INTERFACE(cec::SoundOutputFactory, CEC_SOUND_OUTPUT_FACTORY_IID)
