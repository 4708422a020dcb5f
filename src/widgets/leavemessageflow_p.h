// Outside working hours: the "we are closed" banner and its leave-a-message dialog, sent with
// leaveMessage.
#pragma once

#include "chatsession.h"

#include <QCoreApplication>

#include <functional>

class QFrame;
class QLabel;
class QPushButton;
class QWidget;

namespace cec {

class CecClient;

class LeaveMessageFlow final
{
    Q_DECLARE_TR_FUNCTIONS(cec::ChatWidget)
public:
    // `parent`: the dialog's parent and the request's context.
    LeaveMessageFlow(CecClient &client, QWidget *parent, QFrame *closedBanner, QLabel *closedLabel,
                     QPushButton *leaveMessageButton, std::function<void(const QString &)> showInfo,
                     std::function<void(const QString &)> showError);

    // Closed: shows the banner and offers the dialog at once.
    void onStateChanged(ChatSession::State state);
    void offer(); // nothing when the dialog is already open

private:
    CecClient &m_client;
    QWidget *m_parent;
    QFrame *m_closedBanner;
    std::function<void(const QString &)> m_showInfo;
    std::function<void(const QString &)> m_showError;
};

} // namespace cec
