#include "console.h"

#include "terminaltext.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace cec::cli {

Console::Console()
    : m_out(stdout)
    , m_err(stderr)
{}

void Console::printLine(const QString &line)
{
    m_out << terminalSafe(line) << '\n';
    m_out.flush();
}

void Console::printText(const QString &text)
{
    for (const QString &line : text.split(u'\n'))
        printLine(line);
}

void Console::printJson(const QJsonObject &object)
{
    m_out << terminalSafeJson(object) << '\n';
    m_out.flush();
}

void Console::printDiagnostic(const QString &line)
{
    m_err << terminalSafe(line) << '\n';
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
