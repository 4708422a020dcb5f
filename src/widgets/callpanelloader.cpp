#include "callpanelloader_p.h"

#include "callpanelfactory.h"

#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

#include <dlfcn.h>

namespace cec {

using namespace Qt::StringLiterals;

#if CEC_WITH_CALLS
namespace {

// The folder this library was loaded from, so the plugin is found wherever the app is installed.
QString ownDirectory()
{
    Dl_info info{};
    if (::dladdr(reinterpret_cast<void *>(&loadCallPanelFactory), &info) == 0 || !info.dli_fname)
        return {};
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).absolutePath();
}

} // namespace

CallPanelFactory *loadCallPanelFactory(QString *error)
{
    QStringList candidates;
    if (const QString fromEnvironment = qEnvironmentVariable("CEC_CALLUI_PLUGIN");
        !fromEnvironment.isEmpty()) {
        candidates << fromEnvironment;
    }
    const QDir here(ownDirectory());
    candidates << here.filePath(u"cec-widget/libcec_callui.so"_s)
               << here.filePath(u"libcec_callui.so"_s);
    QStringList reasons;
    for (const QString &candidate : std::as_const(candidates)) {
        if (!QFileInfo::exists(candidate))
            continue;
        // The loader's instance lives as long as the process; the plugin is never unloaded.
        QPluginLoader loader(candidate);
        if (auto *factory = qobject_cast<CallPanelFactory *>(loader.instance()))
            return factory;
        reasons << loader.errorString();
    }
    if (error) {
        *error = reasons.isEmpty() ? u"libcec_callui.so was not found next to "_s + here.path()
                                   : reasons.join(u"; "_s);
    }
    return nullptr;
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

} // namespace cec
