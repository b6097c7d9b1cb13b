// Phone numbers (DIDs): inventory list/get/update (CNAM, E911), search of available numbers (local and
// toll-free, vanity patterns), purchase from the wallet, assign/unassign/release, bulk actions, and the
// lifecycles on the sandbox clock: PENDING -> ACTIVE, CNAM pending -> synced|failed, E911 pending ->
// registered|failed (PO boxes and cities the 911 database does not know).
#include "core/JsonRow.h"
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/SqlStatement.h"
#include "core/Wire.h"
#include "resources/ResourceCommon.h"
#include "resources/Resources.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace simuwave::sandbox {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

static constexpr qint64 ProvisioningMs = 30'000;           // PENDING -> ACTIVE ("usually within 60 seconds")
static constexpr qint64 CnamSyncMs = 30LL * 60 * 1000;     // CNAM confirmation from the carrier database
static constexpr qint64 E911RegisterMs = 10LL * 60 * 1000; // "usually < 1 hour"

struct Area
{
    const char *npa, *state, *city, *rateCenter;
};
static const Area Areas[] = {
    {"501", "AR", "Little Rock", "LITTLEROCK"},
    {"479", "AR", "Fayetteville", "FAYETTEVL"},
    {"512", "TX", "Austin", "AUSTIN"},
    {"214", "TX", "Dallas", "DALLAS"},
    {"713", "TX", "Houston", "HOUSTON"},
    {"415", "CA", "San Francisco", "SNFC CNTRL"},
    {"213", "CA", "Los Angeles", "LA CNTRL"},
    {"619", "CA", "San Diego", "SNDG DA"},
    {"212", "NY", "New York", "NWYRCYZN01"},
    {"718", "NY", "Brooklyn", "NWYRCYZN03"},
    {"305", "FL", "Miami", "MIAMI"},
    {"407", "FL", "Orlando", "ORLANDO"},
    {"312", "IL", "Chicago", "CHICAGO"},
    {"206", "WA", "Seattle", "SEATTLE"},
    {"314", "MO", "Saint Louis", "STLOUIS"},
    {"636", "MO", "OFallon", "OFALLON"},
    {"303", "CO", "Denver", "DENVER"},
    {"404", "GA", "Atlanta", "ATLANTA"},
    {"617", "MA", "Boston", "BOSTON"},
    {"602", "AZ", "Phoenix", "PHOENIX"},
    {"615", "TN", "Nashville", "NASHVILLE"},
    {"503", "OR", "Portland", "PORTLAND"},
    {"702", "NV", "Las Vegas", "LAS VEGAS"},
    {"612", "MN", "Minneapolis", "MINNEAPOLS"},
};
static const char *const TollFreeNpas[] = {"800", "833", "844", "855", "866", "877", "888"};

// Cities the sandbox's 911 database knows, per state (states not listed accept any valid city).
static bool cityKnown(const QString &state, const QString &city)
{
    bool stateListed = false;
    for (const Area &a : Areas) {
        if (state == QLatin1String(a.state)) {
            stateListed = true;
            if (city.compare(QLatin1String(a.city), Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return !stateListed;
}

// What the 911 provider will say about an address that passed the API's validation.
static QString e911Outcome(const Address &a)
{
    static const QRegularExpression poBox(QStringLiteral("\\b(p\\.?\\s*o\\.?\\s*b(ox)?|post\\s+office|pmb|"
                                                         "box\\s+\\d+|general\\s+delivery|lock\\s*box)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (poBox.match(a.street).hasMatch())
        return tr(
            "PO boxes and mail drops cannot be dispatched to; use the street address where the phone is.");
    if (!cityKnown(a.state, a.city))
        return tr("The 911 database has no city %1 in %2; check the spelling (e.g. Saint Louis, OFallon).")
            .arg(a.city, a.state);
    return {};
}

static QString cnamOutcome(const QString &cnam)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9 &.,'-]*$"));
    return allowed.match(cnam).hasMatch() ? QStringLiteral("synced") : QStringLiteral("failed");
}

static const QString NumberColumns = QStringLiteral(
    "e164, type, tenant_id, status, call_flow, cnam, cnam_status, e911_address, e911_status, e911_error, "
    "rate_center, "
    "region, monthly_cents, created_at, (SELECT t.name FROM tenants t WHERE t.id = phone_numbers.tenant_id)");

static QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

// The fields of a row selected as "id, updated_at, deleted, " + NumberColumns (see core/JsonRow.h).
static void numberFields(const SqlStatement &q, JsonRow &row)
{
    row.publicId("id", "pn", q.integer(0));
    row.utf8("e164", q.utf8(3));
    row.utf8("type", q.utf8(4));
    const qint64 tenant = q.integer(5);
    if (tenant > 0)
        row.publicId("tenant_id", "tnt", tenant);
    else
        row.null("tenant_id");
    row.utf8OrNull("tenant_name", q.utf8(17));
    row.utf8("status", q.utf8(6));
    row.utf8OrNull("call_flow", q.utf8(7));
    row.utf8("cnam", q.utf8(8));
    row.utf8("cnam_status", q.utf8(9));
    row.storedJson("e911_address", q.utf8(10), "null");
    row.utf8("e911_status", q.utf8(11));
    row.utf8OrNull("e911_error", q.utf8(12));
    row.utf8OrNull("rate_center", q.utf8(13));
    row.utf8OrNull("region", q.utf8(14));
    row.integer("monthly_cents", q.integer(15));
    row.time("created_at", q.integer(16));
    row.time("updated_at", q.integer(1));
}

static QJsonObject numberJson(const SqlStatement &q)
{
    JsonRow row;
    numberFields(q, row);
    return row.object();
}

static QJsonObject numberJsonById(SandboxContext &ctx, qint64 id)
{
    SqlStatement q(ctx.db(), QStringLiteral("SELECT id, updated_at, deleted, ") + NumberColumns +
                                 QStringLiteral(" FROM phone_numbers WHERE id = ? AND deleted = 0"));
    if (!q.select({id}) || !q.next())
        return {};
    return numberJson(q);
}

struct NumberRow
{
    qint64 id = 0, tenantId = 0, monthlyCents = 0;
    QString status;
};

// Finds a live number the caller may touch; `forAssign` lets a tenant-scoped key pick unassigned ones.
static std::variant<NumberRow, ApiResponse> resolveNumber(const ApiRequest &req, SandboxContext &ctx,
                                                          const QString &pid, bool forAssign = false)
{
    const qint64 id = wire::rowId(u"pn", pid);
    QSqlQuery q(ctx.db());
    if (id == 0 ||
        !ctx.exec(q,
                  QStringLiteral("SELECT id, tenant_id, status, monthly_cents FROM phone_numbers "
                                 "WHERE id = ? AND deleted = 0"),
                  {id}) ||
        !q.next())
        return errors::notFound(QStringLiteral("Phone number"), pid);
    NumberRow n{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(3).toLongLong(),
                q.value(2).toString()};
    if (req.principal.isTenantScoped() && !(n.tenantId == 0 && forAssign) &&
        !req.principal.allowsTenant(n.tenantId))
        return errors::forbidden(tr("permission denied: the number is outside this key's tenant scope"));
    return n;
}

// ---- list / get / update -------------------------------------------------------------------------

static ApiResponse listNumbers(ApiRequest &req, SandboxContext &ctx)
{
    ListSpec spec;
    spec.table = QStringLiteral("phone_numbers");
    spec.columns = NumberColumns;
    spec.idPrefix = QStringLiteral("pn");
    spec.rawRow = JsonRow::rawWriter(&numberFields);
    auto enumFilter = [&](const char *param, const char *column,
                          const QStringList &allowed) -> std::optional<ApiResponse> {
        const QString name = QLatin1String(param);
        if (!req.hasQuery(name))
            return std::nullopt;
        const QString v = req.queryValue(name);
        if (!allowed.contains(v))
            return errors::validationField(
                name, tr("%1 must be one of %2.").arg(name, allowed.join(QStringLiteral(", "))));
        spec.conditions << QLatin1String(column) + QStringLiteral(" = ?");
        spec.binds << v;
        return std::nullopt;
    };
    if (auto e =
            enumFilter("status", "status",
                       {QStringLiteral("ACTIVE"), QStringLiteral("PENDING"), QStringLiteral("RELEASED")}))
        return *e;
    if (auto e = enumFilter("type", "type", {QStringLiteral("local"), QStringLiteral("toll_free")}))
        return *e;
    if (auto e = enumFilter("e911_status", "e911_status",
                            {QStringLiteral("registered"), QStringLiteral("not_set"),
                             QStringLiteral("pending"), QStringLiteral("failed")}))
        return *e;
    if (auto e = enumFilter("cnam_status", "cnam_status",
                            {QStringLiteral("synced"), QStringLiteral("pending"), QStringLiteral("failed")}))
        return *e;
    if (req.hasQuery(QStringLiteral("tenant_id"))) {
        const QString t = req.queryValue(QStringLiteral("tenant_id"));
        if (t == QLatin1String("unassigned")) {
            spec.conditions << QStringLiteral("tenant_id IS NULL");
        } else {
            const qint64 tid = wire::rowId(u"tnt", t);
            if (tid == 0)
                return errors::validationField(QStringLiteral("tenant_id"),
                                               tr("tenant_id must be a tenant id (tnt_...) or unassigned."));
            spec.conditions << QStringLiteral("tenant_id = ?");
            spec.binds << tid;
        }
    }
    if (req.hasQuery(QStringLiteral("q"))) {
        const QString q = req.queryValue(QStringLiteral("q")).trimmed();
        if (q.size() > 100)
            return errors::validationField(QStringLiteral("q"), tr("q must be at most 100 characters."));
        QString digits;
        for (QChar c : q)
            if (c.isDigit())
                digits.append(c);
        QString like = q;
        like.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        if (!digits.isEmpty()) {
            spec.conditions << QStringLiteral(
                "(e164 LIKE ? OR tenant_id IN (SELECT id FROM tenants WHERE name LIKE ? ESCAPE '\\'))");
            spec.binds << QStringLiteral("%") + digits + QStringLiteral("%")
                       << QStringLiteral("%") + like + QStringLiteral("%");
        } else if (!q.isEmpty()) {
            spec.conditions << QStringLiteral(
                "tenant_id IN (SELECT id FROM tenants WHERE name LIKE ? ESCAPE '\\')");
            spec.binds << QStringLiteral("%") + like + QStringLiteral("%");
        }
    }
    if (req.principal.isTenantScoped()) {
        QStringList marks;
        for (qint64 t : req.principal.tenantScope) {
            marks << QStringLiteral("?");
            spec.binds << t;
        }
        spec.conditions << QStringLiteral("tenant_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return listPage(req, ctx, spec);
}

static ApiResponse getNumber(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveNumber(req, ctx, req.pathParam(QStringLiteral("id")));
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    return ApiResponse::ok(numberJsonById(ctx, std::get<NumberRow>(r).id));
}

static void applyE911(SandboxContext &ctx, qint64 id, const std::optional<Address> &a)
{
    QSqlQuery q(ctx.db());
    const qint64 now = ctx.nowMs();
    if (!a) {
        ctx.exec(
            q,
            QStringLiteral(
                "UPDATE phone_numbers SET e911_address = NULL, e911_status = 'not_set', e911_due = NULL, "
                "e911_error = NULL, e911_pending_error = NULL, updated_at = ? WHERE id = ?"),
            {now, id});
        return;
    }
    const QString outcome = e911Outcome(*a);
    ctx.exec(
        q,
        QStringLiteral("UPDATE phone_numbers SET e911_address = ?, e911_status = 'pending', e911_due = ?, "
                       "e911_error = NULL, e911_pending_error = ?, updated_at = ? WHERE id = ?"),
        {storeAddress(*a), now + E911RegisterMs, outcome.isEmpty() ? QVariant() : QVariant(outcome), now,
         id});
}

static ApiResponse updateNumber(ApiRequest &req, SandboxContext &ctx)
{
    auto r = resolveNumber(req, ctx, req.pathParam(QStringLiteral("id")));
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    const NumberRow n = std::get<NumberRow>(r);
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    for (auto it = body.object().constBegin(); it != body.object().constEnd(); ++it)
        if (it.key() != QLatin1String("cnam") && it.key() != QLatin1String("e911_address"))
            body.addError(it.key(),
                          tr("%1 cannot be changed here; only cnam and e911_address can.").arg(it.key()));
    const auto cnam = body.string(QStringLiteral("cnam"));
    if (body.has(QStringLiteral("cnam")) && body.isNull(QStringLiteral("cnam")))
        body.addError(QStringLiteral("cnam"),
                      tr("cnam must be a string; send \"\" to inherit the tenant default."));
    if (cnam)
        if (QString e = validation::cnam(*cnam); !e.isEmpty())
            body.addError(QStringLiteral("cnam"), e);
    const QJsonValue addrValue = body.object().value(QStringLiteral("e911_address"));
    const auto address = readAddress(body, addrValue, QStringLiteral("e911_address"));
    if (!body.ok())
        return body.errorResponse();
    if (cnam) {
        QSqlQuery q(ctx.db());
        ctx.exec(q,
                 QStringLiteral("UPDATE phone_numbers SET cnam = ?, cnam_status = 'pending', cnam_due = ?, "
                                "cnam_outcome = ?, updated_at = ? WHERE id = ?"),
                 {notNull(*cnam), ctx.nowMs() + CnamSyncMs, cnamOutcome(*cnam), ctx.nowMs(), n.id});
    }
    if (address || (body.has(QStringLiteral("e911_address")) && addrValue.isNull()))
        applyE911(ctx, n.id, address);
    return ApiResponse::ok(numberJsonById(ctx, n.id));
}

// ---- assignment ---------------------------------------------------------------------------------

static ApiResponse capExceeded(SandboxContext &ctx, const TenantRecord &t)
{
    ApiResponse r =
        errors::conflict(QStringLiteral("limit_exceeded"),
                         tr("Tenant %1 has reached its limit of %2 DIDs (max_dids); raise the limit first.")
                             .arg(t.name)
                             .arg(*t.limits.maxDids),
                         QStringLiteral("max_dids"));
    if (autoSuspendForLimit(ctx, t)) {
        r.keepChanges = true; // the suspension stays even though the assignment is refused
        touchTenant(ctx, t.id);
    }
    return r;
}

// Adds `count` numbers worth `monthlyCents` to the tenant's DID count and cycle spend; alerts at the
// threshold and auto-suspends when the spend cap is reached.
static void chargeAssignment(SandboxContext &ctx, qint64 tenantId, int count, qint64 monthlyCents)
{
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral(
                 "UPDATE tenants SET dids_count = dids_count + ?, usage_spend_cents = usage_spend_cents + ?, "
                 "usage_updated_at = ?, updated_at = ? WHERE id = ?"),
             {count, monthlyCents, ctx.nowMs(), ctx.nowMs(), tenantId});
    checkUsageLimits(ctx, tenantId);
}

static std::variant<TenantRecord, ApiResponse> assignableTenant(const ApiRequest &req, SandboxContext &ctx,
                                                                const QString &tenantPid)
{
    const qint64 tid = wire::rowId(u"tnt", tenantPid);
    const auto t = loadTenant(ctx, tid);
    if (!t)
        return errors::validationField(QStringLiteral("tenant_id"),
                                       tr("tenant_id %1 is not a tenant of yours.").arg(tenantPid));
    if (!req.principal.allowsTenant(t->id))
        return errors::forbidden(tr("permission denied: the tenant is outside this key's tenant scope"));
    if (t->status == QLatin1String("CANCELLED"))
        return errors::conflict(QStringLiteral("tenant_cancelled"),
                                tr("Tenant %1 is cancelled; numbers cannot be assigned to it.").arg(t->name),
                                QStringLiteral("tenant_id"));
    return *t;
}

static ApiResponse assignOne(const ApiRequest &req, SandboxContext &ctx, const QString &numberPid,
                             const QString &tenantPid)
{
    auto r = resolveNumber(req, ctx, numberPid, true);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    const NumberRow n = std::get<NumberRow>(r);
    if (n.tenantId != 0)
        return errors::conflict(QStringLiteral("already_assigned"),
                                tr("The number is already assigned to tenant %1; unassign it first.")
                                    .arg(wire::publicId(u"tnt", n.tenantId)),
                                QStringLiteral("tenant_id"));
    auto tr_ = assignableTenant(req, ctx, tenantPid);
    if (auto *err = std::get_if<ApiResponse>(&tr_))
        return *err;
    const TenantRecord t = std::get<TenantRecord>(tr_);
    if (t.limits.maxDids && t.didsCount >= *t.limits.maxDids)
        return capExceeded(ctx, t);
    QSqlQuery q(ctx.db());
    ctx.exec(
        q,
        QStringLiteral("UPDATE phone_numbers SET tenant_id = ?, status = CASE WHEN status = 'RELEASED' THEN "
                       "'ACTIVE' ELSE status END, updated_at = ? WHERE id = ?"),
        {t.id, ctx.nowMs(), n.id});
    chargeAssignment(ctx, t.id, 1, n.monthlyCents);
    return ApiResponse::ok(numberJsonById(ctx, n.id));
}

static ApiResponse unassignOne(const ApiRequest &req, SandboxContext &ctx, const QString &numberPid,
                               bool release)
{
    auto r = resolveNumber(req, ctx, numberPid);
    if (auto *err = std::get_if<ApiResponse>(&r))
        return *err;
    const NumberRow n = std::get<NumberRow>(r);
    if (release && n.status == QLatin1String("RELEASED"))
        return errors::conflict(QStringLiteral("already_released"), tr("The number is already released."));
    if (!release && n.tenantId == 0)
        return errors::conflict(QStringLiteral("not_assigned"),
                                tr("The number is not assigned to a tenant."));
    QSqlQuery q(ctx.db());
    const qint64 now = ctx.nowMs();
    ctx.exec(q,
             release
                 ? QStringLiteral("UPDATE phone_numbers SET tenant_id = NULL, status = 'RELEASED', "
                                  "updated_at = ? WHERE id = ?")
                 : QStringLiteral("UPDATE phone_numbers SET tenant_id = NULL, updated_at = ? WHERE id = ?"),
             {now, n.id});
    if (n.tenantId != 0)
        ctx.exec(q,
                 QStringLiteral(
                     "UPDATE tenants SET dids_count = MAX(0, dids_count - 1), updated_at = ? WHERE id = ?"),
                 {now, n.tenantId});
    return ApiResponse::ok(numberJsonById(ctx, n.id));
}

static ApiResponse assignNumber(ApiRequest &req, SandboxContext &ctx)
{
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto tenant = body.string(QStringLiteral("tenant_id"), true);
    if (!body.ok())
        return body.errorResponse();
    return assignOne(req, ctx, req.pathParam(QStringLiteral("id")), *tenant);
}

static ApiResponse unassignNumber(ApiRequest &req, SandboxContext &ctx)
{
    return unassignOne(req, ctx, req.pathParam(QStringLiteral("id")), false);
}

static ApiResponse releaseNumber(ApiRequest &req, SandboxContext &ctx)
{
    return unassignOne(req, ctx, req.pathParam(QStringLiteral("id")), true);
}

static ApiResponse bulk(ApiRequest &req, SandboxContext &ctx)
{
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto action = body.string(QStringLiteral("action"), true);
    const auto ids = body.stringList(QStringLiteral("ids"), true);
    static const QStringList actions{QStringLiteral("assign"), QStringLiteral("unassign"),
                                     QStringLiteral("release"), QStringLiteral("update_e911")};
    if (action && !actions.contains(*action))
        body.addError(QStringLiteral("action"),
                      tr("action must be one of assign, unassign, release, update_e911."));
    if (ids && (ids->isEmpty() || ids->size() > 1000))
        body.addError(QStringLiteral("ids"), tr("ids must list 1 to 1000 phone number ids."));
    std::optional<QString> tenant;
    std::optional<Address> address;
    if (action == QLatin1String("assign"))
        tenant = body.string(QStringLiteral("tenant_id"), true);
    if (action == QLatin1String("update_e911")) {
        if (!body.has(QStringLiteral("e911_address")) || body.isNull(QStringLiteral("e911_address")))
            body.addError(QStringLiteral("e911_address"), tr("e911_address is required for update_e911."));
        else
            address = readAddress(body, body.object().value(QStringLiteral("e911_address")),
                                  QStringLiteral("e911_address"));
    }
    if (!body.ok())
        return body.errorResponse();
    QJsonArray results;
    int succeeded = 0, failed = 0;
    for (const QString &pid : *ids) {
        ApiResponse one;
        if (*action == QLatin1String("assign")) {
            one = assignOne(req, ctx, pid, *tenant);
        } else if (*action == QLatin1String("unassign") || *action == QLatin1String("release")) {
            one = unassignOne(req, ctx, pid, *action == QLatin1String("release"));
        } else {
            auto r = resolveNumber(req, ctx, pid);
            if (auto *err = std::get_if<ApiResponse>(&r)) {
                one = *err;
            } else {
                applyE911(ctx, std::get<NumberRow>(r).id, address);
                one = ApiResponse::ok(numberJsonById(ctx, std::get<NumberRow>(r).id));
            }
        }
        const bool ok = one.status < 300;
        ok ? ++succeeded : ++failed;
        QJsonValue error(QJsonValue::Null);
        if (!ok) {
            QJsonObject e = one.json.toObject().value(QStringLiteral("error")).toObject();
            e.remove(QStringLiteral("request_id"));
            error = e;
        }
        results.append(
            QJsonObject{{QStringLiteral("id"), pid},
                        {QStringLiteral("ok"), ok},
                        {QStringLiteral("status"), one.status},
                        {QStringLiteral("error"), error},
                        {QStringLiteral("phone_number"), ok ? one.json : QJsonValue(QJsonValue::Null)}});
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("action"), *action},
                                       {QStringLiteral("succeeded"), succeeded},
                                       {QStringLiteral("failed"), failed},
                                       {QStringLiteral("results"), results}});
}

// ---- search and purchase ------------------------------------------------------------------------

static QString spellVanity(const QString &e164, const QString &pattern)
{
    QString symbols;
    for (QChar c : pattern)
        if (c.isLetterOrNumber())
            symbols.append(c.toUpper());
    QString national = e164.mid(2);
    QString out;
    for (int i = 0; i < 10 && i < national.size(); ++i) {
        const QChar p = i < symbols.size() ? symbols.at(i) : QChar();
        out.append(p.isLetter() && p != QLatin1Char('X') ? p : national.at(i));
        if (i == 2 || i == 5)
            out.append(QLatin1Char('-'));
    }
    return out;
}

static ApiResponse availableNumbers(ApiRequest &req, SandboxContext &ctx)
{
    const QString type = req.hasQuery(QStringLiteral("type")) ? req.queryValue(QStringLiteral("type"))
                                                              : QStringLiteral("local");
    QList<QPair<QString, QString>> errs;
    if (type != QLatin1String("local") && type != QLatin1String("toll_free"))
        errs.append({QStringLiteral("type"), tr("type must be local or toll_free.")});
    int quantity = 10;
    if (req.hasQuery(QStringLiteral("quantity"))) {
        bool ok = false;
        quantity = req.queryValue(QStringLiteral("quantity")).toInt(&ok);
        if (!ok || quantity < 1 || quantity > 100)
            errs.append({QStringLiteral("quantity"), tr("quantity must be a whole number from 1 to 100.")});
    }
    QStringList where{QStringLiteral("type = ?")};
    QVariantList binds{type};
    QString pattern;
    static const QRegularExpression threeDigits(QStringLiteral("^[2-9][0-9]{2}$"));
    if (type == QLatin1String("local")) {
        const QString state = req.queryValue(QStringLiteral("state")).trimmed();
        if (state.isEmpty())
            errs.append({QStringLiteral("state"), tr("state is required when searching local numbers.")});
        else if (QString e = validation::usState(state); !e.isEmpty())
            errs.append({QStringLiteral("state"), e});
        where << QStringLiteral("state = ?");
        binds << state;
        for (const char *f : {"area_code", "nxx"}) {
            const QString name = QLatin1String(f);
            if (!req.hasQuery(name) || req.queryValue(name).isEmpty())
                continue;
            const QString v = req.queryValue(name);
            if (!threeDigits.match(v).hasMatch())
                errs.append({name, tr("%1 must be three digits, the first 2-9.").arg(name)});
            where << name + QStringLiteral(" = ?");
            binds << v;
        }
        for (const char *f : {"rate_center", "city"}) {
            const QString name = QLatin1String(f);
            const QString v = req.queryValue(name).trimmed();
            if (v.isEmpty())
                continue;
            where << name + QStringLiteral(" = ? COLLATE NOCASE");
            binds << v;
        }
    } else if (req.hasQuery(QStringLiteral("pattern")) &&
               !req.queryValue(QStringLiteral("pattern")).isEmpty()) {
        pattern = req.queryValue(QStringLiteral("pattern"));
        if (QString e = validation::vanityPattern(pattern); !e.isEmpty()) {
            errs.append({QStringLiteral("pattern"), e});
        } else {
            QString glob = validation::vanityToDigits(pattern);
            glob.replace(QLatin1Char('X'), QLatin1Char('?')).replace(QLatin1Char('x'), QLatin1Char('?'));
            where << QStringLiteral("e164 GLOB ?");
            binds << QStringLiteral("+1") + glob;
        }
    }
    if (!errs.isEmpty())
        return errors::validation(errs);
    binds << quantity;
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral("SELECT e164, type, state, city, rate_center FROM available_numbers WHERE %1 "
                            "ORDER BY e164 LIMIT ?")
                 .arg(where.join(QStringLiteral(" AND "))),
             binds);
    const TierPlan *plan = tierPlan(partnerTier(ctx));
    QJsonArray data;
    while (q.next()) {
        const bool tf = q.value(1).toString() == QLatin1String("toll_free");
        data.append(QJsonObject{
            {QStringLiteral("e164"), q.value(0).toString()},
            {QStringLiteral("type"), q.value(1).toString()},
            {QStringLiteral("state"), textOrNull(q.value(2))},
            {QStringLiteral("city"), textOrNull(q.value(3))},
            {QStringLiteral("rate_center"), textOrNull(q.value(4))},
            {QStringLiteral("vanity"), pattern.isEmpty()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(spellVanity(q.value(0).toString(), pattern))},
            {QStringLiteral("monthly_cents"), tf ? plan->didTollFreeCents : plan->didLocalCents},
            {QStringLiteral("setup_fee_cents"), NumberSetupFeeCents},
            {QStringLiteral("per_minute_rate"),
             QString::fromLatin1(tf ? (plan->perMinuteTollFree ? plan->perMinuteTollFree : "0.017")
                                    : (plan->perMinuteLocal ? plan->perMinuteLocal : "0.014"))}});
    }
    return ApiResponse::ok(QJsonObject{{QStringLiteral("data"), data},
                                       {QStringLiteral("next_cursor"), QJsonValue(QJsonValue::Null)},
                                       {QStringLiteral("has_more"), false}});
}

static ApiResponse purchase(ApiRequest &req, SandboxContext &ctx)
{
    if (req.principal.isTenantScoped())
        return errors::forbidden(
            tr("permission denied: a tenant-scoped API key cannot spend the partner's wallet"));
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto numbers = body.stringList(QStringLiteral("numbers"), true);
    const auto tenantPid = body.string(QStringLiteral("tenant_id"));
    if (numbers) {
        if (numbers->isEmpty() || numbers->size() > 100)
            body.addError(QStringLiteral("numbers"), tr("numbers must list 1 to 100 numbers from a search."));
        for (const QString &n : *numbers)
            if (QString e = validation::e164(n); !e.isEmpty()) {
                body.addError(QStringLiteral("numbers"), e);
                break;
            }
        if (QSet<QString>(numbers->begin(), numbers->end()).size() != numbers->size())
            body.addError(QStringLiteral("numbers"), tr("numbers lists the same number twice."));
    }
    if (!body.ok())
        return body.errorResponse();
    std::optional<TenantRecord> tenant;
    if (tenantPid) {
        auto t = assignableTenant(req, ctx, *tenantPid);
        if (auto *err = std::get_if<ApiResponse>(&t))
            return *err;
        tenant = std::get<TenantRecord>(t);
    }
    struct Pick
    {
        QString e164, type, state, city, rateCenter;
    };
    QList<Pick> picks;
    QSqlQuery q(ctx.db());
    for (const QString &n : *numbers) {
        if (!ctx.exec(
                q,
                QStringLiteral("SELECT type, state, city, rate_center FROM available_numbers WHERE e164 = ?"),
                {n}) ||
            !q.next())
            return errors::conflict(QStringLiteral("number_unavailable"),
                                    tr("%1 is no longer available; search again.").arg(n), n);
        picks.append(
            {n, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    const TierPlan *plan = tierPlan(partnerTier(ctx));
    qint64 monthly = 0;
    for (const Pick &p : picks)
        monthly += p.type == QLatin1String("toll_free") ? plan->didTollFreeCents : plan->didLocalCents;
    const qint64 setup = NumberSetupFeeCents * picks.size();
    const qint64 charge = setup + monthly;
    const qint64 balance =
        ctx.scalar(QStringLiteral("SELECT wallet_balance_cents FROM partners WHERE id = 1")).toLongLong();
    if (balance < charge)
        return errors::make(
            422, QStringLiteral("validation_error"), QStringLiteral("insufficient_funds"),
            tr("The wallet holds %1 cents but the purchase costs %2 cents; top up the wallet first.")
                .arg(balance)
                .arg(charge),
            QStringLiteral("numbers"));
    if (tenant && tenant->limits.maxDids && tenant->didsCount + picks.size() > *tenant->limits.maxDids)
        return capExceeded(ctx, *tenant);

    const qint64 now = ctx.nowMs();
    QJsonArray data;
    QList<qint64> ids;
    for (const Pick &p : picks) {
        const bool tf = p.type == QLatin1String("toll_free");
        ctx.exec(
            q,
            QStringLiteral(
                "INSERT INTO phone_numbers(e164, type, tenant_id, status, cnam, cnam_status, e911_status, "
                "rate_center, region, monthly_cents, active_at, created_at, updated_at) "
                "VALUES(?,?,?,'PENDING','','synced','not_set',?,?,?,?,?,?)"),
            {p.e164, p.type, tenant ? QVariant(tenant->id) : QVariant(),
             p.rateCenter.isEmpty() ? QVariant() : QVariant(p.rateCenter),
             p.city.isEmpty() ? QVariant(p.state.isEmpty() ? QStringLiteral("Toll-free") : p.state)
                              : QVariant(p.city + QStringLiteral(", ") + p.state),
             tf ? plan->didTollFreeCents : plan->didLocalCents, now + ProvisioningMs, now, now});
        ids.append(q.lastInsertId().toLongLong());
        ctx.exec(q, QStringLiteral("DELETE FROM available_numbers WHERE e164 = ?"), {p.e164});
    }
    const QString ref = wire::publicId(u"pn", ids.first());
    ctx.exec(q,
             QStringLiteral("UPDATE partners SET wallet_balance_cents = wallet_balance_cents - ?, updated_at "
                            "= ? WHERE id = 1"),
             {charge, now});
    ctx.exec(q,
             QStringLiteral("INSERT INTO wallet_transactions(type, amount_cents, balance_after_cents, "
                            "description, reference, "
                            "created_at, updated_at) VALUES('number_setup', ?, ?, ?, ?, ?, ?)"),
             {-setup, balance - setup,
              QCoreApplication::translate("simuwave::sandbox", "Setup fee for %n number(s)", nullptr,
                                          int(picks.size())),
              ref, now, now});
    ctx.exec(q,
             QStringLiteral("INSERT INTO wallet_transactions(type, amount_cents, balance_after_cents, "
                            "description, reference, "
                            "created_at, updated_at) VALUES('did_monthly', ?, ?, ?, ?, ?, ?)"),
             {-monthly, balance - charge,
              QCoreApplication::translate("simuwave::sandbox", "First month for %n number(s)", nullptr,
                                          int(picks.size())),
              ref, now, now});
    if (tenant)
        chargeAssignment(ctx, tenant->id, int(picks.size()), monthly);
    for (qint64 id : ids)
        data.append(numberJsonById(ctx, id));
    ApiResponse r =
        ApiResponse::created(QJsonObject{{QStringLiteral("data"), data},
                                         {QStringLiteral("charged_cents"), charge},
                                         {QStringLiteral("wallet_balance_cents"), balance - charge}});
    r.addHeader("Location", "/v1/phone-numbers/" + ref.toLatin1());
    return r;
}

// ---- lifecycle ----------------------------------------------------------------------------------

static void numberTicker(SandboxContext &ctx, qint64 now)
{
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral("UPDATE phone_numbers SET status = 'ACTIVE', active_at = NULL, updated_at = ? "
                            "WHERE status = 'PENDING' AND active_at <= ?"),
             {now, now});
    ctx.exec(q,
             QStringLiteral(
                 "UPDATE phone_numbers SET cnam_status = COALESCE(cnam_outcome, 'synced'), cnam_due = NULL, "
                 "updated_at = ? WHERE cnam_status = 'pending' AND cnam_due <= ?"),
             {now, now});
    ctx.exec(
        q,
        QStringLiteral(
            "UPDATE phone_numbers SET e911_status = CASE WHEN e911_pending_error IS NULL THEN 'registered' "
            "ELSE 'failed' END, e911_error = e911_pending_error, e911_pending_error = NULL, e911_due = NULL, "
            "updated_at = ? WHERE e911_status = 'pending' AND e911_due <= ?"),
        {now, now});
}

// ---- seeding ------------------------------------------------------------------------------------

static QString inventoryE164(qint64 i)
{
    constexpr qint64 A = qint64(std::size(Areas));
    if (i % 8 == 7) {
        const qint64 m = i / 8;
        const qint64 k = m / 7;
        return QStringLiteral("+1%1%2%3")
            .arg(QLatin1String(TollFreeNpas[m % 7]))
            .arg(200 + k / 10000)
            .arg(k % 10000, 4, 10, QLatin1Char('0'));
    }
    const qint64 k = i / A;
    return QStringLiteral("+1%1%2%3")
        .arg(QLatin1String(Areas[i % A].npa))
        .arg(200 + k / 10000)
        .arg(k % 10000, 4, 10, QLatin1Char('0'));
}

static bool seedPool(SeedContext &s)
{
    QSqlQuery q(s.db);
    if (!q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO available_numbers(e164, type, state, area_code, nxx, rate_center, city) "
            "VALUES(?,?,?,?,?,?,?)")))
        return false;
    auto add = [&](const QString &npa, const QString &nxx, int line, const char *type, const Area *a) {
        q.bindValue(0, QStringLiteral("+1") + npa + nxx +
                           QStringLiteral("%1").arg(line, 4, 10, QLatin1Char('0')));
        q.bindValue(1, QLatin1String(type));
        q.bindValue(2, a ? QVariant(QLatin1String(a->state)) : QVariant());
        q.bindValue(3, npa);
        q.bindValue(4, nxx);
        q.bindValue(5, a ? QVariant(QLatin1String(a->rateCenter)) : QVariant());
        q.bindValue(6, a ? QVariant(QLatin1String(a->city)) : QVariant());
        return q.exec();
    };
    for (const Area &a : Areas)
        for (int k = 0; k < 4; ++k)
            for (int j = 0; j < 50; ++j)
                if (!add(QLatin1String(a.npa), QString::number(600 + (k * 71) % 400), (1000 + j * 97) % 10000,
                         "local", &a))
                    return false;
    for (const char *npa : TollFreeNpas) {
        for (int k = 0; k < 3; ++k)
            for (int j = 0; j < 100; ++j)
                if (!add(QLatin1String(npa), QString::number(600 + k), (j * 89) % 10000, "toll_free",
                         nullptr))
                    return false;
        add(QLatin1String(npa), QStringLiteral("687"), 3663, "toll_free", nullptr); // ...-OUR-FOOD
    }
    for (int j = 0; j < 200; ++j)
        if (!add(QStringLiteral("877"), QStringLiteral("555"), j * 7, "toll_free", nullptr)) // 877-555-XXXX
            return false;
    for (int k = 700; k < 720; ++k)
        if (!add(QStringLiteral("888"), QString::number(k), 1000, "toll_free", nullptr)) // 888-XXX-1000
            return false;
    return true;
}

static bool seedNumbers(SeedContext &s)
{
    if (!seedPool(s))
        return false;
    qint64 count = 0;
    if (s.profile == QLatin1String("demo"))
        count = 400;
    else if (s.profile == QLatin1String("large"))
        count = 100'000;
    else if (s.profile == QLatin1String("huge"))
        count = 1'000'000;
    if (count == 0)
        return true;
    const bool demo = s.profile == QLatin1String("demo");
    QSqlQuery t(s.db);
    // Tenants that can hold numbers (not cancelled), with their E911 address and CNAM.
    struct SeedTenant
    {
        qint64 id;
        QString address;
    };
    QList<SeedTenant> tenants;
    if (!t.exec(
            QStringLiteral("SELECT id, e911_address FROM tenants WHERE status <> 'CANCELLED' ORDER BY id")))
        return false;
    while (t.next())
        tenants.append({t.value(0).toLongLong(), t.value(1).toString()});
    const TierPlan *plan = tierPlan(QStringLiteral("professional"));
    static const char *const flows[] = {"Main IVR", "Sales Queue", "Support Ring Group", "After Hours",
                                        "Reception"};
    const QString badPoBox =
        storeAddress({QStringLiteral("PMB 118 4410 Commerce St"), QStringLiteral("Dallas"),
                      QStringLiteral("TX"), QStringLiteral("75226"), QStringLiteral("US")});
    const QString badCity =
        storeAddress({QStringLiteral("77 Elm St"), QStringLiteral("Little Rok"), QStringLiteral("AR"),
                      QStringLiteral("72201"), QStringLiteral("US")});
    QSqlQuery q(s.db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO phone_numbers(id, e164, type, tenant_id, status, call_flow, cnam, cnam_status, "
            "cnam_due, cnam_outcome, "
            "e911_address, e911_status, e911_due, e911_error, e911_pending_error, rate_center, region, "
            "monthly_cents, "
            "active_at, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")))
        return false;
    const qint64 now = s.nowMs;
    constexpr qint64 A = qint64(std::size(Areas));
    for (qint64 i = 0; i < count; ++i) {
        const bool tf = i % 8 == 7;
        const Area &area = Areas[i % A];
        const int roll = int(s.rng.bounded(100));
        const bool assigned = roll < 82 && !tenants.isEmpty();
        const SeedTenant *tenant =
            assigned ? &tenants.at(qsizetype(s.rng.bounded(quint32(tenants.size())))) : nullptr;
        QString status = QStringLiteral("ACTIVE");
        QVariant activeAt;
        if (!assigned && roll >= 94)
            status = QStringLiteral("RELEASED");
        else if (roll % 50 == 3) {
            status = QStringLiteral("PENDING");
            activeAt = now + 20'000 + qint64(s.rng.bounded(100'000));
        }
        // CNAM: mostly synced, some pending (settling on the clock) and a few failed.
        const int c = int(s.rng.bounded(100));
        QString cnamStatus = c < 85   ? QStringLiteral("synced")
                             : c < 95 ? QStringLiteral("pending")
                                      : QStringLiteral("failed");
        QString cnam = c < 40 ? QStringLiteral("") : QStringLiteral("ACME %1").arg(i % 1000);
        if (cnamStatus == QLatin1String("failed"))
            cnam = QStringLiteral("C@LL N0W!!");
        const QVariant cnamDue = cnamStatus == QLatin1String("pending")
                                     ? QVariant(now + 60'000 + qint64(s.rng.bounded(1'800'000)))
                                     : QVariant();
        const QVariant cnamOutcome =
            cnamStatus == QLatin1String("pending") ? QVariant(QStringLiteral("synced")) : QVariant();
        // E911: registered with the tenant's address, not set, pending, or failed (PO box, unknown city).
        const int e = int(s.rng.bounded(100));
        QString e911Status = QStringLiteral("not_set");
        QVariant e911Address, e911Due, e911Error, e911PendingError;
        if (tenant && e < 70) {
            e911Status = QStringLiteral("registered");
            e911Address = tenant->address;
        } else if (tenant && e < 80) {
            e911Status = QStringLiteral("pending");
            e911Address = tenant->address;
            e911Due = now + 120'000 + qint64(s.rng.bounded(3'000'000));
        } else if (tenant && e < 85) {
            e911Status = QStringLiteral("failed");
            const bool po = e % 2 == 0;
            e911Address = po ? badPoBox : badCity;
            e911Error =
                po ? e911Outcome(Address::fromJson(QJsonDocument::fromJson(badPoBox.toUtf8()).object()))
                   : e911Outcome(Address::fromJson(QJsonDocument::fromJson(badCity.toUtf8()).object()));
        }
        const qint64 created = now - (count - i) * (demo ? 3'600'000LL : 60'000LL) - 30LL * 24 * 3600 * 1000;
        const QVariantList row{
            i + 1,
            inventoryE164(i),
            tf ? QStringLiteral("toll_free") : QStringLiteral("local"),
            tenant ? QVariant(tenant->id) : QVariant(),
            status,
            tenant && roll % 3 == 0 ? QVariant(QLatin1String(flows[roll % 5])) : QVariant(),
            cnam,
            cnamStatus,
            cnamDue,
            cnamOutcome,
            e911Address,
            e911Status,
            e911Due,
            e911Error,
            e911PendingError,
            tf ? QVariant() : QVariant(QLatin1String(area.rateCenter)),
            tf ? QVariant(QStringLiteral("Toll-free"))
               : QVariant(QLatin1String(area.city) + QStringLiteral(", ") + QLatin1String(area.state)),
            tf ? plan->didTollFreeCents : plan->didLocalCents,
            activeAt,
            created,
            created + 1000};
        for (qsizetype b = 0; b < row.size(); ++b)
            q.bindValue(int(b), row.at(b));
        if (!q.exec()) {
            qWarning("Seeding failed: %s", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return t.exec(QStringLiteral("UPDATE tenants SET dids_count = (SELECT COUNT(*) FROM phone_numbers p "
                                 "WHERE p.tenant_id = tenants.id AND p.deleted = 0)"));
}

void setupPhoneNumberResources(ResourceSetup &setup)
{
    setup.schema
        << QStringLiteral("CREATE TABLE IF NOT EXISTS phone_numbers(id INTEGER PRIMARY KEY, e164 TEXT NOT "
                          "NULL UNIQUE, type TEXT NOT NULL, "
                          "tenant_id INTEGER, status TEXT NOT NULL, call_flow TEXT, cnam TEXT NOT NULL "
                          "DEFAULT '', cnam_status TEXT NOT "
                          "NULL, cnam_due INTEGER, cnam_outcome TEXT, e911_address TEXT, e911_status TEXT "
                          "NOT NULL, e911_due INTEGER, "
                          "e911_error TEXT, e911_pending_error TEXT, rate_center TEXT, region TEXT, "
                          "monthly_cents INTEGER NOT NULL, "
                          "active_at INTEGER, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                          "deleted INTEGER NOT NULL DEFAULT 0)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS phone_numbers_sync ON phone_numbers(updated_at, id)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS phone_numbers_tenant ON phone_numbers(tenant_id)")
        // The subscription's DID usage by type: counted in this small index, not over every number's row
        // (two table scans made GET /partner/subscription take 76 ms on the large seed).
        << QStringLiteral("CREATE INDEX IF NOT EXISTS phone_numbers_assigned_type ON phone_numbers(type) "
                          "WHERE deleted = 0 AND tenant_id IS NOT NULL")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS phone_numbers_pending ON phone_numbers(active_at) "
                          "WHERE status = 'PENDING'")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS phone_numbers_cnam_due ON phone_numbers(cnam_due) "
                          "WHERE cnam_status = 'pending'")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS phone_numbers_e911_due ON phone_numbers(e911_due) "
                          "WHERE e911_status = 'pending'")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS available_numbers(e164 TEXT PRIMARY KEY, type TEXT NOT "
                          "NULL, state TEXT, "
                          "area_code TEXT, nxx TEXT, rate_center TEXT, city TEXT) WITHOUT ROWID")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS available_numbers_search ON available_numbers(type, "
                          "state, area_code)");
    setup.seedHooks.append(&seedNumbers);
    setup.tickers.append(&numberTicker);

    Router &r = setup.router;
    const Permission read{QStringLiteral("phone_numbers"), Access::Read},
        write{QStringLiteral("phone_numbers"), Access::Write};
    r.add("GET", QStringLiteral("/v1/phone-numbers"), read, &listNumbers);
    r.add("GET", QStringLiteral("/v1/phone-numbers/available"), read, &availableNumbers);
    r.add("POST", QStringLiteral("/v1/phone-numbers/purchase"), write, &purchase);
    r.add("POST", QStringLiteral("/v1/phone-numbers/bulk"), write, &bulk);
    r.add("GET", QStringLiteral("/v1/phone-numbers/{id}"), read, &getNumber);
    r.add("PATCH", QStringLiteral("/v1/phone-numbers/{id}"), write, &updateNumber);
    r.add("POST", QStringLiteral("/v1/phone-numbers/{id}/assign"), write, &assignNumber);
    r.add("POST", QStringLiteral("/v1/phone-numbers/{id}/unassign"), write, &unassignNumber);
    r.add("POST", QStringLiteral("/v1/phone-numbers/{id}/release"), write, &releaseNumber);
}

} // namespace simuwave::sandbox
