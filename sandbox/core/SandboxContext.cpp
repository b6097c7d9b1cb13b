#include "core/SandboxContext.h"

#include "core/Wire.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSandboxSql, "simuwave.sandbox.sql")

namespace simuwave::sandbox {

static bool runQuery(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (q.lastQuery() != sql) { // reuse the prepared statement on repeated calls
        if (!q.prepare(sql)) {
            qCWarning(lcSandboxSql) << "prepare failed:" << q.lastError().text() << sql;
            return false;
        }
    }
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec()) {
        qCWarning(lcSandboxSql) << "exec failed:" << q.lastError().text() << sql;
        return false;
    }
    return true;
}

bool SandboxContext::exec(QSqlQuery &q, const QString &sql, const QVariantList &binds) const
{
    return runQuery(q, sql, binds);
}

QVariant SandboxContext::scalar(const QString &sql, const QVariantList &binds) const
{
    QSqlQuery q(db());
    if (!runQuery(q, sql, binds) || !q.next())
        return {};
    return q.value(0);
}

std::optional<ApiResponse> SandboxContext::requireTenant(const ApiRequest &req, qint64 tenantRowId,
                                                         const QString &publicId) const
{
    if (req.principal.allowsTenant(tenantRowId))
        return std::nullopt;
    Q_UNUSED(publicId)
    return errors::forbidden();
}

bool SeedContext::exec(QSqlQuery &q, const QString &sql, const QVariantList &binds) const
{
    return runQuery(q, sql, binds);
}

} // namespace simuwave::sandbox
