// Where the customer writes: Enter sends, Shift+Enter starts a new line, a live byte count
// against the 1 KB limit, file sending by button or drag-and-drop, and an upload indicator.
#pragma once

#include <QWidget>

#include <memory>

class QMimeData;
class QPlainTextEdit;

namespace Ui {
class Composer;
}

namespace cec {

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
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updateCounter();
    void chooseFiles();
    static QStringList localFiles(const QMimeData *mime);

    std::unique_ptr<Ui::Composer> m_ui;
};

} // namespace cec
