#include "callhostlog_p.h"

#include "inerttext.h"

#include <QLoggingCategory>
#include <QProcess>

Q_LOGGING_CATEGORY(lcCallHost, "cec.callhost", QtInfoMsg)

namespace cec {

namespace {
constexpr qsizetype kMaxLineLength = 2000;
// Unusual enough not to appear in Chromium's own lines: "<level>\x1f<category>: <message>".
constexpr char kSeparator = '\x1f';
} // namespace

void CallHostLog::prepare(QProcessEnvironment &environment)
{
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                       QStringLiteral("%{type}\x1f%{category}: %{message}"));
}

void CallHostLog::follow(QProcess &process)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    // What is not a whole line yet; a host that never ends a line is cut at the line budget.
    auto pending = std::make_shared<QByteArray>();
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&process, pending] {
        *pending += process.readAllStandardOutput();
        qsizetype start = 0;
        for (qsizetype end; (end = pending->indexOf('\n', start)) >= 0; start = end + 1)
            relay(QByteArrayView(*pending).sliced(start, end - start));
        pending->remove(0, start);
        if (pending->size() > kMaxLineLength * 4) {
            relay(*pending);
            pending->clear();
        }
    });
}

void CallHostLog::relay(QByteArrayView line)
{
    QtMsgType level = QtInfoMsg; // Chromium's own lines and continuation lines
    const qsizetype separator = line.indexOf(kSeparator);
    if (separator > 0 && separator <= 8) {
        const QByteArrayView type = line.first(separator);
        if (type == "debug")
            level = QtDebugMsg;
        else if (type == "warning")
            level = QtWarningMsg;
        else if (type == "critical" || type == "fatal")
            level = QtCriticalMsg;
        line = line.sliced(separator + 1);
    }
    const QString text = inertLine(QString::fromUtf8(line), kMaxLineLength);
    switch (level) {
    case QtDebugMsg:
        qCDebug(lcCallHost).noquote() << text;
        break;
    case QtWarningMsg:
        qCWarning(lcCallHost).noquote() << text;
        break;
    case QtCriticalMsg:
        qCCritical(lcCallHost).noquote() << text;
        break;
    default:
        qCInfo(lcCallHost).noquote() << text;
        break;
    }
}

} // namespace cec
