// Line-oriented output: results on stdout, diagnostics on stderr, each line flushed at once so that
// a script reading a pipe sees events as they happen.
#pragma once

#include "apierror.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace cec::cli {

class Console final
{
public:
    Console();

    void setVerbose(bool verbose) { m_verbose = verbose; }
    bool verbose() const { return m_verbose; }

    // Every text line passes terminalSafe() (terminaltext.h): whatever a field from the service
    // holds, it cannot act on the terminal, and an embedded line break shows as \n.
    void printLine(const QString &line);       // stdout
    void printText(const QString &text);       // stdout, cecctl's own multi-line text, line by line
    void printJson(const QJsonObject &object); // stdout, one compact object per line (JSON escaped)
    void printDiagnostic(const QString &line); // stderr
    void printVerbose(const QString &line);    // stderr, only with --verbose
    // The user sentence, and with --verbose the technical form (never contains a token).
    void printError(const ApiError &error, const QString &context = {});

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_verbose = false;
};

} // namespace cec::cli
