#include "noticebanners_p.h"

#include "chatwidgetcommon_p.h"

#include <QFrame>
#include <QLabel>
#include <QToolButton>

namespace cec {

NoticeBanners::NoticeBanners(const Widgets &widgets)
    : m_ui(widgets)
{
    m_ui.errorLabel->setTextFormat(Qt::PlainText);
    m_ui.infoLabel->setTextFormat(Qt::PlainText);
    QObject::connect(m_ui.dismissErrorButton, &QToolButton::clicked, m_ui.errorBanner,
                     &QWidget::hide);
    QObject::connect(m_ui.dismissInfoButton, &QToolButton::clicked, m_ui.infoBanner,
                     &QWidget::hide);
}

void NoticeBanners::style(QFrame *banner)
{
    // Tool-tip colours: the palette's own "notice" pair, readable in light and dark themes.
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::ToolTipBase);
    banner->setForegroundRole(QPalette::ToolTipText);
    banner->hide();
}

void NoticeBanners::showError(const QString &text)
{
    qCInfo(lcWidgets) << "shown to the user:" << text;
    m_ui.errorLabel->setText(text);
    m_ui.errorBanner->show();
}

void NoticeBanners::showInfo(const QString &text)
{
    m_ui.infoLabel->setText(text);
    m_ui.infoBanner->show();
}

void NoticeBanners::closeAll()
{
    m_ui.errorBanner->hide();
    m_ui.infoBanner->hide();
}

} // namespace cec
