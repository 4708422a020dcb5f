// The error and info banners above the conversation: one sentence each, dismissed by the user
// (their close button, or Escape).
#pragma once

#include <QString>

class QFrame;
class QLabel;
class QToolButton;

namespace cec {

class NoticeBanners final
{
public:
    struct Widgets
    {
        QFrame *errorBanner;
        QLabel *errorLabel;
        QToolButton *dismissErrorButton;
        QFrame *infoBanner;
        QLabel *infoLabel;
        QToolButton *dismissInfoButton;
    };
    explicit NoticeBanners(const Widgets &widgets);
    // Every banner of the widget looks like this (and starts hidden).
    static void style(QFrame *banner);

    void showError(const QString &text);
    void showInfo(const QString &text);
    void closeAll();

private:
    Widgets m_ui;
};

} // namespace cec
