// The embedded translations: Chinese is loaded and covers widget strings and the sentences of the
// core library (errors, refusals), Arabic mirrors the layout.
#include "apierror.h"
#include "cecclient.h"
#include "clientconfig.h"
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

// src/core has no widgets, but its errors reach the user through the widget: they must follow the
// language too, and go back to English when the translator is removed.
TEST(Translations, CoreErrorsFollowTheLanguage)
{
    cec::ApiError unreachable(cec::ApiError::Kind::Transport, u"poll"_s, u"connection refused"_s);
    unreachable.setHost(u"service.besclouds.com"_s);
    const cec::ApiError closed(cec::ApiError::Kind::Result, u"createSession"_s, {}, 0, u"12"_s);
    QTranslator translator;
    ASSERT_TRUE(cec::app::installTranslation(translator, u"zh_CN"_s));

    EXPECT_EQ(unreachable.userMessage(),
              u"无法连接到位于 service.besclouds.com 的联络中心。请检查您的网络连接或代理设置。"_s);
    EXPECT_EQ(cec::ApiError(cec::ApiError::Kind::Transport, u"poll"_s, {}).userMessage(),
              u"无法连接到联络中心。请检查您的网络连接或代理设置。"_s);
    EXPECT_EQ(closed.userMessage(), u"联络中心目前不在工作时间。您可以留言。"_s);
    // Refusals written in core: the configuration check and the text limit.
    EXPECT_EQ(cec::ClientConfig().validate(),
              u"缺少服务器地址。请输入 API Fabric 地址，例如 https://service.besclouds.com。"_s);
    EXPECT_EQ(cec::CecClient::validateText(QString(2000, u'x')),
              u"消息太长（2000 字节；最多可发送 1024 字节）。请缩短或拆分为多条消息。"_s);

    QCoreApplication::removeTranslator(&translator);
    EXPECT_EQ(unreachable.userMessage(),
              u"Could not reach the contact centre at service.besclouds.com. Check your network "
              "connection or proxy settings."_s);
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
