// A set that forgets its oldest entries beyond a capacity: remembers what was seen lately (e.g.
// the dedup keys of server messages) at a bounded cost however long a conversation runs.
#pragma once

#include "cec_core_export.h"

#include <QSet>
#include <QString>

#include <deque>

namespace cec {

class CEC_CORE_EXPORT RecentKeys final
{
public:
    explicit RecentKeys(qsizetype capacity)
        : m_capacity(std::max<qsizetype>(1, capacity))
    {}

    bool contains(const QString &key) const { return m_keys.contains(key); }
    void insert(const QString &key)
    {
        if (m_keys.contains(key))
            return;
        m_keys.insert(key);
        m_order.push_back(key);
        if (qsizetype(m_order.size()) > m_capacity) {
            m_keys.remove(m_order.front());
            m_order.pop_front();
        }
    }
    qsizetype size() const { return m_keys.size(); }

private:
    qsizetype m_capacity;
    QSet<QString> m_keys;
    std::deque<QString> m_order; // oldest first
};

} // namespace cec
