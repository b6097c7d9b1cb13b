#pragma once
// A table model over one of the cache's record tables that never holds all rows (after DB Browser for
// SQLite's SqliteTableModel): the row count is known up front (a COUNT with the current filter), rows
// are loaded in blocks of kBlockSize as the view asks for them through data(), and at most
// kMaxCachedBlocks blocks stay in memory (least recently used evicted). Sorting, filtering and substring
// search are done by SQLite: ordering indexes, and the FTS5 trigram tables for search.
//
// Counting and block loading run on the model's own worker thread with its own read connection; results
// come back by queued signals and are dropped when their generation is no longer current (any filter,
// search or sort change starts a new generation). data() never blocks, locks or spins an event loop:
// a row not loaded yet answers nothing (IsLoadedRole false) and dataChanged follows when it arrives.
//
// Cache change notifications are coalesced (after Wireshark's PacketListModel): changed rows are
// re-read and announced with dataChanged, deleted rows that are loaded are removed where they are, and
// the row count is re-counted with rows inserted or removed at the end for the difference.
//
// Subclasses describe their SQL (alias `n` for the record table) and format cells; they call requery()
// at the end of their constructor.
#include "cache/CacheTypes.h"
#include "items/BlockFetcher.h"

#include <atomic>
#include <memory>
#include <QAbstractTableModel>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QThread>
#include <QTimer>

namespace simuwave::cache {
class AbstractCache;
class SqlCache;
} // namespace simuwave::cache

namespace simuwave::items {

class LazySqlTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kBlockSize = 256;
    static constexpr int kMaxCachedBlocks = 64; // 16,384 rows at most
    static constexpr int kCoalesceMs = 50;      // change notifications gathered this long

    // Reads through its own connection to `cache`'s file and follows `cache`'s change notifications.
    explicit LazySqlTableModel(cache::SqlCache *cache, QObject *parent = nullptr);
    ~LazySqlTableModel() override;

    // Also follow another writer's notifications (the sync engine's cache instance on its thread).
    void watchChanges(cache::AbstractCache *writer);
    // One committed change from any writer (e.g. forwarded from the sync engine by a queued signal).
    void applyCacheChange(const cache::CacheChange &change);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Substring search through the resource's FTS5 trigram index (3+ characters; shorter text is
    // matched with LIKE). Empty text: no search.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    bool isRowCountKnown() const { return m_countKnown; }
    bool isRowLoaded(int row) const;
    QString recordId(int row) const; // empty while the row is not loaded
    qint64 rowIdAt(int row) const;   // -1 while the row is not loaded
    // Re-reads everything (count and visible blocks) as a new generation.
    void reload();
    // The record ids of every row of the current filter, search and sort, in order (at most `limit`; -1 =
    // all). Runs synchronously on the model's cache connection: for one-off user actions over a whole
    // filtered list (export), never for painting.
    QStringList matchingRecordIds(int limit = -1) const;
    // Aggregates over every row of the current filter and search (`expressions` on alias n, e.g.
    // "SUM(n.due_cents)"), in one query on the model's cache connection. Empty on failure.
    QVariantList aggregate(const QStringList &expressions) const;

Q_SIGNALS:
    // The count of the current generation arrived (after a filter, search or sort change).
    void rowCountKnown(int rows, qint64 elapsedUs);
    // Rows [first, last] arrived and are available through data().
    void rowsLoaded(int first, int last, qint64 elapsedUs);
    void queryFailed(const QString &message);

protected:
    struct ColumnSql
    {
        QStringList orderTerms; // ORDER BY expressions, most significant first (the row id is appended)
        bool needsJoin = false; // the terms read the joined tables (joinClause)
    };
    virtual cache::Resource resource() const = 0;
    virtual QString tableName() const = 0;             // the record table, aliased `n`
    virtual QString joinClause() const { return {}; }  // e.g. "LEFT JOIN tenants t ON t.id = n.tenant_id"
    virtual QStringList selectColumns() const = 0;     // [0] must be n.row_id, [1] n.id
    virtual QList<ColumnSql> columnSql() const = 0;    // one per column
    virtual QString columnLabel(int column) const = 0; // translated header text
    virtual QVariant cellData(const SqlRow &row, int column, int role) const = 0;
    virtual bool dependsOn(cache::Resource) const { return false; } // e.g. numbers show tenant names
    // Search for a resource without an FTS table: a WHERE part on alias n (e.g. LIKE on a JSON column).
    virtual QString searchCondition(const QString & /*needle*/, QVariantList * /*binds*/) const { return {}; }
    virtual int defaultSortColumn() const { return 0; }
    virtual Qt::SortOrder defaultSortOrder() const { return Qt::AscendingOrder; }

    // A named part of the WHERE clause (on alias n); empty `sql` removes it. Call requery() afterwards.
    void setCondition(const QString &key, const QString &sql, const QVariantList &binds = {});
    // Starts a new generation with the current conditions, search and sort.
    void requery();

private:
    struct Block
    {
        QList<SqlRow> rows;
        quint64 lastUse = 0;
        bool stale = false; // kept on screen while its re-read is pending
    };
    FetchQuery buildQuery() const;
    void requestBlock(int block) const;
    void storeBlock(int block, QList<SqlRow> rows);
    void shiftCachedRows(int first, int count);
    const SqlRow *rowAt(int row) const;
    void onCounted(quint64 generation, qint64 rows, qint64 elapsedUs, const QString &error);
    void onFetched(quint64 generation, int block, const QList<SqlRow> &rows, qint64 elapsedUs,
                   const QString &error);
    void flushChanges();

    cache::SqlCache *m_cache = nullptr;
    QThread m_thread;
    BlockFetcher *m_fetcher = nullptr; // lives on m_thread, deleted there
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    FetchQuery m_query;
    int m_columns = 0;

    QMap<QString, QPair<QString, QVariantList>> m_conditions; // ordered: stable SQL text
    QString m_search;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    int m_rowCount = 0;
    bool m_countKnown = false;
    bool m_refreshing = false; // a change-driven recount is pending (keep rows, adjust at the end)
    mutable QHash<int, Block> m_blocks;
    mutable QSet<int> m_pending;
    mutable quint64 m_useClock = 0;

    // Coalesced change notifications.
    QTimer m_coalesce;
    QSet<QString> m_changedIds;
    QSet<QString> m_deletedIds;
    bool m_changeReset = false;
    bool m_dependencyChanged = false;
};

} // namespace simuwave::items
