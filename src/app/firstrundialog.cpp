#include "firstrundialog.h"

#include "ui_firstrundialog.h"

namespace cec::app {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT demoChosen();
    });
    connect(m_ui->connectButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT connectChosen();
    });
}

FirstRunDialog::~FirstRunDialog() = default;

} // namespace cec::app
