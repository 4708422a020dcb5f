// Connection, customer, network and preference settings. The secret entered here goes to the
// keychain (by the caller), never into AppSettings.
#pragma once

#include "appsettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace cec::app {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    // `secretStored`: a secret for these settings is already known, so the field may stay empty.
    SettingsDialog(const AppSettings &settings, bool secretStored, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;
    QString enteredSecret() const; // empty: keep the stored one

    // Empty when the values are usable, else a sentence naming the first problem.
    QString validationError() const;

    void accept() override;

private:
    void updateEnabledFields();
    void browseCaFile();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings m_original;
    bool m_secretStored = false;
};

} // namespace cec::app
