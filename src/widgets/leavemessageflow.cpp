#include "leavemessageflow_p.h"

#include "cecclient.h"
#include "leavemessagedialog_p.h"

#include <QFrame>
#include <QLabel>
#include <QPushButton>

namespace cec {

using namespace Qt::StringLiterals;

LeaveMessageFlow::LeaveMessageFlow(CecClient &client, QWidget *parent, QFrame *closedBanner,
                                   QLabel *closedLabel, QPushButton *leaveMessageButton,
                                   std::function<void(const QString &)> showInfo,
                                   std::function<void(const QString &)> showError)
    : m_client(client)
    , m_parent(parent)
    , m_closedBanner(closedBanner)
    , m_showInfo(std::move(showInfo))
    , m_showError(std::move(showError))
{
    closedLabel->setTextFormat(Qt::PlainText);
    closedLabel->setText(tr("Nobody is available to chat right now. Leave a message and we "
                            "will get back to you."));
    QObject::connect(leaveMessageButton, &QPushButton::clicked, parent, [this] { offer(); });
}

void LeaveMessageFlow::onStateChanged(ChatSession::State state)
{
    m_closedBanner->setVisible(state == ChatSession::State::Closed);
    if (state == ChatSession::State::Closed)
        offer();
}

void LeaveMessageFlow::offer()
{
    if (m_parent->findChild<LeaveMessageDialog *>())
        return; // already open
    auto *dialog = new LeaveMessageDialog(m_parent);
    dialog->setObjectName(u"leaveMessageDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, m_parent, [this, dialog] {
        m_client.leaveMessage(dialog->message(), m_parent, [this](Result<Done> left) {
            if (left) {
                m_closedBanner->hide();
                m_showInfo(tr("Your message was sent. We will get back to you."));
            } else {
                m_showError(left.error().userMessage());
            }
        });
    });
    dialog->open();
}

} // namespace cec
