#include "sipmessage.h"

#include <QRegularExpression>
#include <QStringList>

namespace cec::sim {

using namespace Qt::StringLiterals;

namespace {

// The start line and the header lines up to the blank line, with folded continuation lines joined
// to their header. RFC 3261 §7.3.1 folds header fields only: a continuation right after the start
// line belongs to nothing and is dropped. Joining it to the start line, or reading it as a header,
// let the header the gateway adds after the first line change what a message said (found by
// tests/fuzz).
QStringList headerLines(const QString &message)
{
    const qsizetype end = message.indexOf(u"\r\n\r\n"_s);
    const QString head = end < 0 ? message : message.left(end);
    QStringList lines;
    for (const QString &line : head.split(u"\r\n"_s)) {
        const bool continuation = line.startsWith(u' ') || line.startsWith(u'\t');
        if (continuation && lines.size() > 1)
            lines.last() += u' ' + line.trimmed();
        else if (!continuation || lines.isEmpty())
            lines.append(line);
    }
    return lines;
}

// Header name in lower case and its compact form (RFC 3261 §7.3.3).
bool isHeader(const QString &name, QLatin1StringView full, QLatin1StringView compact)
{
    return name.compare(full, Qt::CaseInsensitive) == 0 ||
           (!compact.isEmpty() && name.compare(compact, Qt::CaseInsensitive) == 0);
}

} // namespace

std::optional<SipRouting> parseSipRouting(const QString &message)
{
    const QStringList lines = headerLines(message);
    if (lines.isEmpty())
        return std::nullopt;
    SipRouting routing;
    const QString &start = lines.constFirst();
    static const QRegularExpression statusLine(u"^SIP/2\\.0 (\\d{3}) ?(.*)$"_s);
    static const QRegularExpression requestLine(u"^([A-Z]+) \\S+ SIP/2\\.0$"_s);
    if (const auto match = statusLine.match(start); match.hasMatch()) {
        routing.status = match.captured(1).toInt();
        routing.reason = match.captured(2).trimmed();
    } else if (const auto request = requestLine.match(start); request.hasMatch()) {
        routing.isRequest = true;
        routing.method = request.captured(1);
    } else {
        return std::nullopt;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(u':');
        if (colon <= 0)
            continue;
        const QString name = lines[i].left(colon).trimmed();
        const QString value = lines[i].mid(colon + 1).trimmed();
        if (isHeader(name, "call-id"_L1, "i"_L1))
            routing.callId = value;
        else if (isHeader(name, "cseq"_L1, {}))
            routing.cseqMethod = value.section(u' ', 1, 1, QString::SectionSkipEmpty);
    }
    if (routing.callId.isEmpty() || routing.cseqMethod.isEmpty())
        return std::nullopt;
    return routing;
}

QString sipResponseTo(const QString &request, int status, const QString &reason)
{
    QString response = u"SIP/2.0 %1 %2\r\n"_s.arg(status).arg(reason);
    const QStringList lines = headerLines(request);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString name = lines[i].section(u':', 0, 0).trimmed();
        const bool copied = isHeader(name, "via"_L1, "v"_L1) || isHeader(name, "from"_L1, "f"_L1) ||
                            isHeader(name, "call-id"_L1, "i"_L1) || isHeader(name, "cseq"_L1, {});
        const bool to = isHeader(name, "to"_L1, "t"_L1);
        if (copied)
            response += lines[i] + u"\r\n"_s;
        else if (to)
            // A final response outside a dialog needs a To tag of its own.
            response += lines[i].contains(u";tag="_s) ? lines[i] + u"\r\n"_s
                                                      : lines[i] + u";tag=cecsimgw\r\n"_s;
    }
    response += u"Server: cec-sim gateway\r\nContent-Length: 0\r\n\r\n"_s;
    return response;
}

QString withSipHeader(const QString &message, const QString &name, const QString &value)
{
    const qsizetype firstLineEnd = message.indexOf(u"\r\n"_s);
    if (firstLineEnd < 0)
        return message;
    return message.left(firstLineEnd + 2) + name + u": "_s + value + u"\r\n"_s +
           message.mid(firstLineEnd + 2);
}

} // namespace cec::sim
