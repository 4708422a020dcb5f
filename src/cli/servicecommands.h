// Thin one-request commands for scripts: history, leave-message, survey, rate.
#pragma once

#include "command.h"

namespace cec::cli {

class HistoryCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

class LeaveMessageCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

class SurveyCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

class RateCommand final : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    void start() override;
};

} // namespace cec::cli
