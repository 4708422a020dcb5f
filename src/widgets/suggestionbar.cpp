#include "suggestionbar_p.h"

#include <QBoxLayout>
#include <QPushButton>

namespace cec {

using namespace Qt::StringLiterals;

SuggestionBar::SuggestionBar(QWidget *bar, QWidget *before, QWidget *after,
                             std::function<void(const QString &)> send)
    : m_bar(bar)
    , m_before(before)
    , m_after(after)
    , m_send(std::move(send))
{
    m_bar->hide();
}

void SuggestionBar::setSuggestions(const QStringList &questions)
{
    QLayout *layout = m_bar->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget *previous = m_before;
    for (int i = 0; i < questions.size(); ++i) {
        const QString question = questions.at(i);
        auto *chip = new QPushButton(m_bar);
        chip->setObjectName(u"suggestionChip%1"_s.arg(i));
        // Shown as typed by the bot: no mnemonic from an '&' in the text.
        chip->setText(QString(question).replace(u'&', u"&&"_s));
        chip->setAccessibleName(tr("Ask: %1").arg(question));
        chip->setToolTip(tr("Send this question"));
        chip->setAutoDefault(false);
        QObject::connect(chip, &QPushButton::clicked, chip, [this, question] { m_send(question); });
        layout->addWidget(chip);
        QWidget::setTabOrder(previous, chip);
        previous = chip;
    }
    if (!questions.isEmpty()) {
        static_cast<QBoxLayout *>(layout)->addStretch();
        QWidget::setTabOrder(previous, m_after);
    }
    m_bar->setVisible(!questions.isEmpty());
}

} // namespace cec
