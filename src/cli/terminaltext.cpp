#include "terminaltext.h"

#include "inerttext.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace cec::cli {

namespace {

QString hex(char32_t c, int digits)
{
    return QString::number(uint(c), 16).rightJustified(digits, u'0');
}

} // namespace

bool needsTerminalEscape(char32_t c)
{
    return isControlCharacter(c) || isFormatCharacter(c); // the widget's classes (inerttext.h)
}

QString terminalSafe(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text[i];
        if (unit.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            safe += text.mid(i, 2); // nothing outside the BMP acts on a terminal
            ++i;
            continue;
        }
        if (unit.isSurrogate()) {
            safe += QChar::ReplacementCharacter;
            continue;
        }
        const char32_t c = unit.unicode();
        if (!needsTerminalEscape(c)) {
            safe += unit;
        } else if (c == u'\t') {
            safe += u"\\t"_s;
        } else if (c == u'\n') {
            safe += u"\\n"_s;
        } else if (c == u'\r') {
            safe += u"\\r"_s;
        } else if (c <= 0x9F) {
            safe += u"\\x"_s + hex(c, 2);
        } else {
            safe += u"\\u"_s + hex(c, 4);
        }
    }
    return safe;
}

QStringList messageTextLines(QStringView text)
{
    QStringList lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator) {
            const bool crlf = c == u'\n' && i > start && text[i - 1] == u'\r';
            lines << text.mid(start, i - start - (crlf ? 1 : 0)).toString();
            start = i + 1;
        }
    }
    lines << text.mid(start).toString();
    return lines;
}

QString terminalSafeJson(const QJsonObject &object)
{
    // Outside strings JSON text is ASCII, so every character escaped here is inside a string,
    // where \uHHHH means the same character.
    const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    QString safe;
    safe.reserve(json.size());
    for (const QChar unit : json) {
        if (needsTerminalEscape(unit.unicode()))
            safe += u"\\u"_s + hex(unit.unicode(), 4);
        else
            safe += unit;
    }
    return safe;
}

} // namespace cec::cli
