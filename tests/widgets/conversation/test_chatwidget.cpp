// ChatWidget against the real cec-sim: conversation flow, composer, resilience and restart.
#include "chatsession.h"
#include "chatwidget.h"
#include "chatwidgetconfig_p.h"
#include "chatwidgettesting_p.h"
#include "conversationmodel_p.h" // role numbers only
#include "simulatorprocess.h"
#include "waitfor.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPaintEngine>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace cec::test {
namespace {

const QString kUser = u"widget-user"_s;
const QString kGreeting = u"Hello! How can I help?"_s;
const QString kHoursQuestion = u"What are your opening hours?"_s;
const QString kHoursReply = u"We are open from 9 to 17."_s;
using Role = ConversationModel::Role;

// One piece of text a delegate painted: what, where (device coordinates) and in which direction.
struct PaintedText
{
    QString text;
    QRectF rect;
    bool rightToLeft = false;
};

// A paint engine that keeps the text drawn through it and ignores everything else, so a test can
// see exactly what the conversation's delegate put on screen (elided or not, where, which way).
class TextRecordingEngine final : public QPaintEngine
{
public:
    TextRecordingEngine()
        : QPaintEngine(AllFeatures)
    {}
    QList<PaintedText> texts;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    Type type() const override { return User; }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawLines(const QLineF *, int) override {}
    void drawRects(const QRectF *, int) override {}
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QPointF origin = painter()->transform().map(p);
        texts.append({item.text(),
                      QRectF(origin.x(), origin.y() - item.ascent(), item.width(),
                             item.ascent() + item.descent()),
                      bool(item.renderFlags() & QTextItem::RightToLeft)});
    }
};

// An image (same resolution as the screen, so fonts measure alike) painted through the engine.
class TextRecordingImage final : public QImage
{
public:
    explicit TextRecordingImage(QSize size)
        : QImage(size, QImage::Format_ARGB32_Premultiplied)
    {}
    QPaintEngine *paintEngine() const override { return &engine; }
    mutable TextRecordingEngine engine;
};

class ChatWidgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(m_sim.start(&error)) << error.toStdString();
        ASSERT_TRUE(m_storage.isValid());
        m_sim.configure(
            {{u"queueStepMs"_s, 300},
             {u"queueLength"_s, 2},
             {u"agentReplyDelayMs"_s, 50},
             {u"agentName"_s, u"Alice"_s},
             {u"bot"_s,
              QJsonObject{
                  {u"greeting"_s, kGreeting},
                  {u"answers"_s,
                   QJsonArray{QJsonObject{{u"match"_s, u"hours"_s}, {u"reply"_s, kHoursReply}}}},
                  {u"fallback"_s, u"Sorry, I did not get that."_s},
                  {u"suggestions"_s, QJsonArray{kHoursQuestion, u"How do I get a refund?"_s}}}}});
    }

    ChatWidgetConfig config() const
    {
        ChatWidgetConfig config;
        auto &data = ChatWidgetConfigPrivate::get(config);
        data.client = m_sim.clientConfig(kUser);
        data.session.pollInterval = 100ms;
        data.session.queueInfoInterval = 100ms;
        data.session.minBackoff = 100ms;
        data.session.maxBackoff = 400ms;
        data.session.typingThrottle = 1000ms;
        data.storageDirectory = m_storage.path();
        data.notifications = false;
        data.sounds = false;
        return config;
    }

    ChatWidget &makeWidget()
    {
        m_widget = std::make_unique<ChatWidget>(config());
        m_widget->resize(480, 640);
        m_widget->show();
        return *m_widget;
    }

    // Starts a widget and waits for the bot's greeting.
    ChatWidget &startChat()
    {
        ChatWidget &widget = makeWidget();
        widget.start();
        EXPECT_TRUE(waitFor([&] { return row(kGreeting) >= 0; })) << dump();
        return widget;
    }

    template <typename T = QWidget> T *child(const QString &name) const
    {
        T *found = m_widget->findChild<T *>(name);
        EXPECT_NE(found, nullptr) << name.toStdString();
        return found;
    }
    QListView *list() const { return child<QListView>(u"messageList"_s); }
    QAbstractItemModel *model() const { return list()->model(); }
    QPlainTextEdit *editor() const { return child<QPlainTextEdit>(u"composerEdit"_s); }

    // The row showing `text` (its display text), -1 if none.
    int row(const QString &text) const
    {
        for (int i = 0; i < model()->rowCount(); ++i) {
            if (model()->index(i, 0).data(Role::IdRole).toString().isEmpty())
                continue; // day separator
            if (model()->index(i, 0).data(Qt::DisplayRole).toString() == text)
                return i;
        }
        return -1;
    }
    int count(const QString &text) const
    {
        int n = 0;
        for (int i = 0; i < model()->rowCount(); ++i) {
            if (!model()->index(i, 0).data(Role::IdRole).toString().isEmpty() &&
                model()->index(i, 0).data(Qt::DisplayRole).toString() == text) {
                ++n;
            }
        }
        return n;
    }
    QVariant dataOf(const QString &text, int role) const
    {
        const int r = row(text);
        return r < 0 ? QVariant() : model()->index(r, 0).data(role);
    }
    DeliveryState deliveryOf(const QString &text) const
    {
        return DeliveryState(dataOf(text, Role::DeliveryRole).toInt());
    }
    std::string dump() const
    {
        std::string out;
        if (!m_widget)
            return out;
        for (int i = 0; i < model()->rowCount(); ++i)
            out +=
                model()->index(i, 0).data(Qt::AccessibleTextRole).toString().toStdString() + "\n";
        return out;
    }

    // CHAT sends with this content in the simulator's log (answered with `status`, 0: any).
    int chatSends(const QString &content, int status = 0)
    {
        int n = 0;
        const QJsonArray all = m_sim.requests(QString(protocol::path::kSend));
        for (const QJsonValue &entry : all) {
            const QJsonObject request = entry.toObject();
            if (status != 0 && request.value(u"status"_s).toInt() != status)
                continue;
            const QJsonValue bodyValue = request.value(u"body"_s);
            const QJsonObject body =
                bodyValue.isObject()
                    ? bodyValue.toObject()
                    : QJsonDocument::fromJson(bodyValue.toString().toUtf8()).object();
            if (body.value(u"controlType"_s).toString() == "CHAT"_L1 &&
                body.value(u"content"_s).toString() == content) {
                ++n;
            }
        }
        return n;
    }
    int inputSends()
    {
        int n = 0;
        const QJsonArray all = m_sim.requests(QString(protocol::path::kSend));
        for (const QJsonValue &entry : all) {
            const QJsonValue bodyValue = entry.toObject().value(u"body"_s);
            const QJsonObject body =
                bodyValue.isObject()
                    ? bodyValue.toObject()
                    : QJsonDocument::fromJson(bodyValue.toString().toUtf8()).object();
            n += body.value(u"controlType"_s).toString() == "INPUT"_L1 ? 1 : 0;
        }
        return n;
    }

    QJsonObject simState() { return m_sim.control("GET", u"/sim/state?userId="_s + kUser); }
    QJsonObject agent(const QString &path, QJsonObject body = {})
    {
        body.insert(u"userId"_s, kUser);
        return m_sim.control("POST", path, body);
    }

    // Types `text` and sends it with Enter, after the INPUT notice it causes went out (so a
    // fault armed next hits the CHAT, not the typing notice).
    void typeAndSend(const QString &text)
    {
        const int inputsBefore = inputSends();
        editor()->setFocus();
        editor()->setPlainText(text);
        waitFor([&] { return inputSends() > inputsBefore; }, 2000);
    }
    void pressEnter() { QTest::keyClick(editor(), Qt::Key_Return); }

    // The text the list's delegate paints for the row showing `text`, as the list would paint it.
    QList<PaintedText> paintedTexts(const QString &text) const
    {
        QCoreApplication::processEvents();
        const QModelIndex index = model()->index(row(text), 0);
        QStyleOptionViewItem option;
        option.initFrom(list()->viewport());
        option.widget = list();
        option.font = list()->font();
        option.rect = QRect(QPoint(0, 0), list()->visualRect(index).size());
        option.state |= QStyle::State_Enabled;
        TextRecordingImage image(option.rect.size());
        QPainter painter(&image);
        list()->itemDelegate()->paint(&painter, option, index);
        painter.end();
        return image.engine.texts;
    }
    static std::string describe(const QList<PaintedText> &texts)
    {
        std::string out;
        for (const PaintedText &t : texts) {
            out += "\"" + t.text.toStdString() + "\" x=" + std::to_string(t.rect.left()) + ".." +
                   std::to_string(t.rect.right()) + (t.rightToLeft ? " RTL\n" : "\n");
        }
        return out;
    }
    // Every painted piece of the row `text` lies inside the row: nothing is cut at an edge.
    void expectNothingClipped(const QString &text) const
    {
        const QList<PaintedText> texts = paintedTexts(text);
        const int width = list()->visualRect(model()->index(row(text), 0)).width();
        EXPECT_FALSE(texts.isEmpty());
        for (const PaintedText &painted : texts) {
            EXPECT_GE(painted.rect.left(), 0.0) << describe(texts);
            EXPECT_LE(painted.rect.right(), width) << describe(texts);
            EXPECT_FALSE(painted.text.contains(u'…')) << describe(texts);
        }
    }
    static bool contains(const QList<PaintedText> &texts, const QString &wanted)
    {
        return std::any_of(texts.cbegin(), texts.cend(),
                           [&](const PaintedText &t) { return t.text.contains(wanted); });
    }

    void clickRow(const QString &text)
    {
        const QModelIndex index = model()->index(row(text), 0);
        const QRect rect = list()->visualRect(index);
        // Own bubbles sit at the trailing (right) end.
        const QPoint point(rect.right() - 24, rect.center().y());
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, point);
    }

    QDialog *waitForDialog(const QString &name)
    {
        QDialog *dialog = nullptr;
        waitFor([&] {
            dialog = m_widget->findChild<QDialog *>(name);
            return dialog && dialog->isVisible();
        });
        return dialog;
    }

    void dropFiles(const QStringList &paths)
    {
        auto *mime = new QMimeData;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls.append(QUrl::fromLocalFile(path));
        mime->setUrls(urls);
        QWidget *composer = child<QWidget>(u"composer"_s);
        // Qt delivers a drop only to the widget that accepted the drag entering it.
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(composer, &enter);
        EXPECT_TRUE(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(composer, &drop);
        delete mime;
    }

    QString writeFile(const QString &name, qsizetype size)
    {
        QFile file(m_files.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(size, 'x'));
        return file.fileName();
    }

    QTemporaryDir m_storage;
    QTemporaryDir m_files;
    SimulatorProcess m_sim;
    std::unique_ptr<ChatWidget> m_widget;
};

TEST_F(ChatWidgetTest, ConnectsAndShowsTheBotGreetingWithSuggestions)
{
    startChat();
    EXPECT_EQ(dataOf(kGreeting, Role::SourceRole).toInt(), int(protocol::SourceType::Robot));
    EXPECT_FALSE(dataOf(kGreeting, Role::SenderRole).toString().isEmpty());
    EXPECT_TRUE(waitFor([&] { return child<QWidget>(u"suggestionBar"_s)->isVisible(); }));
    auto *chip = child<QPushButton>(u"suggestionChip0"_s);
    ASSERT_NE(chip, nullptr);
    EXPECT_EQ(chip->text(), kHoursQuestion);
    EXPECT_FALSE(chip->accessibleName().isEmpty());
    // The first row is the day separator.
    EXPECT_TRUE(model()->index(0, 0).data(Role::IdRole).toString().isEmpty());
    EXPECT_FALSE(model()->index(0, 0).data(Qt::DisplayRole).toString().isEmpty());
}

TEST_F(ChatWidgetTest, SuggestedQuestionClickSendsIt)
{
    startChat();
    auto *chip = child<QPushButton>(u"suggestionChip0"_s);
    ASSERT_NE(chip, nullptr);
    QTest::mouseClick(chip, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return row(kHoursReply) >= 0; })) << dump();
    EXPECT_TRUE(dataOf(kHoursQuestion, Role::IsOwnRole).toBool());
    EXPECT_EQ(chatSends(kHoursQuestion, 200), 1);
    EXPECT_LT(row(kHoursQuestion), row(kHoursReply));
}

TEST_F(ChatWidgetTest, TalkToAPersonShowsTheQueueThenTheAgent)
{
    startChat();
    auto *agentButton = child<QPushButton>(u"agentButton"_s);
    ASSERT_TRUE(agentButton->isEnabled());
    auto *queueBanner = child<QFrame>(u"queueBanner"_s);
    auto *queueLabel = child<QLabel>(u"queueLabel"_s);
    // What the customer saw at each queue update (the widget's own slot has run by then): the
    // queue can be over before a slow machine gets round to looking.
    struct Seen
    {
        bool bannerVisible;
        QString text;
        bool agentButtonEnabled;
    };
    std::vector<Seen> seen;
    QObject::connect(&chatSessionOf(*m_widget), &ChatSession::queueInfoChanged, m_widget.get(),
                     [&] {
                         seen.push_back({queueBanner->isVisible(), queueLabel->text(),
                                         agentButton->isEnabled()});
                     });
    QTest::mouseClick(agentButton, Qt::LeftButton);
    ASSERT_TRUE(waitFor([&] { return !seen.empty(); }));
    EXPECT_TRUE(seen.front().bannerVisible);
    EXPECT_TRUE(seen.front().text.contains(u"number "_s)) << seen.front().text.toStdString();
    EXPECT_TRUE(seen.front().text.contains(u'2') || seen.front().text.contains(u'1'))
        << seen.front().text.toStdString();
    EXPECT_FALSE(seen.front().agentButtonEnabled);
    ASSERT_TRUE(waitFor([&] {
        for (int i = 0; i < model()->rowCount(); ++i) {
            if (model()->index(i, 0).data(Role::SourceRole).toInt() ==
                int(protocol::SourceType::Agent))
                return true;
        }
        return false;
    })) << dump();
    EXPECT_TRUE(waitFor([&] { return !queueBanner->isVisible(); }));
    EXPECT_TRUE(child<QLabel>(u"statusLabel"_s)->text().contains(u"Alice"_s));
}

// downloadFileStream refuses with code 13 and words in the tenant's language: the widget goes by
// the code, so an English and a Chinese refusal read the same to the customer.
TEST_F(ChatWidgetTest, ARefusedDownloadIsExplainedWhateverLanguageTheServiceUses)
{
    m_sim.configure({{u"connectTarget"_s, u"agent"_s}, {u"queueLength"_s, 0}});
    makeWidget().start();
    ASSERT_TRUE(
        waitFor([&] { return chatSessionOf(*m_widget).state() == ChatSession::State::WithAgent; }));
    const auto refusedRows = [&] {
        QStringList details;
        for (int i = 0; i < model()->rowCount(); ++i) {
            const QModelIndex index = model()->index(i, 0);
            if (index.data(Role::AttachmentStateRole).toInt() ==
                int(ConversationModel::AttachmentState::Refused))
                details << index.data(Role::AttachmentDetailRole).toString();
        }
        return details;
    };
    // The simulator's own answer for a picture over 2 MB (English words).
    agent(u"/sim/agent/file"_s,
          {{u"fileName"_s, u"big.png"_s}, {u"fileType"_s, u"png"_s}, {u"size"_s, 3 * 1024 * 1024}});
    ASSERT_TRUE(waitFor([&] { return refusedRows().size() == 1; })) << dump();
    // A Chinese tenant's answer.
    m_sim.injectFault(
        {{u"path"_s, u"/apiaccess/ccmessaging/downloadFileStream"_s},
         {u"status"_s, 200},
         {u"body"_s, QJsonObject{{u"resultCode"_s, u"13"_s}, {u"resultDesc"_s, u"文件过大"_s}}}});
    agent(u"/sim/agent/file"_s,
          {{u"fileName"_s, u"other.png"_s}, {u"fileType"_s, u"png"_s}, {u"size"_s, 1000}});
    ASSERT_TRUE(waitFor([&] { return refusedRows().size() == 2; })) << dump();
    const QStringList details = refusedRows();
    EXPECT_EQ(details[0], details[1]);
    EXPECT_TRUE(details[0].contains(u"2 MB"_s)) << details[0].toStdString();
}

TEST_F(ChatWidgetTest, AgentTypingIndicatorComesAndGoesAndReadMarksOwnMessage)
{
    m_sim.configure({{u"connectTarget"_s, u"agent"_s}, {u"queueLength"_s, 0}});
    makeWidget().start();
    ASSERT_TRUE(
        waitFor([&] { return chatSessionOf(*m_widget).state() == ChatSession::State::WithAgent; }));
    typeAndSend(u"Is my parcel on its way?"_s);
    pressEnter();
    ASSERT_TRUE(waitFor([&] {
        return deliveryOf(u"Is my parcel on its way?"_s) == DeliveryState::Read;
    })) << dump();

    auto *typing = child<QLabel>(u"typingLabel"_s);
    agent(u"/sim/agent/typing"_s);
    ASSERT_TRUE(waitFor([&] { return typing->isVisible(); }));
    EXPECT_TRUE(typing->text().contains(u"Alice"_s)) << typing->text().toStdString();
    EXPECT_TRUE(waitFor([&] { return !typing->isVisible(); }));
}

TEST_F(ChatWidgetTest, FailedSendIsRetriedByClickAndDeliveredOnce)
{
    startChat();
    const QString text = u"please deliver me once"_s;
    typeAndSend(text);
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kSend)}, {u"status"_s, 500}, {u"times"_s, 1}});
    pressEnter();
    ASSERT_TRUE(waitFor([&] { return deliveryOf(text) == DeliveryState::Failed; })) << dump();
    const QString failedText = dataOf(text, Role::DeliveryTextRole).toString();
    EXPECT_TRUE(failedText.contains(u"retry"_s));
    // The bubble is as wide as "Not sent – click to retry", however short the message.
    EXPECT_TRUE(contains(paintedTexts(text), failedText)) << describe(paintedTexts(text));
    expectNothingClipped(text);
    clickRow(text);
    ASSERT_TRUE(waitFor([&] {
        const auto state = deliveryOf(text);
        return state == DeliveryState::Sent || state == DeliveryState::Read;
    })) << dump();
    EXPECT_EQ(chatSends(text, 200), 1);
    EXPECT_EQ(chatSends(text, 500), 1);
    EXPECT_EQ(count(text), 1);
}

TEST_F(ChatWidgetTest, HtmlAndScriptAreShownLiterally)
{
    startChat();
    const QString markup =
        u"<b>bold</b> <script>alert('x')</script> <a href=\"javascript:alert(1)\">"
        "click</a> file:///etc/passwd"_s;
    const QString breaks = u"<br><br><br><br><br><br><br><br><br><br>"_s;
    const QString plain = u"abcdefghijklmnopqrstuvwxyzabcdefghijklmn"_s; // as wide as `breaks`
    agent(u"/sim/agent/say"_s, {{u"text"_s, markup}});
    agent(u"/sim/agent/say"_s, {{u"text"_s, breaks}});
    agent(u"/sim/agent/say"_s, {{u"text"_s, plain}});
    ASSERT_TRUE(waitFor([&] { return row(plain) >= 0; })) << dump();
    EXPECT_EQ(dataOf(markup, Qt::DisplayRole).toString(), markup);
    EXPECT_EQ(dataOf(markup, Role::LinkCountRole).toInt(), 0); // javascript: and file: are inert
    QCoreApplication::processEvents();
    // Rich text would turn the <br>s into ten lines; laid out literally it is one line, like
    // the plain text of the same length.
    const int breaksHeight = list()->visualRect(model()->index(row(breaks), 0)).height();
    const int plainHeight = list()->visualRect(model()->index(row(plain), 0)).height();
    EXPECT_GT(plainHeight, 0);
    EXPECT_EQ(breaksHeight, plainHeight);

    const QString withLink = u"Details: https://example.com/help?x=1. Thanks"_s;
    agent(u"/sim/agent/say"_s, {{u"text"_s, withLink}});
    ASSERT_TRUE(waitFor([&] { return row(withLink) >= 0; }));
    EXPECT_EQ(dataOf(withLink, Role::LinkCountRole).toInt(), 1);
}

TEST_F(ChatWidgetTest, OverLimitTextIsRefusedWithAMessageAndNothingSent)
{
    startChat();
    const QString tooLong(1100, u'a');
    editor()->setFocus();
    editor()->setPlainText(tooLong);
    auto *send = child<QPushButton>(u"sendButton"_s);
    EXPECT_FALSE(send->isEnabled());
    EXPECT_TRUE(child<QLabel>(u"byteCounter"_s)->text().contains(u"1100"_s));
    pressEnter();
    auto *banner = child<QFrame>(u"errorBanner"_s);
    ASSERT_TRUE(waitFor([&] { return banner->isVisible(); }));
    EXPECT_TRUE(child<QLabel>(u"errorLabel"_s)->text().contains(u"too long"_s));
    EXPECT_EQ(editor()->toPlainText(), tooLong); // kept, so the user can shorten it
    EXPECT_EQ(row(tooLong), -1);
    // Esc closes the message.
    QTest::keyClick(editor(), Qt::Key_Escape);
    EXPECT_FALSE(banner->isVisible());
    // Messages go out one after the other: once a later one has arrived, the refused one would
    // have been there before it.
    const QString shorter = u"a shorter question"_s;
    typeAndSend(shorter);
    pressEnter();
    ASSERT_TRUE(waitFor([&] { return chatSends(shorter, 200) == 1; }));
    EXPECT_EQ(chatSends(tooLong), 0);
}

TEST_F(ChatWidgetTest, OverSizeOrWrongTypeFilesAreRefusedBeforeUpload)
{
    startChat();
    auto *banner = child<QFrame>(u"errorBanner"_s);
    auto *label = child<QLabel>(u"errorLabel"_s);
    dropFiles({writeFile(u"big.png"_s, 3 * 1024 * 1024)});
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(label->text().contains(u"too large"_s)) << label->text().toStdString();
    dropFiles({writeFile(u"tool.exe"_s, 100)});
    EXPECT_TRUE(label->text().contains(u"cannot be sent"_s)) << label->text().toStdString();

    // An allowed one goes through: uploaded, then sent as a FILE message.
    dropFiles({writeFile(u"notes.txt"_s, 2000)});
    ASSERT_TRUE(waitFor([&] {
        const auto state = deliveryOf(u"notes.txt"_s);
        return row(u"notes.txt"_s) >= 0 &&
               (state == DeliveryState::Sent || state == DeliveryState::Read);
    })) << dump();
    EXPECT_EQ(simState().value(u"uploads"_s).toInt(), 1);
}

TEST_F(ChatWidgetTest, SurveyIsSubmittedAfterEndingTheChat)
{
    startChat();
    QSignalSpy ended(m_widget.get(), &ChatWidget::conversationEnded);
    QTest::mouseClick(child<QPushButton>(u"endChatButton"_s), Qt::LeftButton);
    auto *confirm = m_widget->findChild<QMessageBox *>(u"endChatConfirmation"_s);
    ASSERT_NE(confirm, nullptr);
    confirm->button(QMessageBox::Yes)->click();
    ASSERT_TRUE(waitFor([&] { return ended.count() == 1; }));
    QDialog *survey = waitForDialog(u"surveyDialog"_s);
    ASSERT_NE(survey, nullptr);
    auto *level = survey->findChild<QRadioButton *>(u"level_4"_s);
    ASSERT_NE(level, nullptr);
    level->click();
    auto *submit = survey->findChild<QPushButton *>(u"submitButton"_s);
    ASSERT_NE(submit, nullptr);
    ASSERT_TRUE(submit->isEnabled());
    submit->click();
    ASSERT_TRUE(waitFor([&] { return !simState().value(u"satisfaction"_s).toArray().isEmpty(); }));
    const QJsonObject rating = simState().value(u"satisfaction"_s).toArray().first().toObject();
    EXPECT_TRUE(QJsonDocument(rating).toJson().contains("4"))
        << QJsonDocument(rating).toJson().toStdString();
    EXPECT_EQ(simState().value(u"mode"_s).toString(), u"ended"_s);
    EXPECT_TRUE(waitFor([&] { return child<QFrame>(u"infoBanner"_s)->isVisible(); }));
}

TEST_F(ChatWidgetTest, LeaveAMessageWhenTheCentreIsClosed)
{
    m_sim.configure({{u"workingHours"_s, false}, {u"connectTarget"_s, u"agent"_s}});
    makeWidget().start();
    QDialog *dialog = waitForDialog(u"leaveMessageDialog"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(child<QFrame>(u"closedBanner"_s)->isVisible());
    dialog->findChild<QLineEdit *>(u"phoneEdit"_s)->setText(u"+49 30 1234567"_s);
    dialog->findChild<QPlainTextEdit *>(u"messageEdit"_s)->setPlainText(u"Please call me back."_s);
    dialog->accept();
    ASSERT_TRUE(waitFor([&] { return !simState().value(u"leaveMessages"_s).toArray().isEmpty(); }));
    EXPECT_TRUE(QJsonDocument(simState().value(u"leaveMessages"_s).toArray())
                    .toJson()
                    .contains("Please call me back."));
}

TEST_F(ChatWidgetTest, RestartResumesTheConversationAndDeliversUnsentMessagesOnce)
{
    startChat();
    const QString first = u"my first message"_s;
    const QString second = u"sent while the service fails"_s;
    const QString third = u"queued behind it"_s;
    typeAndSend(first);
    pressEnter();
    ASSERT_TRUE(waitFor([&] { return chatSends(first, 200) == 1; }));
    ASSERT_TRUE(waitFor([&] {
        return deliveryOf(first) == DeliveryState::Sent || deliveryOf(first) == DeliveryState::Read;
    }));
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kSend)}, {u"status"_s, 503}, {u"times"_s, -1}});
    typeAndSend(second);
    pressEnter();
    ASSERT_TRUE(waitFor([&] { return deliveryOf(second) == DeliveryState::Failed; }));
    editor()->setPlainText(third);
    pressEnter();
    ASSERT_TRUE(waitFor([&] { return row(third) >= 0; }));
    m_widget.reset(); // saves what it holds
    m_sim.control("DELETE", u"/sim/faults"_s);

    ChatWidget &again = makeWidget();
    again.start();
    // Shown at once, before anything came from the service.
    EXPECT_GE(row(kGreeting), 0) << dump();
    EXPECT_GE(row(first), 0) << dump();
    EXPECT_GE(row(second), 0) << dump();
    ASSERT_TRUE(waitFor([&] { return chatSends(second, 200) == 1 && chatSends(third, 200) == 1; }))
        << dump();
    ASSERT_TRUE(waitFor([&] {
        return deliveryOf(third) == DeliveryState::Sent || deliveryOf(third) == DeliveryState::Read;
    }));
    // Messages go out one after the other: a repeat of either would come before this one.
    const QString marker = u"one more"_s;
    typeAndSend(marker);
    pressEnter();
    ASSERT_TRUE(waitFor([&] { return chatSends(marker, 200) == 1; }));
    EXPECT_EQ(chatSends(second, 200), 1);
    EXPECT_EQ(chatSends(third, 200), 1);
    EXPECT_EQ(chatSends(first, 200), 1);
    EXPECT_EQ(count(first), 1) << dump();
    EXPECT_EQ(count(kGreeting), 1) << dump();
    EXPECT_EQ(count(second), 1) << dump();
    EXPECT_LT(row(second), row(third));
}

TEST_F(ChatWidgetTest, ConnectionBannerShowsReconnectingDuringPollFaultsAndGoesAway)
{
    startChat();
    auto *banner = child<QFrame>(u"connectionBanner"_s);
    auto *label = child<QLabel>(u"connectionLabel"_s);
    EXPECT_FALSE(banner->isVisible());
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kPoll)}, {u"status"_s, 503}, {u"times"_s, 2}});
    ASSERT_TRUE(
        waitFor([&] { return banner->isVisible() && label->text().contains(u"Reconnecting"_s); }));
    EXPECT_TRUE(waitFor([&] { return !banner->isVisible(); }));
    // Messages flow again afterwards.
    agent(u"/sim/agent/say"_s, {{u"text"_s, u"still here"_s}});
    EXPECT_TRUE(waitFor([&] { return row(u"still here"_s) >= 0; }));
}

// Polls that keep failing: the banner counts down to each retry, then says it stopped retrying
// and offers Reconnect, which starts over.
TEST_F(ChatWidgetTest, ConnectionBannerSaysWhenPollingGaveUpAndReconnectStartsOver)
{
    ChatWidgetConfig settings = config();
    ChatWidgetConfigPrivate::get(settings).session.giveUpAfterFailures = 3;
    m_widget = std::make_unique<ChatWidget>(settings);
    m_widget->resize(480, 640);
    m_widget->show();
    m_widget->start();
    ASSERT_TRUE(waitFor([&] { return row(kGreeting) >= 0; })) << dump();
    auto *banner = child<QFrame>(u"connectionBanner"_s);
    auto *label = child<QLabel>(u"connectionLabel"_s);
    auto *reconnect = child<QPushButton>(u"reconnectButton"_s);
    m_sim.injectFault(
        {{u"path"_s, QString(protocol::path::kPoll)}, {u"status"_s, 503}, {u"times"_s, -1}});
    ASSERT_TRUE(waitFor(
        [&] { return banner->isVisible() && label->text().contains(u"Reconnecting in"_s); }));
    ASSERT_TRUE(waitFor([&] { return label->text().contains(u"stopped retrying"_s); }))
        << label->text().toStdString();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(reconnect->isVisible());
    EXPECT_EQ(reconnect->text(), u"&Reconnect"_s);

    m_sim.control("DELETE", u"/sim/faults"_s);
    reconnect->click();
    EXPECT_TRUE(waitFor([&] { return !banner->isVisible(); })) << label->text().toStdString();
}

TEST_F(ChatWidgetTest, EnterSendsAndShiftEnterInsertsANewLine)
{
    startChat();
    QPlainTextEdit *edit = editor();
    edit->setFocus();
    QTest::keyClicks(edit, u"line one"_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(edit, u"line two"_s);
    EXPECT_EQ(edit->toPlainText(), u"line one\nline two"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_TRUE(edit->toPlainText().isEmpty());
    ASSERT_TRUE(waitFor([&] { return chatSends(u"line one\nline two"_s, 200) == 1; }));
    EXPECT_GE(row(u"line one\nline two"_s), 0);
}

TEST_F(ChatWidgetTest, UnreadCounterCountsWhileScrolledUpAndResets)
{
    startChat();
    QSignalSpy unread(m_widget.get(), &ChatWidget::unreadCountChanged);
    // Enough messages to scroll, then the user scrolls up to read older ones.
    for (int i = 0; i < 30; ++i)
        agent(u"/sim/agent/say"_s, {{u"text"_s, u"filler %1"_s.arg(i)}});
    ASSERT_TRUE(waitFor([&] { return row(u"filler 29"_s) >= 0; }));
    QCoreApplication::processEvents();
    list()->scrollToTop();
    const int before = m_widget->unreadCount();
    agent(u"/sim/agent/say"_s, {{u"text"_s, u"while you were away"_s}});
    ASSERT_TRUE(waitFor([&] { return row(u"while you were away"_s) >= 0; }));
    EXPECT_EQ(m_widget->unreadCount(), before + 1);
    EXPECT_FALSE(unread.isEmpty());
}

// Receives the URLs the widget asks the desktop to open (QDesktopServices::setUrlHandler).
class UrlRecorder final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// Clicks every few pixels over the row showing `text`; returns the URLs that were opened.
QList<QUrl> clickAllOver(QListView *list, const QModelIndex &index)
{
    UrlRecorder recorder;
    for (const char *scheme : {"http", "https", "javascript", "file", "mailto"})
        QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &recorder, "open");
    const QRect rect = list->visualRect(index);
    for (int y = rect.top() + 2; y < rect.bottom(); y += 5) {
        for (int x = rect.left() + 2; x < rect.right(); x += 5)
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(x, y));
    }
    for (const char *scheme : {"http", "https", "javascript", "file", "mailto"})
        QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    return recorder.opened;
}

TEST_F(ChatWidgetTest, OnlyHttpLinksOpenWhenClicked)
{
    startChat();
    const QString link = u"https://example.com/help"_s;
    const QString inert = u"javascript:alert(1) file:///etc/passwd mailto:a@b.c"_s;
    agent(u"/sim/agent/say"_s, {{u"text"_s, link}});
    agent(u"/sim/agent/say"_s, {{u"text"_s, inert}});
    ASSERT_TRUE(waitFor([&] { return row(inert) >= 0; }));
    QCoreApplication::processEvents();
    const QList<QUrl> opened = clickAllOver(list(), model()->index(row(link), 0));
    ASSERT_FALSE(opened.isEmpty());
    EXPECT_EQ(opened.constFirst(), QUrl(link));
    EXPECT_TRUE(clickAllOver(list(), model()->index(row(inert), 0)).isEmpty());
}

// Own bubbles sit on the trailing side: right in left-to-right, left when mirrored (Arabic).
TEST_F(ChatWidgetTest, OwnBubblesMirrorInRightToLeftLayouts)
{
    startChat();
    const QString text = u"mirrored"_s;
    typeAndSend(text);
    pressEnter();
    ASSERT_TRUE(waitFor([&] { return row(text) >= 0; }));
    const auto highlightSide = [&] {
        QCoreApplication::processEvents();
        const QRect rect = list()->visualRect(model()->index(row(text), 0));
        const QImage image = list()->viewport()->grab().toImage();
        const QColor highlight = list()->palette().color(QPalette::Highlight);
        int left = 0;
        int right = 0;
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (image.pixelColor(x, rect.center().y()) == highlight)
                (x < rect.center().x() ? left : right)++;
        }
        return std::pair{left, right};
    };
    const auto [ltrLeft, ltrRight] = highlightSide();
    EXPECT_GT(ltrRight, 0);
    EXPECT_EQ(ltrLeft, 0);
    m_widget->setLayoutDirection(Qt::RightToLeft);
    const auto [rtlLeft, rtlRight] = highlightSide();
    EXPECT_GT(rtlLeft, 0);
    EXPECT_EQ(rtlRight, 0);
}

// Sender names and delivery states are shown whole (the bubble grows to them), and every message
// keeps its own direction inside mirrored bubbles: English stays left-to-right in an Arabic
// window, Arabic right-to-left, and nothing is cut off on either side.
TEST_F(ChatWidgetTest, BubblesShowNamesAndStatesWholeAndTextInItsOwnDirection)
{
    m_sim.configure({{u"connectTarget"_s, u"agent"_s}, {u"queueLength"_s, 0}});
    makeWidget().start();
    ASSERT_TRUE(
        waitFor([&] { return chatSessionOf(*m_widget).state() == ChatSession::State::WithAgent; }));
    const QString own = u"ok"_s; // far narrower than "12:34:56  Read"
    typeAndSend(own);
    pressEnter();
    ASSERT_TRUE(waitFor([&] { return deliveryOf(own) == DeliveryState::Read; })) << dump();
    const QString ownArabic = u"أين طلبي؟ رقم الطلب 1234"_s;
    typeAndSend(ownArabic);
    pressEnter();
    ASSERT_TRUE(waitFor([&] { return row(ownArabic) >= 0; })) << dump();
    const QString english = u"Please ask for a human agent."_s;
    const QString arabic = u"ما هي ساعات العمل؟"_s;
    agent(u"/sim/agent/say"_s, {{u"text"_s, english}});
    agent(u"/sim/agent/say"_s, {{u"text"_s, arabic}});
    ASSERT_TRUE(waitFor([&] { return row(english) >= 0 && row(arabic) >= 0; })) << dump();

    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        SCOPED_TRACE(direction == Qt::LeftToRight ? "left-to-right" : "right-to-left");
        m_widget->setLayoutDirection(direction);
        const QString state = dataOf(own, Role::DeliveryTextRole).toString();
        EXPECT_TRUE(contains(paintedTexts(own), state)) << describe(paintedTexts(own));
        expectNothingClipped(own);
        const QList<PaintedText> agentTexts = paintedTexts(english);
        EXPECT_TRUE(contains(agentTexts, u"Alice"_s)) << describe(agentTexts);
        expectNothingClipped(english);
        expectNothingClipped(arabic);
        expectNothingClipped(ownArabic);

        // A sentence laid out in its own direction is one run; forced into the other direction
        // its full stop would be a separate run at the far end (".Please ask for…").
        const auto run = [&](const QString &text) {
            const QList<PaintedText> texts = paintedTexts(text);
            const auto found = std::find_if(texts.cbegin(), texts.cend(),
                                            [&](const auto &t) { return t.text == text; });
            return found == texts.cend() ? std::optional<PaintedText>() : *found;
        };
        ASSERT_TRUE(run(english).has_value()) << describe(paintedTexts(english));
        EXPECT_FALSE(run(english)->rightToLeft);
        ASSERT_TRUE(run(arabic).has_value()) << describe(paintedTexts(arabic));
        EXPECT_TRUE(run(arabic)->rightToLeft);
    }
}

// --- text from the other side is inert (docs: src/core/inerttext.h) ---------------------------

// A painted or exported string carries no raw control character (LF aside) and no unbalanced
// bidi embedding, override or isolate on any line.
::testing::AssertionResult isInert(const QString &text)
{
    QList<bool> open; // true: isolate
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const auto failure = [&](const char *what) {
            return ::testing::AssertionFailure()
                   << what << " U+" << QString::number(c, 16).toStdString() << " at " << i
                   << " in \"" << text.toStdString() << "\"";
        };
        if ((c < 0x20 && c != u'\n') || (c >= 0x7F && c <= 0x9F))
            return failure("control");
        if (c == 0x2028 || c == 0x2029 || (c == u'\n' && !open.isEmpty()))
            return failure("line break inside an open bidi control");
        if (c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E)
            open.append(false);
        if (c >= 0x2066 && c <= 0x2068)
            open.append(true);
        if (c == 0x202C) {
            if (open.isEmpty() || open.constLast())
                return failure("unmatched PDF");
            open.removeLast();
        }
        if (c == 0x2069) {
            const qsizetype isolate = open.lastIndexOf(true);
            if (isolate < 0)
                return failure("unmatched PDI");
            open.resize(isolate);
        }
    }
    if (!open.isEmpty() || !QStringView(text).isValidUtf16()) {
        return ::testing::AssertionFailure()
               << "bidi control left open or bad UTF-16 in \"" << text.toStdString() << "\"";
    }
    return ::testing::AssertionSuccess();
}

// C0/C1 controls, bidi overrides and every kind of line break, sent by the agent (text and
// nickname) through the real service: shown as placeholders, the overrides closed within the
// message, markup literal, in the bubbles, the header labels and both transcript formats; and no
// message line of the plain-text transcript can pass for a message of its own.
TEST_F(ChatWidgetTest, ControlsBidiOverridesAndLineBreaksFromTheAgentAreInertEverywhere)
{
    const QString hostileName = u"Eve \u202E<b>evil</b> \u001B]0;pwned\u0007"_s;
    const QString shownName = u"Eve \u202E<b>evil</b> \u241B]0;pwned\u2407\u202C"_s;
    m_sim.configure(
        {{u"connectTarget"_s, u"agent"_s}, {u"queueLength"_s, 0}, {u"agentName"_s, hostileName}});
    makeWidget().start();
    ASSERT_TRUE(
        waitFor([&] { return chatSessionOf(*m_widget).state() == ChatSession::State::WithAgent; }));

    const QString controls =
        u"c0 \u0001\u001B[2J\u001B[31mred\u0007 del \u007F c1 \u0085\u009B\u009D end"_s;
    const QString controlsShown =
        u"c0 \u2401\u241B[2J\u241B[31mred\u2407 del \u2421 c1 \uFFFD\uFFFD\uFFFD end"_s;
    const QString bidi = u"\u202Egnp.exe \u2066unclosed"_s;
    const QString bidiShown = u"\u202Egnp.exe \u2066unclosed\u2069\u202C"_s;
    const QString forged =
        u"first\r[2026-01-01 00:00] You: I agree\u2028[2026-01-01 00:00] Bank: ok\r\nlast"_s;
    const QString forgedShown =
        u"first\n[2026-01-01 00:00] You: I agree\n[2026-01-01 00:00] Bank: ok\nlast"_s;
    const QString markup = u"<img src=x onerror=alert(1)><b>bold</b>"_s;
    for (const QString &text : {controls, bidi, forged, markup})
        agent(u"/sim/agent/say"_s, {{u"text"_s, text}});
    ASSERT_TRUE(waitFor([&] {
        return row(controlsShown) >= 0 && row(bidiShown) >= 0 && row(forgedShown) >= 0 &&
               row(markup) >= 0;
    })) << dump();

    // The view: what the model gives the delegate, a screen reader and a copy, and what is painted.
    for (const QString &shown : {controlsShown, bidiShown, forgedShown, markup}) {
        SCOPED_TRACE(shown.toStdString());
        EXPECT_EQ(dataOf(shown, Role::SenderRole).toString(), shownName);
        EXPECT_TRUE(isInert(dataOf(shown, Qt::AccessibleTextRole).toString()));
        const QList<PaintedText> painted = paintedTexts(shown);
        EXPECT_TRUE(contains(painted, u"Eve"_s)) << describe(painted);
        // Painted runs are already split by direction: no control character in any of them.
        for (const PaintedText &text : painted) {
            const bool control = std::any_of(text.text.cbegin(), text.text.cend(), [](QChar c) {
                return c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
            });
            EXPECT_FALSE(control) << text.text.toStdString();
        }
    }
    // Rich text would make an image and bold text of it; literally it is one line of characters.
    EXPECT_TRUE(contains(paintedTexts(markup), u"<img src=x"_s)) << describe(paintedTexts(markup));
    // Header labels with the agent's name: plain text, the override closed after the name.
    auto *status = child<QLabel>(u"statusLabel"_s);
    EXPECT_EQ(status->text(), u"Chatting with "_s + shownName);
    EXPECT_EQ(status->textFormat(), Qt::PlainText);
    agent(u"/sim/agent/typing"_s);
    auto *typing = child<QLabel>(u"typingLabel"_s);
    ASSERT_TRUE(waitFor([&] { return typing->isVisible(); }));
    EXPECT_TRUE(isInert(typing->text()));
    EXPECT_TRUE(typing->text().contains(shownName)) << typing->text().toStdString();
    EXPECT_EQ(typing->textFormat(), Qt::PlainText);

    // The transcripts.
    const QString txtPath = m_files.filePath(u"chat.txt"_s);
    const QString htmlPath = m_files.filePath(u"chat.html"_s);
    QString error;
    ASSERT_TRUE(m_widget->exportTranscript(txtPath, &error)) << error.toStdString();
    ASSERT_TRUE(m_widget->exportTranscript(htmlPath, &error)) << error.toStdString();
    const auto read = [](const QString &path) {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    };
    const QString txt = read(txtPath);
    EXPECT_TRUE(isInert(txt));
    EXPECT_TRUE(txt.contains(shownName + u": "_s + controlsShown + u'\n')) << txt.toStdString();
    EXPECT_TRUE(txt.contains(shownName + u": "_s + bidiShown + u'\n')) << txt.toStdString();
    // Each line is a message's own first line "[yyyy-MM-dd HH:mm] Sender: …" or indented.
    const QRegularExpression messageLine(u"^\\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\] "_s);
    const QStringList lines = txt.split(u'\n');
    int indented = 0;
    for (const QString &line : lines.mid(1)) { // after the title
        if (line.startsWith(u"    "_s)) {
            ++indented;
        } else if (!line.isEmpty()) {
            EXPECT_TRUE(messageLine.match(line).hasMatch()) << line.toStdString();
        }
        EXPECT_FALSE(line.startsWith(u"[2026-01-01"_s)) << "forged line: " << line.toStdString();
    }
    EXPECT_TRUE(lines.contains(u"    [2026-01-01 00:00] You: I agree"_s)) << txt.toStdString();
    EXPECT_TRUE(lines.contains(u"    last"_s)) << txt.toStdString();
    EXPECT_EQ(indented, 3) << txt.toStdString();

    const QString html = read(htmlPath);
    EXPECT_TRUE(isInert(html));
    EXPECT_FALSE(html.contains(u"<b>evil"_s));
    EXPECT_FALSE(html.contains(u"<img"_s));
    EXPECT_TRUE(html.contains(u"&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;bold&lt;/b&gt;"_s));
    EXPECT_TRUE(html.contains(u"&lt;b&gt;evil&lt;/b&gt;"_s));
    EXPECT_TRUE(html.contains(controlsShown)) << html.toStdString();
}

// One invalid UTF-8 sequence in a poll reply costs neither that message nor the others of the
// reply: it is shown as U+FFFD, and the conversation goes on.
TEST_F(ChatWidgetTest, InvalidUtf8FromTheServiceBecomesReplacementCharactersAndNothingIsLost)
{
    startChat();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QByteArray body = R"({"resultCode":"0","resultDesc":"ok","downlinkMessages":[
{"controlType":"CHAT","mediaType":"TEXT","sourceType":"AGENT","senderNickname":"Al@ce",
 "content":"bad @ byte","messageCode":"utf8-1","timestamp":NOW},
{"controlType":"CHAT","mediaType":"TEXT","sourceType":"AGENT","senderNickname":"Alice",
 "content":"the next one","messageCode":"utf8-2","timestamp":NOW}]})";
    body.replace("NOW", QByteArray::number(now));
    body.replace("Al@ce", "Al\xC3"
                          "ce"); // a lead byte without its continuation
    body.replace("bad @ byte", "bad \xFF\xFE byte");
    m_sim.control("POST", u"/sim/faults"_s,
                  {{u"path"_s, QString(protocol::path::kPoll)},
                   {u"status"_s, 200},
                   {u"bodyBase64"_s, QString::fromLatin1(body.toBase64())}});
    const QString shown = u"bad \uFFFD\uFFFD byte"_s;
    ASSERT_TRUE(waitFor([&] { return row(shown) >= 0 && row(u"the next one"_s) >= 0; })) << dump();
    EXPECT_EQ(dataOf(shown, Role::SenderRole).toString(), u"Al\uFFFDce"_s);
    EXPECT_TRUE(isInert(dataOf(shown, Qt::AccessibleTextRole).toString()));
    const QString after = u"and the conversation goes on"_s;
    agent(u"/sim/agent/say"_s, {{u"text"_s, after}});
    ASSERT_TRUE(waitFor([&] { return row(after) >= 0; })) << dump();
    EXPECT_EQ(count(shown), 1);
}

// 10,000 combining marks on one letter, in one message (the simulator itself would split a long
// text at the documented 500 characters, so the reply is injected): the client cuts it at the
// downlink limit (each mark is a character) with a note, and its row is laid out and painted in a
// moment. The times are printed, not asserted.
TEST_F(ChatWidgetTest, TenThousandCombiningMarksAreBoundedAndQuickToLayOut)
{
    startChat();
    const QString zalgo = u"x"_s + QString(10'000, QChar(0x0301)) + u"y"_s;
    const QJsonObject message{{u"controlType"_s, u"CHAT"_s},
                              {u"mediaType"_s, u"TEXT"_s},
                              {u"sourceType"_s, u"AGENT"_s},
                              {u"senderNickname"_s, u"Alice"_s},
                              {u"content"_s, zalgo},
                              {u"messageCode"_s, u"zalgo-1"_s},
                              {u"timestamp"_s, QDateTime::currentMSecsSinceEpoch()}};
    m_sim.control("POST", u"/sim/faults"_s,
                  {{u"path"_s, QString(protocol::path::kPoll)},
                   {u"status"_s, 200},
                   {u"body"_s, QJsonObject{{u"resultCode"_s, u"0"_s},
                                           {u"resultDesc"_s, u"ok"_s},
                                           {u"downlinkMessages"_s, QJsonArray{message}}}}});
    int found = -1;
    ASSERT_TRUE(waitFor([&] {
        for (int i = 0; i < model()->rowCount() && found < 0; ++i) {
            if (model()->index(i, 0).data(Qt::DisplayRole).toString().startsWith(u"x\u0301"_s))
                found = i;
        }
        return found >= 0;
    })) << dump();
    const QModelIndex index = model()->index(found, 0);
    const QString shown = index.data(Qt::DisplayRole).toString();
    EXPECT_TRUE(shown.startsWith(u"x"_s + QString(499, QChar(0x0301)))) << shown.size();
    EXPECT_LT(shown.size(), 600); // 500 characters and the note saying how many were cut
    EXPECT_TRUE(shown.contains(u"9502"_s)) << shown.mid(500).toStdString();
    EXPECT_FALSE(shown.contains(u'y'));

    QStyleOptionViewItem option;
    option.initFrom(list()->viewport());
    option.widget = list();
    option.font = list()->font();
    option.rect = QRect(QPoint(0, 0), list()->visualRect(index).size());
    QElapsedTimer timer;
    timer.start();
    const QSize size = list()->itemDelegate()->sizeHint(option, index);
    const qint64 sizeHintNs = timer.nsecsElapsed();
    EXPECT_GT(size.height(), 0);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    timer.restart();
    list()->itemDelegate()->paint(&painter, option, index);
    const qint64 paintNs = timer.nsecsElapsed();
    painter.end();
    list()->scrollTo(index);
    timer.restart();
    list()->viewport()->repaint();
    const qint64 viewNs = timer.nsecsElapsed();
    const std::string measured = "10,000 combining marks (shown: " + std::to_string(shown.size()) +
                                 " chars): sizeHint " + std::to_string(sizeHintNs / 1000) +
                                 " us, paint " + std::to_string(paintNs / 1000) +
                                 " us, whole view repaint " + std::to_string(viewNs / 1000) + " us";
    std::cout << measured << std::endl;
    RecordProperty("measured", measured);
}

} // namespace
} // namespace cec::test

#include "test_chatwidget.moc"
