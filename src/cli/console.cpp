#include "console.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cec::cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{}

void Console::printLine(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void Console::printJson(const QJsonObject &object)
{
    printLine(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

void Console::printDiagnostic(const QString &line)
{
    m_err << line << '\n';
    m_err.flush();
}

void Console::printVerbose(const QString &line)
{
    if (m_verbose)
        printDiagnostic(line);
}

void Console::printError(const ApiError &error, const QString &context)
{
    const QString sentence = error.userMessage();
    const QString prefix = context.isEmpty() ? u"cecctl: "_s : u"cecctl: "_s + context + u": "_s;
    printDiagnostic(prefix + sentence);
    printVerbose(u"cecctl:   "_s + error.toString());
}

} // namespace cec::cli
