#include "pluginloader_p.h"

#include "callpanelfactory.h"
#include "soundoutput_p.h"

#include <QDir>
#include <QPluginLoader>

namespace cec {

using namespace Qt::StringLiterals;

QObject *loadWidgetPlugin(const QString &fileName, const char *environmentVariable, QString *error)
{
    QStringList candidates;
    if (const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
        !fromEnvironment.isEmpty()) {
        candidates << fromEnvironment;
    }
    // This library's folder, so the plugin is found wherever the app is installed.
    const QDir here(libraryDirectory(reinterpret_cast<const void *>(&loadWidgetPlugin)));
    candidates << here.filePath(u"cec-widget/"_s + fileName) << here.filePath(fileName);
    QStringList reasons;
    for (const QString &candidate : std::as_const(candidates)) {
        if (!QFileInfo::exists(candidate))
            continue;
        // The loader's instance lives as long as the process; the plugin is never unloaded.
        QPluginLoader loader(candidate);
        if (QObject *instance = loader.instance())
            return instance;
        reasons << loader.errorString();
    }
    if (error) {
        *error = reasons.isEmpty() ? fileName + u" was not found next to "_s + here.path()
                                   : reasons.join(u"; "_s);
    }
    return nullptr;
}

#if CEC_WITH_CALLS
CallPanelFactory *loadCallPanelFactory(QString *error)
{
    QObject *plugin = loadWidgetPlugin(u"libcec_callui.so"_s, "CEC_CALLUI_PLUGIN", error);
    auto *factory = qobject_cast<CallPanelFactory *>(plugin);
    if (plugin && !factory && error)
        *error = u"libcec_callui.so is not the call-UI plugin of this version"_s;
    return factory;
}
#else
CallPanelFactory *loadCallPanelFactory(QString *error)
{
    // The chat-only product (CEC_WITH_CALLS=OFF): there is no call UI to load, and none from
    // another build is taken either, so calls are never offered.
    if (error)
        *error = u"this build has no calls (built with CEC_WITH_CALLS=OFF)"_s;
    return nullptr;
}
#endif

SoundOutputFactory *loadSoundOutputFactory(QString *error)
{
    QObject *plugin = loadWidgetPlugin(u"libcec_sound.so"_s, "CEC_SOUND_PLUGIN", error);
    auto *factory = qobject_cast<SoundOutputFactory *>(plugin);
    if (plugin && !factory && error)
        *error = u"libcec_sound.so is not the sound plugin of this version"_s;
    return factory;
}

} // namespace cec
