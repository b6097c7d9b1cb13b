// /v1/billing-profiles: pricing templates for tenants (the guide's "Billing profiles": Pay-As-You-Go
// and Flat Rate Starter created automatically, plus the guide's examples in the demo seed).
// Rates are stored as integer micro-dollars and answered as decimal strings.
#include "core/BodyReader.h"
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/BillingCommon.h"
#include "resources/Resources.h"

#include <QSqlQuery>

namespace simuwave::sandbox {

using billing::tr;

static const QString ProfileColumns = QStringLiteral(
    "name, pricing_model, monthly_base_cents, included_extensions, included_dids, included_minutes, "
    "extension_rate_micros, did_local_rate_micros, did_toll_free_rate_micros, per_minute_rate_micros, "
    "suspend_after_days_overdue, trial_days, is_default, created_at");

// Tenants (not cancelled) on the profile, by tenants.billing_profile_id ("bp_...").
static qint64 tenantCount(SandboxContext &ctx, qint64 profileId)
{
    return ctx
        .scalar(QStringLiteral("SELECT COUNT(*) FROM tenants WHERE deleted = 0 AND status <> 'CANCELLED' AND "
                               "billing_profile_id = ?"),
                {wire::publicId(u"bp", profileId)})
        .toLongLong();
}

static bool usedByTenantDefaults(SandboxContext &ctx, qint64 profileId)
{
    return ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM tenant_defaults WHERE billing_profile_id = ?"),
                      {wire::publicId(u"bp", profileId)})
               .toLongLong() > 0;
}

static QJsonValue nullableInt(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toLongLong());
}

// JSON of a row selected as "id, updated_at, deleted, " + ProfileColumns.
static QJsonObject profileJson(const QSqlQuery &q, SandboxContext &ctx)
{
    const qint64 id = q.value(0).toLongLong();
    return {{QStringLiteral("id"), wire::publicId(u"bp", id)},
            {QStringLiteral("name"), q.value(3).toString()},
            {QStringLiteral("pricing_model"), q.value(4).toString()},
            {QStringLiteral("monthly_base_cents"), q.value(5).toLongLong()},
            {QStringLiteral("included_extensions"), q.value(6).toLongLong()},
            {QStringLiteral("included_dids"), q.value(7).toLongLong()},
            {QStringLiteral("included_minutes"), q.value(8).toLongLong()},
            {QStringLiteral("extension_rate"), billing::microsToDecimal(q.value(9).toLongLong())},
            {QStringLiteral("did_local_rate"), billing::microsToDecimal(q.value(10).toLongLong())},
            {QStringLiteral("did_toll_free_rate"), billing::microsToDecimal(q.value(11).toLongLong())},
            {QStringLiteral("per_minute_rate"), billing::microsToDecimal(q.value(12).toLongLong())},
            {QStringLiteral("suspend_after_days_overdue"), nullableInt(q.value(13))},
            {QStringLiteral("trial_days"), nullableInt(q.value(14))},
            {QStringLiteral("is_default"), q.value(15).toInt() != 0},
            {QStringLiteral("tenant_count"), tenantCount(ctx, id)},
            {QStringLiteral("created_at"), wire::isoTime(q.value(16).toLongLong())},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

static std::optional<QJsonObject> loadProfile(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    if (id <= 0 ||
        !ctx.exec(q,
                  QStringLiteral("SELECT id, updated_at, deleted, ") + ProfileColumns +
                      QStringLiteral(" FROM billing_profiles WHERE id = ? AND deleted = 0"),
                  {id}) ||
        !q.next())
        return std::nullopt;
    return profileJson(q, ctx);
}

static ApiResponse listProfiles(ApiRequest &req, SandboxContext &ctx)
{
    ListSpec spec;
    spec.table = QStringLiteral("billing_profiles");
    spec.columns = ProfileColumns;
    spec.idPrefix = QStringLiteral("bp");
    spec.row = [&ctx](const QSqlQuery &q) { return profileJson(q, ctx); };
    return listPage(req, ctx, spec);
}

static ApiResponse getProfile(ApiRequest &req, SandboxContext &ctx)
{
    const auto p = loadProfile(ctx, wire::rowId(u"bp", req.pathParam(QStringLiteral("id"))));
    if (!p)
        return errors::notFound(QStringLiteral("billing_profile"), req.pathParam(QStringLiteral("id")));
    return ApiResponse::ok(*p);
}

struct ProfileInput
{
    std::optional<QString> name, pricingModel;
    std::optional<qint64> base, inclExt, inclDids, inclMin, extRate, didLocal, didTf, perMinute;
    std::optional<std::optional<qint64>> suspendAfter, trialDays;
    std::optional<bool> isDefault;
};

static ProfileInput readProfile(BodyReader &body, bool create)
{
    body.rejectUnknown({QStringLiteral("name"), QStringLiteral("pricing_model"),
                        QStringLiteral("monthly_base_cents"), QStringLiteral("included_extensions"),
                        QStringLiteral("included_dids"), QStringLiteral("included_minutes"),
                        QStringLiteral("extension_rate"), QStringLiteral("did_local_rate"),
                        QStringLiteral("did_toll_free_rate"), QStringLiteral("per_minute_rate"),
                        QStringLiteral("suspend_after_days_overdue"), QStringLiteral("trial_days"),
                        QStringLiteral("is_default")});
    ProfileInput in;
    in.name = body.string(QStringLiteral("name"), create);
    if (in.name) {
        *in.name = in.name->trimmed();
        if (in.name->isEmpty() || in.name->size() > 100)
            body.addError(QStringLiteral("name"), tr("name is required and at most 100 characters."));
    }
    in.pricingModel = body.string(QStringLiteral("pricing_model"), create);
    if (in.pricingModel && *in.pricingModel != QLatin1String("payg") &&
        *in.pricingModel != QLatin1String("flat_rate"))
        body.addError(QStringLiteral("pricing_model"), tr("pricing_model must be payg or flat_rate."));
    auto nonNegative = [&](const char *field, std::optional<qint64> &out) {
        out = body.integer(QLatin1String(field));
        if (out && *out < 0)
            body.addError(QLatin1String(field), tr("%1 must not be negative.").arg(QLatin1String(field)));
    };
    nonNegative("monthly_base_cents", in.base);
    nonNegative("included_extensions", in.inclExt);
    nonNegative("included_dids", in.inclDids);
    nonNegative("included_minutes", in.inclMin);
    auto rate = [&](const char *field, std::optional<qint64> &out) {
        const auto s = body.string(QLatin1String(field));
        if (!s)
            return;
        QString error;
        out = billing::parseRateMicros(*s, &error, QLatin1String(field));
        if (!out)
            body.addError(QLatin1String(field), error);
    };
    rate("extension_rate", in.extRate);
    rate("did_local_rate", in.didLocal);
    rate("did_toll_free_rate", in.didTf);
    rate("per_minute_rate", in.perMinute);
    auto positiveOrNull = [&](const char *field, std::optional<std::optional<qint64>> &out) {
        out = body.nullableInteger(QLatin1String(field));
        if (out && *out && **out < 1)
            body.addError(QLatin1String(field),
                          tr("%1 must be at least 1 or null.").arg(QLatin1String(field)));
    };
    positiveOrNull("suspend_after_days_overdue", in.suspendAfter);
    positiveOrNull("trial_days", in.trialDays);
    in.isDefault = body.boolean(QStringLiteral("is_default"));
    return in;
}

static bool nameTaken(SandboxContext &ctx, const QString &name, qint64 exceptId)
{
    return ctx.scalar(
                  QStringLiteral(
                      "SELECT COUNT(*) FROM billing_profiles WHERE deleted = 0 AND name = ? COLLATE NOCASE "
                      "AND id <> ?"),
                  {name, exceptId})
               .toLongLong() > 0;
}

static void clearOtherDefaults(SandboxContext &ctx, qint64 keepId)
{
    QSqlQuery q(ctx.db());
    ctx.exec(
        q,
        QStringLiteral(
            "UPDATE billing_profiles SET is_default = 0, updated_at = ? WHERE is_default = 1 AND id <> ?"),
        {ctx.nowMs(), keepId});
}

static ApiResponse createProfile(ApiRequest &req, SandboxContext &ctx)
{
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const ProfileInput in = readProfile(body, true);
    if (!body.ok())
        return body.errorResponse();
    if (nameTaken(ctx, *in.name, 0))
        return errors::conflict(QStringLiteral("name_taken"),
                                tr("A billing profile with this name already exists."),
                                QStringLiteral("name"));
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    auto opt = [](const std::optional<std::optional<qint64>> &v, QVariant dflt) {
        return v ? (*v ? QVariant(**v) : QVariant()) : dflt;
    };
    if (!ctx.exec(
            q,
            QStringLiteral(
                "INSERT INTO billing_profiles(name, pricing_model, monthly_base_cents, included_extensions, "
                "included_dids, included_minutes, extension_rate_micros, did_local_rate_micros, "
                "did_toll_free_rate_micros, per_minute_rate_micros, suspend_after_days_overdue, "
                "trial_days, is_default, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {*in.name, *in.pricingModel, in.base.value_or(0), in.inclExt.value_or(0), in.inclDids.value_or(0),
             in.inclMin.value_or(0), in.extRate.value_or(0), in.didLocal.value_or(0), in.didTf.value_or(0),
             in.perMinute.value_or(0), opt(in.suspendAfter, 14), opt(in.trialDays, QVariant()),
             in.isDefault.value_or(false) ? 1 : 0, now, now}))
        return billing::internalError();
    const qint64 id = q.lastInsertId().toLongLong();
    if (in.isDefault.value_or(false))
        clearOtherDefaults(ctx, id);
    ApiResponse r = ApiResponse::created(*loadProfile(ctx, id));
    r.addHeader("Location", "/v1/billing-profiles/" + wire::publicId(u"bp", id).toLatin1());
    return r;
}

static ApiResponse updateProfile(ApiRequest &req, SandboxContext &ctx)
{
    const qint64 id = wire::rowId(u"bp", req.pathParam(QStringLiteral("id")));
    if (!loadProfile(ctx, id))
        return errors::notFound(QStringLiteral("billing_profile"), req.pathParam(QStringLiteral("id")));
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const ProfileInput in = readProfile(body, false);
    if (!body.ok())
        return body.errorResponse();
    if (in.name && nameTaken(ctx, *in.name, id))
        return errors::conflict(QStringLiteral("name_taken"),
                                tr("A billing profile with this name already exists."),
                                QStringLiteral("name"));
    QStringList sets;
    QVariantList binds;
    auto set = [&](const char *col, const QVariant &v) {
        sets << QLatin1String(col) + QStringLiteral(" = ?");
        binds << v;
    };
    if (in.name)
        set("name", *in.name);
    if (in.pricingModel)
        set("pricing_model", *in.pricingModel);
    if (in.base)
        set("monthly_base_cents", *in.base);
    if (in.inclExt)
        set("included_extensions", *in.inclExt);
    if (in.inclDids)
        set("included_dids", *in.inclDids);
    if (in.inclMin)
        set("included_minutes", *in.inclMin);
    if (in.extRate)
        set("extension_rate_micros", *in.extRate);
    if (in.didLocal)
        set("did_local_rate_micros", *in.didLocal);
    if (in.didTf)
        set("did_toll_free_rate_micros", *in.didTf);
    if (in.perMinute)
        set("per_minute_rate_micros", *in.perMinute);
    if (in.suspendAfter)
        set("suspend_after_days_overdue", *in.suspendAfter ? QVariant(**in.suspendAfter) : QVariant());
    if (in.trialDays)
        set("trial_days", *in.trialDays ? QVariant(**in.trialDays) : QVariant());
    if (in.isDefault)
        set("is_default", *in.isDefault ? 1 : 0);
    set("updated_at", ctx.nowMs());
    binds << id;
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q,
                  QStringLiteral("UPDATE billing_profiles SET ") + sets.join(QStringLiteral(", ")) +
                      QStringLiteral(" WHERE id = ?"),
                  binds))
        return billing::internalError();
    if (in.isDefault.value_or(false))
        clearOtherDefaults(ctx, id);
    return ApiResponse::ok(*loadProfile(ctx, id));
}

static ApiResponse deleteProfile(ApiRequest &req, SandboxContext &ctx)
{
    const qint64 id = wire::rowId(u"bp", req.pathParam(QStringLiteral("id")));
    if (!loadProfile(ctx, id))
        return errors::notFound(QStringLiteral("billing_profile"), req.pathParam(QStringLiteral("id")));
    if (tenantCount(ctx, id) > 0 || usedByTenantDefaults(ctx, id))
        return errors::conflict(QStringLiteral("profile_in_use"),
                                tr("Tenants use this billing profile; move them to another profile first."));
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q,
                  QStringLiteral(
                      "UPDATE billing_profiles SET deleted = 1, is_default = 0, updated_at = ? WHERE id = ?"),
                  {ctx.nowMs(), id}))
        return billing::internalError();
    return ApiResponse::noContent();
}

struct SeedProfile
{
    const char *name, *model;
    qint64 base, inclExt, inclDids, inclMin, extRate, didLocal, didTf, perMinute;
    int trialDays;
    bool isDefault;
};

// The guide's defaults (Pay-As-You-Go, Flat Rate Starter) and its example profiles.
static bool seedProfiles(SeedContext &s)
{
    const SeedProfile all[] = {
        {"Pay-As-You-Go", "payg", 0, 0, 0, 0, 4'000'000, 2'500'000, 4'000'000, 25'000, 0, true},
        {"Flat Rate Starter", "flat_rate", 4900, 3, 1, 300, 6'000'000, 3'000'000, 5'000'000, 25'000, 0,
         false},
        {"Free Trial", "flat_rate", 0, 3, 1, 200, 0, 0, 0, 0, 30, false},
        {"Small Office", "flat_rate", 9900, 5, 1, 500, 5'000'000, 2'500'000, 4'000'000, 18'000, 0, false},
        {"Growing Business", "flat_rate", 24900, 25, 5, 2500, 4'500'000, 2'000'000, 3'500'000, 16'000, 0,
         false},
        {"Enterprise", "payg", 0, 0, 0, 0, 5'000'000, 2'000'000, 3'500'000, 18'000, 0, false},
    };
    QSqlQuery q(s.db);
    for (const SeedProfile &p : all) {
        if (!s.exec(
                q,
                QStringLiteral("INSERT INTO billing_profiles(name, pricing_model, monthly_base_cents, "
                               "included_extensions, included_dids, included_minutes, extension_rate_micros, "
                               "did_local_rate_micros, did_toll_free_rate_micros, per_minute_rate_micros, "
                               "suspend_after_days_overdue, trial_days, is_default, created_at, updated_at) "
                               "VALUES(?,?,?,?,?,?,?,?,?,?,14,?,?,?,?)"),
                {QString::fromLatin1(p.name), QString::fromLatin1(p.model), p.base, p.inclExt, p.inclDids,
                 p.inclMin, p.extRate, p.didLocal, p.didTf, p.perMinute,
                 p.trialDays ? QVariant(p.trialDays) : QVariant(), p.isDefault ? 1 : 0,
                 s.nowMs - 410LL * 86400000, s.nowMs - 410LL * 86400000}))
            return false;
    }
    return true;
}

void setupBillingProfileResources(ResourceSetup &setup)
{
    setup.schema
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS billing_profiles(id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
               "pricing_model TEXT "
               "NOT NULL, monthly_base_cents INTEGER NOT NULL DEFAULT 0, included_extensions INTEGER NOT "
               "NULL DEFAULT 0, "
               "included_dids INTEGER NOT NULL DEFAULT 0, included_minutes INTEGER NOT NULL DEFAULT 0, "
               "extension_rate_micros INTEGER NOT NULL DEFAULT 0, did_local_rate_micros INTEGER NOT NULL "
               "DEFAULT 0, "
               "did_toll_free_rate_micros INTEGER NOT NULL DEFAULT 0, per_minute_rate_micros INTEGER NOT "
               "NULL DEFAULT 0, "
               "suspend_after_days_overdue INTEGER, trial_days INTEGER, is_default INTEGER NOT NULL DEFAULT "
               "0, "
               "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT "
               "0)")
        << QStringLiteral(
               "CREATE INDEX IF NOT EXISTS billing_profiles_sync ON billing_profiles(updated_at, id)")
        // The billing side of a tenant the Tenant schema has no field for: its tax
        // jurisdiction (see resources/BillingCommon.h).
        << QStringLiteral("CREATE TABLE IF NOT EXISTS tenant_billing(tenant_id INTEGER PRIMARY KEY, "
                          "tax_jurisdiction_id INTEGER)");
    setup.seedHooks << &seedProfiles;
    setup.router.add("GET", QStringLiteral("/v1/billing-profiles"), {QStringLiteral("billing"), Access::Read},
                     &listProfiles);
    setup.router.add("POST", QStringLiteral("/v1/billing-profiles"),
                     {QStringLiteral("billing"), Access::Write}, &createProfile);
    setup.router.add("GET", QStringLiteral("/v1/billing-profiles/{id}"),
                     {QStringLiteral("billing"), Access::Read}, &getProfile);
    setup.router.add("PATCH", QStringLiteral("/v1/billing-profiles/{id}"),
                     {QStringLiteral("billing"), Access::Write}, &updateProfile);
    setup.router.add("DELETE", QStringLiteral("/v1/billing-profiles/{id}"),
                     {QStringLiteral("billing"), Access::Write}, &deleteProfile);
}

} // namespace simuwave::sandbox
