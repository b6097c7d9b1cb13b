#include "items/BlockFetcher.h"

#include <QAtomicInt>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFetch, "simuwave.items.fetch")

namespace simuwave::items {

namespace {
QAtomicInt fetcherCounter;

bool prepareAndBind(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec();
}
} // namespace

BlockFetcher::BlockFetcher(const QString &databaseName, const QString &connectOptions,
                           std::shared_ptr<const std::atomic<quint64>> latest)
    : m_databaseName(databaseName)
    , m_connectOptions(connectOptions)
    , m_latest(std::move(latest))
{}

BlockFetcher::~BlockFetcher()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool BlockFetcher::ensureOpen(QString *error)
{
    if (!m_connectionName.isEmpty())
        return true;
    const QString name = QStringLiteral("simuwave-items-%1").arg(fetcherCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_databaseName);
    db.setConnectOptions(m_connectOptions);
    if (!db.open()) {
        *error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return false;
    }
    QSqlQuery pragma(db);
    // This connection only ever reads; a bigger page cache keeps the ordering indexes' upper levels hot.
    pragma.exec(QStringLiteral("PRAGMA query_only=ON"));
    pragma.exec(QStringLiteral("PRAGMA cache_size=-16384"));
    pragma.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    m_connectionName = name;
    return true;
}

void BlockFetcher::count(const FetchQuery &query)
{
    if (stale(query.generation))
        return;
    QElapsedTimer t;
    t.start();
    QString error;
    qint64 rows = 0;
    if (ensureOpen(&error)) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (prepareAndBind(q, query.countSql, query.binds) && q.next()) {
            rows = q.value(0).toLongLong();
            m_countGeneration = query.generation;
            m_count = rows;
        } else {
            error = q.lastError().text();
            qCWarning(lcFetch) << "count failed:" << error << query.countSql;
        }
    }
    Q_EMIT counted(query.generation, rows, t.nsecsElapsed() / 1000, error);
}

void BlockFetcher::fetch(const FetchQuery &query, int block, int blockSize, qint64 totalRows)
{
    if (stale(query.generation))
        return;
    QElapsedTimer t;
    t.start();
    QString error;
    QList<SqlRow> rows;
    if (!ensureOpen(&error)) {
        Q_EMIT fetched(query.generation, block, rows, t.nsecsElapsed() / 1000, error);
        return;
    }
    if (totalRows < 0 && m_countGeneration == query.generation)
        totalRows = m_count;
    const qint64 start = qint64(block) * blockSize;
    qint64 end = start + blockSize;
    bool reverse = false;
    qint64 offset = start;
    qint64 limit = blockSize;
    if (totalRows >= 0) {
        end = qMin(end, totalRows);
        if (end <= start) {
            Q_EMIT fetched(query.generation, block, rows, t.nsecsElapsed() / 1000, error);
            return;
        }
        limit = end - start;
        if (start > totalRows - end) {
            reverse = true;
            offset = totalRows - end;
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // Step 1: the block's row ids, walked on the ordering index (covering: every index holds the row id).
    QSqlQuery keys(db);
    keys.setForwardOnly(true);
    const QString keySql = query.keySql.arg(reverse ? query.reverseOrder : query.forwardOrder,
                                            QString::number(limit), QString::number(offset));
    QList<qint64> ids;
    if (!prepareAndBind(keys, keySql, query.binds)) {
        error = keys.lastError().text();
        qCWarning(lcFetch) << "block keys failed:" << error << keySql;
    } else {
        while (keys.next())
            ids.append(keys.value(0).toLongLong());
    }
    keys.finish();
    if (reverse)
        std::reverse(ids.begin(), ids.end());
    // Step 2: the columns of those ids only, put back in the block's order.
    if (error.isEmpty() && !ids.isEmpty()) {
        QStringList idText;
        idText.reserve(ids.size());
        QHash<qint64, int> position;
        position.reserve(ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            idText.append(QString::number(ids.at(i)));
            position.insert(ids.at(i), i);
        }
        rows.resize(ids.size());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        const QString sql = query.rowsSql.arg(idText.join(QLatin1Char(',')));
        if (!q.exec(sql)) {
            error = q.lastError().text();
            qCWarning(lcFetch) << "block rows failed:" << error;
            rows.clear();
        } else {
            const int columns = q.record().count();
            while (q.next()) {
                SqlRow row;
                row.reserve(columns);
                for (int c = 0; c < columns; ++c)
                    row.append(q.value(c));
                const auto it = position.constFind(row.at(0).toLongLong());
                if (it != position.constEnd())
                    rows[*it] = std::move(row);
            }
            // A row deleted between the two steps leaves a hole: drop it (a change notification follows).
            rows.removeIf([](const SqlRow &r) { return r.isEmpty(); });
        }
    }
    Q_EMIT fetched(query.generation, block, rows, t.nsecsElapsed() / 1000, error);
}

} // namespace simuwave::items
