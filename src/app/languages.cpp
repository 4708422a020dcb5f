#include "languages.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cec::app {

namespace {

// Qt derives the layout direction from this translation (QGuiApplication, with this exact
// comment); listing it here keeps it in the .ts files: "RTL" in Arabic, "LTR" elsewhere.
struct SourceWithComment
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] constexpr SourceWithComment layoutDirectionMarker = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

// Qt's own button texts (QDialogButtonBox, QMessageBox) come from this context; Debian ships
// no Qt translations, so cec-chat carries the ones its dialogs show.
[[maybe_unused]] constexpr const char *standardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),     QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),   QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),  QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"), QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
};

} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"zh_CN"_s, u"ar"_s};
}

QString resolveLanguage(const QString &preferred)
{
    const QStringList candidates =
        preferred.isEmpty() ? QLocale::system().uiLanguages() : QStringList{preferred};
    for (QString candidate : candidates) {
        candidate.replace(u'-', u'_');
        if (candidate.startsWith("zh"_L1))
            return u"zh_CN"_s; // the only Chinese we ship
        if (candidate.startsWith("ar"_L1))
            return u"ar"_s;
        if (candidate.startsWith("en"_L1) || candidate == "C"_L1)
            return u"en"_s;
    }
    return u"en"_s;
}

bool installTranslation(QTranslator &translator, const QString &language)
{
    if (!translator.load(u":/i18n/cec-widget_"_s + language))
        return false;
    // Sends LanguageChange: QGuiApplication then re-derives the layout direction.
    return QCoreApplication::installTranslator(&translator);
}

} // namespace cec::app
