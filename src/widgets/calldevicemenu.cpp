#include "calldevicemenu_p.h"

#include "deferredcallmedia_p.h"
#include "remotecallmedia.h"

#include <QActionGroup>
#include <QMenu>
#include <QToolButton>

namespace cec {

using namespace Qt::StringLiterals;

CallDeviceMenu::CallDeviceMenu(QToolButton *button, DeferredCallMedia &media, QWidget *parent)
    : m_media(media)
    , m_menu(new QMenu(parent))
{
    m_menu->setObjectName(u"deviceMenu"_s);
    button->setMenu(m_menu);
    button->setPopupMode(QToolButton::InstantPopup);
}

void CallDeviceMenu::rebuild(const std::optional<DeviceCheck> &check)
{
    m_menu->clear();
    if (!check)
        return;
    addKind(tr("Microphone"), u"microphoneMenu"_s, MediaDeviceKind::Microphone, check->microphones);
    addKind(tr("Camera"), u"cameraMenu"_s, MediaDeviceKind::Camera, check->cameras);
    addKind(tr("Speaker"), u"speakerMenu"_s, MediaDeviceKind::Speaker, check->speakers);
}

void CallDeviceMenu::addKind(const QString &title, const QString &name, MediaDeviceKind kind,
                             const QList<MediaDevice> &devices)
{
    if (devices.isEmpty())
        return;
    QMenu *menu = m_menu->addMenu(title);
    menu->setObjectName(name);
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const MediaDevice &device : devices) {
        QAction *action =
            menu->addAction(device.label.isEmpty() ? tr("Unnamed device") : device.label);
        action->setCheckable(true);
        action->setData(device.id);
        group->addAction(action);
        // The selection is shared with the device test, where it can change too.
        if (RemoteCallMedia *media = m_media.real())
            action->setChecked(device.id == media->selectedDevice(kind));
        QObject::connect(action, &QAction::triggered, action,
                         [media = &m_media, kind, id = device.id] {
                             if (auto *real = media->real())
                                 real->selectDevice(kind, id);
                         });
    }
    if (!group->checkedAction() && !group->actions().isEmpty())
        group->actions().constFirst()->setChecked(true);
}

} // namespace cec
