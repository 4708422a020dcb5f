// The scripted chat bot (the "robot" a session starts with): its greeting with suggested
// questions and its keyword answers, all from the scenario.
#pragma once

#include "customers.h"

namespace cec::sim {

class Outbox;
struct Scenario;

class Bot
{
public:
    Bot(const Scenario &scenario, Outbox &outbox);

    void greet(Customer &c);
    void answer(Customer &c, const QString &question);

private:
    const Scenario &m_scenario;
    Outbox &m_outbox;
};

} // namespace cec::sim
