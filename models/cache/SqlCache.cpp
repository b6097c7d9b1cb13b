#include "cache/SqlCache.h"
#include "cache/CacheMigrator.h"
#include "cache/CacheSchema.h"
#include "cache/CompactJson.h"
#include "cache/RecordDecoder.h"
#include "cache/SearchSyntax.h"
#include "domain/IsoTime.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>

#include <unordered_map>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcCache, "simuwave.cache")

namespace simuwave::cache {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::cache::SqlCache", text);
}

QAtomicInt connectionCounter;

// A page cache big enough that a full sync's index pages stay in memory between commits (negative =
// KiB). The default 2 MB made every page commit re-read and rewrite scattered index pages.
constexpr int kCacheSizeKiB = 128 * 1024;
// The page cache while a bulk load builds its indexes: the size of the sorted runs (see finishBulk).
constexpr int kIndexBuildCacheKiB = 4 * 1024;
// Reads straight from the OS page cache instead of a pread() copy per page.
constexpr qint64 kMmapSize = qint64(512) * 1024 * 1024;
// Records per commit during a bulk load (see applyBulkPage).
constexpr qint64 kBulkCommitRecords = 50'000;
// The tables with a search index, emptied by a bulk load and rebuilt at its end.
const QStringList kSearchedTables{QStringLiteral("tenants"), QStringLiteral("phone_numbers"),
                                  QStringLiteral("invoices")};

struct Columns
{
    const char *table;
    QStringList columns;      // bind order; the first is the unique text id
    QStringList keepWhenNull; // columns whose cached value survives a record that omits them
};

const Columns &columnsFor(Resource r)
{
    static const QHash<int, Columns> all = [] {
        auto L = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *n : names)
                out.append(QString::fromLatin1(n));
            return out;
        };
        QHash<int, Columns> h;
        h.insert(int(Resource::Tenants), {"tenants",
                                          L({"id",
                                             "name",
                                             "sip_prefix",
                                             "billing_email",
                                             "default_cnam",
                                             "timezone",
                                             "status",
                                             "suspension_reason",
                                             "e911_street",
                                             "e911_city",
                                             "e911_state",
                                             "e911_zip",
                                             "e911_country",
                                             "billing_profile_id",
                                             "users_count",
                                             "dids_count",
                                             "extensions_count",
                                             "cancelled_at",
                                             "created_at",
                                             "updated_at"}),
                                          {}});
        h.insert(int(Resource::PhoneNumbers),
                 {"phone_numbers",
                  L({"id",          "e164",     "type",          "tenant_id",   "status",
                     "call_flow",   "cnam",     "cnam_status",   "e911_street", "e911_city",
                     "e911_state",  "e911_zip", "e911_country",  "e911_status", "e911_error",
                     "rate_center", "region",   "monthly_cents", "created_at",  "updated_at"}),
                  {}});
        h.insert(int(Resource::Invoices), {"invoices", L({"id",
                                                          "number",
                                                          "tenant_id",
                                                          "status",
                                                          "currency",
                                                          "issue_date",
                                                          "due_date",
                                                          "period_start",
                                                          "period_end",
                                                          "subtotal_cents",
                                                          "tax_cents",
                                                          "total_cents",
                                                          "paid_cents",
                                                          "due_cents",
                                                          "refunded_cents",
                                                          "tax_rate",
                                                          "line_items_json",
                                                          "payments_json",
                                                          "refunds_json",
                                                          "paid_at",
                                                          "last_reminder_at",
                                                          "created_at",
                                                          "updated_at"}),
                                           L({"line_items_json"})});
        h.insert(int(Resource::PortRequests),
                 {"port_requests",
                  L({"id", "status", "tenant_id", "numbers_json", "current_carrier", "account_holder_name",
                     "account_number", "pin_set", "service_address_json", "desired_date", "foc_date",
                     "rejection_code", "rejection_reason", "rejection_fix", "documents_json",
                     "status_history_json", "created_at", "updated_at"}),
                  L({"status_history_json", "documents_json"})});
        h.insert(int(Resource::Users),
                 {"users",
                  L({"id", "email", "name", "role", "status", "email_verified", "two_factor_enabled",
                     "last_login_at", "created_at", "updated_at"}),
                  {}});
        h.insert(int(Resource::PartnerBranding),
                 {"partner_branding",
                  L({"id", "brand_name", "primary_color", "from_email", "support_email", "logo_set",
                     "logo_content_type", "updated_at"}),
                  {}});
        h.insert(int(Resource::TenantLimits),
                 {"tenant_limits",
                  L({"id", "monthly_spend_cents", "max_extensions", "max_dids", "max_monthly_minutes",
                     "alert_threshold_percent", "auto_suspend", "updated_at"}),
                  {}});
        h.insert(int(Resource::TenantUsage),
                 {"tenant_usage",
                  L({"id", "period_start", "period_end", "spend_cents_used", "extensions_used", "dids_used",
                     "minutes_used", "minutes_local", "minutes_toll_free", "meters_json", "updated_at"}),
                  {}});
        return h;
    }();
    return *all.constFind(int(r));
}

// Idempotent upsert: a replayed or tied record rewrites the same values; an older version of a record
// (updated_at smaller than the cached one) never overwrites a newer one.
QString upsertSql(Resource r)
{
    const Columns &c = columnsFor(r);
    const QString table = QString::fromLatin1(c.table);
    QStringList marks, sets;
    for (const QString &col : c.columns) {
        marks.append(QStringLiteral("?"));
        if (col == QLatin1String("id"))
            continue;
        if (c.keepWhenNull.contains(col))
            sets.append(QStringLiteral("%1=COALESCE(excluded.%1,%2.%1)").arg(col, table));
        else
            sets.append(QStringLiteral("%1=excluded.%1").arg(col));
    }
    return QStringLiteral("INSERT INTO %1(%2) VALUES(%3) ON CONFLICT(id) DO UPDATE SET %4 "
                          "WHERE excluded.updated_at >= %1.updated_at")
        .arg(table, c.columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')),
             sets.join(QLatin1Char(',')));
}

// Binds text as UTF-8 kept alive by the binder itself (SQLITE_STATIC): the binder lives until the
// statement has run. The cache file is UTF-8, so binding UTF-16 made SQLite translate every string byte by
// byte (sqlite3VdbeMemTranslate, 8 % of an initial sync in callgrind); QString::toUtf8 is vectorised.
class Binder
{
public:
    explicit Binder(sqlite3_stmt *s)
        : m_s(s)
    {}
    void text(const QString &v)
    {
        // Nearly every text of a record is ASCII: copied into the binder's own buffer, without the
        // allocation a QByteArray per column costs (a million records of a dozen columns each).
        const qsizetype n = v.size();
        if (m_used + n <= qsizetype(sizeof m_ascii)) {
            char *out = m_ascii + m_used;
            const char16_t *in = reinterpret_cast<const char16_t *>(v.constData());
            qsizetype i = 0;
            while (i < n && in[i] < 0x80) {
                out[i] = char(in[i]);
                ++i;
            }
            if (i == n) {
                m_used += n;
                sqlite3_bind_text(m_s, ++m_i, out, int(n), SQLITE_STATIC);
                return;
            }
        }
        m_keep.append(v.toUtf8());
        const QByteArray &bytes = m_keep.last();
        sqlite3_bind_text(m_s, ++m_i, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    }
    void textOrNull(const QString &v)
    {
        if (v.isNull())
            null();
        else
            text(v);
    }
    // Not copied (the JSON columns are most of an invoice's bytes): `v` must outlive the statement's step,
    // as the texts of the binder's own buffers do.
    void utf8(const QByteArray &v)
    {
        if (v.isNull())
            null();
        else
            sqlite3_bind_text(m_s, ++m_i, v.constData(), int(v.size()), SQLITE_STATIC);
    }
    void integer(qint64 v) { sqlite3_bind_int64(m_s, ++m_i, v); }
    void optionalInteger(const std::optional<qint64> &v)
    {
        if (v)
            integer(*v);
        else
            null();
    }
    void null() { sqlite3_bind_null(m_s, ++m_i); }
    void time(const QDateTime &t)
    {
        if (t.isValid())
            integer(t.toMSecsSinceEpoch());
        else
            null();
    }
    void timeOrZero(const QDateTime &t) { integer(t.isValid() ? t.toMSecsSinceEpoch() : 0); }
    void date(const QDate &d)
    {
        if (!d.isValid()) {
            null();
            return;
        }
        int year = 0, month = 0, day = 0;
        d.getDate(&year, &month, &day); // one calendar conversion instead of three
        if (year < 0 || year > 9999 || m_used + 10 > qsizetype(sizeof m_ascii)) {
            char buf[24];
            const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
            sqlite3_bind_text(m_s, ++m_i, buf, n, SQLITE_TRANSIENT);
            return;
        }
        // Written by hand into the binder's buffer (four dates per invoice).
        char *out = m_ascii + m_used;
        isotime::writeDate(out, year, month, day);
        m_used += 10;
        sqlite3_bind_text(m_s, ++m_i, out, 10, SQLITE_STATIC);
    }
    void address(const std::optional<Address> &a)
    {
        if (!a) {
            for (int k = 0; k < 5; ++k)
                null();
            return;
        }
        textOrNull(a->street);
        textOrNull(a->city);
        textOrNull(a->state);
        textOrNull(a->zip);
        textOrNull(a->country);
    }

private:
    sqlite3_stmt *m_s;
    int m_i = 0;
    char m_ascii[2048]; // ASCII texts bound so far (never moves while bound)
    qsizetype m_used = 0;
    QVarLengthArray<QByteArray, 32> m_keep; // never reallocates its elements' data while bound
};

QJsonObject addressJson(const Address &a)
{
    return QJsonObject{{QStringLiteral("street"), a.street},
                       {QStringLiteral("city"), a.city},
                       {QStringLiteral("state"), a.state},
                       {QStringLiteral("zip"), a.zip},
                       {QStringLiteral("country"), a.country}};
}

Address addressFromJson(const QJsonObject &o)
{
    Address a;
    a.street = o.value(QLatin1String("street")).toString();
    a.city = o.value(QLatin1String("city")).toString();
    a.state = o.value(QLatin1String("state")).toString();
    a.zip = o.value(QLatin1String("zip")).toString();
    a.country = o.value(QLatin1String("country")).toString();
    return a;
}

// The meters and alerts of a usage record as one JSON column (read back by meterFromJson and tenantUsage()).
// Written directly: a QJsonObject per meter and alert cost 5 % of an initial sync's writer thread.
QByteArray metersJsonOf(const TenantUsage &u)
{
    CompactJson w(256 + u.alerts.size() * 96);
    const auto optional = [&w](const std::optional<qint64> &v) -> CompactJson & {
        return v ? w.integer(*v) : w.value(QJsonValue());
    };
    w.beginObject();
    const std::pair<const char *, const UsageMeter *> all[] = {{"spend_cents", &u.spendCents},
                                                               {"extensions", &u.extensions},
                                                               {"dids", &u.dids},
                                                               {"minutes", &u.minutes}};
    for (const auto &[name, m] : all) {
        w.key(QLatin1StringView(name)).beginObject();
        w.key(QLatin1StringView("used")).integer(m->used);
        w.key(QLatin1StringView("limit"));
        optional(m->limit);
        w.key(QLatin1StringView("percent"));
        optional(m->percent);
        w.key(QLatin1StringView("alerted")).value(QJsonValue(m->alerted));
        w.key(QLatin1StringView("exceeded")).value(QJsonValue(m->exceeded));
        w.endObject();
    }
    w.key(QLatin1StringView("alerts")).beginArray();
    for (const UsageAlert &a : u.alerts) {
        w.beginObject();
        w.key(QLatin1StringView("meter")).string(a.meter);
        w.key(QLatin1StringView("level")).string(a.level);
        w.key(QLatin1StringView("used")).integer(a.used);
        w.key(QLatin1StringView("limit")).integer(a.limit);
        w.key(QLatin1StringView("at")).integer(a.at.toMSecsSinceEpoch());
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

UsageMeter meterFromJson(const QJsonObject &o)
{
    UsageMeter m;
    m.used = o.value(QLatin1String("used")).toInteger();
    if (o.value(QLatin1String("limit")).isDouble())
        m.limit = o.value(QLatin1String("limit")).toInteger();
    if (o.value(QLatin1String("percent")).isDouble())
        m.percent = o.value(QLatin1String("percent")).toInteger();
    m.alerted = o.value(QLatin1String("alerted")).toBool();
    m.exceeded = o.value(QLatin1String("exceeded")).toBool();
    return m;
}

QByteArray compact(const QJsonArray &a)
{
    return CompactJson::of(a);
}

void writeLineItems(CompactJson &w, const QList<InvoiceLineItem> &items)
{
    w.beginArray();
    for (const InvoiceLineItem &li : items) {
        w.beginObject();
        w.key(QLatin1StringView("kind")).string(li.kind);
        w.key(QLatin1StringView("description")).string(li.description);
        w.key(QLatin1StringView("quantity")).integer(li.quantity);
        // Rate::toDecimalString()'s text, written in place.
        w.key(QLatin1StringView("unit_price"))
            .scaled(li.unitPrice.micros(), Rate::kDecimals, Rate::kMinDecimals);
        w.key(QLatin1StringView("amount_cents")).integer(li.amount.cents());
        w.endObject();
    }
    w.endArray();
}

// A time in the JSON columns; null when unset.
void timeValue(CompactJson &w, const QDateTime &t)
{
    const QByteArray text = isotime::from(t);
    if (text.isEmpty())
        w.value(QJsonValue());
    else
        w.latin1String(QLatin1StringView(text));
}

void stringOrNull(CompactJson &w, const QString &s)
{
    if (s.isNull())
        w.value(QJsonValue());
    else
        w.string(s);
}

// Payments and refunds as the contract spells them, keys in alphabetical order: the order QJsonObject
// kept when these columns were written from it, so a cache filled by an earlier version is rewritten only
// where the server's data changed (the derived-row triggers compare the text).
void writePayments(CompactJson &w, const QList<InvoicePayment> &list)
{
    w.beginArray();
    for (const InvoicePayment &p : list) {
        w.beginObject();
        w.key(QLatin1StringView("amount_cents")).integer(p.amount.cents());
        w.key(QLatin1StringView("id")).string(p.id);
        w.key(QLatin1StringView("method")).string(p.method);
        stringOrNull(w.key(QLatin1StringView("note")), p.note);
        timeValue(w.key(QLatin1StringView("paid_at")), p.paidAt);
        w.endObject();
    }
    w.endArray();
}

void writeRefunds(CompactJson &w, const QList<InvoiceRefund> &list)
{
    w.beginArray();
    for (const InvoiceRefund &r : list) {
        w.beginObject();
        w.key(QLatin1StringView("amount_cents")).integer(r.amount.cents());
        timeValue(w.key(QLatin1StringView("created_at")), r.createdAt);
        w.key(QLatin1StringView("id")).string(r.id);
        stringOrNull(w.key(QLatin1StringView("reason")), r.reason);
        w.endObject();
    }
    w.endArray();
}

// Where an invoice's JSON columns lie in the text they were written into.
struct JsonColumns
{
    qsizetype items = -1, itemsEnd = -1; // -1: no line items
    qsizetype payments = 0, paymentsEnd = 0;
    qsizetype refunds = 0, refundsEnd = 0;
};

JsonColumns writeJsonColumns(CompactJson &w, const Invoice &inv)
{
    JsonColumns c;
    if (inv.lineItems) {
        c.items = w.beginValue();
        writeLineItems(w, *inv.lineItems);
        c.itemsEnd = w.size();
    }
    c.payments = w.beginValue();
    writePayments(w, inv.payments);
    c.paymentsEnd = w.size();
    c.refunds = w.beginValue();
    writeRefunds(w, inv.refunds);
    c.refundsEnd = w.size();
    return c;
}

// The storage form of one invoice: its JSON columns, and what the invoices_derived_* triggers compute from
// them in SQL (CacheSchema.cpp), from the decoded values. A bulk load writes the derived rows itself (its
// triggers are dropped): parsing 300,000 invoices' JSON again in SQL took longer than downloading them.
// tst_cacheapply checks both ways give the same rows.
// `text` holds the JSON columns where `columns` says.
InvoiceStorage storageOf(const Invoice &inv, const QByteArray &text, const JsonColumns &columns)
{
    InvoiceStorage st;
    st.text = text;
    const auto view = [&](qsizetype from, qsizetype to) {
        return QByteArray::fromRawData(text.constData() + from, to - from);
    };
    if (columns.items >= 0)
        st.lineItemsJson = view(columns.items, columns.itemsEnd);
    st.paymentsJson = view(columns.payments, columns.paymentsEnd);
    st.refundsJson = view(columns.refunds, columns.refundsEnd);
    const auto msOf = [](const QDateTime &t) {
        return t.isValid() ? std::optional<qint64>(t.toMSecsSinceEpoch()) : std::nullopt;
    };
    st.cash.reserve(inv.payments.size() + inv.refunds.size());
    for (const InvoicePayment &p : inv.payments)
        st.cash.append({true, msOf(p.paidAt), p.amount.cents()});
    for (const InvoiceRefund &r : inv.refunds)
        st.cash.append({false, msOf(r.createdAt), -r.amount.cents()});
    auto &[base, extQty, extCents, localQty, tollFreeQty, didCents, minQty, minCents] = st.lineSums;
    for (const InvoiceLineItem &li : inv.lineItems ? *inv.lineItems : QList<InvoiceLineItem>{}) {
        const qint64 a = li.amount.cents();
        if (li.kind == QLatin1String("base_fee")) {
            base += a;
        } else if (li.kind == QLatin1String("extensions")) {
            extQty += li.quantity;
            extCents += a;
        } else if (li.kind == QLatin1String("did_local")) {
            localQty += li.quantity;
            didCents += a;
        } else if (li.kind == QLatin1String("did_toll_free")) {
            tollFreeQty += li.quantity;
            didCents += a;
        } else if (li.kind == QLatin1String("minutes")) {
            minQty += li.quantity;
            minCents += a;
        }
    }
    return st;
}

InvoiceStorage storageOf(const Invoice &inv)
{
    CompactJson w(1024);
    const JsonColumns columns = writeJsonColumns(w, inv);
    return storageOf(inv, w.take(), columns);
}

QString sqliteMessage(sqlite3 *db, int rc)
{
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return QStringLiteral("%1 (SQLite %2)").arg(QString::fromUtf8(msg)).arg(rc);
}

// The user-facing words for a failed cache write; disk full and I/O errors are told apart because the
// user can act on them.
QString writeFailure(sqlite3 *db, int rc)
{
    const int primary = rc & 0xff;
    if (primary == SQLITE_FULL)
        return tr("The disk is full: the offline cache could not be updated. Nothing was lost; free some "
                  "space and sync again. (%1)")
            .arg(sqliteMessage(db, rc));
    if (primary == SQLITE_IOERR)
        return tr("The offline cache could not be written (input/output error, the disk may be full). "
                  "Nothing was lost. (%1)")
            .arg(sqliteMessage(db, rc));
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return tr("The offline cache is in use by another SimuWave Console on this profile. (%1)")
            .arg(sqliteMessage(db, rc));
    if (primary == SQLITE_READONLY)
        return tr("The offline cache is read-only. (%1)").arg(sqliteMessage(db, rc));
    return tr("The offline cache could not be updated: %1").arg(sqliteMessage(db, rc));
}

template<typename E> StatusValue<E> statusFrom(const QString &raw)
{
    StatusValue<E> s;
    s.raw = raw;
    s.value = raw.isEmpty() ? E::Unknown : enumFromApi<E>(raw);
    return s;
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<Address> addressFrom(const QSqlQuery &q, int first)
{
    bool any = false;
    for (int k = 0; k < 5; ++k)
        any = any || !q.value(first + k).isNull();
    if (!any)
        return std::nullopt;
    Address a;
    a.street = q.value(first).toString();
    a.city = q.value(first + 1).toString();
    a.state = q.value(first + 2).toString();
    a.zip = q.value(first + 3).toString();
    a.country = q.value(first + 4).toString();
    return a;
}

} // namespace

struct SqlCache::Private
{
    QString path;
    QString connectionName;
    bool inMemory = false;
    bool bulk = false;
    // Held while this connection bulk-loads the file (and while it repairs a load left unfinished), so that
    // no other connection, of this process or another, finishes the load under it.
    std::unique_ptr<QLockFile> bulkLock;
    sqlite3 *db = nullptr;
    QHash<QString, sqlite3_stmt *> statements;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> queries;

    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }

    sqlite3_stmt *statement(const QString &sql, int *rc)
    {
        auto it = statements.constFind(sql);
        if (it != statements.constEnd()) {
            *rc = SQLITE_OK;
            return *it;
        }
        sqlite3_stmt *s = nullptr;
        *rc = sqlite3_prepare_v3(db, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
        if (*rc != SQLITE_OK) {
            qCWarning(lcCache) << "prepare failed:" << sqliteMessage(db, *rc) << sql.left(200);
            return nullptr;
        }
        statements.insert(sql, s);
        return s;
    }

    // Runs a prepared statement to completion and resets it for the next use.
    int run(sqlite3_stmt *s)
    {
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        }
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }

    // The row id of record `id` of `r`'s table (-1 when there is none).
    int rowIdOf(Resource r, const QString &id, qint64 *rowId)
    {
        int rc = SQLITE_OK;
        sqlite3_stmt *q =
            statement(QStringLiteral("SELECT row_id FROM %1 WHERE id = ?").arg(tableName(r)), &rc);
        if (!q)
            return rc;
        const QByteArray key = id.toUtf8();
        sqlite3_bind_text(q, 1, key.constData(), int(key.size()), SQLITE_STATIC);
        *rowId = -1;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW)
            *rowId = sqlite3_column_int64(q, 0);
        sqlite3_reset(q);
        sqlite3_clear_bindings(q);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }

    // Whether the invoices' derived-table triggers are in the schema (asked inside the write transaction:
    // a loader elsewhere drops and restores them only while it holds the write lock).
    int invoiceTriggersPresent(bool *present)
    {
        int rc = SQLITE_OK;
        sqlite3_stmt *q = statement(
            QStringLiteral(
                "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'invoices_derived_ai'"),
            &rc);
        if (!q)
            return rc;
        *present = true;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW)
            *present = sqlite3_column_int(q, 0) > 0;
        sqlite3_reset(q);
        return rc == SQLITE_DONE ? SQLITE_OK : rc;
    }

    int exec(const QString &sql)
    {
        return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    }

    QSqlQuery &query(const QString &sql)
    {
        auto it = queries.find(sql);
        if (it == queries.end()) {
            auto q = std::make_unique<QSqlQuery>(database());
            q->setForwardOnly(true);
            if (!q->prepare(sql))
                qCWarning(lcCache) << "prepare failed:" << q->lastError().text() << sql.left(200);
            it = queries.emplace(sql, std::move(q)).first;
        }
        return *it->second;
    }

    void finalizeStatements()
    {
        for (sqlite3_stmt *s : std::as_const(statements))
            sqlite3_finalize(s);
        statements.clear();
        queries.clear();
    }

    void closeConnection()
    {
        finalizeStatements();
        if (!connectionName.isEmpty()) {
            {
                QSqlDatabase db = database();
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(connectionName);
        }
        db = nullptr;
        connectionName.clear();
    }

    // Opens the QSQLITE connection; returns the SQLite result of the first real read.
    int openConnection(const QString &name, bool memory, QString *detail)
    {
        connectionName = QStringLiteral("simuwave-cache-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        conn.setDatabaseName(name);
        // A second console on the same profile waits for the other's write instead of failing at once.
        conn.setConnectOptions(memory ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_URI")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!conn.open()) {
            *detail = conn.lastError().text();
            const int native = conn.lastError().nativeErrorCode().toInt();
            return native ? native : SQLITE_CANTOPEN;
        }
        const QVariant h = conn.driver()->handle();
        if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0) {
            *detail = QStringLiteral("QSQLITE driver handle unavailable");
            return SQLITE_ERROR;
        }
        db = *static_cast<sqlite3 *const *>(h.data());
        // A new file gets 16 KiB pages (SQLite's default is 4 KiB). An initial sync writes some 400 MB
        // through the WAL and back into the file: a quarter of the pages to write, read and checkpoint, and a
        // quarter of the write calls, made it about 5 % faster (a third less system time, index builds
        // ~10 % faster). An existing file keeps its size: WAL mode cannot change it.
        int rc = exec(QStringLiteral("PRAGMA page_size=16384"));
        // journal_mode reads the header: a garbage file fails here with SQLITE_NOTADB.
        if (rc == SQLITE_OK)
            rc = exec(memory ? QStringLiteral("PRAGMA journal_mode=MEMORY")
                             : QStringLiteral("PRAGMA journal_mode=WAL"));
        if (rc != SQLITE_OK) {
            *detail = sqliteMessage(db, rc);
            return rc;
        }
        return SQLITE_OK;
    }

    // PRAGMA quick_check: SQLITE_OK when it answers "ok", else the error (CORRUPT for damage it reports).
    int quickCheck(QString *detail)
    {
        sqlite3_stmt *s = nullptr;
        int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check", -1, &s, nullptr);
        if (rc != SQLITE_OK) {
            *detail = sqliteMessage(db, rc);
            return rc;
        }
        QStringList problems;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
            const QString line = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, 0)));
            if (line != QLatin1String("ok") && problems.size() < 5)
                problems.append(line);
        }
        sqlite3_finalize(s);
        if (rc != SQLITE_DONE) {
            *detail = sqliteMessage(db, rc);
            return rc;
        }
        if (!problems.isEmpty()) {
            *detail = problems.join(QLatin1String("; "));
            return SQLITE_CORRUPT;
        }
        return SQLITE_OK;
    }

    bool setPragmas()
    {
        const QStringList pragmas = {
            QStringLiteral("PRAGMA synchronous=NORMAL"), // cached data: the server has it all again
            QStringLiteral("PRAGMA foreign_keys=ON"),
            QStringLiteral("PRAGMA temp_store=MEMORY"),
            // Debian builds SQLite with SECURE_DELETE on: every freed cell and page overwritten with zeros.
            // FAST keeps that where it costs no extra I/O; a cache of what the server holds needs no more.
            QStringLiteral("PRAGMA secure_delete=FAST"),
            QStringLiteral("PRAGMA cache_size=-%1").arg(kCacheSizeKiB),
            QStringLiteral("PRAGMA mmap_size=%1").arg(kMmapSize),
        };
        for (const QString &p : pragmas) {
            if (exec(p) != SQLITE_OK)
                return false;
        }
        return true;
    }

    QString metaValue(const QString &key)
    {
        QSqlQuery &q = query(QStringLiteral("SELECT value FROM cache_meta WHERE key = ?"));
        q.bindValue(0, key);
        QString v;
        if (q.exec() && q.next())
            v = q.value(0).toString();
        q.finish();
        return v;
    }

    bool setMetaValue(const QString &key, const QString &value)
    {
        QSqlQuery &q = query(QStringLiteral("INSERT OR REPLACE INTO cache_meta(key, value) VALUES(?, ?)"));
        q.bindValue(0, key);
        q.bindValue(1, value);
        const bool ok = q.exec();
        q.finish();
        return ok;
    }

    bool inTransaction() const { return db && !sqlite3_get_autocommit(db); }

    // The file's bulk load is this connection's to run or to repair: nobody else holds its lock. A lock
    // left by a loader that died (kill, crash) is stale and taken over; only a live loader keeps it, however
    // long its load takes (no stale time).
    bool lockBulk(QString *why)
    {
        if (bulkLock)
            return true;
        if (inMemory) { // no file to lock beside (a folder that is not writable, or no path at all)
            if (why)
                *why = SqlCache::tr("A cache in memory is loaded record by record.");
            return false;
        }
        auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".bulk-lock"));
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            if (why)
                *why = lock->error() == QLockFile::LockFailedError
                           ? SqlCache::tr("Another connection is loading this cache.")
                           : SqlCache::tr("The cache's lock file %1 could not be created.")
                                 .arg(QDir::toNativeSeparators(path + QStringLiteral(".bulk-lock")));
            return false;
        }
        bulkLock = std::move(lock);
        return true;
    }
    void unlockBulk() { bulkLock.reset(); }

    bool bulkTransaction = false; // a bulk load's group of pages is open
    QSet<QString> restoredTables; // finished early in this bulk load (finishBulkLoadOf): triggers back
    // The invoices' derived-table triggers are dropped: the writer fills invoice_cash/invoice_lines itself.
    bool invoicesInBulk() const { return bulk && !restoredTables.contains(QStringLiteral("invoices")); }
    qint64 bulkPendingRecords = 0;
    QList<CacheChange> pendingChanges; // announced when the group commits
    bool commitBulk(QList<CacheChange> *announce, QString *error);

    void rollback()
    {
        if (inTransaction())
            exec(QStringLiteral("ROLLBACK"));
    }

    int writeRecords(const RecordPage &page);
    // `inserted`: the invoice's row was just created, so it has no derived rows to replace yet.
    int writeInvoiceDerived(qint64 rowId, const QString &tenantId, const InvoiceStorage &st, bool inserted);
    int writeTombstones(Resource r, const QList<Tombstone> &tombstones);
    int writeSyncState(Resource r, const SyncState &s);
};

SqlCache::SqlCache(QObject *parent)
    : AbstractCache(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<simuwave::cache::CacheChange>();
    qRegisterMetaType<simuwave::cache::LocalEvent>();
}

SqlCache::~SqlCache()
{
    close();
}

QString SqlCache::outboxPathFor(const QString &cachePath)
{
    const QFileInfo fi(cachePath);
    return fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".outbox.sqlite"));
}

CacheOpenReport SqlCache::open(const QString &path)
{
    using Outcome = CacheOpenReport::Outcome;
    close();
    QElapsedTimer timer;
    timer.start();
    CacheOpenReport report;
    d->path = path;

    auto openMemory = [&](const QString &why, const QString &detail) {
        d->closeConnection();
        // memdb VFS with a name: every instance of this process opening the same path (the UI's and the
        // sync worker's) shares one in-memory database, with normal locking.
        const QByteArray key =
            QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
        const QString uri = QStringLiteral("file:/simuwave-%1?vfs=memdb").arg(QString::fromLatin1(key));
        QString openDetail;
        d->inMemory = true;
        report.inMemory = true;
        if (d->openConnection(uri, true, &openDetail) != SQLITE_OK || !d->setPragmas()) {
            report.outcome = Outcome::Failed;
            report.message = tr("The offline cache could not be opened, not even in memory.");
            report.detail = detail + QLatin1String("; ") + openDetail;
            d->closeConnection();
            return false;
        }
        QString migrateError;
        if (!CacheMigrator::migrate(d->database(), schema::migrationSteps(), schema::kCurrentVersion,
                                    &migrateError)) {
            report.outcome = Outcome::Failed;
            report.message = tr("The offline cache could not be opened, not even in memory.");
            report.detail = migrateError;
            d->closeConnection();
            return false;
        }
        report.outcome = Outcome::InMemory;
        report.usable = true;
        report.fullResyncNeeded = CacheMigrator::userVersion(d->database()) == schema::kCurrentVersion;
        report.version = schema::kCurrentVersion;
        report.message = why;
        report.detail = detail;
        return true;
    };

    auto finish = [&]() {
        report.elapsedMs = timer.elapsed();
        qCInfo(lcCache) << "cache" << path << "outcome" << int(report.outcome) << "version" << report.version
                        << "in" << report.elapsedMs << "ms" << report.detail;
        return report;
    };

    if (path.isEmpty()) {
        openMemory(QString(), QStringLiteral("no path given"));
        report.message.clear();
        return finish();
    }

    const QFileInfo fi(path);
    const QString dirPath = fi.absolutePath();
    if (!QDir().mkpath(dirPath) || !QFileInfo(dirPath).isWritable() || (fi.exists() && !fi.isWritable())) {
        openMemory(tr("The cache folder %1 is not writable. The console works from memory for this session: "
                      "everything is synced again at each start until the folder is writable.")
                       .arg(QDir::toNativeSeparators(dirPath)),
                   QStringLiteral("folder not writable"));
        return finish();
    }

    const bool existed = fi.exists() && fi.size() > 0;
    QString detail;
    int rc = d->openConnection(path, false, &detail);
    // quick_check reads every page: mapped, about a fifth less time on a 380 MB cache (no copy per page).
    if (rc == SQLITE_OK)
        rc = d->exec(QStringLiteral("PRAGMA mmap_size=%1").arg(kMmapSize));
    if (rc == SQLITE_OK)
        rc = d->quickCheck(&detail);
    int found = 0;
    if (rc == SQLITE_OK) {
        found = CacheMigrator::userVersion(d->database(), &detail);
        if (found < 0)
            rc = SQLITE_CORRUPT;
    }
    report.foundVersion = qMax(found, 0);

    const int primary = rc & 0xff;
    if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM ||
        primary == SQLITE_AUTH) {
        openMemory(tr("The offline cache %1 cannot be opened for writing. The console works from memory for "
                      "this session.")
                       .arg(QDir::toNativeSeparators(path)),
                   detail);
        return finish();
    }

    Outcome rebuilt = Outcome::Opened;
    if (rc != SQLITE_OK) {
        // NOTADB (garbage), CORRUPT (truncated or damaged) and anything else unreadable: keep the file for
        // inspection, start a new cache, fetch everything again. No checkpoint on close: it would write
        // into the damaged file and delete its -wal/-shm, which are moved aside with it.
        if (d->db)
            sqlite3_db_config(d->db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        d->closeConnection();
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
        QString aside = path + QStringLiteral(".corrupt-") + stamp;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
        bool moved = QFile::rename(path, aside);
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            const QString side = path + QLatin1String(suffix);
            if (QFileInfo::exists(side) && !QFile::rename(side, aside + QLatin1String(suffix)))
                moved = false;
        }
        if (!moved) {
            QFile::remove(path);
            for (const char *suffix : {"-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
        }
        report.movedAsideTo = moved ? aside : QString();
        report.detail = detail;
        qCWarning(lcCache) << "damaged cache" << path << detail << "moved to" << aside;
        rebuilt = Outcome::RebuiltCorrupt;
    } else if (found > schema::kCurrentVersion) {
        // Written by a newer console: its schema may mean anything to us. It is only a cache: start anew.
        d->closeConnection();
        QFile::remove(path);
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
        report.detail = QStringLiteral("user_version %1 > %2").arg(found).arg(schema::kCurrentVersion);
        rebuilt = Outcome::RebuiltNewer;
    } else {
        QString migrateError;
        if (!CacheMigrator::migrate(d->database(), schema::migrationSteps(), schema::kCurrentVersion,
                                    &migrateError)) {
            d->closeConnection();
            QFile::remove(path);
            for (const char *suffix : {"-wal", "-shm", "-journal"})
                QFile::remove(path + QLatin1String(suffix));
            report.detail = migrateError;
            rebuilt = Outcome::RebuiltMigration;
        }
    }

    if (rebuilt != Outcome::Opened) {
        found = 0;
        rc = d->openConnection(path, false, &detail);
        QString migrateError;
        if (rc != SQLITE_OK || !CacheMigrator::migrate(d->database(), schema::migrationSteps(),
                                                       schema::kCurrentVersion, &migrateError)) {
            openMemory(tr("The offline cache could not be recreated. The console works from memory for this "
                          "session."),
                       detail + migrateError);
            return finish();
        }
    }

    if (!d->setPragmas()) {
        report.detail += sqliteMessage(d->db, sqlite3_errcode(d->db));
    }
    // Another connection loading the file (the sync engine's while the UI opens its own, or a command-line
    // sync in another process): its load, not ours to finish.
    d->bulk = !d->metaValue(QStringLiteral("bulk_load_ddl")).isEmpty() && d->lockBulk(nullptr);
    if (d->bulk) {
        // A bulk load was cut short (crash, kill): put the indexes and search back now.
        QString bulkError;
        if (!finishBulkLoad(&bulkError))
            report.detail += bulkError;
    }

    report.usable = true;
    report.version = schema::kCurrentVersion;
    switch (rebuilt) {
    case Outcome::RebuiltCorrupt:
        report.outcome = rebuilt;
        report.fullResyncNeeded = true;
        report.message =
            tr("The offline cache was damaged and has been replaced; all data is being downloaded "
               "again. Your pending changes are kept. The damaged file was kept as %1.")
                .arg(QDir::toNativeSeparators(report.movedAsideTo.isEmpty() ? path : report.movedAsideTo));
        break;
    case Outcome::RebuiltNewer:
        report.outcome = rebuilt;
        report.fullResyncNeeded = true;
        report.message =
            tr("The offline cache was written by a newer version of SimuWave Console and has been "
               "replaced; all data is being downloaded again. Your pending changes are kept.");
        break;
    case Outcome::RebuiltMigration:
        report.outcome = rebuilt;
        report.fullResyncNeeded = true;
        report.message =
            tr("The offline cache could not be updated to this version and has been replaced; all "
               "data is being downloaded again. Your pending changes are kept.");
        break;
    default:
        if (!existed || found == 0) {
            report.outcome = Outcome::Created;
            report.fullResyncNeeded = true;
        } else if (found < schema::kCurrentVersion) {
            report.outcome = Outcome::Migrated;
        } else {
            report.outcome = Outcome::Opened;
        }
        break;
    }
    return finish();
}

void SqlCache::close()
{
    if (d->bulkTransaction) {
        QList<CacheChange> announce;
        d->commitBulk(&announce, nullptr); // committed pages stay; indexes come back at the next open
    }
    d->closeConnection();
    d->unlockBulk(); // an unfinished load is left for the next open to finish
    d->bulk = false;
    d->inMemory = false;
}

bool SqlCache::isOpen() const
{
    return d->db != nullptr;
}

QString SqlCache::path() const
{
    return d->path;
}

bool SqlCache::isInMemory() const
{
    return d->inMemory;
}

QSqlDatabase SqlCache::database() const
{
    return d->database();
}

QString SqlCache::connectionName() const
{
    return d->connectionName;
}

int SqlCache::Private::writeRecords(const RecordPage &page)
{
    if (page.upsertCount() == 0)
        return SQLITE_OK;
    int rc = SQLITE_OK;
    // The invoices' derived rows are written here while their triggers are dropped: by this connection's
    // bulk load, or by another connection's (this one's edits and refreshes go on meanwhile).
    bool derivedHere = invoicesInBulk() && page.resource == Resource::Invoices;
    if (page.resource == Resource::Invoices && !derivedHere) {
        bool triggers = true;
        if ((rc = invoiceTriggersPresent(&triggers)) != SQLITE_OK)
            return rc;
        derivedHere = !triggers;
    }
    sqlite3_stmt *s = statement(upsertSql(page.resource), &rc);
    if (!s)
        return rc;
    switch (page.resource) {
    case Resource::Tenants:
        for (const Tenant &t : page.tenants) {
            Binder b(s);
            b.text(t.id);
            b.text(t.name);
            b.text(t.sipPrefix);
            b.textOrNull(t.billingEmail);
            b.textOrNull(t.defaultCnam);
            b.textOrNull(t.timezone);
            b.text(t.status.raw);
            b.textOrNull(t.suspensionReason);
            b.address(t.e911Address);
            b.textOrNull(t.billingProfileId);
            b.integer(t.counts.users);
            b.integer(t.counts.dids);
            b.integer(t.counts.extensions);
            b.time(t.cancelledAt);
            b.time(t.createdAt);
            b.timeOrZero(t.updatedAt);
            if ((rc = run(s)) != SQLITE_OK)
                return rc;
        }
        {
            // Tenant records embed their caps: keep tenant_limits current without a request per tenant.
            RecordPage limits;
            limits.resource = Resource::TenantLimits;
            for (const Tenant &t : page.tenants) {
                if (t.limits)
                    limits.tenantLimits.append(TenantLimits{t.id, *t.limits, t.updatedAt});
            }
            if ((rc = writeRecords(limits)) != SQLITE_OK)
                return rc;
        }
        break;
    case Resource::PhoneNumbers:
        for (const PhoneNumber &n : page.phoneNumbers) {
            Binder b(s);
            b.text(n.id);
            b.text(n.e164);
            b.textOrNull(n.type);
            b.textOrNull(n.tenantId);
            b.text(n.status.raw);
            b.textOrNull(n.callFlow);
            b.textOrNull(n.cnam);
            b.textOrNull(n.cnamStatus.raw);
            b.address(n.e911Address);
            b.textOrNull(n.e911Status.raw);
            b.textOrNull(n.e911Error);
            b.textOrNull(n.rateCenter);
            b.textOrNull(n.region);
            b.integer(n.monthly.cents());
            b.time(n.createdAt);
            b.timeOrZero(n.updatedAt);
            if ((rc = run(s)) != SQLITE_OK)
                return rc;
        }
        break;
    case Resource::Invoices: {
        // Bulk load: a row id above the table's largest before the upsert is a new row (no AUTOINCREMENT:
        // SQLite gives a new row the largest + 1), whose derived rows need no delete first.
        qint64 lastRow = std::numeric_limits<qint64>::max();
        if (invoicesInBulk() && !page.invoices.isEmpty()) {
            sqlite3_stmt *m = statement(QStringLiteral("SELECT coalesce(max(row_id), 0) FROM invoices"), &rc);
            if (!m)
                return rc;
            if (sqlite3_step(m) == SQLITE_ROW)
                lastRow = sqlite3_column_int64(m, 0);
            sqlite3_reset(m);
        }
        for (qsizetype i = 0; i < page.invoices.size(); ++i) {
            const Invoice &inv = page.invoices.at(i);
            const bool prepared = page.invoiceStorage.size() == page.invoices.size();
            const InvoiceStorage computed = prepared ? InvoiceStorage{} : storageOf(inv);
            const InvoiceStorage &st = prepared ? page.invoiceStorage.at(i) : computed;
            Binder b(s);
            b.text(inv.id);
            b.text(inv.number);
            b.text(inv.tenantId);
            b.text(inv.status.raw);
            b.text(inv.currency);
            b.date(inv.issueDate);
            b.date(inv.dueDate);
            b.date(inv.periodStart);
            b.date(inv.periodEnd);
            b.integer(inv.subtotal.cents());
            b.integer(inv.tax.cents());
            b.integer(inv.total.cents());
            b.integer(inv.paid.cents());
            b.integer(inv.due.cents());
            b.integer(inv.refunded.cents());
            b.textOrNull(inv.taxRate);
            b.utf8(st.lineItemsJson);
            b.utf8(st.paymentsJson);
            b.utf8(st.refundsJson);
            b.time(inv.paidAt);
            b.time(inv.lastReminderAt);
            b.time(inv.createdAt);
            b.timeOrZero(inv.updatedAt);
            const qint64 lastInsert = sqlite3_last_insert_rowid(db);
            if ((rc = run(s)) != SQLITE_OK)
                return rc;
            if (!derivedHere)
                continue; // the derived tables follow by trigger
            // Bulk load: the derived-table triggers are dropped; the row the upsert wrote (none when a newer
            // version was already cached) gets its derived rows here, from the decoded values. Its row id
            // without RETURNING, which made SQLite open, fill and close a temporary table for every
            // invoice: a new row's is the connection's last insert, once that has changed; an updated one
            // (a resumed page) is looked up, as is a new one in the unlikely case that its id equals the
            // last insert before it (a derived row's).
            qint64 rowId = -1;
            if (sqlite3_changes(db) > 0) {
                rowId = sqlite3_last_insert_rowid(db);
                if (rowId == lastInsert && (rc = rowIdOf(Resource::Invoices, inv.id, &rowId)) != SQLITE_OK)
                    return rc;
            }
            const bool inserted = rowId > lastRow;
            if (inserted)
                lastRow = rowId;
            if (rowId >= 0 && (rc = writeInvoiceDerived(rowId, inv.tenantId, st, inserted)) != SQLITE_OK)
                return rc;
        }
        rc = SQLITE_OK;
        break;
    }
    case Resource::PortRequests:
        for (const PortRequest &p : page.portRequests) {
            const QByteArray numbers = compact(QJsonArray::fromStringList(p.numbers));
            const QByteArray address =
                p.serviceAddress
                    ? QJsonDocument(addressJson(*p.serviceAddress)).toJson(QJsonDocument::Compact)
                    : QByteArray();
            QByteArray history;
            if (p.statusHistory) {
                QJsonArray a;
                for (const PortStatusChange &c : *p.statusHistory)
                    a.append(QJsonObject{{QStringLiteral("status"), c.status.raw},
                                         {QStringLiteral("at"), c.at.toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("note"), c.note},
                                         {QStringLiteral("actor"), c.actor}});
                history = compact(a);
            }
            const QByteArray documents = p.documents.isEmpty() ? QByteArray() : compact(p.documents);
            Binder b(s);
            b.text(p.id);
            b.text(p.status.raw);
            b.textOrNull(p.tenantId);
            b.utf8(numbers);
            b.textOrNull(p.currentCarrier);
            b.textOrNull(p.accountHolderName);
            b.textOrNull(p.accountNumber);
            b.integer(p.pinSet ? 1 : 0);
            b.utf8(address);
            b.date(p.desiredDate);
            b.date(p.focDate);
            b.textOrNull(p.rejectionCode);
            b.textOrNull(p.rejectionReason);
            b.textOrNull(p.rejectionFix);
            b.utf8(documents);
            b.utf8(history);
            b.time(p.createdAt);
            b.timeOrZero(p.updatedAt);
            if ((rc = run(s)) != SQLITE_OK)
                return rc;
        }
        break;
    case Resource::Users:
        for (const User &u : page.users) {
            Binder b(s);
            b.text(u.id);
            b.text(u.email);
            b.textOrNull(u.name);
            b.text(u.role.raw);
            b.textOrNull(u.status);
            b.integer(u.emailVerified ? 1 : 0);
            b.integer(u.twoFactorEnabled ? 1 : 0);
            b.time(u.lastLoginAt);
            b.time(u.createdAt);
            b.timeOrZero(u.updatedAt);
            if ((rc = run(s)) != SQLITE_OK)
                return rc;
        }
        break;
    case Resource::PartnerBranding:
        for (const PartnerBranding &br : page.branding) {
            const QString id = brandingRecordId();
            Binder b(s);
            b.text(id);
            b.textOrNull(br.brandName);
            b.textOrNull(br.primaryColor);
            b.textOrNull(br.fromEmail);
            b.textOrNull(br.supportEmail);
            b.integer(br.logoSet ? 1 : 0);
            b.textOrNull(br.logoContentType);
            b.timeOrZero(br.updatedAt);
            if ((rc = run(s)) != SQLITE_OK)
                return rc;
        }
        break;
    case Resource::TenantLimits:
        for (const TenantLimits &l : page.tenantLimits) {
            Binder b(s);
            b.text(l.tenantId);
            b.optionalInteger(l.limits.monthlySpendCents);
            b.optionalInteger(l.limits.maxExtensions);
            b.optionalInteger(l.limits.maxDids);
            b.optionalInteger(l.limits.maxMonthlyMinutes);
            b.integer(l.limits.alertThresholdPercent);
            b.integer(l.limits.autoSuspend ? 1 : 0);
            b.timeOrZero(l.updatedAt);
            if ((rc = run(s)) != SQLITE_OK)
                return rc;
        }
        break;
    case Resource::TenantUsage:
        for (const TenantUsage &u : page.tenantUsage) {
            Binder b(s);
            b.text(u.tenantId);
            b.date(u.periodStart);
            b.date(u.periodEnd);
            const QByteArray metersJson = metersJsonOf(u);
            b.integer(u.spendCents.used);
            b.integer(u.extensions.used);
            b.integer(u.dids.used);
            b.integer(u.minutes.used);
            b.integer(u.minutesLocal);
            b.integer(u.minutesTollFree);
            b.utf8(metersJson);
            b.timeOrZero(u.updatedAt);
            if ((rc = run(s)) != SQLITE_OK)
                return rc;
        }
        break;
    }
    return SQLITE_OK;
}

// A bulk load's stand-in for the invoices_derived_* triggers (dropped meanwhile), from storageOf().
int SqlCache::Private::writeInvoiceDerived(qint64 rowId, const QString &tenantId, const InvoiceStorage &st,
                                           bool inserted)
{
    int rc = SQLITE_OK;
    static const QString deleteCash = QStringLiteral("DELETE FROM invoice_cash WHERE invoice_row = ?");
    static const QString insertCash = QStringLiteral(
        "INSERT INTO invoice_cash(invoice_row, tenant_id, payment, at, amount_cents) VALUES(?,?,?,?,?)");
    if (!inserted) {
        sqlite3_stmt *del = statement(deleteCash, &rc);
        if (!del)
            return rc;
        sqlite3_bind_int64(del, 1, rowId);
        if ((rc = run(del)) != SQLITE_OK)
            return rc;
    }
    sqlite3_stmt *cash = st.cash.isEmpty() ? nullptr : statement(insertCash, &rc);
    if (!st.cash.isEmpty() && !cash)
        return rc;
    const QByteArray tenant = tenantId.toUtf8();
    for (const InvoiceStorage::Cash &c : st.cash) {
        sqlite3_bind_int64(cash, 1, rowId);
        sqlite3_bind_text(cash, 2, tenant.constData(), int(tenant.size()), SQLITE_STATIC);
        sqlite3_bind_int64(cash, 3, c.payment ? 1 : 0);
        if (c.atMs)
            sqlite3_bind_int64(cash, 4, *c.atMs);
        else
            sqlite3_bind_null(cash, 4);
        sqlite3_bind_int64(cash, 5, c.cents);
        if ((rc = run(cash)) != SQLITE_OK)
            return rc;
    }
    // A record without line items keeps the summary of the ones cached (the column is kept when null);
    // a new row gets zeros, like the trigger's sum over nothing. A new invoice has no summary yet: a plain
    // INSERT, which SQLite runs without the statement journal OR REPLACE needs.
    // The texts built once: this runs for each of 300,000 invoices, and statement() looks them up by text.
    static const QString insertLines[3] = {
        QStringLiteral("INSERT OR REPLACE INTO invoice_lines(invoice_row, base_cents, ext_qty, ext_cents,"
                       " did_local_qty, did_toll_free_qty, did_cents, min_qty, min_cents)"
                       " VALUES(?,?,?,?,?,?,?,?,?)"),
        QStringLiteral("INSERT OR IGNORE INTO invoice_lines(invoice_row, base_cents, ext_qty, ext_cents,"
                       " did_local_qty, did_toll_free_qty, did_cents, min_qty, min_cents)"
                       " VALUES(?,?,?,?,?,?,?,?,?)"),
        QStringLiteral("INSERT INTO invoice_lines(invoice_row, base_cents, ext_qty, ext_cents,"
                       " did_local_qty, did_toll_free_qty, did_cents, min_qty, min_cents)"
                       " VALUES(?,?,?,?,?,?,?,?,?)")};
    sqlite3_stmt *lines = statement(insertLines[inserted ? 2 : st.lineItemsJson.isNull() ? 1 : 0], &rc);
    if (!lines)
        return rc;
    sqlite3_bind_int64(lines, 1, rowId);
    for (int i = 0; i < int(st.lineSums.size()); ++i)
        sqlite3_bind_int64(lines, i + 2, st.lineSums[size_t(i)]);
    return run(lines);
}

int SqlCache::Private::writeTombstones(Resource r, const QList<Tombstone> &tombstones)
{
    if (tombstones.isEmpty())
        return SQLITE_OK;
    int rc = SQLITE_OK;
    // A tombstone older than the cached record (re-created since) leaves the record alone.
    sqlite3_stmt *s = statement(QStringLiteral("DELETE FROM %1 WHERE id = ? AND updated_at <= ?")
                                    .arg(QString::fromLatin1(columnsFor(r).table)),
                                &rc);
    if (!s)
        return rc;
    for (const Tombstone &t : tombstones) {
        Binder b(s);
        b.text(t.id);
        b.integer(t.updatedAt.isValid() ? t.updatedAt.toMSecsSinceEpoch()
                                        : std::numeric_limits<qint64>::max());
        if ((rc = run(s)) != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int SqlCache::Private::writeSyncState(Resource r, const SyncState &st)
{
    int rc = SQLITE_OK;
    sqlite3_stmt *s = statement(
        QStringLiteral(
            "INSERT INTO sync_state(resource, cursor, updated_since, etag, last_synced_at, full_sync_done,"
            " resume_cursor, resume_since) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(resource) DO UPDATE SET"
            " cursor=excluded.cursor, updated_since=excluded.updated_since, etag=excluded.etag,"
            " last_synced_at=excluded.last_synced_at, full_sync_done=excluded.full_sync_done,"
            " resume_cursor=excluded.resume_cursor, resume_since=excluded.resume_since"),
        &rc);
    if (!s)
        return rc;
    const QString name = resourceName(r);
    Binder b(s);
    b.text(name);
    b.textOrNull(st.cursor);
    b.textOrNull(st.updatedSince);
    b.textOrNull(st.etag);
    b.time(st.lastSyncedAt);
    b.integer(st.fullSyncDone ? 1 : 0);
    b.textOrNull(st.resumeCursor);
    b.textOrNull(st.resumeSince);
    return run(s);
}

namespace {
CacheChange changeOf(const RecordPage &page)
{
    CacheChange change;
    change.resource = page.resource;
    change.table = tableName(page.resource);
    change.upsertedIds = page.upsertIds();
    change.deletedIds.reserve(page.tombstones.size());
    for (const Tombstone &t : page.tombstones)
        change.deletedIds.append(t.id);
    return change;
}
} // namespace

// Bulk load: pages go into one long transaction, committed every kBulkCommitRecords records. A kill (or a
// page that fails) loses the uncommitted pages AND their cursor together, so the sync resumes from the last
// committed cursor. This
// avoids rewriting the same scattered index pages to the WAL at every 1000-record commit.
bool SqlCache::Private::commitBulk(QList<CacheChange> *announce, QString *error)
{
    if (!bulkTransaction)
        return true;
    const int rc = exec(QStringLiteral("COMMIT"));
    if (rc != SQLITE_OK) {
        if (error)
            *error = writeFailure(db, rc);
        rollback();
        bulkTransaction = false;
        pendingChanges.clear();
        bulkPendingRecords = 0;
        return false;
    }
    bulkTransaction = false;
    bulkPendingRecords = 0;
    *announce = std::move(pendingChanges);
    pendingChanges.clear();
    return true;
}

bool SqlCache::configureProcess()
{
    const int threading = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    const int memstatus = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    if (threading == SQLITE_OK && memstatus == SQLITE_OK)
        return true;
    qCWarning(lcCache) << "SQLite was already in use: its process-wide settings stay as they were";
    return false;
}

void SqlCache::prepareForStorage(RecordPage *page)
{
    if (page->resource != Resource::Invoices)
        return;
    // Every invoice's JSON columns in one buffer, shared by all of them: one allocation per page instead of
    // three per invoice (each freed again on another thread once the page is written).
    CompactJson w(page->invoices.size() * 768);
    QList<JsonColumns> columns;
    columns.reserve(page->invoices.size());
    for (const Invoice &inv : std::as_const(page->invoices))
        columns.append(writeJsonColumns(w, inv));
    const QByteArray text = w.take();
    page->invoiceStorage.clear();
    page->invoiceStorage.reserve(page->invoices.size());
    for (qsizetype i = 0; i < page->invoices.size(); ++i)
        page->invoiceStorage.append(storageOf(page->invoices.at(i), text, columns.at(i)));
}

bool SqlCache::applyPage(const RecordPage &page, const SyncState &next, QString *error)
{
    if (!d->db) {
        if (error)
            *error = tr("The offline cache is not open.");
        return false;
    }
    if (d->bulk)
        return applyBulkPage(page, next, error);
    int rc = d->exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (rc == SQLITE_OK)
        rc = d->writeRecords(page);
    if (rc == SQLITE_OK)
        rc = d->writeTombstones(page.resource, page.tombstones);
    if (rc == SQLITE_OK)
        rc = d->writeSyncState(page.resource, next);
    if (rc == SQLITE_OK)
        rc = d->exec(QStringLiteral("COMMIT"));
    if (rc != SQLITE_OK) {
        const QString why = writeFailure(d->db, rc);
        d->rollback();
        qCWarning(lcCache) << "page of" << resourceName(page.resource) << "not applied:" << why;
        if (error)
            *error = why;
        return false;
    }
    if (error)
        error->clear();
    const CacheChange change = changeOf(page);
    if (!change.upsertedIds.isEmpty() || !change.deletedIds.isEmpty())
        Q_EMIT changed(change);
    return true;
}

bool SqlCache::applyBulkPage(const RecordPage &page, const SyncState &next, QString *error)
{
    int rc = SQLITE_OK;
    if (!d->bulkTransaction) {
        rc = d->exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (rc != SQLITE_OK) {
            if (error)
                *error = writeFailure(d->db, rc);
            return false;
        }
        d->bulkTransaction = true;
    }
    // No savepoint around the page: with one open, every statement's own savepoint cost more than the
    // statement (4 % of an initial sync's CPU). A page that fails takes the uncommitted pages before it
    // with it; they are consistent with their cursors either way, and the next sync resumes at the last
    // committed cursor.
    rc = d->writeRecords(page);
    if (rc == SQLITE_OK)
        rc = d->writeTombstones(page.resource, page.tombstones);
    if (rc == SQLITE_OK)
        rc = d->writeSyncState(page.resource, next);
    QList<CacheChange> announce;
    if (rc != SQLITE_OK) {
        const QString why = writeFailure(d->db, rc);
        qCWarning(lcCache) << "page of" << resourceName(page.resource) << "not applied:" << why;
        if (d->inTransaction())
            d->rollback();
        d->bulkTransaction = false;
        d->pendingChanges.clear();
        d->bulkPendingRecords = 0;
        if (error)
            *error = why;
        return false;
    }
    d->pendingChanges.append(changeOf(page));
    d->bulkPendingRecords += page.upsertCount() + page.tombstones.size();
    if (d->bulkPendingRecords >= kBulkCommitRecords && !d->commitBulk(&announce, error))
        return false;
    for (const CacheChange &c : std::as_const(announce))
        Q_EMIT changed(c);
    if (error)
        error->clear();
    return true;
}

bool SqlCache::upsertRecords(const RecordPage &records, QString *error)
{
    if (d->bulkTransaction) {
        QList<CacheChange> announce;
        if (!d->commitBulk(&announce, error))
            return false;
        for (const CacheChange &c : std::as_const(announce))
            Q_EMIT changed(c);
    }
    if (!d->db) {
        if (error)
            *error = tr("The offline cache is not open.");
        return false;
    }
    int rc = d->exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (rc == SQLITE_OK)
        rc = d->writeRecords(records);
    if (rc == SQLITE_OK)
        rc = d->writeTombstones(records.resource, records.tombstones);
    if (rc == SQLITE_OK)
        rc = d->exec(QStringLiteral("COMMIT"));
    if (rc != SQLITE_OK) {
        const QString why = writeFailure(d->db, rc);
        d->rollback();
        if (error)
            *error = why;
        return false;
    }
    CacheChange change;
    change.resource = records.resource;
    change.table = tableName(records.resource);
    change.upsertedIds = records.upsertIds();
    for (const Tombstone &t : records.tombstones)
        change.deletedIds.append(t.id);
    Q_EMIT changed(change);
    return true;
}

SyncState SqlCache::syncState(Resource resource)
{
    SyncState st;
    if (!d->db)
        return st;
    QSqlQuery &q = d->query(QStringLiteral("SELECT cursor, updated_since, etag, last_synced_at, "
                                           "full_sync_done, resume_cursor, resume_since FROM sync_state "
                                           "WHERE resource = ?"));
    q.bindValue(0, resourceName(resource));
    if (q.exec() && q.next()) {
        st.cursor = q.value(0).toString();
        st.updatedSince = q.value(1).toString();
        st.etag = q.value(2).toString();
        st.lastSyncedAt = timeFrom(q.value(3));
        st.fullSyncDone = q.value(4).toInt() != 0;
        st.resumeCursor = q.value(5).toString();
        st.resumeSince = q.value(6).toString();
    }
    q.finish();
    return st;
}

bool SqlCache::setSyncState(Resource resource, const SyncState &state, QString *error)
{
    if (!d->db)
        return false;
    int rc = d->writeSyncState(resource, state);
    if (rc != SQLITE_OK && error)
        *error = writeFailure(d->db, rc);
    return rc == SQLITE_OK;
}

bool SqlCache::isBulkLoading() const
{
    return d->bulk;
}

bool SqlCache::beginBulkLoad(QString *error)
{
    if (!d->db || d->bulk)
        return d->bulk;
    if (!d->lockBulk(error))
        return false;
    // A load whose loader died after this connection opened the file: finished first, so that its stored
    // DDL is not overwritten by the much shorter list of what is left to drop.
    if (!d->metaValue(QStringLiteral("bulk_load_ddl")).isEmpty()) {
        d->bulk = true;
        if (!finishBulkLoad(error) || !d->lockBulk(error))
            return false;
    }
    // Remember the exact DDL of what is dropped, with the table it belongs to, so finishBulkLoad() restores
    // whatever this schema version has (all at once, or one resource's tables at a time), and a crash in
    // between is repaired at the next open.
    QSqlQuery q(d->database());
    QJsonArray ddl;
    QStringList drops;
    // Dropped: the record tables' indexes, invoice_cash's except the one its per-invoice delete uses, the
    // search triggers, the derived tables' insert and update triggers (writeInvoiceDerived stands in).
    if (!q.exec(QStringLiteral(
            "SELECT type, name, sql, tbl_name FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index'"
            " AND (tbl_name IN ('tenants','phone_numbers','invoices','port_requests','users') OR (tbl_name ="
            " 'invoice_cash' AND name <> 'invoice_cash_by_invoice'))) OR (type = 'trigger' AND (name LIKE"
            " '%\\_fts\\_%' ESCAPE '\\' OR (name LIKE '%\\_derived\\_%' ESCAPE '\\' AND name NOT LIKE "
            "'%\\_ad'"
            " ESCAPE '\\'))))"))) {
        if (error)
            *error = q.lastError().text();
        d->unlockBulk();
        return false;
    }
    while (q.next()) {
        ddl.append(QJsonObject{{QStringLiteral("table"), q.value(3).toString()},
                               {QStringLiteral("sql"), q.value(2).toString()}});
        drops.append(QStringLiteral("DROP %1 IF EXISTS %2")
                         .arg(q.value(0).toString().toUpper(), q.value(1).toString()));
    }
    q.finish();
    int rc = d->exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (const QString &sql : std::as_const(drops)) {
        if (rc == SQLITE_OK)
            rc = d->exec(sql);
    }
    for (const QString &t : kSearchedTables) {
        if (rc == SQLITE_OK)
            rc = d->exec(QStringLiteral("DELETE FROM %1").arg(schema::ftsTableFor(t)));
        ddl.append(QJsonObject{{QStringLiteral("table"), t}, {QStringLiteral("search"), true}});
    }
    if (rc == SQLITE_OK &&
        !d->setMetaValue(QStringLiteral("bulk_load_ddl"),
                         QString::fromUtf8(QJsonDocument(ddl).toJson(QJsonDocument::Compact))))
        rc = SQLITE_ERROR;
    if (rc == SQLITE_OK)
        rc = d->exec(QStringLiteral("COMMIT"));
    if (rc != SQLITE_OK) {
        if (error)
            *error = writeFailure(d->db, rc);
        d->rollback();
        d->unlockBulk();
        return false;
    }
    d->finalizeStatements(); // prepared plans may refer to the dropped indexes
    d->bulk = true;
    d->restoredTables.clear();
    return true;
}

bool SqlCache::finishBulkLoad(QString *error)
{
    return finishBulk({}, error);
}

bool SqlCache::finishBulkLoadOf(Resource resource, QString *error)
{
    if (!d->bulk)
        return true;
    QStringList tables{tableName(resource)};
    if (resource == Resource::Invoices)
        tables << QStringLiteral("invoice_cash") << QStringLiteral("invoice_lines");
    return finishBulk(tables, error);
}

// Restores what beginBulkLoad() dropped: everything (`tables` empty, the load ends), or only the objects
// and search indexes of `tables` while the load goes on for the others.
bool SqlCache::finishBulk(const QStringList &tables, QString *error)
{
    if (!d->db)
        return false;
    const bool all = tables.isEmpty();
    const QString stored = d->metaValue(QStringLiteral("bulk_load_ddl"));
    // What to restore now and what stays for later. A load begun by an older version stored bare DDL
    // strings (no table): restored at the end, with every search index.
    QStringList restore, rebuild;
    QJsonArray keep;
    bool bareStrings = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(stored.toUtf8()).array()) {
        if (v.isString()) {
            bareStrings = true;
            if (all)
                restore.append(v.toString());
            else
                keep.append(v);
            continue;
        }
        const QJsonObject o = v.toObject();
        const QString table = o.value(QLatin1String("table")).toString();
        if (!all && !tables.contains(table)) {
            keep.append(o);
        } else if (o.value(QLatin1String("search")).toBool()) {
            rebuild.append(table);
        } else {
            restore.append(o.value(QLatin1String("sql")).toString());
        }
    }
    if (all && bareStrings)
        rebuild = kSearchedTables;
    // Nothing of these tables was dropped (a list without indexes of its own): the load goes on untouched.
    if (!all && restore.isEmpty() && rebuild.isEmpty())
        return true;
    QList<CacheChange> announce;
    if (!d->commitBulk(&announce, error))
        return false;
    for (const CacheChange &c : std::as_const(announce))
        Q_EMIT changed(c);
    if (stored.isEmpty()) { // every part was finished already
        d->bulk = false;
        d->unlockBulk();
        d->exec(QStringLiteral("PRAGMA optimize"));
        return true;
    }
    d->finalizeStatements();
    QElapsedTimer phase;
    phase.start();
    qint64 indexesMs = 0, searchMs = 0, commitMs = 0;
    // CREATE INDEX sorts every key of the table. With temp_store=MEMORY SQLite's sorter never writes a
    // sorted run: 300,000 keys went into one list sorted in one go, through memory far larger than the CPU's
    // caches. With temporary files allowed and a small page cache, it sorts runs of a few MB (the cache
    // size) and merges them, on a helper thread as well (threads=1): the invoices' 9 indexes took about
    // 40 % less time. The settings go back once the indexes are built (temp_store only outside a
    // transaction).
    const auto sortInRuns = [this](bool on) {
        d->exec(QStringLiteral("PRAGMA threads=%1").arg(on ? 1 : 0));
        d->exec(QStringLiteral("PRAGMA cache_size=-%1").arg(on ? kIndexBuildCacheKiB : kCacheSizeKiB));
    };
    d->exec(QStringLiteral("PRAGMA temp_store=DEFAULT"));
    const auto settingsBack = qScopeGuard([&] {
        sortInRuns(false);
        d->exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    });
    int rc = d->exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (rc == SQLITE_OK)
        sortInRuns(true);
    // A crash during a bulk load and then an upgrade: the migration may have recreated an object whose
    // older DDL is stored here; what the migration made stays.
    static const QRegularExpression create(
        QStringLiteral("^CREATE (UNIQUE INDEX|INDEX|TRIGGER) (?!IF NOT EXISTS)"));
    for (QString &sql : restore) {
        if (rc == SQLITE_OK)
            rc = d->exec(sql.replace(create, QStringLiteral("CREATE \\1 IF NOT EXISTS ")));
    }
    if (rc == SQLITE_OK)
        sortInRuns(false); // the search rebuild below wants the large cache
    indexesMs = phase.restart();
    for (const QString &t : std::as_const(rebuild)) {
        for (const QString &sql : schema::ftsRebuildStatements(t)) {
            if (rc == SQLITE_OK)
                rc = d->exec(sql);
        }
    }
    // The invoices' cash and line summaries were written with each page (writeInvoiceDerived); their
    // insert and update triggers come back with the DDL above, the delete trigger was never dropped.
    if (rc == SQLITE_OK) {
        const bool done = all || keep.isEmpty();
        if (done)
            rc = d->exec(QStringLiteral("DELETE FROM cache_meta WHERE key = 'bulk_load_ddl'"));
        else if (!d->setMetaValue(QStringLiteral("bulk_load_ddl"),
                                  QString::fromUtf8(QJsonDocument(keep).toJson(QJsonDocument::Compact))))
            rc = SQLITE_ERROR;
    }
    searchMs = phase.restart();
    if (rc == SQLITE_OK)
        rc = d->exec(QStringLiteral("COMMIT"));
    commitMs = phase.restart();
    if (rc != SQLITE_OK) {
        if (error)
            *error = writeFailure(d->db, rc);
        d->rollback();
        return false;
    }
    if (all) {
        d->bulk = false;
        d->unlockBulk();
        d->exec(QStringLiteral("PRAGMA optimize"));
    } else {
        for (const QString &t : tables)
            d->restoredTables.insert(t);
    }
    qCInfo(lcCache).noquote() << (all ? QStringLiteral("bulk load finished:")
                                      : QStringLiteral("bulk load of %1 finished:").arg(tables.join(u',')))
                              << "indexes" << indexesMs << "ms, search" << searchMs << "ms, commit"
                              << commitMs << "ms, optimize" << phase.elapsed() << "ms";
    for (Resource r : allResources()) {
        if (!all && !tables.contains(tableName(r)))
            continue;
        CacheChange change;
        change.resource = r;
        change.table = tableName(r);
        change.reset = true;
        Q_EMIT changed(change);
    }
    return true;
}

bool SqlCache::clearAll(QString *error)
{
    if (d->bulkTransaction) {
        QList<CacheChange> announce;
        if (!d->commitBulk(&announce, error))
            return false;
        for (const CacheChange &c : std::as_const(announce))
            Q_EMIT changed(c);
    }
    if (!d->db)
        return false;
    int rc = d->exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (Resource r : allResources()) {
        if (rc == SQLITE_OK)
            rc = d->exec(QStringLiteral("DELETE FROM %1").arg(tableName(r)));
    }
    if (rc == SQLITE_OK)
        rc = d->exec(QStringLiteral("DELETE FROM sync_state"));
    if (rc == SQLITE_OK)
        rc = d->exec(QStringLiteral("DELETE FROM documents"));
    if (rc == SQLITE_OK)
        rc = d->exec(QStringLiteral("COMMIT"));
    if (rc != SQLITE_OK) {
        if (error)
            *error = writeFailure(d->db, rc);
        d->rollback();
        return false;
    }
    for (Resource r : allResources()) {
        CacheChange change;
        change.resource = r;
        change.table = tableName(r);
        change.reset = true;
        Q_EMIT changed(change);
    }
    return true;
}

QList<qint64> SqlCache::searchRowIds(Resource resource, const QString &text, int limit)
{
    QList<qint64> out;
    QVariantList binds;
    const QString candidates = search::candidatesSql(tableName(resource), text, &binds);
    if (!d->db || candidates.isEmpty() || d->bulk)
        return out;
    QString sql = QStringLiteral("SELECT rid FROM (%1) ORDER BY rid").arg(candidates);
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery &q = d->query(sql);
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bindValue(int(i), binds.at(i));
    if (!q.exec()) {
        qCWarning(lcCache) << "search failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QStringList SqlCache::searchIds(Resource resource, const QString &text, int limit)
{
    const QList<qint64> rows = searchRowIds(resource, text, limit);
    QStringList ids;
    ids.reserve(rows.size());
    QSqlQuery &q = d->query(QStringLiteral("SELECT id FROM %1 WHERE row_id = ?").arg(tableName(resource)));
    for (qint64 row : rows) {
        q.bindValue(0, row);
        if (q.exec() && q.next())
            ids.append(q.value(0).toString());
        q.finish();
    }
    return ids;
}

qint64 SqlCache::count(Resource resource)
{
    if (!d->db)
        return 0;
    QSqlQuery &q = d->query(QStringLiteral("SELECT count(*) FROM %1").arg(tableName(resource)));
    qint64 n = 0;
    if (q.exec() && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

namespace {
// Runs a cached single-row lookup by id and hands the row to `read`.
template<typename T, typename F> std::optional<T> lookup(QSqlQuery &q, const QString &id, F read)
{
    q.bindValue(0, id);
    std::optional<T> out;
    if (q.exec() && q.next())
        out = read(q);
    q.finish();
    return out;
}
} // namespace

std::optional<Tenant> SqlCache::tenant(const QString &id)
{
    if (!d->db)
        return std::nullopt;
    auto t =
        lookup<Tenant>(d->query(QStringLiteral(
                           "SELECT id, name, sip_prefix, billing_email, default_cnam, timezone, status,"
                           " suspension_reason, e911_street, e911_city, e911_state, e911_zip, e911_country,"
                           " billing_profile_id, users_count, dids_count, extensions_count, created_at,"
                           " updated_at, cancelled_at FROM tenants WHERE id = ?")),
                       id, [](const QSqlQuery &q) {
                           Tenant t;
                           t.id = q.value(0).toString();
                           t.name = q.value(1).toString();
                           t.sipPrefix = q.value(2).toString();
                           t.billingEmail = q.value(3).toString();
                           t.defaultCnam = q.value(4).toString();
                           t.timezone = q.value(5).toString();
                           t.status = statusFrom<TenantStatus>(q.value(6).toString());
                           t.suspensionReason = q.value(7).toString();
                           t.e911Address = addressFrom(q, 8);
                           t.billingProfileId = q.value(13).toString();
                           t.counts.users = q.value(14).toLongLong();
                           t.counts.dids = q.value(15).toLongLong();
                           t.counts.extensions = q.value(16).toLongLong();
                           t.createdAt = timeFrom(q.value(17));
                           t.updatedAt = timeFrom(q.value(18));
                           t.cancelledAt = timeFrom(q.value(19));
                           return t;
                       });
    if (t) {
        if (auto l = tenantLimits(id))
            t->limits = l->limits;
    }
    return t;
}

std::optional<PhoneNumber> SqlCache::phoneNumber(const QString &id)
{
    if (!d->db)
        return std::nullopt;
    return lookup<PhoneNumber>(
        d->query(QStringLiteral("SELECT id, e164, type, tenant_id, status, call_flow, cnam, cnam_status,"
                                " e911_street, e911_city, e911_state, e911_zip, e911_country, e911_status,"
                                " e911_error, rate_center, region, monthly_cents, created_at, updated_at"
                                " FROM phone_numbers WHERE id = ?")),
        id, [](const QSqlQuery &q) {
            PhoneNumber n;
            n.id = q.value(0).toString();
            n.e164 = q.value(1).toString();
            n.type = q.value(2).toString();
            n.tenantId = q.value(3).toString();
            n.status = statusFrom<NumberStatus>(q.value(4).toString());
            n.callFlow = q.value(5).toString();
            n.cnam = q.value(6).toString();
            n.cnamStatus = statusFrom<CnamStatus>(q.value(7).toString());
            n.e911Address = addressFrom(q, 8);
            n.e911Status = statusFrom<E911Status>(q.value(13).toString());
            n.e911Error = q.value(14).toString();
            n.rateCenter = q.value(15).toString();
            n.region = q.value(16).toString();
            n.monthly = Money::fromCents(q.value(17).toLongLong());
            n.createdAt = timeFrom(q.value(18));
            n.updatedAt = timeFrom(q.value(19));
            return n;
        });
}

namespace {
QJsonArray jsonArrayFrom(const QVariant &v)
{
    return v.isNull() ? QJsonArray() : QJsonDocument::fromJson(v.toString().toUtf8()).array();
}
} // namespace

std::optional<Invoice> SqlCache::invoice(const QString &id)
{
    if (!d->db)
        return std::nullopt;
    return lookup<Invoice>(
        d->query(QStringLiteral(
            "SELECT id, number, tenant_id, status, currency, issue_date, due_date, period_start,"
            " period_end, subtotal_cents, tax_cents, total_cents, paid_cents, due_cents,"
            " refunded_cents, tax_rate, line_items_json, payments_json, refunds_json, paid_at,"
            " last_reminder_at, created_at, updated_at FROM invoices WHERE id = ?")),
        id, [](const QSqlQuery &q) {
            Invoice inv;
            inv.id = q.value(0).toString();
            inv.number = q.value(1).toString();
            inv.tenantId = q.value(2).toString();
            inv.status = statusFrom<InvoiceStatus>(q.value(3).toString());
            inv.currency = q.value(4).toString();
            inv.issueDate = dateFrom(q.value(5));
            inv.dueDate = dateFrom(q.value(6));
            inv.periodStart = dateFrom(q.value(7));
            inv.periodEnd = dateFrom(q.value(8));
            inv.subtotal = Money::fromCents(q.value(9).toLongLong(), inv.currency);
            inv.tax = Money::fromCents(q.value(10).toLongLong(), inv.currency);
            inv.total = Money::fromCents(q.value(11).toLongLong(), inv.currency);
            inv.paid = Money::fromCents(q.value(12).toLongLong(), inv.currency);
            inv.due = Money::fromCents(q.value(13).toLongLong(), inv.currency);
            inv.refunded = Money::fromCents(q.value(14).toLongLong(), inv.currency);
            inv.taxRate = q.value(15).toString();
            if (!q.value(16).isNull()) {
                QList<InvoiceLineItem> items;
                for (const QJsonValue &v : jsonArrayFrom(q.value(16))) {
                    const QJsonObject o = v.toObject();
                    InvoiceLineItem li;
                    li.kind = o.value(QLatin1String("kind")).toString();
                    li.description = o.value(QLatin1String("description")).toString();
                    li.quantity = o.value(QLatin1String("quantity")).toInteger();
                    li.unitPrice = Rate::parse(o.value(QLatin1String("unit_price")).toString(), inv.currency)
                                       .value_or(Rate::fromMicros(0, inv.currency));
                    li.amount =
                        Money::fromCents(o.value(QLatin1String("amount_cents")).toInteger(), inv.currency);
                    items.append(li);
                }
                inv.lineItems = items;
            }
            for (const QJsonValue &v : jsonArrayFrom(q.value(17))) {
                const QJsonObject o = v.toObject();
                inv.payments.append(
                    {o.value(QLatin1String("id")).toString(),
                     Money::fromCents(o.value(QLatin1String("amount_cents")).toInteger(), inv.currency),
                     o.value(QLatin1String("method")).toString(), o.value(QLatin1String("note")).toString(),
                     RecordDecoder::parseTimestamp(o.value(QLatin1String("paid_at")).toString())
                         .value_or(QDateTime())});
            }
            for (const QJsonValue &v : jsonArrayFrom(q.value(18))) {
                const QJsonObject o = v.toObject();
                inv.refunds.append(
                    {o.value(QLatin1String("id")).toString(),
                     Money::fromCents(o.value(QLatin1String("amount_cents")).toInteger(), inv.currency),
                     o.value(QLatin1String("reason")).toString(),
                     RecordDecoder::parseTimestamp(o.value(QLatin1String("created_at")).toString())
                         .value_or(QDateTime())});
            }
            inv.paidAt = timeFrom(q.value(19));
            inv.lastReminderAt = timeFrom(q.value(20));
            inv.createdAt = timeFrom(q.value(21));
            inv.updatedAt = timeFrom(q.value(22));
            return inv;
        });
}

std::optional<PortRequest> SqlCache::portRequest(const QString &id)
{
    if (!d->db)
        return std::nullopt;
    return lookup<PortRequest>(
        d->query(
            QStringLiteral("SELECT id, status, tenant_id, numbers_json, current_carrier, account_holder_name,"
                           " account_number, pin_set, service_address_json, desired_date, foc_date,"
                           " rejection_code, rejection_reason, rejection_fix, documents_json,"
                           " status_history_json, created_at, updated_at FROM port_requests WHERE id = ?")),
        id, [](const QSqlQuery &q) {
            PortRequest p;
            p.id = q.value(0).toString();
            p.status = statusFrom<PortStatus>(q.value(1).toString());
            p.tenantId = q.value(2).toString();
            for (const QJsonValue &v : jsonArrayFrom(q.value(3)))
                p.numbers.append(v.toString());
            p.currentCarrier = q.value(4).toString();
            p.accountHolderName = q.value(5).toString();
            p.accountNumber = q.value(6).toString();
            p.pinSet = q.value(7).toInt() != 0;
            if (!q.value(8).isNull())
                p.serviceAddress =
                    addressFromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
            p.desiredDate = dateFrom(q.value(9));
            p.focDate = dateFrom(q.value(10));
            p.rejectionCode = q.value(11).toString();
            p.rejectionReason = q.value(12).toString();
            p.rejectionFix = q.value(13).toString();
            p.documents = jsonArrayFrom(q.value(14));
            if (!q.value(15).isNull()) {
                QList<PortStatusChange> history;
                for (const QJsonValue &v : jsonArrayFrom(q.value(15))) {
                    const QJsonObject o = v.toObject();
                    PortStatusChange c;
                    c.status = statusFrom<PortStatus>(o.value(QLatin1String("status")).toString());
                    c.at = RecordDecoder::parseTimestamp(o.value(QLatin1String("at")).toString())
                               .value_or(QDateTime());
                    c.note = o.value(QLatin1String("note")).toString();
                    c.actor = o.value(QLatin1String("actor")).toString();
                    history.append(c);
                }
                p.statusHistory = history;
            }
            p.createdAt = timeFrom(q.value(16));
            p.updatedAt = timeFrom(q.value(17));
            return p;
        });
}

std::optional<User> SqlCache::user(const QString &id)
{
    if (!d->db)
        return std::nullopt;
    return lookup<User>(d->query(QStringLiteral("SELECT id, email, name, role, status, email_verified,"
                                                " two_factor_enabled, last_login_at, created_at, updated_at"
                                                " FROM users WHERE id = ?")),
                        id, [](const QSqlQuery &q) {
                            User u;
                            u.id = q.value(0).toString();
                            u.email = q.value(1).toString();
                            u.name = q.value(2).toString();
                            u.role = statusFrom<UserRole>(q.value(3).toString());
                            u.status = q.value(4).toString();
                            u.emailVerified = q.value(5).toInt() != 0;
                            u.twoFactorEnabled = q.value(6).toInt() != 0;
                            u.lastLoginAt = timeFrom(q.value(7));
                            u.createdAt = timeFrom(q.value(8));
                            u.updatedAt = timeFrom(q.value(9));
                            return u;
                        });
}

std::optional<PartnerBranding> SqlCache::branding()
{
    if (!d->db)
        return std::nullopt;
    return lookup<PartnerBranding>(
        d->query(QStringLiteral("SELECT brand_name, primary_color, from_email, support_email, logo_set,"
                                " logo_content_type, updated_at FROM partner_branding WHERE id = ?")),
        brandingRecordId(), [](const QSqlQuery &q) {
            PartnerBranding b;
            b.brandName = q.value(0).toString();
            b.primaryColor = q.value(1).toString();
            b.fromEmail = q.value(2).toString();
            b.supportEmail = q.value(3).toString();
            b.logoSet = q.value(4).toInt() != 0;
            b.logoContentType = q.value(5).toString();
            b.updatedAt = timeFrom(q.value(6));
            return b;
        });
}

std::optional<TenantLimits> SqlCache::tenantLimits(const QString &tenantId)
{
    if (!d->db)
        return std::nullopt;
    return lookup<TenantLimits>(
        d->query(QStringLiteral(
            "SELECT id, monthly_spend_cents, max_extensions, max_dids, max_monthly_minutes,"
            " alert_threshold_percent, auto_suspend, updated_at FROM tenant_limits WHERE id = ?")),
        tenantId, [](const QSqlQuery &q) {
            auto opt = [&q](int i) -> std::optional<qint64> {
                return q.value(i).isNull() ? std::nullopt : std::optional<qint64>(q.value(i).toLongLong());
            };
            TenantLimits l;
            l.tenantId = q.value(0).toString();
            l.limits.monthlySpendCents = opt(1);
            l.limits.maxExtensions = opt(2);
            l.limits.maxDids = opt(3);
            l.limits.maxMonthlyMinutes = opt(4);
            l.limits.alertThresholdPercent = q.value(5).toInt();
            l.limits.autoSuspend = q.value(6).toInt() != 0;
            l.updatedAt = timeFrom(q.value(7));
            return l;
        });
}

std::optional<TenantUsage> SqlCache::tenantUsage(const QString &tenantId)
{
    if (!d->db)
        return std::nullopt;
    return lookup<TenantUsage>(
        d->query(QStringLiteral(
            "SELECT id, period_start, period_end, minutes_local, minutes_toll_free, meters_json,"
            " updated_at FROM tenant_usage WHERE id = ?")),
        tenantId, [](const QSqlQuery &q) {
            TenantUsage u;
            u.tenantId = q.value(0).toString();
            u.periodStart = dateFrom(q.value(1));
            u.periodEnd = dateFrom(q.value(2));
            u.minutesLocal = q.value(3).toLongLong();
            u.minutesTollFree = q.value(4).toLongLong();
            const QJsonObject meters = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
            u.spendCents = meterFromJson(meters.value(QLatin1String("spend_cents")).toObject());
            u.extensions = meterFromJson(meters.value(QLatin1String("extensions")).toObject());
            u.dids = meterFromJson(meters.value(QLatin1String("dids")).toObject());
            u.minutes = meterFromJson(meters.value(QLatin1String("minutes")).toObject());
            const QJsonArray alerts = meters.value(QLatin1String("alerts")).toArray();
            for (const QJsonValue &v : alerts) {
                UsageAlert a;
                a.meter = v[QLatin1String("meter")].toString();
                a.level = v[QLatin1String("level")].toString();
                a.used = v[QLatin1String("used")].toInteger();
                a.limit = v[QLatin1String("limit")].toInteger();
                a.at = QDateTime::fromMSecsSinceEpoch(v[QLatin1String("at")].toInteger(), Qt::UTC);
                u.alerts.append(std::move(a));
            }
            u.updatedAt = timeFrom(q.value(6));
            return u;
        });
}

std::optional<CachedDocument> SqlCache::document(const QString &path)
{
    if (!d->db)
        return std::nullopt;
    QSqlQuery &q =
        d->query(QStringLiteral("SELECT body, content_type, etag, fetched_at FROM documents WHERE path = ?"));
    q.addBindValue(path);
    if (!q.exec() || !q.next()) {
        q.finish();
        return std::nullopt;
    }
    CachedDocument doc;
    doc.path = path;
    doc.body = q.value(0).toByteArray();
    doc.contentType = q.value(1).toString();
    doc.etag = q.value(2).toString();
    doc.fetchedAt = timeFrom(q.value(3));
    q.finish();
    return doc;
}

bool SqlCache::storeDocument(const CachedDocument &document, QString *error)
{
    if (!d->db || document.path.isEmpty()) {
        if (error)
            *error = tr("The offline cache is not open.");
        return false;
    }
    QSqlQuery &q = d->query(QStringLiteral("INSERT INTO documents(path, body, content_type, etag, fetched_at)"
                                           " VALUES(?, ?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET"
                                           " body = excluded.body, content_type = excluded.content_type,"
                                           " etag = excluded.etag, fetched_at = excluded.fetched_at"));
    q.addBindValue(document.path);
    q.addBindValue(document.body.isNull() ? QByteArray("") : document.body);
    q.addBindValue(document.contentType);
    q.addBindValue(document.etag);
    const QDateTime at = document.fetchedAt.isValid() ? document.fetchedAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(at.toMSecsSinceEpoch());
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        q.finish();
        return false;
    }
    q.finish();
    Q_EMIT documentChanged(document.path);
    return true;
}

bool SqlCache::recordEvent(const LocalEvent &event, QString *error)
{
    if (!d->db || event.kind.isEmpty() || event.key.isEmpty()) {
        if (error)
            *error = tr("The offline cache is not open.");
        return false;
    }
    QSqlQuery &q = d->query(QStringLiteral(
        "INSERT OR IGNORE INTO local_events(kind, key, subject_id, title, detail, created_at, seen)"
        " VALUES(?, ?, ?, ?, ?, ?, ?)"));
    const QDateTime at = event.createdAt.isValid() ? event.createdAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(event.kind);
    q.addBindValue(event.key);
    q.addBindValue(event.subjectId);
    q.addBindValue(event.title);
    q.addBindValue(event.detail);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(event.seen ? 1 : 0);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        q.finish();
        return false;
    }
    const bool isNew = q.numRowsAffected() > 0;
    const qint64 id = q.lastInsertId().toLongLong();
    q.finish();
    if (isNew) {
        LocalEvent stored = event;
        stored.id = id;
        stored.createdAt = at;
        Q_EMIT eventRecorded(stored);
    }
    return isNew;
}

QList<LocalEvent> SqlCache::events(const QString &kind, int limit)
{
    QList<LocalEvent> out;
    if (!d->db)
        return out;
    QSqlQuery &q = d->query(
        QStringLiteral("SELECT id, kind, key, subject_id, title, detail, created_at, seen FROM local_events"
                       " WHERE (? = '' OR kind = ?) ORDER BY created_at DESC, id DESC LIMIT ?"));
    const QString k = kind.isNull() ? QString(QLatin1String("")) : kind;
    q.addBindValue(k);
    q.addBindValue(k);
    q.addBindValue(limit < 0 ? -1 : limit);
    if (q.exec()) {
        while (q.next()) {
            LocalEvent e;
            e.id = q.value(0).toLongLong();
            e.kind = q.value(1).toString();
            e.key = q.value(2).toString();
            e.subjectId = q.value(3).toString();
            e.title = q.value(4).toString();
            e.detail = q.value(5).toString();
            e.createdAt = timeFrom(q.value(6));
            e.seen = q.value(7).toInt() != 0;
            out.append(e);
        }
    }
    q.finish();
    return out;
}

bool SqlCache::markEventsSeen(const QString &kind, QString *error)
{
    if (!d->db)
        return false;
    QSqlQuery &q = d->query(QStringLiteral("UPDATE local_events SET seen = 1 WHERE ? = '' OR kind = ?"));
    const QString k = kind.isNull() ? QString(QLatin1String("")) : kind;
    q.addBindValue(k);
    q.addBindValue(k);
    const bool ok = q.exec();
    if (!ok && error)
        *error = q.lastError().text();
    q.finish();
    return ok;
}

} // namespace simuwave::cache
