#include "composer_p.h"

#include "cecclient.h"
#include "ui_composer.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMimeData>
#include <QPlainTextDocumentLayout>
#include <QStandardPaths>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

// The edit shows a short message whole and grows with longer ones, up to a limit after which it
// scrolls; the conversation keeps the rest of the height.
constexpr int kMinEditorLines = 3;
constexpr int kMaxEditorLines = 6;

} // namespace

void setPushButtonIcon(QPushButton *button, const QIcon &icon)
{
    button->setIcon(button->layoutDirection() == Qt::LeftToRight ? icon : QIcon());
}

Composer::Composer(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::Composer>())
{
    m_ui->setupUi(this);
    setObjectName(u"composer"_s);
    setAcceptDrops(true);
    m_ui->uploadProgress->hide();
    m_ui->uploadLabel->hide();
    const int iconSize = fontMetrics().height();
    m_ui->byteCounterIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_ui->byteCounterIcon->hide();
    m_ui->composerEdit->installEventFilter(this);
    m_ui->composerEdit->viewport()->installEventFilter(this);
    m_ui->composerEdit->setFocusPolicy(Qt::StrongFocus);
    setFocusProxy(m_ui->composerEdit);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &Composer::submit);
    connect(m_ui->attachButton, &QToolButton::clicked, this, &Composer::chooseFiles);
    connect(m_ui->composerEdit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        if (!m_ui->composerEdit->document()->isEmpty())
            Q_EMIT typing();
    });
    // Rewrapping after a resize changes the line count as much as typing does.
    connect(m_ui->composerEdit->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this, [this] { fitEditorToText(); });
    updateCounter();
    fitEditorToText();
    setPushButtonIcon(m_ui->sendButton, QIcon(u":/cec/icons/send.svg"_s));
}

Composer::~Composer() = default;

void Composer::fitEditorToText()
{
    QPlainTextEdit *edit = m_ui->composerEdit;
    // QPlainTextDocumentLayout measures the document in lines (wrapped lines included).
    const qreal lines = edit->document()->documentLayout()->documentSize().height();
    const int shown = std::clamp(int(std::ceil(lines)), kMinEditorLines, kMaxEditorLines);
    const qreal textHeight =
        shown * QFontMetricsF(edit->font()).lineSpacing() + 2 * edit->document()->documentMargin();
    const QMargins margins = edit->contentsMargins();
    edit->setFixedHeight(int(std::ceil(textHeight)) + margins.top() + margins.bottom());
}

void Composer::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitEditorToText();
    if (event->type() == QEvent::LayoutDirectionChange)
        setPushButtonIcon(m_ui->sendButton, QIcon(u":/cec/icons/send.svg"_s));
}

QString Composer::text() const
{
    QString text = m_ui->composerEdit->toPlainText();
    text.replace(QChar::LineSeparator, u'\n');
    text.replace(QChar::ParagraphSeparator, u'\n');
    return text;
}

void Composer::clear()
{
    m_ui->composerEdit->clear();
}

QPlainTextEdit *Composer::editor() const
{
    return m_ui->composerEdit;
}

void Composer::setUploading(const QString &what)
{
    m_ui->uploadProgress->setVisible(!what.isEmpty());
    m_ui->uploadLabel->setVisible(!what.isEmpty());
    m_ui->uploadLabel->setText(what.isEmpty() ? QString() : tr("Uploading %1…").arg(what));
}

void Composer::submit()
{
    const QString message = text();
    if (message.trimmed().isEmpty())
        return;
    if (const QString problem = CecClient::validateText(message); !problem.isEmpty()) {
        Q_EMIT refused(tr("This message is too long to send: %1 bytes, at most %2. Shorten it or "
                          "split it into several messages.")
                           .arg(message.toUtf8().size())
                           .arg(protocol::kMaxTextBytes));
        return;
    }
    Q_EMIT sendRequested(message);
    clear();
}

void Composer::updateCounter()
{
    const QString message = text();
    const qsizetype bytes = message.toUtf8().size();
    const bool tooLong = !CecClient::validateText(message).isEmpty();
    m_ui->byteCounter->setText(tr("%1 / %2 bytes").arg(bytes).arg(protocol::kMaxTextBytes));
    // No hard-coded red: the style's warning icon and bold text carry the warning, in any theme.
    QFont font = m_ui->byteCounter->font();
    font.setBold(tooLong);
    m_ui->byteCounter->setFont(font);
    m_ui->byteCounter->setForegroundRole(tooLong ? QPalette::Text : QPalette::PlaceholderText);
    m_ui->byteCounterIcon->setVisible(tooLong);
    m_ui->byteCounter->setAccessibleDescription(
        tooLong ? tr("Too long: %1 bytes over the limit").arg(bytes - protocol::kMaxTextBytes)
                : QString());
    m_ui->sendButton->setEnabled(!tooLong && !message.trimmed().isEmpty());
}

void Composer::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Send a file"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Images and files (*.jpg *.jpeg *.png *.bmp *.mp3 *.aac *.mp4 *.txt *.csv);;"
           "All files (*)"));
    if (!files.isEmpty())
        Q_EMIT filesChosen(files);
}

QStringList Composer::localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

bool Composer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->composerEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier) {
                m_ui->composerEdit->insertPlainText(u"\n"_s);
            } else {
                submit(); // Enter and Ctrl+Enter
            }
            return true;
        }
    }
    if (watched == m_ui->composerEdit->viewport()) {
        // Files dropped on the text field are sent, not pasted as their paths.
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!localFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList files = localFiles(drop->mimeData());
            if (!files.isEmpty()) {
                drop->acceptProposedAction();
                Q_EMIT filesChosen(files);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void Composer::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void Composer::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT filesChosen(files);
}

} // namespace cec
