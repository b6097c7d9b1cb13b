#pragma once
// Builds "column IN (?, ?)" conditions from status enums for the lazy table models' filters.
#include "domain/Statuses.h"

#include <QString>
#include <QVariantList>

namespace simuwave::items {

// Empty `sql` when the list holds no known value (no filter).
template<typename E>
void statusInSql(const QString &column, const QList<E> &values, QString *sql, QVariantList *binds)
{
    QStringList marks;
    binds->clear();
    for (E v : values) {
        const QString api = toApi(v);
        if (api.isEmpty() || binds->contains(api))
            continue;
        binds->append(api);
        marks.append(QStringLiteral("?"));
    }
    sql->clear();
    if (marks.size() == 1)
        *sql = column + QStringLiteral(" = ?");
    else if (!marks.isEmpty())
        *sql = QStringLiteral("%1 IN (%2)").arg(column, marks.join(QLatin1String(", ")));
}

} // namespace simuwave::items
