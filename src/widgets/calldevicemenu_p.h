// The call panel's device menu: the microphones, cameras and speakers found by the device check,
// with the chosen one ticked; choosing one switches the call page to it.
#pragma once

#include "mediatypes.h"

#include <QCoreApplication>

#include <optional>

class QMenu;
class QToolButton;
class QWidget;

namespace cec {

class DeferredCallMedia;

class CallDeviceMenu final
{
    Q_DECLARE_TR_FUNCTIONS(cec::CallPanel) // the panel's strings, in the panel's context
public:
    // The menu is a child of `parent` and pops up from `button`.
    CallDeviceMenu(QToolButton *button, DeferredCallMedia &media, QWidget *parent);

    // From the last device check; the ticks from the page's current choice, which the device
    // test can change too.
    void rebuild(const std::optional<DeviceCheck> &check);

private:
    void addKind(const QString &title, const QString &name, MediaDeviceKind kind,
                 const QList<MediaDevice> &devices);

    DeferredCallMedia &m_media;
    QMenu *m_menu; // child of the parent
};

} // namespace cec
