// The human agent of a chat: its scripted answer to each customer message, and what the control
// API makes it do (say, type, read, send a file, leave). Each control act returns an error text,
// empty on success.
#pragma once

#include "customers.h"

#include <QByteArray>
#include <QString>

namespace cec::sim {

class FileStore;
class History;
class Outbox;
struct Scenario;

class ScriptedAgent
{
public:
    ScriptedAgent(const Scenario &scenario, Customers &customers, Outbox &outbox, History &history,
                  FileStore &files);

    void answer(Customer &c, const QString &mediaType, const QString &content);

    QString say(const QString &userId, const QString &text);
    // A notice with sourceType SYSTEM, in whatever language the tenant uses.
    QString systemSay(const QString &userId, const QString &text);
    QString typing(const QString &userId);
    QString read(const QString &userId);
    QString sendFile(const QString &userId, const QString &fileName, const QString &fileType,
                     const QByteArray &bytes, bool mediaLibrary, QString *key);
    QString leave(const QString &userId, const QString &text);

private:
    // The connected customer, or nullptr with *error set.
    Customer *connected(const QString &userId, QString *error);

    const Scenario &m_scenario;
    Customers &m_customers;
    Outbox &m_outbox;
    History &m_history;
    FileStore &m_files;
};

} // namespace cec::sim
