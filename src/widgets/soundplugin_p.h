// libcec_sound.so: the message sound through a QAudioSink (see soundoutput_p.h for why a plugin).
#pragma once

#include "soundoutput_p.h"

#include <QObject>

namespace cec {

class SoundPlugin final : public QObject, public SoundOutputFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID CEC_SOUND_OUTPUT_FACTORY_IID)
    Q_INTERFACES(cec::SoundOutputFactory)
public:
    std::unique_ptr<SoundOutput> createSoundOutput() override;
};

} // namespace cec
