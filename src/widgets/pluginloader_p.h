// The widget library's plugins (the call UI, the message sound output): each brings libraries that
// most chats never need (Qt Multimedia and PulseAudio; for calls also the call host), so they are
// loaded only when needed and the widget library itself does not link them (issue 10).
#pragma once

#include <QFileInfo>
#include <QString>

#include <dlfcn.h>

class QObject;

namespace cec {

class CallPanelFactory;
class SoundOutputFactory;

// The folder of the library (or executable) that holds `symbol`: where its plugins and helper
// programs are built and installed. Inline, for the plugins too, which do not link cec_widgets.
inline QString libraryDirectory(const void *symbol)
{
    Dl_info info{};
    if (::dladdr(symbol, &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
}

// The plugin `fileName`: $`environmentVariable` if set, else next to this library or in its
// cec-widget/ folder (the installed layout). Null, with the reason, when it cannot be loaded. The
// plugin stays loaded for the life of the process.
QObject *loadWidgetPlugin(const QString &fileName, const char *environmentVariable, QString *error);

// The call-UI plugin, libcec_callui.so ($CEC_CALLUI_PLUGIN); always null in a chat-only build
// (CEC_WITH_CALLS=OFF).
CallPanelFactory *loadCallPanelFactory(QString *error);
// The message sound's output, libcec_sound.so ($CEC_SOUND_PLUGIN).
SoundOutputFactory *loadSoundOutputFactory(QString *error);

} // namespace cec
