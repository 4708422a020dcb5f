#include "settingsdialog.h"

#include "ui_settingsdialog.h"

#include <QFileDialog>
#include <QPushButton>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace cec::app {

namespace {

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1) &&
           !url.host().isEmpty();
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, bool secretStored, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_original(settings)
    , m_secretStored(secretStored)
{
    m_ui->setupUi(this);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // room for a full https:// address

    m_ui->proxyCombo->addItem(tr("No proxy"), QVariant::fromValue(int(AppSettings::Proxy::None)));
    m_ui->proxyCombo->addItem(tr("System proxy settings"),
                              QVariant::fromValue(int(AppSettings::Proxy::System)));
    m_ui->proxyCombo->addItem(tr("Manual proxy"),
                              QVariant::fromValue(int(AppSettings::Proxy::Manual)));
    // Language names in their own language, so that a user can find theirs whatever is shown.
    m_ui->languageCombo->addItem(tr("System language"), QString());
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->languageCombo->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_ui->languageCombo->addItem(u"العربية"_s, u"ar"_s);

    m_ui->endpointEdit->setText(settings.endpoint.toString());
    m_ui->appKeyEdit->setText(settings.appKey);
    m_ui->appSecretRadio->setChecked(settings.credential == AppSettings::Credential::AppSecret);
    m_ui->tokenUrlRadio->setChecked(settings.credential == AppSettings::Credential::TokenUrl);
    m_ui->appSecretEdit->setPlaceholderText(secretStored
                                                ? tr("Stored in the keyring; type to replace")
                                                : tr("Kept in the system keyring"));
    m_ui->tokenUrlEdit->setText(settings.tokenUrl.toString());
    m_ui->channelIdEdit->setText(settings.channelId);
    m_ui->customerIdEdit->setText(settings.customerId);
    m_ui->displayNameEdit->setText(settings.displayName);
    m_ui->proxyCombo->setCurrentIndex(
        m_ui->proxyCombo->findData(QVariant::fromValue(int(settings.proxy))));
    m_ui->proxyHostEdit->setText(settings.proxyHost);
    if (settings.proxyPort != 0)
        m_ui->proxyPortSpin->setValue(settings.proxyPort);
    m_ui->caFileEdit->setText(settings.caFile);
    const int language = m_ui->languageCombo->findData(settings.language);
    m_ui->languageCombo->setCurrentIndex(language < 0 ? 0 : language);
    m_ui->notificationsCheck->setChecked(settings.notifications);
    m_ui->soundsCheck->setChecked(settings.sounds);
    m_ui->errorLabel->hide();

    connect(m_ui->appSecretRadio, &QRadioButton::toggled, this,
            &SettingsDialog::updateEnabledFields);
    connect(m_ui->proxyCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateEnabledFields);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    updateEnabledFields();
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_original;
    s.endpoint = QUrl(m_ui->endpointEdit->text().trimmed());
    s.appKey = m_ui->appKeyEdit->text().trimmed();
    s.credential = m_ui->tokenUrlRadio->isChecked() ? AppSettings::Credential::TokenUrl
                                                    : AppSettings::Credential::AppSecret;
    s.tokenUrl = QUrl(m_ui->tokenUrlEdit->text().trimmed());
    s.channelId = m_ui->channelIdEdit->text().trimmed();
    s.customerId = m_ui->customerIdEdit->text().trimmed();
    s.displayName = m_ui->displayNameEdit->text().trimmed();
    s.proxy = static_cast<AppSettings::Proxy>(m_ui->proxyCombo->currentData().toInt());
    s.proxyHost = m_ui->proxyHostEdit->text().trimmed();
    s.proxyPort = static_cast<quint16>(m_ui->proxyPortSpin->value());
    s.caFile = m_ui->caFileEdit->text().trimmed();
    s.language = m_ui->languageCombo->currentData().toString();
    s.notifications = m_ui->notificationsCheck->isChecked();
    s.sounds = m_ui->soundsCheck->isChecked();
    return s;
}

QString SettingsDialog::enteredSecret() const
{
    return m_ui->appSecretRadio->isChecked() ? m_ui->appSecretEdit->text() : QString();
}

QString SettingsDialog::validationError() const
{
    const AppSettings s = settings();
    if (!isWebUrl(s.endpoint))
        return tr("Enter the endpoint as an https:// address, for example "
                  "https://service.example.com.");
    if (s.appKey.isEmpty())
        return tr("Enter the app key.");
    if (s.credential == AppSettings::Credential::AppSecret) {
        const bool sameAccount = s.endpoint == m_original.endpoint && s.appKey == m_original.appKey;
        if (enteredSecret().isEmpty() && !(m_secretStored && sameAccount))
            return tr("Enter the app secret, or choose a token URL.");
    } else if (!isWebUrl(s.tokenUrl)) {
        return tr("Enter the token URL as an https:// address.");
    }
    if (s.channelId.isEmpty())
        return tr("Enter the channel configuration ID.");
    if (s.customerId.isEmpty() || s.customerId.size() > 24)
        return tr("The customer ID must have 1 to 24 characters.");
    if (s.proxy == AppSettings::Proxy::Manual && s.proxyHost.isEmpty())
        return tr("Enter the proxy host, or choose another proxy setting.");
    if (!s.caFile.isEmpty() && QSslCertificate::fromPath(s.caFile, QSsl::Pem).isEmpty())
        return tr("The CA file could not be read as PEM certificates: %1").arg(s.caFile);
    return {};
}

void SettingsDialog::accept()
{
    const QString problem = validationError();
    if (!problem.isEmpty()) {
        m_ui->errorLabel->setText(problem);
        m_ui->errorLabel->show();
        return;
    }
    QDialog::accept();
}

void SettingsDialog::updateEnabledFields()
{
    const bool secret = m_ui->appSecretRadio->isChecked();
    m_ui->appSecretEdit->setEnabled(secret);
    m_ui->appSecretLabel->setEnabled(secret);
    m_ui->tokenUrlEdit->setEnabled(!secret);
    m_ui->tokenUrlLabel->setEnabled(!secret);
    const bool manualProxy =
        m_ui->proxyCombo->currentData().toInt() == int(AppSettings::Proxy::Manual);
    m_ui->proxyHostEdit->setEnabled(manualProxy);
    m_ui->proxyPortSpin->setEnabled(manualProxy);
    m_ui->proxyHostLabel->setEnabled(manualProxy);
}

void SettingsDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a CA certificate file"), m_ui->caFileEdit->text(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

} // namespace cec::app
