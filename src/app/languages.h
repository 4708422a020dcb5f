// The UI language: the user's choice, else the system's; installs the matching translations.
#pragma once

#include <QString>
#include <QStringList>

class QTranslator;

namespace cec::app {

// The languages cec-chat ships ("en", "zh_CN", "ar").
QStringList availableLanguages();
// `preferred` empty: the system's UI languages. Returns one of availableLanguages().
QString resolveLanguage(const QString &preferred);
// Loads the embedded translation of `language` into `translator` and installs it; the application
// layout direction follows (right-to-left for Arabic). False when there is none for it.
bool installTranslation(QTranslator &translator, const QString &language);

} // namespace cec::app
