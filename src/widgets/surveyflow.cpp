#include "surveyflow_p.h"

#include "cecclient.h"
#include "chatwidgetcommon_p.h"
#include "surveydialog_p.h"

namespace cec {

using namespace Qt::StringLiterals;

SurveyFlow::SurveyFlow(CecClient &client, QWidget *parent,
                       std::function<void(const QString &)> showInfo,
                       std::function<void(const QString &)> showError)
    : m_client(client)
    , m_parent(parent)
    , m_showInfo(std::move(showInfo))
    , m_showError(std::move(showError))
{}

void SurveyFlow::offer()
{
    m_client.getSatisfactionSurveyMode(m_parent, [this](Result<SurveyMode> mode) {
        if (!mode) {
            qCInfo(lcWidgets) << "no survey:" << mode.error().toString();
            return;
        }
        if (!mode->enabled || mode->levels.isEmpty())
            return;
        auto *dialog = new SurveyDialog(mode.value(), m_parent);
        dialog->setObjectName(u"surveyDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, m_parent, [this, dialog] {
            m_client.saveSatisfaction(dialog->rating(), m_parent, [this](Result<Done> saved) {
                if (saved)
                    m_showInfo(tr("Thank you for your feedback."));
                else
                    m_showError(saved.error().userMessage());
            });
        });
        dialog->open();
    });
}

} // namespace cec
