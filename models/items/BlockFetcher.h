#pragma once
// The worker half of LazySqlTableModel: lives on the model's own thread with its own read connection to
// the cache file (WAL lets it read while the sync engine writes), counts the current query and loads
// blocks of rows. Results go back by queued signals tagged with the generation they were asked for; a
// request whose generation is no longer the latest is skipped before it touches SQLite.
#include <atomic>
#include <memory>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

namespace simuwave::items {

using SqlRow = QList<QVariant>;

// One query generation, as plain SQL text: built by the model on the UI thread, read-only afterwards.
struct FetchQuery
{
    quint64 generation = 0;
    QString filterSql;    // FROM <record table n, joined to the search> WHERE ... (every matching row)
    QString countSql;     // SELECT count(*) of those rows (through the FTS table alone for a bare search)
    QString keySql;       // SELECT <row id> FROM ... WHERE ... ORDER BY %1 LIMIT %2 OFFSET %3
    QString forwardOrder; // the ORDER BY terms
    QString reverseOrder; // the same terms, every direction flipped (for blocks near the end)
    QString rowsSql;      // SELECT <columns> FROM ... WHERE <row id> IN (%1)
    QVariantList binds;   // positional values of the WHERE clause (countSql and keySql)
};

class BlockFetcher : public QObject
{
    Q_OBJECT
public:
    // `databaseName` and `connectOptions` as QSQLITE takes them; the connection is opened on first use,
    // on the worker thread. `latest` is the model's newest generation (written by the UI thread only).
    BlockFetcher(const QString &databaseName, const QString &connectOptions,
                 std::shared_ptr<const std::atomic<quint64>> latest);
    ~BlockFetcher() override;

    // Both run on the worker thread (posted with QMetaObject::invokeMethod).
    void count(const simuwave::items::FetchQuery &query);
    // Rows [block * blockSize, +blockSize). `totalRows` < 0: use this generation's count if known. Blocks
    // in the second half are read with the reversed order from the end, so that the OFFSET walked on
    // the ordering index never exceeds half the result (the last row of a million is as quick as the
    // first); only row ids are walked, the columns are read for the block's ids alone.
    void fetch(const simuwave::items::FetchQuery &query, int block, int blockSize, qint64 totalRows);

Q_SIGNALS:
    void counted(quint64 generation, qint64 rows, qint64 elapsedUs, const QString &error);
    void fetched(quint64 generation, int block, const QList<simuwave::items::SqlRow> &rows, qint64 elapsedUs,
                 const QString &error);

private:
    bool ensureOpen(QString *error);
    bool stale(quint64 generation) const { return m_latest->load(std::memory_order_relaxed) != generation; }

    QString m_databaseName;
    QString m_connectOptions;
    QString m_connectionName;
    std::shared_ptr<const std::atomic<quint64>> m_latest;
    quint64 m_countGeneration = 0;
    qint64 m_count = -1;
};

} // namespace simuwave::items
