#include "surveydialog_p.h"

#include "plaintextlimit_p.h"
#include "ui_surveydialog.h"

#include <QButtonGroup>
#include <QPushButton>
#include <QRadioButton>

using namespace Qt::StringLiterals;

namespace cec {

namespace {
constexpr auto kLevelKeyProperty = "cecLevelKey";
}

SurveyDialog::SurveyDialog(const SurveyMode &mode, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SurveyDialog>())
    , m_mode(mode)
    , m_levels(new QButtonGroup(this))
{
    m_ui->setupUi(this);

    m_levels->setExclusive(true);
    QWidget *previous = nullptr;
    for (const SatisfactionLevel &level : m_mode.levels) {
        // The description comes from the tenant's configuration: shown as plain text.
        const QString label = level.description.isEmpty() ? level.key : level.description;
        auto *button = new QRadioButton(label, m_ui->levelGroup);
        button->setObjectName(u"level_"_s + level.key);
        button->setAccessibleName(label);
        button->setProperty(kLevelKeyProperty, level.key);
        m_ui->levelLayout->addWidget(button);
        m_levels->addButton(button);
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }

    m_ui->npsRow->setVisible(m_mode.asksNps);
    m_ui->fcrGroup->setVisible(m_mode.asksFcr);

    m_submit = m_ui->buttonBox->addButton(tr("&Submit"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setAccessibleName(tr("Submit the survey"));
    m_submit->setDefault(true);
    m_submit->setEnabled(false);
    QPushButton *skip = m_ui->buttonBox->addButton(tr("S&kip"), QDialogButtonBox::RejectRole);
    skip->setObjectName(u"skipButton"_s);
    skip->setAccessibleName(tr("Skip the survey"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_levels, &QButtonGroup::buttonToggled, this,
            [this] { m_submit->setEnabled(m_levels->checkedButton() != nullptr); });
    connect(m_ui->commentEdit, &QPlainTextEdit::textChanged, this, [this] {
        enforceMaxLength(m_ui->commentEdit, protocol::kMaxSatisfactionCommentLength);
        updateCounter();
    });
    updateCounter();

    if (previous) {
        setTabOrder(previous, m_ui->npsSpin);
        setTabOrder(m_ui->npsSpin, m_ui->resolvedYes);
        setTabOrder(m_ui->resolvedYes, m_ui->resolvedNo);
        setTabOrder(m_ui->resolvedNo, m_ui->commentEdit);
        m_levels->buttons().constFirst()->setFocus();
    }
}

SurveyDialog::~SurveyDialog() = default;

SatisfactionRating SurveyDialog::rating() const
{
    SatisfactionRating rating;
    if (const QAbstractButton *level = m_levels->checkedButton())
        rating.evaluation = level->property(kLevelKeyProperty).toString();
    rating.comment = m_ui->commentEdit->toPlainText().trimmed();
    if (m_mode.asksNps && m_ui->npsSpin->value() >= 0) // -1 is "Not rated"
        rating.npsScore = m_ui->npsSpin->value();
    if (m_mode.asksFcr && (m_ui->resolvedYes->isChecked() || m_ui->resolvedNo->isChecked()))
        rating.resolved = m_ui->resolvedYes->isChecked();
    return rating;
}

void SurveyDialog::updateCounter()
{
    const qsizetype used = m_ui->commentEdit->toPlainText().size();
    const qsizetype limit = protocol::kMaxSatisfactionCommentLength;
    m_ui->commentCounter->setText(tr("%1/%2").arg(used).arg(limit));
    m_ui->commentCounter->setAccessibleName(
        tr("%n character(s) left in the comment", nullptr, static_cast<int>(limit - used)));
}

} // namespace cec
