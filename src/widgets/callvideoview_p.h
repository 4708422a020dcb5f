// The video of a video call in the call panel: a view on the call page (the agent's video and the
// customer's camera), created on the first video call and shown while the call connects and runs.
#pragma once

#include <QCoreApplication>
#include <QPointer>

class QLayout;
class QWebEngineView;
class QWidget;

namespace cec {

class WebEngineCallMedia;

class CallVideoView final
{
    Q_DECLARE_TR_FUNCTIONS(cec::CallPanel) // the panel's strings, in the panel's context
public:
    CallVideoView(QWidget *container, QLayout *layout);

    // `media` null: there is no call page yet, nothing is shown.
    void show(WebEngineCallMedia *media, bool show);
    // The page is shown elsewhere (the device test's camera preview); show() takes it back.
    void releasePage();
    // The call page goes away: so does the view (a view without a page would make a default one).
    void discard();

private:
    QWidget *m_container; // not owned
    QLayout *m_layout;    // not owned
    QPointer<QWebEngineView> m_view;
};

} // namespace cec
