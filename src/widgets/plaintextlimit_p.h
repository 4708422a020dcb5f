// QPlainTextEdit has no maxLength: cut what was typed or pasted beyond the limit, live.
#pragma once

#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>

namespace cec {

// Call from textChanged. Never splits a surrogate pair; the cut itself re-emits textChanged,
// which then finds nothing to do.
inline void enforceMaxLength(QPlainTextEdit *edit, qsizetype maxLength)
{
    const QString text = edit->toPlainText();
    if (text.size() <= maxLength)
        return;
    qsizetype keep = maxLength;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    QTextCursor cut(edit->document());
    cut.setPosition(static_cast<int>(keep));
    cut.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cut.removeSelectedText();
}

} // namespace cec
