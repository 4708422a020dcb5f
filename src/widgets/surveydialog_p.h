// The satisfaction survey after a chat ends: levels from getsatisfactionsurveymode, a comment,
// and NPS / "was your problem solved" (FCR) when the tenant asks for them.
#pragma once

#include "types.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QPushButton;

namespace Ui {
class SurveyDialog;
}

namespace cec {

class SurveyDialog final : public QDialog
{
    Q_OBJECT
public:
    // Show it only when `mode.enabled` and it has levels: without levels Submit stays disabled.
    explicit SurveyDialog(const SurveyMode &mode, QWidget *parent = nullptr);
    ~SurveyDialog() override;

    // Valid once accepted: evaluation is the chosen level's key; npsScore / resolved are set only
    // when asked for and answered.
    SatisfactionRating rating() const;

private:
    void updateCounter();

    std::unique_ptr<Ui::SurveyDialog> m_ui;
    SurveyMode m_mode;
    QButtonGroup *m_levels = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace cec
