// The call's statistics as the customer sees them: "Good connection", or "Poor connection" with
// what is wrong (delay, jitter, loss) in the tooltip.
#pragma once

#include <QCoreApplication>

class QLabel;

namespace cec {

struct CallStatistics;

class CallQualityIndicator final
{
    Q_DECLARE_TR_FUNCTIONS(cec::CallPanel) // the panel's strings, in the panel's context
public:
    explicit CallQualityIndicator(QLabel *label);

    void reset(); // a new call: good until the statistics say otherwise
    void show(const CallStatistics &statistics);
    void setVisible(bool visible);

private:
    QLabel *m_label; // not owned
};

} // namespace cec
