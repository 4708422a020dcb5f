// The one rule for what cecctl lets through to a terminal. Every text-mode line (stdout and
// stderr) passes terminalSafe() in Console, whatever its fields came from; JSON lines pass
// terminalSafeJson(). Text from the service — message text, nicknames, resultDesc, event fields —
// can then neither move the cursor, clear the screen, set the title, write the clipboard (OSC 52),
// hide links (OSC 8), ring the bell, overwrite a line (CR, BS), reorder what is shown (bidi
// overrides) nor start a line that looks like one of cecctl's own.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace cec::cli {

// True for a character that terminalSafe() renders as an escape: C0 controls (TAB, LF and CR
// included), DEL, C1 controls, bidi embeddings/overrides/isolates and marks, line/paragraph
// separators and other invisible format characters (U+061C, U+200E, U+200F, U+2028–U+202E,
// U+2066–U+206F, U+FEFF, U+FFF9–U+FFFB).
bool needsTerminalEscape(char32_t c);

// `text` with every such character shown visibly: TAB, LF, CR as \t \n \r; other C0, DEL and C1 as
// \xHH (ESC is \x1b); format characters as \uHHHH (\u202e). Unpaired surrogates (text that was not
// valid UTF-16/UTF-8) become U+FFFD. Everything else, combining marks and ZWJ/ZWNJ included, is
// kept. The result is one line of printable text. A literal backslash is left as it is.
QString terminalSafe(QStringView text);

// A message text split at its own line breaks (LF, CRLF, U+2028, U+2029), for printing as
// continuation lines that cannot pass for a line of their own. A lone CR is not a line break (it
// is shown as \r by terminalSafe()).
QStringList messageTextLines(QStringView text);

// One compact JSON object; as QJsonDocument writes it (control characters as \u00XX), and
// additionally every other character of needsTerminalEscape() as a \uHHHH escape, so that the line
// parses to exactly the same values but carries no raw C1 or bidi character either.
QString terminalSafeJson(const QJsonObject &object);

} // namespace cec::cli
