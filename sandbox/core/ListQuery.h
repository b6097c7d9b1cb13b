#pragma once
// Cursor pagination and delta sync for every list, in one place.
//
//   GET /v1/things?limit=100&cursor=...            stable order by id (keyset), live rows only
//   GET /v1/things?updated_since=2026-...Z&cursor=  rows changed at or after that instant, ordered by
//                                                   (updated_at, id), tombstones {"id","deleted":true,
//                                                   "updated_at"} included; keyset on the pair so that
//                                                   rows sharing an updated_at are never skipped.
// Answer: {"data": [...], "next_cursor": "..." | null, "has_more": bool}. The cursor is opaque and bound
// to the filters it was issued for (another filter set gets a 400).
#include "core/Api.h"
#include "core/JsonRow.h"

#include <functional>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

namespace simuwave::sandbox {

class SandboxContext;
class SqlStatement;

struct ListSpec
{
    QString table;          // one table; every row has id, updated_at, deleted
    QString columns;        // selected after "id, updated_at, deleted", i.e. from index 3 on
    QStringList conditions; // SQL conditions with ? placeholders, ANDed
    QVariantList binds;     // one per placeholder, in order
    QString idPrefix;       // for tombstones: "tnt", "pn", ...
    std::function<QJsonObject(const QSqlQuery &)> row; // JSON of a live row
    // Or: the record written straight as compact JSON text from the SQLite row (see JsonRow.h); when set,
    // the page is read through SqlStatement, built as text, and `row` is not used. For the big lists
    // (numbers, invoices).
    JsonRow::TextWriter rawRow;
    int defaultLimit = 100;
    int maxLimit = 1000;
    bool deltaSync = true; // accepts updated_since
};

ApiResponse listPage(const ApiRequest &req, SandboxContext &ctx, const ListSpec &spec);

} // namespace simuwave::sandbox
