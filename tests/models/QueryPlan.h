#pragma once
// The models tests' look at how SQLite runs a query: the details of its EXPLAIN QUERY PLAN rows, joined
// ("SEARCH phone_numbers USING INDEX phone_numbers_by_tenant (tenant_id=?)"), to check an index is used.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

inline QString queryPlan(const QSqlDatabase &db, const QString &select)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + select))
        return QStringLiteral("(no plan: %1)").arg(select);
    QString plan;
    while (q.next())
        plan += q.value(3).toString();
    return plan;
}
