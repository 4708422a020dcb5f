#include "inerttext.h"

#include <QList>

namespace cec {

namespace {

constexpr char16_t kLre = 0x202A, kRle = 0x202B, kPdf = 0x202C, kLro = 0x202D, kRlo = 0x202E;
constexpr char16_t kLri = 0x2066, kRli = 0x2067, kFsi = 0x2068, kPdi = 0x2069;
constexpr char16_t kEllipsis = 0x2026;

bool isEmbeddingOrOverride(char16_t c)
{
    return c == kLre || c == kRle || c == kLro || c == kRlo;
}

bool isIsolateInitiator(char16_t c)
{
    return c == kLri || c == kRli || c == kFsi;
}

// Balances bidi controls as UAX #9 pairs them (BD9, X6a, X7): a PDF closes the innermost
// embedding/override only when no isolate opened after it; a PDI closes the innermost open isolate
// and everything opened inside it.
class BidiBalancer final
{
public:
    // Appends `c` to `out`, or nothing when it is a closer without an opener.
    void add(QString &out, char16_t c)
    {
        if (isEmbeddingOrOverride(c)) {
            m_open.append(false);
        } else if (isIsolateInitiator(c)) {
            m_open.append(true);
        } else if (c == kPdf) {
            if (m_open.isEmpty() || m_open.constLast())
                return;
            m_open.removeLast();
        } else if (c == kPdi) {
            const qsizetype isolate = m_open.lastIndexOf(true);
            if (isolate < 0)
                return;
            m_open.resize(isolate);
        }
        out += QChar(c);
    }
    // Closes whatever is still open (at a line's end).
    void close(QString &out)
    {
        while (!m_open.isEmpty())
            out += QChar(m_open.takeLast() ? kPdi : kPdf);
    }

private:
    QList<bool> m_open; // true: an isolate, false: an embedding or override
};

QChar placeholder(char16_t c)
{
    if (c < 0x20)
        return QChar(char16_t(0x2400 + c)); // Control Pictures: U+2400 NUL … U+241F US
    if (c == 0x7F)
        return QChar(char16_t(0x2421)); // SYMBOL FOR DELETE
    return QChar::ReplacementCharacter; // C1 has no pictures
}

} // namespace

bool isControlCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isFormatCharacter(char32_t c)
{
    return c == 0x061C                      // ARABIC LETTER MARK
           || c == 0x200E || c == 0x200F    // LRM, RLM
           || (c >= 0x2028 && c <= 0x202E)  // line/paragraph separators, LRE RLE PDF LRO RLO
           || (c >= 0x2066 && c <= 0x206F)  // LRI RLI FSI PDI, deprecated format characters
           || c == 0xFEFF                   // zero width no-break space (BOM)
           || (c >= 0xFFF9 && c <= 0xFFFB); // interlinear annotation
}

QString inertText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    BidiBalancer bidi;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar unit = text[i];
        const char16_t c = unit.unicode();
        if (unit.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += text.mid(i, 2); // nothing outside the BMP is a control
            ++i;
        } else if (unit.isSurrogate()) {
            out += QChar::ReplacementCharacter;
        } else if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator ||
                   c == QChar::ParagraphSeparator) {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i; // CRLF is one break
            bidi.close(out);
            out += u'\n';
        } else if (c == u'\t') {
            out += unit;
        } else if (isControlCharacter(c)) {
            out += placeholder(c);
        } else if (isEmbeddingOrOverride(c) || isIsolateInitiator(c) || c == kPdf || c == kPdi) {
            bidi.add(out, c);
        } else {
            out += unit;
        }
    }
    bidi.close(out);
    return out;
}

QString inertLine(QStringView text, qsizetype maxLength)
{
    QString line = inertText(text);
    line.replace(u'\n', u' ');
    line.replace(u'\t', u' ');
    if (maxLength < 1 || line.size() <= maxLength)
        return line;
    qsizetype keep = maxLength - 1;
    if (keep > 0 && line.at(keep - 1).isHighSurrogate())
        --keep;
    // Cut, then balance again: the closers the cut removed are added back, still within the bound.
    QString cut = line.left(keep);
    while (!cut.isEmpty() && inertText(cut).size() + 1 > maxLength)
        cut.chop(cut.size() >= 2 && cut.at(cut.size() - 2).isHighSurrogate() ? 2 : 1);
    return inertText(cut) + QChar(kEllipsis);
}

} // namespace cec
