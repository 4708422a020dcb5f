#include "redirectrule_p.h"

#include <QCoreApplication>

namespace cec {

using namespace Qt::StringLiterals;

namespace {

int portOf(const QUrl &url)
{
    return url.port(url.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b);
}

} // namespace

QString redirectRefusal(const QList<QUrl> &visited, const QUrl &target)
{
    if (visited.isEmpty() || !sameOrigin(target, visited.constFirst())) {
        const QString where = target
                                  .adjusted(QUrl::RemovePath | QUrl::RemoveQuery |
                                            QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                  .toDisplayString();
        return QCoreApplication::translate("cec::CecClient", "a redirect to another address (%1)")
            .arg(where);
    }
    if (visited.contains(target))
        return QCoreApplication::translate("cec::CecClient", "a redirect loop (back to %1)")
            .arg(target.path());
    return {};
}

} // namespace cec
