// The one rule for showing text that came from the service or another person (message text,
// nicknames, file names) in the widget, its notifications and its exported transcripts: what is
// shown is exactly the characters sent, and none of them acts on anything. The terminal
// (src/cli/terminaltext.h) shares the character classes below and escapes them its own way.
//
// - C0 controls other than TAB and line breaks, DEL and C1 controls are replaced by a visible
//   placeholder: C0 and DEL by their Control Pictures symbol (ESC -> U+241B "␛", NUL -> U+2400,
//   DEL -> U+2421), C1 by U+FFFD. Nothing is silently dropped.
// - Line breaks (LF, CRLF, a lone CR, U+2028, U+2029) become LF, so a consumer that lays out or
//   indents lines sees every break, including the ones some viewers honour and others do not.
// - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are balanced within
//   each line: an unmatched PDF/PDI (which could close something outside the text) is removed and
//   every one still open at a line's end is closed there. Legitimate use inside a message keeps
//   working, but no text can reorder anything after it (the sender, the time, the next line).
// - Unpaired surrogates (text that was not valid UTF-8/UTF-16) become U+FFFD.
// Everything else (combining marks, ZWJ/ZWNJ, LRM/RLM, emoji) is kept.
#pragma once

#include "cec_core_export.h"

#include <QString>
#include <QStringView>

namespace cec {

// C0 controls (TAB, LF and CR included), DEL and C1 controls.
CEC_CORE_EXPORT bool isControlCharacter(char32_t c);
// Invisible format characters that change how neighbouring text is shown: bidi embeddings,
// overrides, isolates and marks, line/paragraph separators, U+061C, U+200E, U+200F, U+2028–U+202E,
// U+2066–U+206F, U+FEFF, U+FFF9–U+FFFB.
CEC_CORE_EXPORT bool isFormatCharacter(char32_t c);

// Multi-line text (a message) made inert as described above; lines are separated by LF only.
CEC_CORE_EXPORT QString inertText(QStringView text);

// The longest a sender's name is shown anywhere (bubble header, notification, status line).
inline constexpr qsizetype kMaxNameLength = 64;
// The longest a file's name is shown (bubble, transcript): what most file systems allow.
inline constexpr qsizetype kMaxFileNameLength = 255;

// One line (a name, a notification title or preview): as inertText(), then line breaks and TABs
// become spaces. With maxLength >= 1 the result is at most that many UTF-16 units, cut with "…"
// (never inside a surrogate pair, and with the bidi controls it cut off closed again).
CEC_CORE_EXPORT QString inertLine(QStringView text, qsizetype maxLength = -1);

} // namespace cec
