#include "core/ListQuery.h"

#include "cache/CompactJson.h"
#include "core/JsonRow.h"
#include "core/SandboxContext.h"
#include "core/SqlStatement.h"
#include "core/Wire.h"

#include <limits>
#include <QCoreApplication>
#include <QJsonArray>

namespace simuwave::sandbox {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

// The filters a cursor was issued for: every query item except the paging ones.
static QByteArray filterFingerprint(const ApiRequest &req)
{
    QStringList items;
    for (const auto &[k, v] : req.query.queryItems(QUrl::FullyDecoded))
        if (k != QLatin1String("cursor") && k != QLatin1String("limit"))
            items.append(k + QLatin1Char('=') + v);
    items.sort();
    return wire::sha256Hex(items.join(QLatin1Char('&')).toUtf8()).left(10);
}

ApiResponse listPage(const ApiRequest &req, SandboxContext &ctx, const ListSpec &spec)
{
    int limit = spec.defaultLimit;
    if (req.hasQuery(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > spec.maxLimit)
            return errors::validationField(
                QStringLiteral("limit"), tr("limit must be a whole number from 1 to %1.").arg(spec.maxLimit));
    }
    std::optional<qint64> since;
    if (req.hasQuery(QStringLiteral("updated_since"))) {
        if (!spec.deltaSync)
            return errors::badRequest(QStringLiteral("unsupported_parameter"),
                                      tr("This list does not support updated_since."),
                                      QStringLiteral("updated_since"));
        since = wire::parseTime(req.queryValue(QStringLiteral("updated_since")));
        if (!since)
            return errors::validationField(QStringLiteral("updated_since"),
                                           tr("updated_since must be an RFC 3339 timestamp with a time zone, "
                                              "e.g. 2026-01-31T12:00:00.000Z."));
    }
    const QByteArray fingerprint = filterFingerprint(req);
    qint64 afterUpdated = -1, afterId = 0;
    if (req.hasQuery(QStringLiteral("cursor"))) {
        const auto payload = wire::decodeCursor(req.queryValue(QStringLiteral("cursor")));
        const QList<QByteArray> parts = payload ? payload->split(':') : QList<QByteArray>{};
        bool ok = parts.size() == 4 && parts.at(0) == (since ? "d" : "r") && parts.at(1) == fingerprint;
        if (ok) {
            bool a = false, b = false;
            afterUpdated = parts.at(2).toLongLong(&a);
            afterId = parts.at(3).toLongLong(&b);
            ok = a && b;
        }
        if (!ok)
            return errors::badRequest(QStringLiteral("invalid_cursor"),
                                      tr("The cursor is not valid for this list and these filters."),
                                      QStringLiteral("cursor"));
    }

    QStringList where = spec.conditions;
    QVariantList binds = spec.binds;
    QString order;
    if (since) {
        // After a cursor: (updated_at, id) > (A, B), with one lower bound on updated_at (the larger of
        // updated_since and A) so that the index (updated_at, id) is entered there. With the OR alone, or
        // two bound lower limits, SQLite walked it from updated_since: every page of a listing re-read all
        // the pages before it (40 ms for the empty last page of 300,000 invoices).
        where.append(QStringLiteral("updated_at >= ?"));
        binds.append(afterUpdated >= 0 ? qMax(*since, afterUpdated) : *since);
        if (afterUpdated >= 0) {
            where.append(QStringLiteral("(updated_at > ? OR id > ?)"));
            binds << afterUpdated << afterId;
        }
        order = QStringLiteral("updated_at, id");
    } else {
        where.append(QStringLiteral("deleted = 0"));
        if (afterId > 0) {
            where.append(QStringLiteral("id > ?"));
            binds.append(afterId);
        }
        order = QStringLiteral("id");
    }
    QString sql = QStringLiteral("SELECT id, updated_at, deleted");
    if (!spec.columns.isEmpty())
        sql += QStringLiteral(", ") + spec.columns;
    sql += QStringLiteral(" FROM ") + spec.table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + order + QStringLiteral(" LIMIT ?");
    binds.append(limit + 1);

    const bool text = bool(spec.rawRow);
    QJsonArray data;
    // Room for a page of numbers (about 330 bytes each); invoices grow it (pages untouched cost nothing).
    cache::CompactJson body(text ? qsizetype(limit) * 400 + 256 : 0);
    if (text)
        body.beginObject().key(QLatin1StringView("data")).beginArray();
    qint64 lastUpdated = 0, lastId = 0;
    int n = 0;
    bool hasMore = false;
    // One walk over the rows for both readers: `integer(q, column)` reads a column, `live(q)` writes a live
    // record.
    const auto walk = [&](auto &q, auto integer, auto live) {
        while (q.next()) {
            if (n == limit) {
                hasMore = true;
                break;
            }
            ++n;
            lastId = integer(q, 0);
            lastUpdated = integer(q, 1);
            if (integer(q, 2) == 0) {
                live(q);
            } else if (text) {
                JsonRow row(&body);
                row.publicId("id", spec.idPrefix.toLatin1().constData(), lastId);
                row.boolean("deleted", true);
                row.time("updated_at", lastUpdated);
            } else {
                data.append(QJsonObject{{QStringLiteral("id"), wire::publicId(spec.idPrefix, lastId)},
                                        {QStringLiteral("deleted"), true},
                                        {QStringLiteral("updated_at"), wire::isoTime(lastUpdated)}});
            }
        }
    };
    const auto readFailed = [] {
        return errors::make(500, QStringLiteral("api_error"), QStringLiteral("internal_error"),
                            tr("The sandbox could not read its database."));
    };
    if (text) {
        SqlStatement q(ctx.db(), sql);
        if (!q.select(binds)) {
            qCWarning(lcSandboxSql) << "list query failed:" << q.lastError() << sql;
            return readFailed();
        }
        walk(
            q, [](const SqlStatement &r, int c) { return r.integer(c); },
            [&](const SqlStatement &r) { spec.rawRow(r, body); });
        if (!q.lastError().isEmpty()) {
            qCWarning(lcSandboxSql) << "list query failed:" << q.lastError() << sql;
            return readFailed();
        }
    } else {
        QSqlQuery q(ctx.db());
        q.setForwardOnly(true);
        if (!ctx.exec(q, sql, binds))
            return readFailed();
        walk(
            q, [](const QSqlQuery &r, int c) { return r.value(c).toLongLong(); },
            [&](const QSqlQuery &r) { data.append(spec.row(r)); });
    }
    const auto cursorAfter = [&](qint64 updated, qint64 id) {
        return wire::encodeCursor(QByteArray(since ? "d" : "r") + ':' + fingerprint + ':' +
                                  QByteArray::number(since ? updated : 0) + ':' + QByteArray::number(id));
    };
    QByteArray nextCursor;
    if (hasMore)
        nextCursor = cursorAfter(lastUpdated, lastId);
    // The last page of a delta listing also says where the listing ended: passed back as `cursor` with
    // the same updated_since, it lists only what changed after that record. Unlike a timestamp watermark
    // it never lists again the records sharing the last updated_at, so an unchanged list answers an empty
    // page every time (and then a 304). An empty answer keeps the resume point it was asked from.
    // A record changed later within the millisecond of the last one listed would sort before an exact
    // resume point when its id is smaller, and be missed: a resume point inside the clock's current
    // millisecond starts at that millisecond instead (those records come again, once the clock moved on
    // they do not).
    QByteArray resumeCursor;
    if (since && !hasMore) {
        if (n > 0)
            resumeCursor = lastUpdated < ctx.nowMs()
                               ? cursorAfter(lastUpdated, lastId)
                               : cursorAfter(lastUpdated - 1, std::numeric_limits<qint64>::max());
        else if (afterUpdated >= 0)
            resumeCursor = cursorAfter(afterUpdated, afterId);
    }
    if (text) {
        // In this order: the console looks for next_cursor near the end of the body (its cursor hint).
        body.endArray()
            .key(QLatin1StringView("has_more"))
            .boolean(hasMore)
            .key(QLatin1StringView("next_cursor"));
        if (hasMore)
            body.latin1String(QLatin1StringView(nextCursor)); // base64url: nothing to escape
        else
            body.null();
        if (!resumeCursor.isEmpty())
            body.key(QLatin1StringView("resume_cursor")).latin1String(QLatin1StringView(resumeCursor));
        body.endObject();
        return ApiResponse::bytes(body.take(), QByteArrayLiteral("application/json"));
    }
    QJsonObject envelope{{QStringLiteral("data"), data},
                         {QStringLiteral("next_cursor"), hasMore ? QJsonValue(QString::fromLatin1(nextCursor))
                                                                 : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("has_more"), hasMore}};
    if (!resumeCursor.isEmpty())
        envelope.insert(QStringLiteral("resume_cursor"), QString::fromLatin1(resumeCursor));
    return ApiResponse::ok(envelope);
}

} // namespace simuwave::sandbox
