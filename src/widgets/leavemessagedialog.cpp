#include "leavemessagedialog_p.h"

#include "plaintextlimit_p.h"
#include "ui_leavemessagedialog.h"

#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cec {

namespace {
const QRegularExpression &phoneCharacters()
{
    static const QRegularExpression pattern(u"^[0-9+\\-* ]*$"_s);
    return pattern;
}
} // namespace

LeaveMessageDialog::LeaveMessageDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LeaveMessageDialog>())
{
    m_ui->setupUi(this);

    m_ui->phoneEdit->setMaxLength(static_cast<int>(kMaxPhoneLength));
    // Keeps letters and the like out as they are typed or pasted.
    m_ui->phoneEdit->setValidator(new QRegularExpressionValidator(phoneCharacters(), this));

    m_send = m_ui->buttonBox->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setAccessibleName(tr("Send the message"));
    m_send->setDefault(true);
    QPushButton *cancel = m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    cancel->setAccessibleName(tr("Cancel"));

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->phoneEdit, &QLineEdit::textChanged, this, &LeaveMessageDialog::updateState);
    connect(m_ui->messageEdit, &QPlainTextEdit::textChanged, this, [this] {
        enforceMaxLength(m_ui->messageEdit, kMaxMessageLength);
        updateState();
    });
    updateState();
    m_ui->phoneEdit->setFocus();
}

LeaveMessageDialog::~LeaveMessageDialog() = default;

LeaveMessage LeaveMessageDialog::message() const
{
    return {m_ui->phoneEdit->text().simplified(), m_ui->messageEdit->toPlainText().trimmed()};
}

bool LeaveMessageDialog::isPlausiblePhoneNumber(const QString &phone)
{
    const QString trimmed = phone.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > kMaxPhoneLength ||
        !phoneCharacters().match(trimmed).hasMatch()) {
        return false;
    }
    const auto digits =
        std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    return digits >= 3;
}

void LeaveMessageDialog::updateState()
{
    const QString phone = m_ui->phoneEdit->text();
    const bool phoneOk = isPlausiblePhoneNumber(phone);
    const qsizetype length = m_ui->messageEdit->toPlainText().size();
    const bool messageOk = !m_ui->messageEdit->toPlainText().trimmed().isEmpty();
    m_send->setEnabled(phoneOk && messageOk);

    m_ui->messageCounter->setText(tr("%1/%2").arg(length).arg(kMaxMessageLength));
    m_ui->messageCounter->setAccessibleName(tr("%n character(s) left in the message", nullptr,
                                               static_cast<int>(kMaxMessageLength - length)));

    // Say what is missing only once the user has started, not on an empty form.
    QString hint;
    if (!phone.trimmed().isEmpty() && !phoneOk)
        hint = tr("Enter a phone number with at least 3 digits (digits, spaces, +, - and * only).");
    else if (phoneOk && !messageOk)
        hint = tr("Write a message so that we know how to help.");
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
}

} // namespace cec
