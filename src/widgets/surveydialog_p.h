// The satisfaction survey after a chat ends: levels from getsatisfactionsurveymode, a comment,
// and NPS / "was your problem solved" (FCR) when the tenant asks for them.
#pragma once

#include "types.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SurveyDialog;
}

namespace cec {

class SurveyDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SurveyDialog(const SurveyMode &mode, QWidget *parent = nullptr);
    ~SurveyDialog() override;

    SatisfactionRating rating() const; // valid once accepted

private:
    std::unique_ptr<Ui::SurveyDialog> m_ui;
    SurveyMode m_mode;
};

} // namespace cec
