// The satisfaction survey after a conversation: asks the tenant whether one is wanted and how,
// shows SurveyDialog, saves the rating and thanks the customer.
#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace cec {

class CecClient;

class SurveyFlow final
{
    Q_DECLARE_TR_FUNCTIONS(cec::ChatWidget)
public:
    // `parent`: the dialog's parent and the requests' context.
    SurveyFlow(CecClient &client, QWidget *parent, std::function<void(const QString &)> showInfo,
               std::function<void(const QString &)> showError);

    void offer(); // nothing when the tenant has no survey

private:
    CecClient &m_client;
    QWidget *m_parent;
    std::function<void(const QString &)> m_showInfo;
    std::function<void(const QString &)> m_showError;
};

} // namespace cec
