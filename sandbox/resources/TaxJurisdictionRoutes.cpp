// /v1/tax-jurisdictions: name, code (US-AR-Pulaski, CA-ON), rate as a decimal string 0 <= r < 1 stored
// in parts per million, enabled. Only invoices created after a change use it (invoices copy the rate).
#include "core/BodyReader.h"
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "domain/Tax.h"
#include "resources/BillingCommon.h"
#include "resources/Resources.h"
#include "validation/Validation.h"

#include <QSqlQuery>

namespace simuwave::sandbox {

using billing::tr;

static const QString TaxColumns = QStringLiteral("name, code, rate_ppm, enabled, created_at");

static QJsonObject taxJson(const QSqlQuery &q)
{
    return {{QStringLiteral("id"), wire::publicId(u"tax", q.value(0).toLongLong())},
            {QStringLiteral("name"), q.value(3).toString()},
            {QStringLiteral("code"), q.value(4).toString()},
            {QStringLiteral("rate"), taxRatePpmToDecimalString(q.value(5).toLongLong())},
            {QStringLiteral("enabled"), q.value(6).toInt() != 0},
            {QStringLiteral("created_at"), wire::isoTime(q.value(7).toLongLong())},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

static std::optional<QJsonObject> loadTax(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    if (id <= 0 ||
        !ctx.exec(q,
                  QStringLiteral("SELECT id, updated_at, deleted, ") + TaxColumns +
                      QStringLiteral(" FROM tax_jurisdictions WHERE id = ? AND deleted = 0"),
                  {id}) ||
        !q.next())
        return std::nullopt;
    return taxJson(q);
}

static ApiResponse listTaxes(ApiRequest &req, SandboxContext &ctx)
{
    ListSpec spec;
    spec.table = QStringLiteral("tax_jurisdictions");
    spec.columns = TaxColumns;
    spec.idPrefix = QStringLiteral("tax");
    spec.row = &taxJson;
    return listPage(req, ctx, spec);
}

static ApiResponse getTax(ApiRequest &req, SandboxContext &ctx)
{
    const auto t = loadTax(ctx, wire::rowId(u"tax", req.pathParam(QStringLiteral("id"))));
    if (!t)
        return errors::notFound(QStringLiteral("tax_jurisdiction"), req.pathParam(QStringLiteral("id")));
    return ApiResponse::ok(*t);
}

struct TaxInput
{
    std::optional<QString> name, code;
    std::optional<qint64> ppm;
    std::optional<bool> enabled;
};

static TaxInput readTax(BodyReader &body, bool create)
{
    body.rejectUnknown(
        {QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("rate"), QStringLiteral("enabled")});
    TaxInput in;
    in.name = body.string(QStringLiteral("name"), create);
    if (in.name) {
        *in.name = in.name->trimmed();
        if (in.name->isEmpty() || in.name->size() > 100)
            body.addError(QStringLiteral("name"), tr("name is required and at most 100 characters."));
    }
    in.code = body.string(QStringLiteral("code"), create);
    if (in.code) {
        *in.code = in.code->trimmed();
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{2}(-[A-Za-z0-9]+)*$"));
        if (in.code->size() > 50 || !shape.match(*in.code).hasMatch())
            body.addError(QStringLiteral("code"),
                          tr("code must look like US-AR-Pulaski or CA-ON (at most 50 characters)."));
    }
    const auto rate = body.string(QStringLiteral("rate"), create);
    if (rate) {
        const QString msg = validation::taxRate(*rate);
        if (!msg.isEmpty())
            body.addError(QStringLiteral("rate"), msg);
        else
            in.ppm = parseTaxRatePpm(*rate);
    }
    in.enabled = body.boolean(QStringLiteral("enabled"));
    return in;
}

static bool codeTaken(SandboxContext &ctx, const QString &code, qint64 exceptId)
{
    return ctx.scalar(
                  QStringLiteral(
                      "SELECT COUNT(*) FROM tax_jurisdictions WHERE deleted = 0 AND code = ? COLLATE NOCASE "
                      "AND id <> ?"),
                  {code, exceptId})
               .toLongLong() > 0;
}

static ApiResponse createTax(ApiRequest &req, SandboxContext &ctx)
{
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const TaxInput in = readTax(body, true);
    if (!body.ok())
        return body.errorResponse();
    if (codeTaken(ctx, *in.code, 0))
        return errors::conflict(QStringLiteral("code_taken"),
                                tr("A tax jurisdiction with this code already exists."),
                                QStringLiteral("code"));
    QSqlQuery q(ctx.db());
    const qint64 now = ctx.nowMs();
    if (!ctx.exec(q,
                  QStringLiteral(
                      "INSERT INTO tax_jurisdictions(name, code, rate_ppm, enabled, created_at, updated_at) "
                      "VALUES(?,?,?,?,?,?)"),
                  {*in.name, *in.code, *in.ppm, in.enabled.value_or(true) ? 1 : 0, now, now}))
        return billing::internalError();
    const qint64 id = q.lastInsertId().toLongLong();
    ApiResponse r = ApiResponse::created(*loadTax(ctx, id));
    r.addHeader("Location", "/v1/tax-jurisdictions/" + wire::publicId(u"tax", id).toLatin1());
    return r;
}

static ApiResponse updateTax(ApiRequest &req, SandboxContext &ctx)
{
    const qint64 id = wire::rowId(u"tax", req.pathParam(QStringLiteral("id")));
    if (!loadTax(ctx, id))
        return errors::notFound(QStringLiteral("tax_jurisdiction"), req.pathParam(QStringLiteral("id")));
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const TaxInput in = readTax(body, false);
    if (!body.ok())
        return body.errorResponse();
    if (in.code && codeTaken(ctx, *in.code, id))
        return errors::conflict(QStringLiteral("code_taken"),
                                tr("A tax jurisdiction with this code already exists."),
                                QStringLiteral("code"));
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral("UPDATE tax_jurisdictions SET name = COALESCE(?, name), code = COALESCE(?, code), "
                           "rate_ppm = COALESCE(?, rate_ppm), enabled = COALESCE(?, enabled), updated_at = ? "
                           "WHERE id = ?"),
            {in.name ? QVariant(*in.name) : QVariant(), in.code ? QVariant(*in.code) : QVariant(),
             in.ppm ? QVariant(*in.ppm) : QVariant(), in.enabled ? QVariant(*in.enabled ? 1 : 0) : QVariant(),
             ctx.nowMs(), id}))
        return billing::internalError();
    return ApiResponse::ok(*loadTax(ctx, id));
}

static ApiResponse deleteTax(ApiRequest &req, SandboxContext &ctx)
{
    const qint64 id = wire::rowId(u"tax", req.pathParam(QStringLiteral("id")));
    if (!loadTax(ctx, id))
        return errors::notFound(QStringLiteral("tax_jurisdiction"), req.pathParam(QStringLiteral("id")));
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q, QStringLiteral("UPDATE tax_jurisdictions SET deleted = 1, updated_at = ? WHERE id = ?"),
                  {ctx.nowMs(), id}) ||
        !ctx.exec(q,
                  QStringLiteral(
                      "UPDATE tenant_billing SET tax_jurisdiction_id = NULL WHERE tax_jurisdiction_id = ?"),
                  {id}))
        return billing::internalError();
    return ApiResponse::noContent();
}

static bool seedTaxes(SeedContext &s)
{
    struct Row
    {
        const char *name, *code;
        qint64 ppm;
        bool enabled;
    };
    const Row rows[] = {
        {"Pulaski County, AR", "US-AR-Pulaski", 85000, true},
        {"Travis County, TX", "US-TX-Travis", 82500, true},
        {"Cook County, IL", "US-IL-Cook", 102500, true},
        {"Ontario HST", "CA-ON", 130000, false},
    };
    QSqlQuery q(s.db);
    for (const Row &r : rows)
        if (!s.exec(
                q,
                QStringLiteral(
                    "INSERT INTO tax_jurisdictions(name, code, rate_ppm, enabled, created_at, updated_at) "
                    "VALUES(?,?,?,?,?,?)"),
                {QString::fromLatin1(r.name), QString::fromLatin1(r.code), r.ppm, r.enabled ? 1 : 0,
                 s.nowMs - 400LL * 86400000, s.nowMs - 400LL * 86400000}))
            return false;
    return true;
}

void setupTaxJurisdictionResources(ResourceSetup &setup)
{
    setup.schema
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS tax_jurisdictions(id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
               "code TEXT NOT NULL, "
               "rate_ppm INTEGER NOT NULL, enabled INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL, "
               "updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)")
        << QStringLiteral(
               "CREATE INDEX IF NOT EXISTS tax_jurisdictions_sync ON tax_jurisdictions(updated_at, id)");
    setup.seedHooks << &seedTaxes;
    setup.router.add("GET", QStringLiteral("/v1/tax-jurisdictions"),
                     {QStringLiteral("billing"), Access::Read}, &listTaxes);
    setup.router.add("POST", QStringLiteral("/v1/tax-jurisdictions"),
                     {QStringLiteral("billing"), Access::Write}, &createTax);
    setup.router.add("GET", QStringLiteral("/v1/tax-jurisdictions/{id}"),
                     {QStringLiteral("billing"), Access::Read}, &getTax);
    setup.router.add("PATCH", QStringLiteral("/v1/tax-jurisdictions/{id}"),
                     {QStringLiteral("billing"), Access::Write}, &updateTax);
    setup.router.add("DELETE", QStringLiteral("/v1/tax-jurisdictions/{id}"),
                     {QStringLiteral("billing"), Access::Write}, &deleteTax);
}

} // namespace simuwave::sandbox
