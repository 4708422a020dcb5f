#include "mainwindow.h"

#include "chatwidget.h"
#include "ui_mainwindow.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace cec::app {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->endChatAction, &QAction::triggered, this, [this] {
        if (m_chat)
            m_chat->endChat(true);
    });
    connect(m_ui->exportTranscriptAction, &QAction::triggered, this, &MainWindow::exportTranscript);
    connect(m_ui->settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);
    connect(m_ui->quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->tryDemoButton, &QPushButton::clicked, this, &MainWindow::demoRequested);
    connect(m_ui->openSettingsButton, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    showStatus(tr("Not connected."), true);
}

MainWindow::~MainWindow() = default;

void MainWindow::setChatWidget(ChatWidget *chat)
{
    removeChatWidget();
    m_chat = chat;
    m_ui->chatLayout->addWidget(chat);
    m_ui->pages->setCurrentWidget(m_ui->chatPage);
    m_ui->endChatAction->setEnabled(true);
    m_ui->exportTranscriptAction->setEnabled(true);
    connect(chat, &ChatWidget::unreadCountChanged, this, [this](int count) {
        m_unread = count;
        updateTitle();
    });
    m_unread = chat->unreadCount();
    if (m_trayIcon)
        chat->setTrayIcon(m_trayIcon);
    updateTitle();
    chat->setFocus();
}

void MainWindow::removeChatWidget()
{
    if (!m_chat)
        return;
    // Deleted now, not later: its session must stop before a new one starts for the same customer.
    delete m_chat;
    m_chat = nullptr;
    m_unread = 0;
    updateTitle();
}

void MainWindow::showStatus(const QString &text, bool offerChoices)
{
    removeChatWidget();
    m_ui->statusLabel->setText(text);
    m_ui->tryDemoButton->setVisible(offerChoices);
    m_ui->openSettingsButton->setVisible(offerChoices);
    m_ui->pages->setCurrentWidget(m_ui->startPage);
    m_ui->endChatAction->setEnabled(false);
    m_ui->exportTranscriptAction->setEnabled(false);
}

void MainWindow::setTrayIcon(QSystemTrayIcon *trayIcon)
{
    m_trayIcon = trayIcon;
    if (m_chat && trayIcon)
        m_chat->setTrayIcon(trayIcon);
    updateTitle();
}

void MainWindow::setTitleSuffix(const QString &suffix)
{
    m_titleSuffix = suffix;
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = tr("Customer chat");
    if (!m_titleSuffix.isEmpty())
        title = tr("%1 — %2", "window title: name — suffix").arg(title, m_titleSuffix);
    if (m_unread > 0)
        title = tr("(%1) %2", "window title with unread count").arg(m_unread).arg(title);
    setWindowTitle(title);
    if (m_trayIcon)
        m_trayIcon->setToolTip(m_unread > 0 ? tr("%n unread message(s)", nullptr, m_unread)
                                            : tr("Customer chat"));
}

void MainWindow::exportTranscript()
{
    if (!m_chat)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    const QString htmlFilter = tr("Web page (*.html)");
    const QString textFilter = tr("Plain text (*.txt)");
    QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export transcript"), documents + u"/chat-transcript.html"_s,
        htmlFilter + u";;"_s + textFilter, &selectedFilter);
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(u".html"_s, Qt::CaseInsensitive) &&
        !fileName.endsWith(u".htm"_s, Qt::CaseInsensitive) &&
        !fileName.endsWith(u".txt"_s, Qt::CaseInsensitive))
        fileName += selectedFilter == textFilter ? u".txt"_s : u".html"_s;
    QString error;
    if (!m_chat->exportTranscript(fileName, &error))
        QMessageBox::warning(this, tr("Export transcript"),
                             tr("The transcript could not be saved: %1").arg(error));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About cec-chat"),
                       tr("<p><b>cec-chat</b> %1</p><p>Customer chat for Huawei Cloud Contact "
                          "Center (CEC) web channels.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace cec::app
