// /v1/invoices: tenant invoices with line items, tax and totals in integer cents, payments and refunds,
// the overdue lifecycle on the sandbox clock, and the seed (demo: 18 months per tenant in every status;
// large: 60 months x every tenant = ~300,000 invoices in the one seeding transaction).
//
// Money rules (checked by tests/sandbox/tst_invoices.cpp for every seeded invoice):
//   line amount_cents = unit_price x quantity, half-up to the cent (domain Rate::times)
//   subtotal_cents    = sum of line amount_cents
//   tax_cents         = subtotal_cents x tax rate, half-up (domain applyTaxPpm); 0 without an enabled
//                       jurisdiction for the tenant at creation time
//   total_cents       = subtotal_cents + tax_cents
//   paid_cents        = sum(payments) - sum(refunds) = net cash kept;  refunded_cents = sum(refunds)
//   due_cents         = 0 for paid and cancelled invoices, else max(0, total_cents - paid_cents)
// Statuses: draft -> sent -> partially_paid -> paid; sent/partially_paid become overdue once the sandbox
// date is after due_date (a ticker stores it, with updated_at, so delta sync sees the change); a draft
// can be voided (cancelled). A refund never exceeds paid_cents and leaves the status unchanged.
#include "core/BodyReader.h"
#include "core/JsonRow.h"
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/SqlStatement.h"
#include "core/Wire.h"
#include "domain/Tax.h"
#include "resources/BillingCommon.h"
#include "resources/Resources.h"

#include <ctime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSandboxBilling, "simuwave.sandbox.billing")

namespace simuwave::sandbox {

using billing::tr;

static const QString InvoiceColumns = QStringLiteral(
    "number, tenant_id, tenant_name, sip_prefix, status, issue_date, due_date, period_start, period_end, "
    "line_items, subtotal_cents, tax_jurisdiction_id, tax_rate_ppm, tax_cents, total_cents, paid_cents, "
    "refunded_cents, payments, refunds, paid_at, last_reminder_at, created_at");

static const QStringList InvoiceStatuses{QStringLiteral("draft"),          QStringLiteral("sent"),
                                         QStringLiteral("partially_paid"), QStringLiteral("paid"),
                                         QStringLiteral("overdue"),        QStringLiteral("cancelled")};

static QJsonArray jsonArray(const QString &text)
{
    return text.isEmpty() ? QJsonArray() : QJsonDocument::fromJson(text.toUtf8()).array();
}

// The fields of a row selected as "id, updated_at, deleted, " + InvoiceColumns (see core/JsonRow.h).
static void invoiceFields(const SqlStatement &q, JsonRow &row)
{
    const QByteArrayView status = q.utf8(7);
    const qint64 total = q.integer(17), paid = q.integer(18);
    const qint64 due = (status == "paid" || status == "cancelled") ? 0 : std::max<qint64>(0, total - paid);
    row.publicId("id", "inv", q.integer(0));
    row.utf8("number", q.utf8(3));
    row.publicId("tenant_id", "tnt", q.integer(4));
    row.utf8("tenant_name", q.utf8(5));
    row.utf8("sip_prefix", q.utf8(6));
    row.utf8("status", status);
    row.utf8("issue_date", q.utf8(8));
    row.utf8("due_date", q.utf8(9));
    row.utf8("period_start", q.utf8(10));
    row.utf8("period_end", q.utf8(11));
    row.utf8("currency", "USD");
    row.storedJson("line_items", q.utf8(12), "[]");
    row.integer("subtotal_cents", q.integer(13));
    if (q.isNull(14))
        row.null("tax_jurisdiction_id");
    else
        row.publicId("tax_jurisdiction_id", "tax", q.integer(14));
    if (q.isNull(15))
        row.null("tax_rate");
    else
        row.string("tax_rate", taxRatePpmToDecimalString(q.integer(15)));
    row.integer("tax_cents", q.integer(16));
    row.integer("total_cents", total);
    row.integer("paid_cents", paid);
    row.integer("due_cents", due);
    row.integer("refunded_cents", q.integer(19));
    row.storedJson("payments", q.utf8(20), "[]");
    row.storedJson("refunds", q.utf8(21), "[]");
    row.timeOrNull("paid_at", q.integer(22));
    row.timeOrNull("last_reminder_at", q.integer(23));
    row.time("created_at", q.integer(24));
    row.time("updated_at", q.integer(1));
}

static QJsonObject invoiceJson(const SqlStatement &q)
{
    JsonRow row;
    invoiceFields(q, row);
    return row.object();
}

struct InvoiceRow
{
    qint64 id = 0, tenantId = 0, total = 0, paid = 0, refunded = 0, paidAt = 0;
    QString status, dueDate, payments, refunds;
};

static std::optional<InvoiceRow> loadRow(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    if (id <= 0 ||
        !ctx.exec(
            q,
            QStringLiteral("SELECT id, tenant_id, total_cents, paid_cents, refunded_cents, paid_at, status, "
                           "due_date, payments, refunds FROM invoices WHERE id = ? AND deleted = 0"),
            {id}) ||
        !q.next())
        return std::nullopt;
    return InvoiceRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                      q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                      q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString(),
                      q.value(9).toString()};
}

static QJsonObject invoiceById(SandboxContext &ctx, qint64 id)
{
    SqlStatement q(ctx.db(), QStringLiteral("SELECT id, updated_at, deleted, ") + InvoiceColumns +
                                 QStringLiteral(" FROM invoices WHERE id = ?"));
    if (!q.select({id}) || !q.next())
        return {};
    return invoiceJson(q);
}

// The invoice the path names, with the key's tenant scope applied; or the 404/403 to answer.
static std::variant<InvoiceRow, ApiResponse> requireInvoice(const ApiRequest &req, SandboxContext &ctx)
{
    const QString pub = req.pathParam(QStringLiteral("id"));
    const auto row = loadRow(ctx, wire::rowId(u"inv", pub));
    if (!row)
        return errors::notFound(QStringLiteral("invoice"), pub);
    if (auto denied = ctx.requireTenant(req, row->tenantId, wire::publicId(u"tnt", row->tenantId)))
        return *denied;
    return *row;
}

static ApiResponse listInvoices(ApiRequest &req, SandboxContext &ctx)
{
    ListSpec spec;
    spec.table = QStringLiteral("invoices");
    spec.columns = InvoiceColumns;
    spec.idPrefix = QStringLiteral("inv");
    spec.rawRow = JsonRow::rawWriter(&invoiceFields);
    QList<QPair<QString, QString>> bad;
    if (req.hasQuery(QStringLiteral("status"))) {
        const QString st = req.queryValue(QStringLiteral("status"));
        if (!InvoiceStatuses.contains(st))
            bad.append({QStringLiteral("status"),
                        tr("status must be one of %1.").arg(InvoiceStatuses.join(QStringLiteral(", ")))});
        spec.conditions << QStringLiteral("status = ?");
        spec.binds << st;
    }
    if (req.hasQuery(QStringLiteral("tenant_id"))) {
        const qint64 t = wire::rowId(u"tnt", req.queryValue(QStringLiteral("tenant_id")));
        if (t <= 0)
            bad.append({QStringLiteral("tenant_id"), tr("tenant_id must be a tenant id (tnt_...).")});
        spec.conditions << QStringLiteral("tenant_id = ?");
        spec.binds << t;
    }
    if (req.hasQuery(QStringLiteral("q"))) {
        const QString text = req.queryValue(QStringLiteral("q")).trimmed();
        if (text.size() > 100)
            bad.append({QStringLiteral("q"), tr("q must be at most 100 characters.")});
        if (!text.isEmpty()) {
            QString pattern = text;
            pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                .replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
            spec.conditions << QStringLiteral(
                "(number LIKE ? ESCAPE '\\' OR tenant_name LIKE ? ESCAPE '\\' OR "
                "sip_prefix LIKE ? ESCAPE '\\')");
            spec.binds << pattern << pattern << pattern;
        }
    }
    for (const char *name : {"issue_date_from", "issue_date_to"}) {
        const QString field = QLatin1String(name);
        if (!req.hasQuery(field))
            continue;
        const auto d = billing::parseIsoDate(req.queryValue(field));
        if (!d)
            bad.append({field, tr("%1 must be a date like 2026-05-01.").arg(field)});
        spec.conditions << (field.endsWith(QLatin1String("from")) ? QStringLiteral("issue_date >= ?")
                                                                  : QStringLiteral("issue_date <= ?"));
        spec.binds << (d ? billing::isoDate(*d) : QString());
    }
    if (!bad.isEmpty())
        return errors::validation(bad);
    if (req.principal.isTenantScoped()) {
        QStringList ids;
        for (qint64 t : req.principal.tenantScope)
            ids << QString::number(t);
        spec.conditions << QStringLiteral("tenant_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    return listPage(req, ctx, spec);
}

static ApiResponse getInvoice(ApiRequest &req, SandboxContext &ctx)
{
    auto r = requireInvoice(req, ctx);
    if (auto *resp = std::get_if<ApiResponse>(&r))
        return *resp;
    return ApiResponse::ok(invoiceById(ctx, std::get<InvoiceRow>(r).id));
}

static QString appendJson(const QString &arrayText, const QJsonObject &item)
{
    QJsonArray a = jsonArray(arrayText);
    a.append(item);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

static bool isPastDue(SandboxContext &ctx, const InvoiceRow &row)
{
    return row.dueDate < billing::isoDate(billing::dateOf(ctx.nowMs()));
}

static ApiResponse markPaid(ApiRequest &req, SandboxContext &ctx)
{
    auto r = requireInvoice(req, ctx);
    if (auto *resp = std::get_if<ApiResponse>(&r))
        return *resp;
    const InvoiceRow row = std::get<InvoiceRow>(r);
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    body.rejectUnknown({QStringLiteral("amount_cents"), QStringLiteral("note")});
    const auto amount = body.integer(QStringLiteral("amount_cents"));
    const auto note = body.string(QStringLiteral("note"));
    if (note && note->size() > 500)
        body.addError(QStringLiteral("note"), tr("note must be at most 500 characters."));
    if (!body.ok())
        return body.errorResponse();
    if (row.status == QLatin1String("draft") || row.status == QLatin1String("paid") ||
        row.status == QLatin1String("cancelled"))
        return errors::conflict(
            QStringLiteral("invalid_status"),
            tr("Only sent, partially paid or overdue invoices can be marked paid (this one is %1).")
                .arg(row.status));
    const qint64 due = std::max<qint64>(0, row.total - row.paid);
    const qint64 pay = amount.value_or(due);
    if (pay <= 0 || pay > due)
        return errors::validationField(
            QStringLiteral("amount_cents"),
            tr("amount_cents must be from 1 to the amount due (%1 cents).").arg(due));
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral(
                "INSERT INTO invoice_payments(invoice_id, tenant_id, kind, amount_cents, method, note, at) "
                "VALUES(?,?,'payment',?,'manual',?,?)"),
            {row.id, row.tenantId, pay, note ? QVariant(*note) : QVariant(), now}))
        return billing::internalError();
    const qint64 payId = q.lastInsertId().toLongLong();
    const QJsonObject payment{
        {QStringLiteral("id"), wire::publicId(u"pay", payId)},
        {QStringLiteral("amount_cents"), pay},
        {QStringLiteral("method"), QStringLiteral("manual")},
        {QStringLiteral("note"), note ? QJsonValue(*note) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("paid_at"), wire::isoTime(now)}};
    const bool full = pay == due;
    const QString status =
        full ? QStringLiteral("paid")
             : (isPastDue(ctx, row) ? QStringLiteral("overdue") : QStringLiteral("partially_paid"));
    if (!ctx.exec(
            q,
            QStringLiteral("UPDATE invoices SET paid_cents = paid_cents + ?, payments = ?, status = ?, "
                           "paid_at = CASE WHEN ? THEN ? ELSE paid_at END, updated_at = ? WHERE id = ?"),
            {pay, appendJson(row.payments, payment), status, full ? 1 : 0, now, now, row.id}))
        return billing::internalError();
    return ApiResponse::ok(invoiceById(ctx, row.id));
}

static ApiResponse refund(ApiRequest &req, SandboxContext &ctx)
{
    auto r = requireInvoice(req, ctx);
    if (auto *resp = std::get_if<ApiResponse>(&r))
        return *resp;
    const InvoiceRow row = std::get<InvoiceRow>(r);
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    body.rejectUnknown({QStringLiteral("amount_cents"), QStringLiteral("reason")});
    const auto amount = body.integer(QStringLiteral("amount_cents"), true);
    const auto reason = body.string(QStringLiteral("reason"));
    if (reason && reason->size() > 500)
        body.addError(QStringLiteral("reason"), tr("reason must be at most 500 characters."));
    if (!body.ok())
        return body.errorResponse();
    if (row.paid <= 0)
        return errors::conflict(QStringLiteral("invalid_status"),
                                tr("Nothing was paid on this invoice, so nothing can be refunded."));
    if (*amount <= 0 || *amount > row.paid)
        return errors::validationField(
            QStringLiteral("amount_cents"),
            tr("amount_cents must be from 1 to what was paid and not yet refunded (%1 cents).")
                .arg(row.paid));
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral(
                "INSERT INTO invoice_payments(invoice_id, tenant_id, kind, amount_cents, method, note, at) "
                "VALUES(?,?,'refund',?,NULL,?,?)"),
            {row.id, row.tenantId, -*amount, reason ? QVariant(*reason) : QVariant(), now}))
        return billing::internalError();
    const QJsonObject item{
        {QStringLiteral("id"), wire::publicId(u"ref", q.lastInsertId().toLongLong())},
        {QStringLiteral("amount_cents"), *amount},
        {QStringLiteral("reason"), reason ? QJsonValue(*reason) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), wire::isoTime(now)}};
    if (!ctx.exec(q,
                  QStringLiteral(
                      "UPDATE invoices SET paid_cents = paid_cents - ?, refunded_cents = refunded_cents + ?, "
                      "refunds = ?, updated_at = ? WHERE id = ?"),
                  {*amount, *amount, appendJson(row.refunds, item), now, row.id}))
        return billing::internalError();
    return ApiResponse::ok(invoiceById(ctx, row.id));
}

static ApiResponse voidInvoice(ApiRequest &req, SandboxContext &ctx)
{
    auto r = requireInvoice(req, ctx);
    if (auto *resp = std::get_if<ApiResponse>(&r))
        return *resp;
    const InvoiceRow row = std::get<InvoiceRow>(r);
    if (row.status != QLatin1String("draft"))
        return errors::conflict(QStringLiteral("invalid_status"),
                                tr("Only a draft invoice can be voided (this one is %1).").arg(row.status));
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q, QStringLiteral("UPDATE invoices SET status = 'cancelled', updated_at = ? WHERE id = ?"),
                  {ctx.nowMs(), row.id}))
        return billing::internalError();
    return ApiResponse::ok(invoiceById(ctx, row.id));
}

static ApiResponse sendReminder(ApiRequest &req, SandboxContext &ctx)
{
    auto r = requireInvoice(req, ctx);
    if (auto *resp = std::get_if<ApiResponse>(&r))
        return *resp;
    const InvoiceRow row = std::get<InvoiceRow>(r);
    if (row.status != QLatin1String("sent") && row.status != QLatin1String("partially_paid") &&
        row.status != QLatin1String("overdue"))
        return errors::conflict(
            QStringLiteral("invalid_status"),
            tr("Reminders are only sent for unpaid invoices (this one is %1).").arg(row.status));
    QSqlQuery q(ctx.db());
    const qint64 now = ctx.nowMs();
    if (!ctx.exec(q, QStringLiteral("UPDATE invoices SET last_reminder_at = ?, updated_at = ? WHERE id = ?"),
                  {now, now, row.id}))
        return billing::internalError();
    return ApiResponse::ok(invoiceById(ctx, row.id));
}

// Open invoices whose due date has passed on the sandbox clock become overdue.
static void overdueTicker(SandboxContext &ctx, qint64 nowMs)
{
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral("UPDATE invoices SET status = 'overdue', updated_at = ? WHERE status IN "
                            "('sent','partially_paid') AND due_date < ?"),
             {nowMs, billing::isoDate(billing::dateOf(nowMs))});
}

// ---- seeding -----------------------------------------------------------------------------------

namespace {

struct Profile
{
    qint64 id = 0;
    QString name, model;
    qint64 base = 0, inclExt = 0, inclDids = 0, inclMin = 0, ext = 0, didLocal = 0, didTf = 0, perMinute = 0;
};

struct SeedTenant
{
    qint64 id = 0;
    QString name, sip, status;
    qint64 createdAt = 0, cancelledAt = 0;
    qint64 extensions = 0, localDids = 0, tfDids = 0, minutesBase = 0;
    int profile = 0;   // index into the profile list
    QString profileId; // tenants.billing_profile_id as seeded by the tenants resource (bp_...) or empty
    qint64 taxId = 0, taxPpm = 0;
};

struct Line
{
    const char *kind;
    QString description;
    qint64 quantity, unitMicros, amount;
};

void appendJsonString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\';
        if (c.unicode() < 0x20)
            continue;
        out += QString(c).toUtf8();
    }
    out += '"';
}

QByteArray linesJson(const QList<Line> &lines)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &l = lines.at(i);
        if (i)
            out += ',';
        out += "{\"kind\":\"";
        out += l.kind;
        out += "\",\"description\":";
        appendJsonString(out, l.description);
        out += ",\"quantity\":" + QByteArray::number(l.quantity) + ",\"unit_price\":\"" +
               billing::microsToDecimal(l.unitMicros).toLatin1() +
               "\",\"amount_cents\":" + QByteArray::number(l.amount) + '}';
    }
    out += ']';
    return out;
}

QString monthLabel(const QDate &d)
{
    static const char *const names[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
    return QStringLiteral("%1 %2").arg(QLatin1String(names[d.month() - 1])).arg(d.year());
}

} // namespace

static bool seedInvoices(SeedContext &s)
{
    if (s.profile != QLatin1String("demo") && s.profile != QLatin1String("large"))
        return true;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock(); // CPU time too: wall time depends on the machine's load
    const bool large = s.profile == QLatin1String("large");
    int months = 18;
    const qint64 day = 86400000LL;
    QSqlQuery q(s.db);
    q.setForwardOnly(true);

    QList<Profile> profiles;
    if (!s.exec(q, QStringLiteral(
                       "SELECT id, name, pricing_model, monthly_base_cents, included_extensions, "
                       "included_dids, included_minutes, extension_rate_micros, did_local_rate_micros, "
                       "did_toll_free_rate_micros, per_minute_rate_micros FROM billing_profiles "
                       "WHERE deleted = 0 ORDER BY id")))
        return false;
    while (q.next())
        profiles.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                         q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong(),
                         q.value(9).toLongLong(), q.value(10).toLongLong()});
    auto profileIndex = [&](const char *name) {
        for (qsizetype i = 0; i < profiles.size(); ++i)
            if (profiles.at(i).name == QLatin1String(name))
                return int(i);
        return 0;
    };
    const int trialProfile = profileIndex("Free Trial");
    // The mix of the guide's profiles across tenants (weights out of 20).
    const int mix[20] = {profileIndex("Pay-As-You-Go"),     profileIndex("Pay-As-You-Go"),
                         profileIndex("Pay-As-You-Go"),     profileIndex("Pay-As-You-Go"),
                         profileIndex("Pay-As-You-Go"),     profileIndex("Flat Rate Starter"),
                         profileIndex("Flat Rate Starter"), profileIndex("Flat Rate Starter"),
                         profileIndex("Flat Rate Starter"), profileIndex("Small Office"),
                         profileIndex("Small Office"),      profileIndex("Small Office"),
                         profileIndex("Small Office"),      profileIndex("Small Office"),
                         profileIndex("Growing Business"),  profileIndex("Growing Business"),
                         profileIndex("Growing Business"),  profileIndex("Enterprise"),
                         profileIndex("Enterprise"),        profileIndex("Small Office")};

    QList<QPair<qint64, qint64>> taxes; // id, ppm of enabled jurisdictions
    if (!s.exec(
            q,
            QStringLiteral(
                "SELECT id, rate_ppm FROM tax_jurisdictions WHERE deleted = 0 AND enabled = 1 ORDER BY id")))
        return false;
    while (q.next())
        taxes.append({q.value(0).toLongLong(), q.value(1).toLongLong()});

    // Tenants, read by column name so that the tenants table may carry more (or fewer optional) columns.
    const QSet<QString> cols = billing::tenantColumns(s.db);
    if (cols.isEmpty())
        return true; // no tenants resource, nothing to invoice
    auto col = [&](const char *name, const char *fallback) {
        return cols.contains(QLatin1String(name)) ? QStringLiteral("t.") + QLatin1String(name)
                                                  : QLatin1String(fallback);
    };
    const QString tenantSql =
        QStringLiteral("SELECT t.id, t.name, %1, t.status, t.created_at, %2, %3, %4, %5 FROM tenants t WHERE "
                       "t.deleted = 0 "
                       "ORDER BY t.id")
            .arg(col("sip_prefix", "''"), billing::tenantCancelledExpr(s.db), col("extensions_count", "0"),
                 col("dids_count", "0"), col("billing_profile_id", "NULL"));
    if (!s.exec(q, tenantSql))
        return false;
    QList<SeedTenant> tenants;
    while (q.next()) {
        SeedTenant t;
        t.id = q.value(0).toLongLong();
        t.name = q.value(1).toString();
        t.sip = q.value(2).toString();
        t.status = q.value(3).toString();
        t.createdAt = q.value(4).toLongLong();
        t.cancelledAt = q.value(5).toLongLong();
        t.extensions = q.value(6).toLongLong();
        t.localDids = q.value(7).toLongLong();
        t.profileId = q.value(8).toString();
        tenants.append(t);
    }
    if (tenants.isEmpty())
        return true;

    QSqlQuery link(s.db), link2(s.db);
    for (qsizetype i = 0; i < tenants.size(); ++i) {
        SeedTenant &t = tenants[i];
        t.profile = t.status == QLatin1String("TRIAL") ? trialProfile : mix[s.rng.bounded(20)];
        if (t.extensions <= 0)
            t.extensions = 2 + s.rng.bounded(38);
        if (t.localDids <= 0)
            t.localDids = 1 + s.rng.bounded(8);
        t.tfDids = s.rng.bounded(10) < 2 ? 1 + s.rng.bounded(2) : 0;
        t.minutesBase = t.extensions * (60 + s.rng.bounded(120));
        const int taxPick = taxes.isEmpty() ? -1 : int(s.rng.bounded(int(taxes.size()) + 2)) - 2;
        if (taxPick >= 0) {
            t.taxId = taxes.at(taxPick).first;
            t.taxPpm = taxes.at(taxPick).second;
        }
        if (!t.profileId.isEmpty()) { // the tenant already names a profile: keep it
            for (qsizetype k = 0; k < profiles.size(); ++k)
                if (wire::publicId(u"bp", profiles.at(k).id) == t.profileId)
                    t.profile = int(k);
        } else if (!s.exec(link, QStringLiteral("UPDATE tenants SET billing_profile_id = ? WHERE id = ?"),
                           {wire::publicId(u"bp", profiles.at(t.profile).id), t.id})) {
            return false;
        }
        if (!s.exec(link2,
                    QStringLiteral(
                        "INSERT OR REPLACE INTO tenant_billing(tenant_id, tax_jurisdiction_id) VALUES(?,?)"),
                    {t.id, t.taxId ? QVariant(t.taxId) : QVariant()}))
            return false;
    }

    if (large) { // about 300,000 invoices: 60 months or more, whatever the number of billable tenants
        const auto billable = std::count_if(tenants.cbegin(), tenants.cend(),
                                            [&](const SeedTenant &t) { return t.profile != trialProfile; });
        months = billable ? int(std::clamp<qint64>((300000 + billable - 1) / billable, 60, 120)) : 60;
    }
    // Bulk load: the indexes are rebuilt once at the end (a sort) instead of being updated per row,
    // and a bigger page cache keeps the one transaction from spilling to the WAL over and over.
    static const QStringList indexes{
        QStringLiteral("invoices_sync ON invoices(updated_at, id)"),
        QStringLiteral("invoices_tenant ON invoices(tenant_id)"),
        QStringLiteral("invoices_status_due ON invoices(status, due_date)"),
        QStringLiteral("invoices_issue ON invoices(issue_date)"),
        QStringLiteral("invoice_payments_at ON invoice_payments(at)"),
        QStringLiteral("invoice_payments_tenant ON invoice_payments(tenant_id, at)")};
    for (const QString &index : indexes)
        if (!s.exec(q, QStringLiteral("DROP INDEX IF EXISTS ") + index.section(QLatin1Char(' '), 0, 0)))
            return false;
    s.exec(q, QStringLiteral("PRAGMA cache_size=-262144"));
    const qint64 now = s.nowMs;
    const QDate today = billing::dateOf(now);
    const QDate thisMonth(today.year(), today.month(), 1);
    qint64 nextPayId = 1, nextInvoice = 1;

    const QString insSql = QStringLiteral(
        "INSERT INTO invoices(id, number, tenant_id, tenant_name, sip_prefix, status, issue_date, due_date, "
        "period_start, period_end, line_items, subtotal_cents, tax_jurisdiction_id, tax_rate_ppm, tax_cents, "
        "total_cents, paid_cents, refunded_cents, payments, refunds, paid_at, last_reminder_at, base_cents, "
        "ext_qty, "
        "ext_cents, did_qty, did_cents, min_qty, min_cents, created_at, updated_at) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    const QString paySql = QStringLiteral(
        "INSERT INTO invoice_payments(id, invoice_id, tenant_id, kind, amount_cents, method, note, at) "
        "VALUES(?,?,?,?,?,?,?,?)");
    SqlStatement insert(s.db, insSql), pay(s.db, paySql);
    if (!insert.isValid() || !pay.isValid()) {
        qCWarning(lcSandboxBilling) << "invoice seed:" << insert.lastError() << pay.lastError();
        return false;
    }

    QList<Line> lines;
    // Months oldest first, tenants inside: invoice ids then follow issue dates.
    for (int k = months - 1; k >= 0; --k) {
        const QDate monthStart = thisMonth.addMonths(-k);
        for (SeedTenant &t : tenants) {
            const Profile &p = profiles.at(t.profile);
            if (t.profile == trialProfile)
                continue; // trials are not invoiced
            const bool flat = p.model == QLatin1String("flat_rate");
            QDate issue = monthStart;
            QDate periodStart = monthStart.addMonths(-1), periodEnd = monthStart.addDays(-1);
            if (flat) { // anniversary cycle: the day of the month the tenant activated
                const int dom = std::min(28, billing::dateOf(t.createdAt).day());
                issue = QDate(monthStart.year(), monthStart.month(), dom);
                periodStart = issue.addMonths(-1);
                periodEnd = issue.addDays(-1);
            }
            const qint64 issueMs = billing::startOfDayMs(issue);
            if (!large && billing::startOfDayMs(periodStart) < t.createdAt)
                continue; // no service before the tenant existed
            if (t.cancelledAt && issueMs > t.cancelledAt + 31 * day)
                continue;
            const bool future = issue > today;
            if (future && k > 0)
                continue;
            // Usage of the month, varying around the tenant's level.
            const qint64 ext = std::max<qint64>(1, t.extensions + qint64(s.rng.bounded(5)) - 2);
            const qint64 local = t.localDids, tf = t.tfDids;
            const qint64 minutes = t.minutesBase * (80 + s.rng.bounded(41)) / 100;
            const QString label = monthLabel(periodStart.addDays(14));
            lines.clear();
            if (flat) {
                lines.append(
                    {"base_fee", QStringLiteral("%1 plan (%2)").arg(p.name, label), 1, p.base * 10000, 0});
                if (ext > p.inclExt)
                    lines.append({"extensions",
                                  QStringLiteral("Extensions above the %1 included").arg(p.inclExt),
                                  ext - p.inclExt, p.ext, 0});
                if (local > p.inclDids)
                    lines.append({"did_local",
                                  QStringLiteral("Local DIDs above the %1 included").arg(p.inclDids),
                                  local - p.inclDids, p.didLocal, 0});
                if (tf > 0)
                    lines.append({"did_toll_free", QStringLiteral("Toll-free DIDs"), tf, p.didTf, 0});
                if (minutes > p.inclMin)
                    lines.append({"minutes", QStringLiteral("Minutes above the %1 included").arg(p.inclMin),
                                  minutes - p.inclMin, p.perMinute, 0});
            } else {
                lines.append({"extensions", QStringLiteral("Extensions (%1)").arg(label), ext, p.ext, 0});
                lines.append(
                    {"did_local", QStringLiteral("Local DIDs (%1)").arg(label), local, p.didLocal, 0});
                if (tf > 0)
                    lines.append(
                        {"did_toll_free", QStringLiteral("Toll-free DIDs (%1)").arg(label), tf, p.didTf, 0});
                lines.append({"minutes", QStringLiteral("Minutes (%1)").arg(label), minutes, p.perMinute, 0});
            }
            if (s.rng.bounded(100) < 5)
                lines.append(
                    {"one_time", QStringLiteral("Number setup fee"), 1 + s.rng.bounded(3), 1'000'000, 0});
            qint64 subtotal = 0, baseC = 0, extQ = 0, extC = 0, didQ = 0, didC = 0, minQ = 0, minC = 0;
            for (Line &l : lines) {
                l.amount = billing::lineAmountCents(l.unitMicros, l.quantity);
                subtotal += l.amount;
            }
            if (subtotal > 5000 && s.rng.bounded(100) < 2) {
                lines.append({"credit", QStringLiteral("Service credit (outage)"), 1, -10'000'000, -1000});
                subtotal -= 1000;
            }
            for (const Line &l : std::as_const(lines)) {
                const QByteArray kind(l.kind);
                if (kind == "base_fee")
                    baseC += l.amount;
                else if (kind == "extensions")
                    extQ += l.quantity, extC += l.amount;
                else if (kind == "did_local" || kind == "did_toll_free")
                    didQ += l.quantity, didC += l.amount;
                else if (kind == "minutes")
                    minQ += l.quantity, minC += l.amount;
            }
            const qint64 tax = t.taxId ? billing::taxCents(subtotal, t.taxPpm) : 0;
            const qint64 total = subtotal + tax;
            const QDate due = issue.addDays(30);
            const bool pastDue = due < today;

            // Status and cash: age 0 = this month's cycle.
            const int r = int(s.rng.bounded(100));
            QString status;
            qint64 paid = 0, paidAt = 0, reminder = 0;
            if (future) {
                status = QStringLiteral("draft");
            } else if (k == 0) {
                status = r < 45   ? QStringLiteral("paid")
                         : r < 60 ? QStringLiteral("partially_paid")
                                  : QStringLiteral("sent");
            } else if (k == 1) {
                status = r < 75   ? QStringLiteral("paid")
                         : r < 85 ? QStringLiteral("partially_paid")
                                  : QStringLiteral("sent");
            } else {
                status = r < 94   ? QStringLiteral("paid")
                         : r < 97 ? QStringLiteral("sent")
                                  : QStringLiteral("cancelled");
            }
            if (t.cancelledAt && issueMs > t.cancelledAt && status == QLatin1String("paid"))
                status = QStringLiteral("sent"); // the final invoice of a churned tenant stays unpaid
            const qint64 created = issueMs + 5 * 60000;
            qint64 updated = created;
            QByteArray paymentsJson = "[]", refundsJson = "[]";
            qint64 refunded = 0;
            struct Cash
            {
                const char *kind;
                qint64 amount, at;
                const char *method;
            };
            QList<Cash> cash;
            if (status == QLatin1String("paid")) {
                const bool late = s.rng.bounded(100) < 8;
                paidAt = late ? billing::startOfDayMs(due) + (1 + s.rng.bounded(20)) * day
                              : issueMs + (1 + s.rng.bounded(25)) * day + s.rng.bounded(86400) * 1000LL;
                if (paidAt > now - 3600000)
                    paidAt = std::max(created + 60000, now - 3600000);
                paid = total;
                cash.append({"payment", total, paidAt, s.rng.bounded(4) == 0 ? "ach" : "card"});
                const int rr = int(s.rng.bounded(100));
                if (rr < 4 && total > 0) { // a partial (or, rarely, full) refund some days later
                    const qint64 amount =
                        rr == 0 ? total : std::max<qint64>(1, total * (10 + s.rng.bounded(40)) / 100);
                    const qint64 at = std::min(now - 60000, paidAt + (2 + s.rng.bounded(10)) * day);
                    cash.append({"refund", -amount, std::max(at, paidAt + 1), nullptr});
                }
            } else if (status == QLatin1String("partially_paid")) {
                const qint64 part = std::max<qint64>(1, total * (30 + s.rng.bounded(41)) / 100);
                const qint64 at = std::min(now - 60000, issueMs + (1 + s.rng.bounded(10)) * day);
                cash.append({"payment", part, std::max(at, created + 1), "card"});
                paid = part;
            }
            if ((status == QLatin1String("sent") || status == QLatin1String("partially_paid")) && pastDue) {
                status = QStringLiteral("overdue");
                reminder = std::min(now - 60000, billing::startOfDayMs(due) + 7 * day);
                updated = std::max(updated, billing::startOfDayMs(due.addDays(1)));
            }
            const qint64 invId = nextInvoice++;
            for (const Cash &c : std::as_const(cash)) {
                const qint64 pid = nextPayId++;
                if (!pay.exec({pid, invId, t.id, QString::fromLatin1(c.kind), c.amount,
                               c.method ? QVariant(QString::fromLatin1(c.method)) : QVariant(), QVariant(),
                               c.at}))
                    return false;
                QByteArray &arr = c.amount >= 0 ? paymentsJson : refundsJson;
                if (arr.size() > 2)
                    arr.chop(1), arr += ',';
                else
                    arr.chop(1);
                if (c.amount >= 0)
                    arr += "{\"id\":\"" + wire::publicId(u"pay", pid).toLatin1() +
                           "\",\"amount_cents\":" + QByteArray::number(c.amount) + ",\"method\":\"" +
                           c.method + "\",\"note\":null,\"paid_at\":\"" + wire::isoTime(c.at).toLatin1() +
                           "\"}]";
                else {
                    refunded += -c.amount;
                    paid += c.amount;
                    arr += "{\"id\":\"" + wire::publicId(u"ref", pid).toLatin1() +
                           "\",\"amount_cents\":" + QByteArray::number(-c.amount) +
                           ",\"reason\":\"Customer request\",\"created_at\":\"" +
                           wire::isoTime(c.at).toLatin1() + "\"}]";
                }
                updated = std::max(updated, c.at);
            }
            updated = std::min(std::max(updated, reminder), now);
            const QString number =
                QStringLiteral("INV-%1-%2").arg(issue.year()).arg(invId, 6, 10, QLatin1Char('0'));
            if (!insert.exec({invId,
                              number,
                              t.id,
                              t.name,
                              t.sip,
                              status,
                              billing::isoDate(issue),
                              billing::isoDate(due),
                              billing::isoDate(periodStart),
                              billing::isoDate(periodEnd),
                              QString::fromUtf8(linesJson(lines)),
                              subtotal,
                              t.taxId ? QVariant(t.taxId) : QVariant(),
                              t.taxId ? QVariant(t.taxPpm) : QVariant(),
                              tax,
                              total,
                              paid,
                              refunded,
                              QString::fromLatin1(paymentsJson),
                              QString::fromLatin1(refundsJson),
                              paidAt ? QVariant(paidAt) : QVariant(),
                              reminder ? QVariant(reminder) : QVariant(),
                              baseC,
                              extQ,
                              extC,
                              didQ,
                              didC,
                              minQ,
                              minC,
                              created,
                              updated})) {
                qCWarning(lcSandboxBilling) << "invoice seed failed:" << insert.lastError();
                return false;
            }
        }
    }
    for (const QString &index : indexes)
        if (!s.exec(q, QStringLiteral("CREATE INDEX IF NOT EXISTS ") + index))
            return false;
    s.exec(q, QStringLiteral("PRAGMA cache_size=-65536"));
    qCInfo(lcSandboxBilling) << "seeded" << nextInvoice - 1 << "invoices and" << nextPayId - 1
                             << "payments in" << timer.elapsed() << "ms (CPU"
                             << (std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC << "ms)";
    return true;
}

void setupInvoiceResources(ResourceSetup &setup)
{
    setup.schema
        << QStringLiteral("CREATE TABLE IF NOT EXISTS invoices(id INTEGER PRIMARY KEY, number TEXT NOT NULL, "
                          "tenant_id INTEGER NOT "
                          "NULL, tenant_name TEXT, sip_prefix TEXT, status TEXT NOT NULL, issue_date TEXT "
                          "NOT NULL, due_date TEXT "
                          "NOT NULL, period_start TEXT, period_end TEXT, line_items TEXT NOT NULL, "
                          "subtotal_cents INTEGER NOT NULL, "
                          "tax_jurisdiction_id INTEGER, tax_rate_ppm INTEGER, tax_cents INTEGER NOT NULL, "
                          "total_cents INTEGER NOT "
                          "NULL, paid_cents INTEGER NOT NULL DEFAULT 0, refunded_cents INTEGER NOT NULL "
                          "DEFAULT 0, payments TEXT, "
                          "refunds TEXT, paid_at INTEGER, last_reminder_at INTEGER, base_cents INTEGER NOT "
                          "NULL DEFAULT 0, "
                          "ext_qty INTEGER NOT NULL DEFAULT 0, ext_cents INTEGER NOT NULL DEFAULT 0, did_qty "
                          "INTEGER NOT NULL "
                          "DEFAULT 0, did_cents INTEGER NOT NULL DEFAULT 0, min_qty INTEGER NOT NULL DEFAULT "
                          "0, min_cents INTEGER "
                          "NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                          "deleted INTEGER NOT NULL "
                          "DEFAULT 0)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS invoices_sync ON invoices(updated_at, id)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS invoices_tenant ON invoices(tenant_id)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS invoices_status_due ON invoices(status, due_date)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS invoices_issue ON invoices(issue_date)")
        // Every payment (+) and refund (-) with its time: the cash ledger the analytics sum up.
        << QStringLiteral("CREATE TABLE IF NOT EXISTS invoice_payments(id INTEGER PRIMARY KEY, invoice_id "
                          "INTEGER NOT NULL, "
                          "tenant_id INTEGER NOT NULL, kind TEXT NOT NULL, amount_cents INTEGER NOT NULL, "
                          "method TEXT, note TEXT, "
                          "at INTEGER NOT NULL)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS invoice_payments_at ON invoice_payments(at)")
        << QStringLiteral(
               "CREATE INDEX IF NOT EXISTS invoice_payments_tenant ON invoice_payments(tenant_id, at)");
    setup.seedHooks << &seedInvoices;
    setup.tickers << &overdueTicker;
    const Permission read{QStringLiteral("billing"), Access::Read},
        write{QStringLiteral("billing"), Access::Write};
    setup.router.add("GET", QStringLiteral("/v1/invoices"), read, &listInvoices);
    setup.router.add("GET", QStringLiteral("/v1/invoices/{id}"), read, &getInvoice);
    setup.router.add("POST", QStringLiteral("/v1/invoices/{id}/mark-paid"), write, &markPaid);
    setup.router.add("POST", QStringLiteral("/v1/invoices/{id}/refund"), write, &refund);
    setup.router.add("POST", QStringLiteral("/v1/invoices/{id}/void"), write, &voidInvoice);
    setup.router.add("POST", QStringLiteral("/v1/invoices/{id}/send-reminder"), write, &sendReminder);
}

} // namespace simuwave::sandbox
