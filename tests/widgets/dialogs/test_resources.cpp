// The icons and the sound the widget library ships in its resources.
#include "waitfor.h" // also: readable QString failures

#include <gtest/gtest.h>

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace {

TEST(WidgetResources, EveryIconRendersSomething)
{
    const QStringList names{u"send"_s,     u"attach"_s, u"person"_s, u"agent"_s,
                            u"end-chat"_s, u"export"_s, u"retry"_s,  u"warning"_s};
    for (const QString &name : names) {
        const QString path = u":/cec/icons/"_s + name + u".svg"_s;
        ASSERT_TRUE(QFile::exists(path)) << path.toStdString();
        const QIcon icon(path);
        const QImage image = icon.pixmap(32, 32).toImage();
        ASSERT_FALSE(image.isNull()) << path.toStdString();
        int painted = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        }
        EXPECT_GT(painted, 32) << path.toStdString();      // not blank
        EXPECT_LT(painted, 32 * 32) << path.toStdString(); // not a filled square
    }
}

TEST(WidgetResources, MessageSoundIsAShortMonoWav)
{
    QFile wav(u":/cec/sounds/message.wav"_s);
    ASSERT_TRUE(wav.open(QIODevice::ReadOnly));
    const QByteArray bytes = wav.readAll();
    ASSERT_GE(bytes.size(), 44);
    EXPECT_LT(bytes.size(), 16 * 1024);
    EXPECT_EQ(bytes.left(4), "RIFF");
    EXPECT_EQ(bytes.mid(8, 4), "WAVE");
    const auto u16 = [&](int at) { return qFromLittleEndian<quint16>(bytes.constData() + at); };
    const auto u32 = [&](int at) { return qFromLittleEndian<quint32>(bytes.constData() + at); };
    EXPECT_EQ(u16(20), 1);      // PCM
    EXPECT_EQ(u16(22), 1);      // mono
    EXPECT_EQ(u32(24), 22050u); // Hz
    EXPECT_EQ(u16(34), 16);     // bits
    const double ms = 1000.0 * u32(40) / (22050 * 2);
    EXPECT_NEAR(ms, 150.0, 5.0);
}

} // namespace
