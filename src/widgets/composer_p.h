// Where the customer writes: Enter sends, Shift+Enter starts a new line, a live byte count
// against the 1 KB limit, file sending by button or drag-and-drop, and an upload indicator.
#pragma once

#include <QWidget>

#include <memory>

class QIcon;
class QMimeData;
class QPlainTextEdit;
class QPushButton;

namespace Ui {
class Composer;
}

namespace cec {

// Qt 6.4's common style mirrors a push button's text alignment twice when the button has an icon
// in a right-to-left layout: the text lands at the far end, clipped when the button is tight. So
// push buttons show their icon left-to-right only; their text names the action either way. Call
// again when the layout direction changes.
void setPushButtonIcon(QPushButton *button, const QIcon &icon);

class Composer final : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    QString text() const; // with plain '\n' line breaks
    void clear();
    QPlainTextEdit *editor() const;

    // Shows the indeterminate upload indicator with `what` (a file name); empty hides it.
    void setUploading(const QString &what);

    // Sends what is typed if it may be sent; else emits refused().
    void submit();

Q_SIGNALS:
    void sendRequested(const QString &text);
    void refused(const QString &reason);
    void typing();
    // Local files picked with the attach button or dropped; checked by the receiver.
    void filesChosen(const QStringList &paths);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateCounter();
    void fitEditorToText();
    void chooseFiles();
    static QStringList localFiles(const QMimeData *mime);

    std::unique_ptr<Ui::Composer> m_ui;
};

} // namespace cec
