// The embedded translations: Chinese is loaded and covers widget strings, Arabic mirrors the
// layout.
#include "languages.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(Translations, ResolveLanguageFollowsTheChoiceOrTheSystem)
{
    EXPECT_EQ(cec::app::resolveLanguage(u"zh-CN"_s), u"zh_CN"_s);
    EXPECT_EQ(cec::app::resolveLanguage(u"zh_TW"_s), u"zh_CN"_s);
    EXPECT_EQ(cec::app::resolveLanguage(u"ar_EG"_s), u"ar"_s);
    EXPECT_EQ(cec::app::resolveLanguage(u"fr"_s), u"en"_s);
    EXPECT_TRUE(cec::app::availableLanguages().contains(cec::app::resolveLanguage({})));
}

TEST(Translations, ChineseIsLoadedForTheAppAndTheWidget)
{
    QTranslator translator;
    ASSERT_TRUE(cec::app::installTranslation(translator, u"zh_CN"_s));
    cec::app::MainWindow window;
    EXPECT_EQ(window.findChild<QAction *>(u"quitAction"_s)->text(), u"退出(&Q)"_s);
    EXPECT_EQ(window.windowTitle(), u"客户聊天"_s);
    // A string of the widget library, from the same embedded translation.
    EXPECT_EQ(QCoreApplication::translate("cec::ConversationModel", "Sent"), u"已发送"_s);
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    QCoreApplication::removeTranslator(&translator);
}

TEST(Translations, ArabicMirrorsTheLayout)
{
    QTranslator translator;
    ASSERT_TRUE(cec::app::installTranslation(translator, u"ar"_s));
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    cec::app::MainWindow window;
    EXPECT_EQ(window.layoutDirection(), Qt::RightToLeft);
    EXPECT_NE(window.windowTitle(), u"Customer chat"_s) << "the main window is not translated";
    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
}
