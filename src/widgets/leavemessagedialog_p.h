// Shown when the contact centre is closed (result code 12): the customer leaves a phone number and
// a message (doLeaveMessage).
#pragma once

#include "types.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class LeaveMessageDialog;
}

namespace cec {

class LeaveMessageDialog final : public QDialog
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxPhoneLength = 64;     // doLeaveMessage `caller`
    static constexpr qsizetype kMaxMessageLength = 2000; // doLeaveMessage `leaveMessage`

    explicit LeaveMessageDialog(QWidget *parent = nullptr);
    ~LeaveMessageDialog() override;

    LeaveMessage message() const; // trimmed phone and text

    // Loose on purpose (formats differ by country): digits, spaces, + - *, at least 3 digits.
    static bool isPlausiblePhoneNumber(const QString &phone);

private:
    void updateState();

    std::unique_ptr<Ui::LeaveMessageDialog> m_ui;
    QPushButton *m_send = nullptr;
};

} // namespace cec
