// The first-run choice: try the demo, or connect to a real contact centre.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class FirstRunDialog;
}

namespace cec::app {

class FirstRunDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FirstRunDialog(QWidget *parent = nullptr);
    ~FirstRunDialog() override;

Q_SIGNALS:
    void demoChosen();
    void connectChosen();

private:
    std::unique_ptr<Ui::FirstRunDialog> m_ui;
};

} // namespace cec::app
