// Tenants: list/get/create/update/cancel, suspend/unsuspend, usage, limits and tenant defaults; the
// 90-day purge of cancelled tenants (tombstones) and the monthly usage cycle run on the sandbox clock.
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/ResourceCommon.h"
#include "resources/Resources.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace simuwave::sandbox {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

static constexpr qint64 DayMs = 24LL * 3600 * 1000;
static constexpr qint64 PurgeAfterMs = 90 * DayMs;

static const QString TenantColumns = QStringLiteral(
    "name, sip_prefix, billing_email, default_cnam, timezone, status, suspension_reason, e911_address, "
    "billing_profile_id, users_count, extensions_count, dids_count, lim_spend, lim_extensions, lim_dids, "
    "lim_minutes, "
    "lim_alert, lim_auto_suspend, limits_updated_at, cancelled_at, created_at");

static UsageLimits limitsFromRow(const QSqlQuery &q, int first)
{
    UsageLimits l;
    auto opt = [&](int i) {
        return q.value(i).isNull() ? std::nullopt : std::optional<qint64>(q.value(i).toLongLong());
    };
    l.monthlySpendCents = opt(first);
    l.maxExtensions = opt(first + 1);
    l.maxDids = opt(first + 2);
    l.maxMonthlyMinutes = opt(first + 3);
    l.alertThresholdPercent = q.value(first + 4).toInt();
    l.autoSuspend = q.value(first + 5).toInt() != 0;
    return l;
}

static QJsonObject tenantJson(const QSqlQuery &q)
{
    const qint64 cancelledAt = q.value(22).toLongLong();
    const QString bp = q.value(11).toString();
    return {
        {QStringLiteral("id"), wire::publicId(u"tnt", q.value(0).toLongLong())},
        {QStringLiteral("name"), q.value(3).toString()},
        {QStringLiteral("sip_prefix"), q.value(4).toString()},
        {QStringLiteral("billing_email"), q.value(5).toString()},
        {QStringLiteral("default_cnam"), q.value(6).toString()},
        {QStringLiteral("timezone"), q.value(7).toString()},
        {QStringLiteral("status"), q.value(8).toString()},
        {QStringLiteral("suspension_reason"),
         q.value(9).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(9).toString())},
        {QStringLiteral("e911_address"), addressJson(q.value(10).toString())},
        {QStringLiteral("billing_profile_id"), bp.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bp)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("users"), q.value(12).toLongLong()},
                                               {QStringLiteral("extensions"), q.value(13).toLongLong()},
                                               {QStringLiteral("dids"), q.value(14).toLongLong()}}},
        {QStringLiteral("limits"), limitsJson(limitsFromRow(q, 15), q.value(21).toLongLong())},
        {QStringLiteral("cancelled_at"), wire::isoTimeOrNull(cancelledAt)},
        {QStringLiteral("purge_at"), cancelledAt > 0 ? QJsonValue(wire::isoTime(cancelledAt + PurgeAfterMs))
                                                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("created_at"), wire::isoTime(q.value(23).toLongLong())},
        {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

QJsonObject tenantJsonById(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q,
                  QStringLiteral("SELECT id, updated_at, deleted, ") + TenantColumns +
                      QStringLiteral(" FROM tenants WHERE id = ? AND deleted = 0"),
                  {id}) ||
        !q.next())
        return {};
    return tenantJson(q);
}

// Resolves {id} to a live tenant the caller may see: the row id, or the answer to give.
static std::variant<qint64, ApiResponse> resolveTenant(ApiRequest &req, SandboxContext &ctx)
{
    const QString pid = req.pathParam(QStringLiteral("id"));
    const qint64 id = wire::rowId(u"tnt", pid);
    if (id == 0 ||
        !ctx.scalar(QStringLiteral("SELECT 1 FROM tenants WHERE id = ? AND deleted = 0"), {id}).isValid())
        return errors::notFound(QStringLiteral("Tenant"), pid);
    if (auto denied = ctx.requireTenant(req, id, pid))
        return *denied;
    return id;
}

static ApiResponse partnerLevelOnly(const ApiRequest &req)
{
    Q_UNUSED(req)
    return errors::forbidden(
        tr("permission denied: a tenant-scoped API key cannot change partner-level settings"));
}

static QString validTimezone(const QString &tz)
{
    if (tz.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(tz.toUtf8()))
        return tr("timezone must be an IANA time zone such as America/Chicago.");
    return {};
}

// ---- list / get -------------------------------------------------------------------------------

static ApiResponse listTenants(ApiRequest &req, SandboxContext &ctx)
{
    ListSpec spec;
    spec.table = QStringLiteral("tenants");
    spec.columns = TenantColumns;
    spec.idPrefix = QStringLiteral("tnt");
    spec.row = &tenantJson;
    if (req.hasQuery(QStringLiteral("status"))) {
        const QString s = req.queryValue(QStringLiteral("status"));
        static const QStringList statuses{QStringLiteral("TRIAL"), QStringLiteral("ACTIVE"),
                                          QStringLiteral("SUSPENDED"), QStringLiteral("CANCELLED")};
        if (!statuses.contains(s))
            return errors::validationField(QStringLiteral("status"),
                                           tr("status must be one of TRIAL, ACTIVE, SUSPENDED, CANCELLED."));
        spec.conditions << QStringLiteral("status = ?");
        spec.binds << s;
    }
    if (req.hasQuery(QStringLiteral("q"))) {
        const QString q = req.queryValue(QStringLiteral("q")).trimmed();
        if (q.size() > 100)
            return errors::validationField(QStringLiteral("q"), tr("q must be at most 100 characters."));
        if (!q.isEmpty()) {
            spec.conditions << QStringLiteral("(name LIKE ? ESCAPE '\\' OR billing_email LIKE ? ESCAPE '\\' "
                                              "OR sip_prefix LIKE ? ESCAPE '\\')");
            QString like = q;
            like.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('%'), QLatin1String("\\%"))
                .replace(QLatin1Char('_'), QLatin1String("\\_"));
            like = QLatin1Char('%') + like + QLatin1Char('%');
            spec.binds << like << like << like;
        }
    }
    if (req.principal.isTenantScoped()) {
        QStringList marks;
        for (qint64 t : req.principal.tenantScope) {
            marks << QStringLiteral("?");
            spec.binds << t;
        }
        spec.conditions << QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return listPage(req, ctx, spec);
}

static ApiResponse getTenant(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveTenant(req, ctx);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    return ApiResponse::ok(tenantJsonById(ctx, std::get<qint64>(r)));
}

// ---- create / update ----------------------------------------------------------------------------

struct TenantDefaults
{
    QString timezone = QStringLiteral("America/Chicago");
    QString defaultCnam;
    QString billingProfileId;
    QString suspensionBehavior = QStringLiteral("auto_suspend");
    UsageLimits limits = UsageLimits::recommended();
    qint64 updatedAt = 0;
};

static TenantDefaults loadDefaults(SandboxContext &ctx)
{
    TenantDefaults d;
    QSqlQuery q(ctx.db());
    if (ctx.exec(q, QStringLiteral(
                        "SELECT timezone, default_cnam, billing_profile_id, suspension_behavior, lim_spend, "
                        "lim_extensions, lim_dids, lim_minutes, lim_alert, lim_auto_suspend, updated_at "
                        "FROM tenant_defaults WHERE id = 1")) &&
        q.next()) {
        d.timezone = q.value(0).toString();
        d.defaultCnam = q.value(1).toString();
        d.billingProfileId = q.value(2).toString();
        d.suspensionBehavior = q.value(3).toString();
        d.limits = limitsFromRow(q, 4);
        d.updatedAt = q.value(10).toLongLong();
    }
    return d;
}

static void checkBillingProfile(BodyReader &body, const std::optional<QString> &bp)
{
    if (bp && !bp->isEmpty() && !bp->startsWith(QLatin1String("bp_")))
        body.addError(QStringLiteral("billing_profile_id"),
                      tr("billing_profile_id must be a billing profile id (bp_...)."));
}

static ApiResponse createTenant(ApiRequest &req, SandboxContext &ctx)
{
    if (req.principal.isTenantScoped())
        return partnerLevelOnly(req);
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto name = body.string(QStringLiteral("name"), true);
    const auto sip = body.string(QStringLiteral("sip_prefix"));
    const auto email = body.string(QStringLiteral("billing_email"), true);
    const auto cnam = body.string(QStringLiteral("default_cnam"));
    const auto tz = body.string(QStringLiteral("timezone"));
    const auto status = body.string(QStringLiteral("status"));
    const auto bp = body.string(QStringLiteral("billing_profile_id"));
    const auto address = readAddress(body, body.object().value(QStringLiteral("e911_address")),
                                     QStringLiteral("e911_address"));
    std::optional<UsageLimits> limits;
    if (auto lo = body.object(QStringLiteral("limits")))
        limits = readLimits(body, *lo, QStringLiteral("limits."));
    if (name)
        if (QString e = validation::tenantName(*name); !e.isEmpty())
            body.addError(QStringLiteral("name"), e);
    if (!sip)
        body.addError(QStringLiteral("sip_prefix"),
                      tr("sip_prefix is required (3-12 letters or digits; suggestion: %1).")
                          .arg(validation::suggestSipPrefix(name.value_or(QString()))));
    else if (QString e = validation::sipPrefix(*sip); !e.isEmpty())
        body.addError(QStringLiteral("sip_prefix"), e);
    if (email)
        if (QString e = validation::email(*email, QStringLiteral("billing_email")); !e.isEmpty())
            body.addError(QStringLiteral("billing_email"), e);
    if (cnam)
        if (QString e = validation::cnam(*cnam); !e.isEmpty())
            body.addError(QStringLiteral("default_cnam"), e);
    if (tz)
        if (QString e = validTimezone(*tz); !e.isEmpty())
            body.addError(QStringLiteral("timezone"), e);
    if (status && *status != QLatin1String("TRIAL") && *status != QLatin1String("ACTIVE"))
        body.addError(QStringLiteral("status"), tr("A new tenant starts as TRIAL or ACTIVE."));
    checkBillingProfile(body, bp);
    if (!body.ok())
        return body.errorResponse();
    if (ctx.scalar(QStringLiteral("SELECT 1 FROM tenants WHERE sip_prefix = ? COLLATE NOCASE"), {*sip})
            .isValid())
        return errors::conflict(QStringLiteral("sip_prefix_taken"),
                                tr("The SIP prefix %1 is already used by another tenant.").arg(*sip),
                                QStringLiteral("sip_prefix"));
    const TenantDefaults d = loadDefaults(ctx);
    const UsageLimits l = limits.value_or(d.limits);
    const qint64 now = ctx.nowMs();
    auto opt = [](const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); };
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral(
                "INSERT INTO tenants(name, sip_prefix, billing_email, default_cnam, timezone, status, "
                "e911_address, billing_profile_id, lim_spend, lim_extensions, lim_dids, lim_minutes, "
                "lim_alert, lim_auto_suspend, limits_updated_at, created_at, updated_at) "
                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
            {name->trimmed(), *sip, email->trimmed(), notNull(cnam.value_or(d.defaultCnam)),
             tz.value_or(d.timezone), status.value_or(QStringLiteral("TRIAL")),
             address ? QVariant(storeAddress(*address)) : QVariant(),
             bp ? QVariant(*bp) : (d.billingProfileId.isEmpty() ? QVariant() : QVariant(d.billingProfileId)),
             opt(l.monthlySpendCents), opt(l.maxExtensions), opt(l.maxDids), opt(l.maxMonthlyMinutes),
             l.alertThresholdPercent, l.autoSuspend ? 1 : 0, now, now, now}))
        return errors::make(500, QStringLiteral("api_error"), QStringLiteral("internal_error"),
                            tr("Could not create the tenant."));
    const qint64 id = q.lastInsertId().toLongLong();
    ApiResponse r = ApiResponse::created(tenantJsonById(ctx, id));
    r.addHeader("Location", "/v1/tenants/" + wire::publicId(u"tnt", id).toLatin1());
    return r;
}

static void cancelTenant(SandboxContext &ctx, qint64 id)
{
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    // Deleting = CANCELLED; its numbers go back to the partner's inventory as RELEASED.
    ctx.exec(q,
             QStringLiteral("UPDATE phone_numbers SET tenant_id = NULL, status = 'RELEASED', updated_at = ? "
                            "WHERE tenant_id = ? AND deleted = 0"),
             {now, id});
    ctx.exec(
        q,
        QStringLiteral("UPDATE tenants SET status = 'CANCELLED', suspension_reason = NULL, cancelled_at = ?, "
                       "dids_count = 0, updated_at = ? WHERE id = ?"),
        {now, now, id});
}

static ApiResponse updateTenant(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveTenant(req, ctx);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    const qint64 id = std::get<qint64>(r);
    const auto t = loadTenant(ctx, id);
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    if (t->status == QLatin1String("CANCELLED"))
        return errors::conflict(QStringLiteral("tenant_cancelled"),
                                tr("Tenant %1 is cancelled and read-only; unsuspend it first.").arg(t->name));
    const QStringList known{QStringLiteral("name"),
                            QStringLiteral("billing_email"),
                            QStringLiteral("default_cnam"),
                            QStringLiteral("timezone"),
                            QStringLiteral("status"),
                            QStringLiteral("e911_address"),
                            QStringLiteral("billing_profile_id")};
    for (auto it = body.object().constBegin(); it != body.object().constEnd(); ++it) {
        if (it.key() == QLatin1String("sip_prefix"))
            body.addError(QStringLiteral("sip_prefix"),
                          tr("sip_prefix cannot be changed after the tenant is created."));
        else if (!known.contains(it.key()))
            body.addError(it.key(), tr("%1 cannot be changed.").arg(it.key()));
    }
    const auto name = body.string(QStringLiteral("name"));
    const auto email = body.string(QStringLiteral("billing_email"));
    const auto cnam = body.string(QStringLiteral("default_cnam"));
    const auto tz = body.string(QStringLiteral("timezone"));
    const auto status = body.string(QStringLiteral("status"));
    const auto bp = body.string(QStringLiteral("billing_profile_id"));
    const QJsonValue addrValue = body.object().value(QStringLiteral("e911_address"));
    const auto address = readAddress(body, addrValue, QStringLiteral("e911_address"));
    if (name)
        if (QString e = validation::tenantName(*name); !e.isEmpty())
            body.addError(QStringLiteral("name"), e);
    if (body.has(QStringLiteral("name")) && body.isNull(QStringLiteral("name")))
        body.addError(QStringLiteral("name"), validation::tenantName(QString()));
    if (email)
        if (QString e = validation::email(*email, QStringLiteral("billing_email")); !e.isEmpty())
            body.addError(QStringLiteral("billing_email"), e);
    if (cnam)
        if (QString e = validation::cnam(*cnam); !e.isEmpty())
            body.addError(QStringLiteral("default_cnam"), e);
    if (tz)
        if (QString e = validTimezone(*tz); !e.isEmpty())
            body.addError(QStringLiteral("timezone"), e);
    static const QStringList statuses{QStringLiteral("TRIAL"), QStringLiteral("ACTIVE"),
                                      QStringLiteral("SUSPENDED"), QStringLiteral("CANCELLED")};
    if (status && !statuses.contains(*status))
        body.addError(QStringLiteral("status"),
                      tr("status must be one of TRIAL, ACTIVE, SUSPENDED, CANCELLED."));
    checkBillingProfile(body, bp);
    if (!body.ok())
        return body.errorResponse();

    QStringList sets;
    QVariantList binds;
    auto set = [&](const char *col, const QVariant &v) {
        sets << QLatin1String(col) + QStringLiteral(" = ?");
        binds << v;
    };
    if (name)
        set("name", name->trimmed());
    if (email)
        set("billing_email", email->trimmed());
    if (cnam)
        set("default_cnam", notNull(*cnam));
    if (tz)
        set("timezone", *tz);
    if (bp)
        set("billing_profile_id", bp->isEmpty() ? QVariant() : QVariant(*bp));
    if (address)
        set("e911_address", storeAddress(*address));
    else if (addrValue.isNull() && body.has(QStringLiteral("e911_address")))
        set("e911_address", QVariant());
    if (status && *status != t->status && *status != QLatin1String("CANCELLED")) {
        set("status", *status);
        set("suspension_reason",
            *status == QLatin1String("SUSPENDED") ? QVariant(QStringLiteral("manual")) : QVariant());
    }
    const qint64 now = ctx.nowMs();
    set("updated_at", now);
    binds << id;
    QSqlQuery q(ctx.db());
    ctx.exec(q, QStringLiteral("UPDATE tenants SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))),
             binds);
    if (status && *status == QLatin1String("CANCELLED"))
        cancelTenant(ctx, id);
    return ApiResponse::ok(tenantJsonById(ctx, id));
}

static ApiResponse deleteTenant(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveTenant(req, ctx);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    const qint64 id = std::get<qint64>(r);
    const auto t = loadTenant(ctx, id);
    if (t->status == QLatin1String("CANCELLED"))
        return errors::conflict(QStringLiteral("tenant_cancelled"),
                                tr("Tenant %1 is already cancelled.").arg(t->name));
    cancelTenant(ctx, id);
    return ApiResponse::ok(tenantJsonById(ctx, id));
}

static ApiResponse suspendTenant(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveTenant(req, ctx);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    const qint64 id = std::get<qint64>(r);
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto reason = body.string(QStringLiteral("reason"));
    if (reason && reason->size() > 500)
        body.addError(QStringLiteral("reason"), tr("reason must be at most 500 characters."));
    if (!body.ok())
        return body.errorResponse();
    const auto t = loadTenant(ctx, id);
    if (t->status != QLatin1String("TRIAL") && t->status != QLatin1String("ACTIVE"))
        return errors::conflict(QStringLiteral("invalid_status_transition"),
                                tr("Tenant %1 is %2 and cannot be suspended.").arg(t->name, t->status));
    QSqlQuery q(ctx.db());
    ctx.exec(
        q,
        QStringLiteral(
            "UPDATE tenants SET status = 'SUSPENDED', suspension_reason = 'manual', suspension_note = ?, "
            "updated_at = ? WHERE id = ?"),
        {reason.value_or(QString()), ctx.nowMs(), id});
    return ApiResponse::ok(tenantJsonById(ctx, id));
}

static ApiResponse unsuspendTenant(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveTenant(req, ctx);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    const qint64 id = std::get<qint64>(r);
    const auto t = loadTenant(ctx, id);
    if (t->status != QLatin1String("SUSPENDED") && t->status != QLatin1String("CANCELLED"))
        return errors::conflict(QStringLiteral("invalid_status_transition"),
                                tr("Tenant %1 is %2, not suspended or cancelled.").arg(t->name, t->status));
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral(
                 "UPDATE tenants SET status = 'ACTIVE', suspension_reason = NULL, suspension_note = NULL, "
                 "cancelled_at = NULL, updated_at = ? WHERE id = ?"),
             {ctx.nowMs(), id});
    return ApiResponse::ok(tenantJsonById(ctx, id));
}

// ---- usage and limits ---------------------------------------------------------------------------

static QDate cycleStart(qint64 nowMs)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    return QDate(d.year(), d.month(), 1);
}

static QJsonObject meter(qint64 used, const std::optional<qint64> &limit, int threshold)
{
    QJsonValue percent(QJsonValue::Null);
    bool alerted = false, exceeded = false;
    if (limit) {
        const qint64 p = *limit > 0 ? used * 100 / *limit : (used > 0 ? 100 : 0);
        percent = p;
        alerted = p >= threshold;
        exceeded = used >= *limit;
    }
    return {{QStringLiteral("used"), used},
            {QStringLiteral("limit"), limit ? QJsonValue(*limit) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("percent"), percent},
            {QStringLiteral("alerted"), alerted},
            {QStringLiteral("exceeded"), exceeded}};
}

// The tenant's usage of the current cycle against its caps; `alerts` lists the partner's alerts of this
// cycle (a meter reaching the alert threshold, then its cap), each raised once.
static const QString UsageColumns = QStringLiteral(
    "lim_spend, lim_extensions, lim_dids, lim_minutes, lim_alert, lim_auto_suspend, usage_spend_cents, "
    "extensions_count, dids_count, usage_minutes_local, usage_minutes_tf, usage_alerts");

// `q` holds id, updated_at, deleted and then UsageColumns.
static QJsonObject usageJson(const QSqlQuery &q, qint64 nowMs)
{
    const UsageLimits l = limitsFromRow(q, 3);
    const int th = l.alertThresholdPercent;
    const qint64 local = q.value(12).toLongLong(), tollFree = q.value(13).toLongLong();
    const QDate start = cycleStart(nowMs);
    return QJsonObject{
        {QStringLiteral("tenant_id"), wire::publicId(u"tnt", q.value(0).toLongLong())},
        {QStringLiteral("period_start"), start.toString(Qt::ISODate)},
        {QStringLiteral("period_end"), start.addMonths(1).addDays(-1).toString(Qt::ISODate)},
        {QStringLiteral("spend_cents"), meter(q.value(9).toLongLong(), l.monthlySpendCents, th)},
        {QStringLiteral("extensions"), meter(q.value(10).toLongLong(), l.maxExtensions, th)},
        {QStringLiteral("dids"), meter(q.value(11).toLongLong(), l.maxDids, th)},
        {QStringLiteral("minutes"), meter(local + tollFree, l.maxMonthlyMinutes, th)},
        {QStringLiteral("minutes_local"), local},
        {QStringLiteral("minutes_toll_free"), tollFree},
        {QStringLiteral("alerts"), QJsonDocument::fromJson(q.value(14).toByteArray()).array()},
        {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

static ApiResponse tenantUsage(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveTenant(req, ctx);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral("SELECT id, updated_at, deleted, %1 FROM tenants WHERE id = ?").arg(UsageColumns),
             {std::get<qint64>(r)});
    q.next();
    return ApiResponse::ok(usageJson(q, ctx.nowMs()));
}

// GET /v1/tenant-usage: every tenant's usage record as a list, so that a client keeps all of them in step
// with one delta listing instead of a request per tenant. A record changes with its tenant (updated_at).
static ApiResponse listTenantUsage(ApiRequest &req, SandboxContext &ctx)
{
    ListSpec spec;
    spec.table = QStringLiteral("tenants");
    spec.columns = UsageColumns;
    spec.idPrefix = QStringLiteral("tnt");
    spec.row = [now = ctx.nowMs()](const QSqlQuery &q) { return usageJson(q, now); };
    if (req.principal.isTenantScoped()) {
        QStringList marks;
        for (qint64 t : req.principal.tenantScope) {
            marks << QStringLiteral("?");
            spec.binds << t;
        }
        spec.conditions << QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return listPage(req, ctx, spec);
}

bool checkUsageLimits(SandboxContext &ctx, qint64 tenantId)
{
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q,
                  QStringLiteral("SELECT id, updated_at, deleted, %1, status FROM tenants WHERE id = ?")
                      .arg(UsageColumns),
                  {tenantId}) ||
        !q.next())
        return false;
    const qint64 now = ctx.nowMs();
    const QJsonObject usage = usageJson(q, now);
    const QString status = q.value(15).toString();
    QJsonArray alerts = usage.value(QStringLiteral("alerts")).toArray();
    const auto raised = [&alerts](const QString &meterName, const QString &level) {
        for (const QJsonValue &a : std::as_const(alerts))
            if (a[QStringLiteral("meter")] == meterName && a[QStringLiteral("level")] == level)
                return true;
        return false;
    };
    bool capHit = false, changed = false;
    for (const char *name : {"spend_cents", "minutes", "dids", "extensions"}) {
        const QString meterName = QString::fromLatin1(name);
        const QJsonObject m = usage.value(meterName).toObject();
        const bool spendOrMinutes =
            meterName == QLatin1String("spend_cents") || meterName == QLatin1String("minutes");
        for (const QString &level : {QStringLiteral("threshold"), QStringLiteral("cap")}) {
            const bool reached = level == QLatin1String("cap") ? m.value(QStringLiteral("exceeded")).toBool()
                                                               : m.value(QStringLiteral("alerted")).toBool();
            if (!reached)
                continue;
            if (level == QLatin1String("cap") && spendOrMinutes)
                capHit = true;
            if (raised(meterName, level))
                continue;
            alerts.append(QJsonObject{{QStringLiteral("meter"), meterName},
                                      {QStringLiteral("level"), level},
                                      {QStringLiteral("used"), m.value(QStringLiteral("used"))},
                                      {QStringLiteral("limit"), m.value(QStringLiteral("limit"))},
                                      {QStringLiteral("at"), wire::isoTime(now)}});
            changed = true;
        }
    }
    if (changed)
        ctx.exec(q, QStringLiteral("UPDATE tenants SET usage_alerts = ?, updated_at = ? WHERE id = ?"),
                 {QString::fromUtf8(QJsonDocument(alerts).toJson(QJsonDocument::Compact)), now, tenantId});
    if (capHit && status != QLatin1String("SUSPENDED") && status != QLatin1String("CANCELLED")) {
        if (const auto t = loadTenant(ctx, tenantId); t && autoSuspendForLimit(ctx, *t))
            changed = true;
    }
    return changed;
}

static ApiResponse limitsAnswer(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral(
                 "SELECT lim_spend, lim_extensions, lim_dids, lim_minutes, lim_alert, lim_auto_suspend, "
                 "limits_updated_at FROM tenants WHERE id = ?"),
             {id});
    q.next();
    return ApiResponse::ok(limitsJson(limitsFromRow(q, 0), q.value(6).toLongLong()));
}

static ApiResponse getLimits(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveTenant(req, ctx);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    return limitsAnswer(ctx, std::get<qint64>(r));
}

static void storeLimits(SandboxContext &ctx, qint64 id, const UsageLimits &l)
{
    auto opt = [](const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); };
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral(
                 "UPDATE tenants SET lim_spend = ?, lim_extensions = ?, lim_dids = ?, lim_minutes = ?, "
                 "lim_alert = ?, lim_auto_suspend = ?, limits_updated_at = ?, updated_at = ? WHERE id = ?"),
             {opt(l.monthlySpendCents), opt(l.maxExtensions), opt(l.maxDids), opt(l.maxMonthlyMinutes),
              l.alertThresholdPercent, l.autoSuspend ? 1 : 0, now, now, id});
}

static ApiResponse putLimits(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveTenant(req, ctx);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    const qint64 id = std::get<qint64>(r);
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    for (auto it = body.object().constBegin(); it != body.object().constEnd(); ++it) {
        static const QStringList known{QStringLiteral("monthly_spend_cents"),
                                       QStringLiteral("max_extensions"),
                                       QStringLiteral("max_dids"),
                                       QStringLiteral("max_monthly_minutes"),
                                       QStringLiteral("alert_threshold_percent"),
                                       QStringLiteral("auto_suspend"),
                                       QStringLiteral("updated_at")};
        if (!known.contains(it.key()))
            body.addError(it.key(), tr("%1 is not a usage limit.").arg(it.key()));
    }
    const auto l = readLimits(body, body.object(), QString());
    if (!body.ok() || !l)
        return body.errorResponse();
    storeLimits(ctx, id, *l);
    return limitsAnswer(ctx, id);
}

static ApiResponse resetLimits(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveTenant(req, ctx);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    const qint64 id = std::get<qint64>(r);
    storeLimits(ctx, id, loadDefaults(ctx).limits);
    return limitsAnswer(ctx, id);
}

// ---- tenant defaults ----------------------------------------------------------------------------

static QJsonObject defaultsJson(const TenantDefaults &d)
{
    return {{QStringLiteral("timezone"), d.timezone},
            {QStringLiteral("default_cnam"), d.defaultCnam},
            {QStringLiteral("billing_profile_id"),
             d.billingProfileId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(d.billingProfileId)},
            {QStringLiteral("suspension_behavior"), d.suspensionBehavior},
            {QStringLiteral("limits"), limitsJson(d.limits, d.updatedAt)},
            {QStringLiteral("updated_at"), wire::isoTime(d.updatedAt)}};
}

static ApiResponse getDefaults(ApiRequest &, SandboxContext &ctx)
{
    return ApiResponse::ok(defaultsJson(loadDefaults(ctx)));
}

static ApiResponse putDefaults(ApiRequest &req, SandboxContext &ctx)
{
    if (req.principal.isTenantScoped())
        return partnerLevelOnly(req);
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto tz = body.string(QStringLiteral("timezone"), true);
    const auto cnam = body.string(QStringLiteral("default_cnam"));
    const auto bp = body.string(QStringLiteral("billing_profile_id"));
    const auto behavior = body.string(QStringLiteral("suspension_behavior"), true);
    const auto lo = body.object(QStringLiteral("limits"), true);
    std::optional<UsageLimits> limits;
    if (lo)
        limits = readLimits(body, *lo, QStringLiteral("limits."));
    if (tz)
        if (QString e = validTimezone(*tz); !e.isEmpty())
            body.addError(QStringLiteral("timezone"), e);
    if (cnam)
        if (QString e = validation::cnam(*cnam); !e.isEmpty())
            body.addError(QStringLiteral("default_cnam"), e);
    if (behavior && *behavior != QLatin1String("auto_suspend") && *behavior != QLatin1String("alert_only"))
        body.addError(QStringLiteral("suspension_behavior"),
                      tr("suspension_behavior must be auto_suspend or alert_only."));
    checkBillingProfile(body, bp);
    if (!body.ok() || !limits)
        return body.errorResponse();
    auto opt = [](const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); };
    const UsageLimits &l = *limits;
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral(
                 "UPDATE tenant_defaults SET timezone = ?, default_cnam = ?, billing_profile_id = ?, "
                 "suspension_behavior = ?, lim_spend = ?, lim_extensions = ?, lim_dids = ?, lim_minutes = ?, "
                 "lim_alert = ?, lim_auto_suspend = ?, updated_at = ? WHERE id = 1"),
             {*tz, notNull(cnam.value_or(QString())), bp && !bp->isEmpty() ? QVariant(*bp) : QVariant(),
              *behavior, opt(l.monthlySpendCents), opt(l.maxExtensions), opt(l.maxDids),
              opt(l.maxMonthlyMinutes), l.alertThresholdPercent, l.autoSuspend ? 1 : 0, ctx.nowMs()});
    return ApiResponse::ok(defaultsJson(loadDefaults(ctx)));
}

// ---- lifecycle ----------------------------------------------------------------------------------

static constexpr qint64 HourMs = 3600 * 1000LL;

// Calls happen on the clock: every whole hour each working tenant with numbers talks a quarter to three
// quarters of a minute per DID (by tenant), every other tenant also takes toll-free calls (a fifth of its
// local minutes), at 2 cents a local and 3 cents a toll-free minute. Only hours of the current cycle count,
// so an advance across the first of the month starts from zero. Caps and alerts are checked afterwards.
static void accrueUsage(SandboxContext &ctx, qint64 now)
{
    const qint64 hour = now / HourMs;
    const QString stored =
        ctx.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'usage_accrued_hour'")).toString();
    if (!stored.isEmpty() && stored.toLongLong() >= hour)
        return;
    QSqlQuery q(ctx.db());
    ctx.exec(q, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('usage_accrued_hour', ?)"),
             {QString::number(hour)});
    if (stored.isEmpty())
        return; // a new data folder: its seeded usage stands for the hours before now
    const qint64 cycleHour = QDateTime(cycleStart(now), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() / HourMs;
    const qint64 hours = hour - qMax(stored.toLongLong(), cycleHour);
    if (hours <= 0)
        return;
    const QString local = QStringLiteral("(dids_count * (1 + id % 3) * %1 / 4)").arg(hours);
    const QString tollFree = QStringLiteral("(CASE WHEN id % 2 = 0 THEN %1 / 5 ELSE 0 END)").arg(local);
    ctx.exec(q,
             QStringLiteral("UPDATE tenants SET usage_minutes_local = usage_minutes_local + %1, "
                            "usage_minutes_tf = usage_minutes_tf + %2, "
                            "usage_spend_cents = usage_spend_cents + 2 * %1 + 3 * %2, "
                            "usage_updated_at = ?, updated_at = ? "
                            "WHERE deleted = 0 AND status IN ('ACTIVE', 'TRIAL') AND %1 > 0")
                 .arg(local, tollFree),
             {now, now});
    QList<qint64> capped;
    ctx.exec(q,
             QStringLiteral("SELECT id FROM tenants WHERE usage_updated_at = ? AND deleted = 0 AND "
                            "(lim_spend IS NOT NULL OR lim_minutes IS NOT NULL)"),
             {now});
    while (q.next())
        capped << q.value(0).toLongLong();
    for (qint64 id : std::as_const(capped))
        checkUsageLimits(ctx, id);
}

static void tenantTicker(SandboxContext &ctx, qint64 now)
{
    QSqlQuery q(ctx.db());
    // 90 days after cancellation the tenant is purged: a tombstone for delta sync.
    ctx.exec(q,
             QStringLiteral(
                 "UPDATE tenants SET deleted = 1, updated_at = ? WHERE status = 'CANCELLED' AND deleted = 0 "
                 "AND cancelled_at <= ?"),
             {now, now - PurgeAfterMs});
    // A new billing cycle starts on the first of the month (sandbox clock): usage starts from zero.
    const QString cycle = cycleStart(now).toString(QStringLiteral("yyyy-MM"));
    const QString stored =
        ctx.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'usage_cycle'")).toString();
    if (stored != cycle) {
        if (!stored.isEmpty())
            ctx.exec(q,
                     QStringLiteral("UPDATE tenants SET usage_spend_cents = 0, usage_minutes_local = 0, "
                                    "usage_minutes_tf = 0, usage_alerts = NULL, usage_updated_at = ?, "
                                    "updated_at = ? WHERE deleted = 0"),
                     {now, now});
        ctx.exec(q, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('usage_cycle', ?)"),
                 {cycle});
    }
    accrueUsage(ctx, now);
}

// ---- seeding ------------------------------------------------------------------------------------

static const char *const DemoNames[] = {
    "Pinedale Plumbing",     "Harbor Realty Group",   "Northside Dental",        "Bluebird Bakery",
    "Summit Legal Partners", "Riverbend Veterinary",  "Oakline Insurance",       "Cedar Ridge Clinic",
    "Lakeshore Auto Repair", "Copperleaf Accounting", "Maple Street Pediatrics", "Granite Peak Roofing",
    "Silverline Logistics",  "Brightpath Tutoring",   "Ironwood Fitness",        "Meadowlark Florist",
    "Crescent City Movers",  "Redwood Property Mgmt", "Willow Creek Spa",        "Sunset Pool Service",
    "Keystone HVAC",         "Evergreen Landscaping", "Blue Harbor Marina",      "Tall Pines Lodge",
    "Prairie Wind Energy",   "Hilltop Pharmacy",      "Old Town Hardware",       "Coastal Title Co"};

struct SeedAddress
{
    const char *street, *city, *state, *zip, *tz;
};
static const SeedAddress SeedAddresses[] = {
    {"1234 Main St Suite 200", "Little Rock", "AR", "72201", "America/Chicago"},
    {"88 Congress Ave Floor 3", "Austin", "TX", "78701", "America/Chicago"},
    {"455 Market St Suite 1200", "San Francisco", "CA", "94105", "America/Los_Angeles"},
    {"350 Fifth Ave Floor 21", "New York", "NY", "10118", "America/New_York"},
    {"200 S Biscayne Blvd Suite 400", "Miami", "FL", "33131", "America/New_York"},
    {"233 S Wacker Dr Floor 40", "Chicago", "IL", "60606", "America/Chicago"},
    {"1201 3rd Ave Suite 1500", "Seattle", "WA", "98101", "America/Los_Angeles"},
    {"100 N Broadway Suite 300", "Saint Louis", "MO", "63102", "America/Chicago"},
    {"1600 Glenarm Pl Suite 120", "Denver", "CO", "80202", "America/Denver"},
    {"191 Peachtree St NE Floor 12", "Atlanta", "GA", "30303", "America/New_York"},
    {"1 Federal St Floor 5", "Boston", "MA", "02110", "America/New_York"},
    {"2 N Central Ave Suite 1800", "Phoenix", "AZ", "85004", "America/Phoenix"},
};

static bool seedTenants(SeedContext &s)
{
    QSqlQuery q(s.db);
    const qint64 now = s.nowMs;
    auto opt = [](const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(); };
    const UsageLimits rec = UsageLimits::recommended();
    if (!s.exec(q,
                QStringLiteral(
                    "INSERT INTO tenant_defaults(id, timezone, default_cnam, billing_profile_id, "
                    "suspension_behavior, lim_spend, lim_extensions, lim_dids, lim_minutes, lim_alert, "
                    "lim_auto_suspend, updated_at) VALUES(1, 'America/Chicago', '', NULL, 'auto_suspend', "
                    "?, ?, ?, ?, ?, ?, ?)"),
                {opt(rec.monthlySpendCents), opt(rec.maxExtensions), opt(rec.maxDids),
                 opt(rec.maxMonthlyMinutes), rec.alertThresholdPercent, rec.autoSuspend ? 1 : 0,
                 now - 300 * DayMs}))
        return false;
    int count = 0;
    if (s.profile == QLatin1String("demo"))
        count = 25;
    else if (s.profile == QLatin1String("large"))
        count = 5000;
    else if (s.profile == QLatin1String("huge"))
        count = 10000;
    if (count == 0)
        return true;
    const bool demo = s.profile == QLatin1String("demo");
    // Demo statuses cover every status and every suspension reason.
    static const char *const demoStatus[] = {
        "ACTIVE", "ACTIVE",    "TRIAL",  "ACTIVE", "SUSPENDED", "ACTIVE", "CANCELLED", "ACTIVE", "TRIAL",
        "ACTIVE", "SUSPENDED", "ACTIVE", "ACTIVE", "TRIAL",     "ACTIVE", "CANCELLED", "ACTIVE", "SUSPENDED",
        "ACTIVE", "ACTIVE",    "TRIAL",  "ACTIVE", "ACTIVE",    "ACTIVE", "ACTIVE"};
    static const char *const reasons[] = {"manual", "usage_limit", "non_payment"};
    int suspended = 0;
    if (!q.prepare(QStringLiteral("INSERT INTO tenants(id, name, sip_prefix, billing_email, default_cnam, "
                                  "timezone, status, suspension_reason, "
                                  "e911_address, billing_profile_id, users_count, extensions_count, "
                                  "lim_spend, lim_extensions, lim_dids, "
                                  "lim_minutes, lim_alert, lim_auto_suspend, limits_updated_at, "
                                  "usage_spend_cents, usage_minutes_local, "
                                  "usage_minutes_tf, usage_updated_at, cancelled_at, created_at, updated_at) "
                                  "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
        return false;
    for (int i = 1; i <= count; ++i) {
        QString name, status;
        if (demo) {
            name = QString::fromLatin1(DemoNames[i - 1]);
            status = QString::fromLatin1(demoStatus[i - 1]);
        } else {
            name = QString::fromLatin1(DemoNames[s.rng.bounded(int(std::size(DemoNames)))]) +
                   QStringLiteral(" #%1").arg(i);
            const int roll = s.rng.bounded(100);
            status = roll < 70   ? QStringLiteral("ACTIVE")
                     : roll < 85 ? QStringLiteral("TRIAL")
                     : roll < 95 ? QStringLiteral("SUSPENDED")
                                 : QStringLiteral("CANCELLED");
        }
        const QString sip =
            demo ? validation::suggestSipPrefix(name).left(9) + QString::number(i)
                 : QStringLiteral("t%1").arg(QString::number(i, 36).rightJustified(6, QLatin1Char('0')));
        const SeedAddress &a = SeedAddresses[s.rng.bounded(int(std::size(SeedAddresses)))];
        Address addr{QString::fromLatin1(a.street), QString::fromLatin1(a.city), QString::fromLatin1(a.state),
                     QString::fromLatin1(a.zip), QStringLiteral("US")};
        const QString cnam = name.left(15).toUpper();
        // Demo tenants join every three weeks from about 20 months ago, so the oldest have 18+ months of
        // invoices (the revenue trends span a year and its prior period).
        const qint64 created = now - qint64(count - i + 1) * (demo ? 22 * DayMs : 3600 * 1000LL) - 40 * DayMs;
        const bool limited = s.rng.bounded(100) < 70;
        UsageLimits l = limited ? rec : UsageLimits{};
        if (limited && s.rng.bounded(3) == 0)
            l.maxDids = 40;
        const qint64 spend =
            l.monthlySpendCents ? s.rng.bounded(int(*l.monthlySpendCents)) : s.rng.bounded(120000);
        const qint64 local = s.rng.bounded(4000), tf = s.rng.bounded(800);
        QVariant reason, cancelledAt;
        if (status == QLatin1String("SUSPENDED"))
            reason = QString::fromLatin1(reasons[suspended++ % 3]);
        if (status == QLatin1String("CANCELLED"))
            cancelledAt = now - (demo ? (i % 2 ? 30 : 75) : s.rng.bounded(80)) * DayMs;
        const QVariantList row{i,
                               name,
                               sip,
                               QStringLiteral("billing@%1.example").arg(sip.toLower()),
                               cnam,
                               QString::fromLatin1(a.tz),
                               status,
                               reason,
                               storeAddress(addr),
                               QVariant(),
                               1 + s.rng.bounded(30),
                               1 + s.rng.bounded(45),
                               opt(l.monthlySpendCents),
                               opt(l.maxExtensions),
                               opt(l.maxDids),
                               opt(l.maxMonthlyMinutes),
                               l.alertThresholdPercent,
                               l.autoSuspend ? 1 : 0,
                               created,
                               spend,
                               local,
                               tf,
                               now,
                               cancelledAt,
                               created,
                               cancelledAt.isValid() ? cancelledAt.toLongLong() : created + DayMs};
        for (qsizetype b = 0; b < row.size(); ++b)
            q.bindValue(int(b), row.at(b));
        if (!q.exec()) {
            qWarning("Seeding failed: %s", qPrintable(q.lastError().text()));
            return false;
        }
        s.tenantIds.append(i);
    }
    // A key limited to the first tenant (tenant scope), for integrations handed to a third party.
    QRandomGenerator keyRng(s.rng.generate());
    QByteArray raw(20, Qt::Uninitialized);
    keyRng.fillRange(reinterpret_cast<quint32 *>(raw.data()), 5);
    const QByteArray key = "sk_test_" + raw.toHex();
    if (!s.exec(q,
                QStringLiteral(
                    "INSERT INTO api_keys(name, key_hash, last4, scopes, tenant_ids, rate_limit_per_minute, "
                    "status, created_at, updated_at) VALUES('Tenant 1 self-service', ?, ?, "
                    "'tenants:read tenants:write phone_numbers:read phone_numbers:write', '1', 1000, "
                    "'ACTIVE', ?, ?)"),
                {QString::fromLatin1(wire::sha256Hex(key)), QString::fromLatin1(key.right(4)),
                 now - 20 * DayMs, now - 20 * DayMs}))
        return false;
    s.credentials.insert(QStringLiteral("tenant_scoped_api_key"), QString::fromLatin1(key));
    s.credentials.insert(QStringLiteral("tenant_scoped_tenant_id"), wire::publicId(u"tnt", 1));
    return true;
}

void setupTenantResources(ResourceSetup &setup)
{
    setup.schema
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS tenants(id INTEGER PRIMARY KEY, name TEXT NOT NULL, sip_prefix "
               "TEXT NOT NULL, "
               "billing_email TEXT NOT NULL, default_cnam TEXT NOT NULL DEFAULT '', timezone TEXT NOT NULL, "
               "status TEXT NOT NULL, "
               "suspension_reason TEXT, suspension_note TEXT, e911_address TEXT, billing_profile_id TEXT, "
               "users_count INTEGER NOT NULL DEFAULT 0, extensions_count INTEGER NOT NULL DEFAULT 0, "
               "dids_count INTEGER NOT NULL DEFAULT 0, lim_spend INTEGER, lim_extensions INTEGER, lim_dids "
               "INTEGER, "
               "lim_minutes INTEGER, lim_alert INTEGER NOT NULL DEFAULT 80, lim_auto_suspend INTEGER NOT "
               "NULL DEFAULT 0, "
               "limits_updated_at INTEGER, usage_spend_cents INTEGER NOT NULL DEFAULT 0, "
               "usage_minutes_local INTEGER NOT NULL DEFAULT 0, usage_minutes_tf INTEGER NOT NULL DEFAULT 0, "
               "usage_updated_at INTEGER, cancelled_at INTEGER, created_at INTEGER NOT NULL, updated_at "
               "INTEGER NOT NULL, "
               "deleted INTEGER NOT NULL DEFAULT 0)")
        << QStringLiteral("ALTER TABLE tenants ADD COLUMN usage_alerts TEXT")
        << QStringLiteral(
               "CREATE UNIQUE INDEX IF NOT EXISTS tenants_sip ON tenants(sip_prefix COLLATE NOCASE)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS tenants_sync ON tenants(updated_at, id)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS tenants_status ON tenants(status)")
        // tenant_count of each billing profile (a listing asks it per profile)
        << QStringLiteral("CREATE INDEX IF NOT EXISTS tenants_billing_profile ON tenants(billing_profile_id)")
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS tenant_defaults(id INTEGER PRIMARY KEY CHECK(id = 1), timezone "
               "TEXT NOT "
               "NULL, default_cnam TEXT NOT NULL DEFAULT '', billing_profile_id TEXT, suspension_behavior "
               "TEXT NOT "
               "NULL, lim_spend INTEGER, lim_extensions INTEGER, lim_dids INTEGER, lim_minutes INTEGER, "
               "lim_alert INTEGER NOT NULL DEFAULT 80, lim_auto_suspend INTEGER NOT NULL DEFAULT 0, "
               "updated_at INTEGER NOT NULL)");
    setup.seedHooks.append(&seedTenants);
    setup.tickers.append(&tenantTicker);

    Router &r = setup.router;
    r.add("GET", QStringLiteral("/v1/tenants"), {QStringLiteral("tenants"), Access::Read}, &listTenants);
    r.add("POST", QStringLiteral("/v1/tenants"), {QStringLiteral("tenants"), Access::Write}, &createTenant);
    r.add("GET", QStringLiteral("/v1/tenants/{id}"), {QStringLiteral("tenants"), Access::Read}, &getTenant);
    r.add("PATCH", QStringLiteral("/v1/tenants/{id}"), {QStringLiteral("tenants"), Access::Write},
          &updateTenant);
    r.add("DELETE", QStringLiteral("/v1/tenants/{id}"), {QStringLiteral("tenants"), Access::Write},
          &deleteTenant);
    r.add("POST", QStringLiteral("/v1/tenants/{id}/suspend"), {QStringLiteral("tenants"), Access::Write},
          &suspendTenant);
    r.add("POST", QStringLiteral("/v1/tenants/{id}/unsuspend"), {QStringLiteral("tenants"), Access::Write},
          &unsuspendTenant);
    r.add("GET", QStringLiteral("/v1/tenants/{id}/usage"), {QStringLiteral("tenants"), Access::Read},
          &tenantUsage);
    r.add("GET", QStringLiteral("/v1/tenant-usage"), {QStringLiteral("tenants"), Access::Read},
          &listTenantUsage);
    r.add("GET", QStringLiteral("/v1/tenants/{id}/limits"), {QStringLiteral("tenants"), Access::Read},
          &getLimits);
    r.add("PUT", QStringLiteral("/v1/tenants/{id}/limits"), {QStringLiteral("tenants"), Access::Write},
          &putLimits);
    r.add("POST", QStringLiteral("/v1/tenants/{id}/limits/reset"), {QStringLiteral("tenants"), Access::Write},
          &resetLimits);
    r.add("GET", QStringLiteral("/v1/tenant-defaults"), {QStringLiteral("tenants"), Access::Read},
          &getDefaults);
    r.add("PUT", QStringLiteral("/v1/tenant-defaults"), {QStringLiteral("tenants"), Access::Write},
          &putDefaults);
}

} // namespace simuwave::sandbox
