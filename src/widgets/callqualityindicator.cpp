#include "callqualityindicator_p.h"

#include "mediatypes.h"

#include <QLabel>

namespace cec {

using namespace Qt::StringLiterals;

namespace {
// Above these the customer is told the line is poor (ITU-T G.114 and common VoIP guidance).
constexpr double kMaxGoodRttMs = 400;
constexpr double kMaxGoodJitterMs = 30;
constexpr double kMaxGoodLossPercent = 3;
} // namespace

CallQualityIndicator::CallQualityIndicator(QLabel *label)
    : m_label(label)
{}

void CallQualityIndicator::reset()
{
    m_label->setText(tr("Good connection"));
}

void CallQualityIndicator::setVisible(bool visible)
{
    m_label->setVisible(visible);
}

void CallQualityIndicator::show(const CallStatistics &statistics)
{
    QStringList problems;
    if (statistics.roundTripTimeMs > kMaxGoodRttMs)
        problems << tr("long delay (%1 ms)").arg(qRound(statistics.roundTripTimeMs));
    if (statistics.jitterMs > kMaxGoodJitterMs)
        problems << tr("uneven audio (jitter %1 ms)").arg(qRound(statistics.jitterMs));
    if (statistics.packetLossPercent > kMaxGoodLossPercent)
        problems << tr("lost audio (%1 %)").arg(statistics.packetLossPercent, 0, 'f', 1);
    const bool poor = !problems.isEmpty();
    m_label->setText(poor ? tr("⚠ Poor connection") : tr("Good connection"));
    m_label->setToolTip(poor
                            ? tr("The call may sound choppy: %1.").arg(problems.join(u", "_s))
                            : tr("Delay %1 ms").arg(qRound(qMax(0.0, statistics.roundTripTimeMs))));
    m_label->setAccessibleDescription(m_label->toolTip());
    m_label->setProperty("poor", poor);
    QFont font = m_label->font();
    font.setBold(poor);
    m_label->setFont(font);
}

} // namespace cec
