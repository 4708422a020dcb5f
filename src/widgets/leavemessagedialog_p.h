// Shown when the contact centre is closed (result code 12): the customer leaves a phone number and
// a message (doLeaveMessage).
#pragma once

#include "types.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LeaveMessageDialog;
}

namespace cec {

class LeaveMessageDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LeaveMessageDialog(QWidget *parent = nullptr);
    ~LeaveMessageDialog() override;

    LeaveMessage message() const;

private:
    std::unique_ptr<Ui::LeaveMessageDialog> m_ui;
};

} // namespace cec
