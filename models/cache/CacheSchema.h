#pragma once
// The cache's SQL schema as an append-only list of migration steps, plus the names item models use to
// query it. Version N of the schema = steps 1..N applied; PRAGMA user_version holds N.
//
// Design notes (measured in tests/bench/bench_cache.cpp):
// - Every record table has `row_id INTEGER PRIMARY KEY` (rows are appended in sync order, so inserts land
//   at the end of the table b-tree) and the API's TEXT id as a UNIQUE column for upserts. A WITHOUT ROWID
//   table keyed by the random-looking text id would scatter whole rows across the file on every page.
// - Line items, status histories and port numbers are JSON text columns: they are only ever shown in a
//   detail view, and one column write is far cheaper than several child rows per record during a sync.
// - Search: FTS5 trigram tables with detail=none (half the build cost of detail=full). Substrings are
//   found by ANDing the query's trigrams through the index, then checking the candidates with LIKE.
// - Numbers are indexed by their E.164 digits only: a query that looks like a phone number in any
//   written form ("(312) 555-98", "312.555", "+1 312") is reduced to its digits before searching, so a
//   separate "formatted" column would only grow the index.
#include <QList>
#include <QString>
#include <QStringList>

namespace simuwave::cache {

struct MigrationStep
{
    int version;            // user_version after this step
    QString description;    // for logs
    QStringList statements; // run in one transaction together with the version bump
};

namespace schema {

inline constexpr int kCurrentVersion = 7;

// Every step from version 1 to kCurrentVersion, in order. Never edit a released step: add a new one.
QList<MigrationStep> migrationSteps();

// The SQL that fills one FTS table from its base tables (used by migrations and after a bulk load).
QStringList ftsRebuildStatements(const QString &table);
// The triggers that keep the tables derived from the invoices' JSON (invoice_cash, invoice_lines) in step,
// and the statements that rebuild both from scratch (after a bulk load, which drops the triggers).
QStringList derivedTriggerStatements();
QStringList derivedRebuildStatements();
// The FTS table searched for a record table, or empty when the table has none.
QString ftsTableFor(const QString &table);
// The FTS table's columns, in the same order as its rows, for building the LIKE check of a search.
QStringList ftsColumns(const QString &table);
// The columns of the record's tenant (in tenants_fts) that also find the record, without copying them into
// its own index: a number by its tenant's name, an invoice by its tenant's name and SIP prefix.
QStringList tenantSearchColumns(const QString &table);

} // namespace schema
} // namespace simuwave::cache
