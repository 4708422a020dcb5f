// `cecctl check`: is this configuration usable? Tokens, click-to-call support, survey mode.
#pragma once

#include "command.h"
#include "types.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace cec::cli {

class CheckCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;

private:
    void authenticated(const Result<Done> &result);
    void clickToCallChecked(const Result<ClickToCallSupport> &result);
    void surveyChecked(const Result<SurveyMode> &result);
    void reportLine(const QString &label, const QString &text);
    void recordFailure(const ApiError &error, const QString &label);
    void complete();

    QElapsedTimer m_stepTimer;
    QJsonObject m_report; // for --json
    std::optional<ApiError> m_firstFailure;
};

} // namespace cec::cli
