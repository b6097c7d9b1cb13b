#include "cache/CacheMigrator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcCacheMigration, "simuwave.cache.migration")

namespace simuwave::cache {

int CacheMigrator::userVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

bool CacheMigrator::migrate(const QSqlDatabase &db, const QList<MigrationStep> &steps, int targetVersion,
                            QString *error)
{
    const int from = userVersion(db, error);
    if (from < 0)
        return false;
    QSqlDatabase conn = db;
    for (const MigrationStep &step : steps) {
        if (step.version <= from || step.version > targetVersion)
            continue;
        qCInfo(lcCacheMigration) << "migrating cache to version" << step.version << step.description;
        QSqlQuery q(conn);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
        QString failure;
        for (const QString &sql : step.statements) {
            if (!q.exec(sql)) {
                failure = QCoreApplication::translate("simuwave::cache::CacheMigrator",
                                                      "Updating the cache to version %1 failed: %2")
                              .arg(step.version)
                              .arg(q.lastError().text());
                qCWarning(lcCacheMigration) << failure << "in" << sql.left(200);
                break;
            }
        }
        // The version bump shares the step's transaction: both land, or neither.
        if (failure.isEmpty() && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
            failure = q.lastError().text();
        if (failure.isEmpty() && !q.exec(QStringLiteral("COMMIT")))
            failure = q.lastError().text();
        if (!failure.isEmpty()) {
            q.exec(QStringLiteral("ROLLBACK"));
            if (error)
                *error = failure;
            return false;
        }
    }
    return true;
}

} // namespace simuwave::cache
