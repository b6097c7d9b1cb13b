#include "items/LazySqlTableModel.h"
#include "cache/CacheSchema.h"
#include "cache/SearchSyntax.h"
#include "cache/SqlCache.h"
#include "items/ItemRoles.h"

#include <algorithm>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <utility>

Q_LOGGING_CATEGORY(lcItems, "simuwave.items")

namespace simuwave::items {

namespace {

// Where the worker's own connection finds the cache: the file, or the named in-memory database the
// cache falls back to (memdb VFS, shared by every connection of this process that names it).
QString workerDatabaseName(cache::SqlCache *c, QString *options)
{
    *options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (!c || !c->isInMemory())
        return c ? c->path() : QString();
    QString file;
    QSqlQuery q(c->database());
    if (q.exec(QStringLiteral("PRAGMA database_list"))) {
        while (q.next()) {
            if (q.value(1).toString() == QLatin1String("main"))
                file = q.value(2).toString();
        }
    }
    *options += QStringLiteral(";QSQLITE_OPEN_URI");
    return QStringLiteral("file:%1?vfs=memdb").arg(file);
}

} // namespace

LazySqlTableModel::LazySqlTableModel(cache::SqlCache *cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    QString options;
    const QString database = workerDatabaseName(cache, &options);
    m_fetcher = new BlockFetcher(database, options, m_latest);
    m_fetcher->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(m_fetcher, &BlockFetcher::counted, this, &LazySqlTableModel::onCounted);
    connect(m_fetcher, &BlockFetcher::fetched, this, &LazySqlTableModel::onFetched);
    m_thread.setObjectName(QStringLiteral("LazySqlTableModel"));
    m_thread.start();

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &LazySqlTableModel::flushChanges);
    if (cache)
        watchChanges(cache);
}

LazySqlTableModel::~LazySqlTableModel()
{
    m_latest->store(~quint64(0)); // whatever is still queued is skipped
    m_thread.quit();
    m_thread.wait();
}

void LazySqlTableModel::watchChanges(cache::AbstractCache *writer)
{
    connect(writer, &cache::AbstractCache::changed, this, &LazySqlTableModel::applyCacheChange);
}

int LazySqlTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LazySqlTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

Qt::ItemFlags LazySqlTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant LazySqlTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_columns && role == Qt::DisplayRole)
        return columnLabel(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

const SqlRow *LazySqlTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const int block = row / kBlockSize;
    const auto it = m_blocks.find(block);
    if (it == m_blocks.end()) {
        requestBlock(block);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    const int i = row % kBlockSize;
    return i < it->rows.size() ? &it->rows.at(i) : nullptr;
}

QVariant LazySqlTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= m_columns)
        return {};
    const SqlRow *row = rowAt(index.row());
    if (role == IsLoadedRole)
        return row != nullptr;
    if (!row)
        return {};
    if (role == RowIdRole)
        return row->value(0);
    if (role == RecordIdRole)
        return row->value(1);
    return cellData(*row, index.column(), role);
}

bool LazySqlTableModel::isRowLoaded(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return false;
    const auto it = m_blocks.constFind(row / kBlockSize);
    return it != m_blocks.constEnd() && row % kBlockSize < it->rows.size();
}

QString LazySqlTableModel::recordId(int row) const
{
    if (!isRowLoaded(row))
        return {};
    return m_blocks.value(row / kBlockSize).rows.at(row % kBlockSize).value(1).toString();
}

qint64 LazySqlTableModel::rowIdAt(int row) const
{
    if (!isRowLoaded(row))
        return -1;
    return m_blocks.value(row / kBlockSize).rows.at(row % kBlockSize).value(0).toLongLong();
}

void LazySqlTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns || columnSql().value(column).orderTerms.isEmpty())
        return;
    if (column == m_sortColumn && order == m_sortOrder && m_generation != 0)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    requery();
}

void LazySqlTableModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    requery();
}

void LazySqlTableModel::setCondition(const QString &key, const QString &sql, const QVariantList &binds)
{
    if (sql.isEmpty())
        m_conditions.remove(key);
    else
        m_conditions.insert(key, {sql, binds});
}

void LazySqlTableModel::reload()
{
    requery();
}

FetchQuery LazySqlTableModel::buildQuery() const
{
    FetchQuery q;
    q.generation = m_generation;
    QStringList where;
    for (auto it = m_conditions.cbegin(); it != m_conditions.cend(); ++it) {
        where.append(QLatin1Char('(') + it->first + QLatin1Char(')'));
        q.binds += it->second;
    }
    const QString needle = m_search.trimmed();
    const QString table = cache::tableName(resource());
    QVariantList searchBinds;
    const QString candidates = cache::search::candidatesSql(table, needle, &searchBinds);
    QString searchFrom, searchOn;
    if (!candidates.isEmpty()) {
        // The search drives the query (CROSS JOIN keeps the candidates outermost): a few thousand matches
        // are sorted in memory instead of walking a million-row ordering index and probing each row.
        searchFrom = QStringLiteral("(%1) s CROSS JOIN ").arg(candidates);
        searchOn = QStringLiteral(" ON n.row_id = s.rid");
        q.binds = searchBinds + q.binds;
    }
    if (!needle.isEmpty() && candidates.isEmpty()) {
        const QString sql = searchCondition(needle, &q.binds);
        if (!sql.isEmpty())
            where.append(QLatin1Char('(') + sql + QLatin1Char(')'));
    }
    const QString whereSql = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ");

    const ColumnSql column = columnSql().value(m_sortColumn);
    QStringList terms = column.orderTerms;
    terms.append(QStringLiteral("n.row_id"));
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    QStringList forward, reverse;
    for (const QString &t : std::as_const(terms)) {
        forward.append(t + (asc ? QLatin1String(" ASC") : QLatin1String(" DESC")));
        reverse.append(t + (asc ? QLatin1String(" DESC") : QLatin1String(" ASC")));
    }
    q.forwardOrder = forward.join(QLatin1String(", "));
    q.reverseOrder = reverse.join(QLatin1String(", "));
    const QString from = searchFrom + tableName() + searchOn;
    q.filterSql = QStringLiteral(" FROM %1%2").arg(from, whereSql);
    // The search alone reads only the search indexes (every FTS row is a record: the triggers and the bulk
    // load's rebuild keep them one to one), so the count skips looking up each match's record; it then
    // arrives right after the first block instead of doubling its time.
    q.countSql = candidates.isEmpty() || !where.isEmpty()
                     ? QStringLiteral("SELECT count(*)") + q.filterSql
                     : QStringLiteral("SELECT count(*) FROM (%1)").arg(candidates);
    const QString keyFrom = column.needsJoin ? from + QLatin1Char(' ') + joinClause() : from;
    q.keySql = QStringLiteral("SELECT n.row_id FROM ") + keyFrom + whereSql +
               QStringLiteral(" ORDER BY %1 LIMIT %2 OFFSET %3");
    q.rowsSql = QStringLiteral("SELECT ") + selectColumns().join(QLatin1String(", ")) +
                QStringLiteral(" FROM ") + tableName() + QLatin1Char(' ') + joinClause() +
                QStringLiteral(" WHERE n.row_id IN (%1)");
    return q;
}

QStringList LazySqlTableModel::matchingRecordIds(int limit) const
{
    QStringList ids;
    if (!m_cache)
        return ids;
    const FetchQuery q = buildQuery();
    // keySql selects row ids; the ids come with them through the same ordering.
    QString sql = q.keySql.arg(q.forwardOrder, QString::number(limit), QStringLiteral("0"));
    sql.replace(QStringLiteral("SELECT n.row_id FROM "), QStringLiteral("SELECT n.id FROM "));
    QSqlQuery query(m_cache->database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return ids;
    for (const QVariant &b : q.binds)
        query.addBindValue(b);
    if (!query.exec())
        return ids;
    while (query.next())
        ids.append(query.value(0).toString());
    return ids;
}

QVariantList LazySqlTableModel::aggregate(const QStringList &expressions) const
{
    QVariantList out;
    if (!m_cache || expressions.isEmpty())
        return out;
    const FetchQuery q = buildQuery();
    const QString sql = QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) + q.filterSql;
    QSqlQuery query(m_cache->database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return out;
    for (const QVariant &b : q.binds)
        query.addBindValue(b);
    if (!query.exec() || !query.next())
        return out;
    for (int i = 0; i < expressions.size(); ++i)
        out.append(query.value(i));
    return out;
}

void LazySqlTableModel::requery()
{
    if (m_generation == 0) {
        m_columns = int(columnSql().size());
        m_sortColumn = defaultSortColumn();
        m_sortOrder = defaultSortOrder();
    }
    ++m_generation;
    m_latest->store(m_generation, std::memory_order_relaxed);
    m_query = buildQuery();
    m_coalesce.stop();
    m_changeReset = m_dependencyChanged = false;
    m_deletedIds.clear();
    m_changedIds.clear();

    beginResetModel();
    m_blocks.clear();
    m_pending.clear();
    m_rowCount = 0;
    m_countKnown = false;
    m_refreshing = false;
    endResetModel();

    // The first block before the count (the worker answers in order): its rows show while the count of
    // a large result still walks the index.
    requestBlock(0);
    const FetchQuery q = m_query;
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher, q] { f->count(q); }, Qt::QueuedConnection);
}

void LazySqlTableModel::requestBlock(int block) const
{
    if (block < 0 || m_pending.contains(block))
        return;
    if (m_countKnown && qint64(block) * kBlockSize >= m_rowCount)
        return;
    m_pending.insert(block);
    const qint64 total = m_countKnown && !m_refreshing ? m_rowCount : -1;
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher, q = m_query, block, total] { f->fetch(q, block, kBlockSize, total); },
        Qt::QueuedConnection);
}

void LazySqlTableModel::storeBlock(int block, QList<SqlRow> rows)
{
    if (!m_blocks.contains(block) && m_blocks.size() >= kMaxCachedBlocks) {
        auto oldest = m_blocks.begin();
        for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_blocks.erase(oldest);
    }
    Block &b = m_blocks[block];
    b.rows = std::move(rows);
    b.stale = false;
    b.lastUse = ++m_useClock;
}

// Rows [first, first + count) are gone: every cached row after them moves up by `count`, so that the
// rows on screen stay right until their re-read arrives. A block keeps only the rows contiguous from its
// start; the rest of it reads as not loaded.
void LazySqlTableModel::shiftCachedRows(int first, int count)
{
    QMap<int, SqlRow> byRow;
    QHash<int, Block> old = std::exchange(m_blocks, {});
    for (auto it = old.begin(); it != old.end(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            const int row = it.key() * kBlockSize + i;
            if (row < first)
                byRow.insert(row, std::move(it->rows[i]));
            else if (row >= first + count)
                byRow.insert(row - count, std::move(it->rows[i]));
        }
    }
    for (auto it = byRow.begin(); it != byRow.end(); ++it) {
        const int block = it.key() / kBlockSize;
        const int i = it.key() % kBlockSize;
        const auto existing = m_blocks.find(block);
        if (existing == m_blocks.end()) {
            if (i != 0)
                continue; // would leave a hole at the block's start
            Block b;
            b.lastUse = old.value(block).lastUse;
            b.stale = true;
            b.rows.append(std::move(it.value()));
            m_blocks.insert(block, std::move(b));
        } else if (existing->rows.size() == i) {
            existing->rows.append(std::move(it.value()));
        }
    }
}

void LazySqlTableModel::onCounted(quint64 generation, qint64 rows, qint64 elapsedUs, const QString &error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty())
        Q_EMIT queryFailed(error);
    const int n = int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    if (!m_countKnown) {
        m_countKnown = true;
        if (n > m_rowCount) {
            beginInsertRows({}, m_rowCount, n - 1);
            m_rowCount = n;
            endInsertRows();
        } else if (n < m_rowCount) { // first block read just before a deletion committed
            beginRemoveRows({}, n, m_rowCount - 1);
            m_rowCount = n;
            endRemoveRows();
        }
    } else {
        m_refreshing = false;
        if (n > m_rowCount) {
            // Inserted records, wherever they sort, show up as rows added at the end; the re-read blocks
            // put every row's content where it belongs.
            beginInsertRows({}, m_rowCount, n - 1);
            m_rowCount = n;
            endInsertRows();
        } else if (n < m_rowCount) {
            beginRemoveRows({}, n, m_rowCount - 1);
            m_rowCount = n;
            const int lastBlock = n == 0 ? -1 : (n - 1) / kBlockSize;
            m_blocks.removeIf([lastBlock](const auto &it) { return it.key() > lastBlock; });
            endRemoveRows();
        }
    }
    Q_EMIT rowCountKnown(m_rowCount, elapsedUs);
}

void LazySqlTableModel::onFetched(quint64 generation, int block, const QList<SqlRow> &rows, qint64 elapsedUs,
                                  const QString &error)
{
    if (generation != m_generation)
        return; // asked for by an older filter, search or sort: never shown
    m_pending.remove(block);
    if (!error.isEmpty()) {
        Q_EMIT queryFailed(error);
        return;
    }
    QList<SqlRow> old;
    bool hadOld = false;
    if (const auto it = m_blocks.constFind(block); it != m_blocks.constEnd()) {
        old = it->rows;
        hadOld = true;
    }
    storeBlock(block, rows);
    const int first = block * kBlockSize;
    if (!m_countKnown && block == 0 && m_rowCount == 0 && !rows.isEmpty()) {
        // The first rows are shown before the count (which walks the whole index) arrives; the count
        // then adds the rest at the end.
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rowCount = int(rows.size());
        endInsertRows();
        Q_EMIT rowsLoaded(0, m_rowCount - 1, elapsedUs);
        return;
    }
    if (!m_countKnown || first >= m_rowCount)
        return;
    const int span = int(qMax(rows.size(), old.size()));
    const int last = qMin(first + span, m_rowCount) - 1;
    if (last < first)
        return;
    if (!hadOld) {
        Q_EMIT dataChanged(index(first, 0), index(last, m_columns - 1));
    } else {
        // A re-read after a change: announce only the rows that differ.
        int runStart = -1;
        for (int r = first; r <= last + 1; ++r) {
            const int i = r - first;
            const bool differs =
                r <= last && (i >= rows.size() || i >= old.size() || rows.at(i) != old.at(i));
            if (differs && runStart < 0) {
                runStart = r;
            } else if (!differs && runStart >= 0) {
                Q_EMIT dataChanged(index(runStart, 0), index(r - 1, m_columns - 1));
                runStart = -1;
            }
        }
    }
    Q_EMIT rowsLoaded(first, qMin(first + int(rows.size()), m_rowCount) - 1, elapsedUs);
}

void LazySqlTableModel::applyCacheChange(const cache::CacheChange &change)
{
    if (change.resource == resource()) {
        if (change.reset)
            m_changeReset = true;
        for (const QString &id : change.upsertedIds)
            m_changedIds.insert(id);
        for (const QString &id : change.deletedIds)
            m_deletedIds.insert(id);
    } else if (dependsOn(change.resource)) {
        m_dependencyChanged = true;
    } else {
        return;
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void LazySqlTableModel::flushChanges()
{
    if (m_changeReset || !m_countKnown) {
        requery();
        return;
    }
    // Loaded rows whose records were deleted, found before anything moves.
    QList<int> gone;
    if (!m_deletedIds.isEmpty()) {
        for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
            for (int i = 0; i < it->rows.size(); ++i) {
                const int row = it.key() * kBlockSize + i;
                if (row < m_rowCount && m_deletedIds.contains(it->rows.at(i).value(1).toString()))
                    gone.append(row);
            }
        }
    }
    m_deletedIds.clear();
    m_changedIds.clear();
    m_dependencyChanged = false;

    // A new generation: blocks in flight were read before the change and are dropped on arrival.
    ++m_generation;
    m_latest->store(m_generation, std::memory_order_relaxed);
    m_query = buildQuery();
    QList<int> refetch(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    // Keep the most recently used blocks on screen (stale) and re-read them; forget the rest.
    QList<QPair<quint64, int>> byUse;
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it)
        byUse.append({it->lastUse, it.key()});
    std::sort(byUse.begin(), byUse.end(), std::greater<>());
    constexpr int kRefreshBlocks = 8;
    for (int i = 0; i < byUse.size(); ++i) {
        if (i < kRefreshBlocks) {
            m_blocks[byUse.at(i).second].stale = true;
            if (!refetch.contains(byUse.at(i).second))
                refetch.append(byUse.at(i).second);
        } else {
            m_blocks.remove(byUse.at(i).second);
        }
    }
    m_refreshing = true;
    const FetchQuery q = m_query;
    QMetaObject::invokeMethod(
        m_fetcher, [f = m_fetcher, q] { f->count(q); }, Qt::QueuedConnection);

    // Remove the deleted rows where they are (bottom-up, contiguous runs in one go).
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (int i = 0; i < gone.size();) {
        int j = i;
        while (j + 1 < gone.size() && gone.at(j + 1) == gone.at(j) - 1)
            ++j;
        beginRemoveRows({}, gone.at(j), gone.at(i));
        shiftCachedRows(gone.at(j), j - i + 1);
        m_rowCount -= j - i + 1;
        endRemoveRows();
        i = j + 1;
    }
    for (int block : std::as_const(refetch))
        requestBlock(block);
}

} // namespace simuwave::items
