// /v1/api-keys: create (the plaintext `secret` answered once; only its SHA-256 is stored), list/get with
// the masked key sk_test_...abc1, edit scopes / tenant scope / rate limit, revoke (the key answers 401
// from then on and stays listed). Session-only (x-scope: session): API keys get 403.
#include "core/Auth.h"
#include "core/BodyReader.h"
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/BillingCommon.h"
#include "resources/Resources.h"
#include "validation/Validation.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace simuwave::sandbox {

using billing::tr;

static const QString KeyColumns = QStringLiteral("name, last4, scopes, tenant_ids, rate_limit_per_minute, "
                                                 "status, expires_at, revoked_at, last_used_at, created_at");

static std::optional<ApiResponse> requireSession(const ApiRequest &req)
{
    if (req.principal.kind != Principal::Kind::Session)
        return errors::forbidden(
            tr("permission denied: API keys are managed by a signed-in user, not with an API key"));
    return std::nullopt;
}

// `now` decides EXPIRED (an ACTIVE key past expires_at).
static QJsonObject keyJson(const QSqlQuery &q, qint64 now)
{
    QStringList scopes = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    scopes.sort();
    QJsonArray tenants;
    for (const QString &t : q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        tenants.append(wire::publicId(u"tnt", t.toLongLong()));
    QString status = q.value(8).toString();
    const qint64 expires = q.value(9).toLongLong();
    if (status == QLatin1String("ACTIVE") && expires && expires <= now)
        status = QStringLiteral("EXPIRED");
    return {{QStringLiteral("id"), wire::publicId(u"key", q.value(0).toLongLong())},
            {QStringLiteral("name"), q.value(3).toString()},
            {QStringLiteral("masked_key"), QStringLiteral("sk_test_...") + q.value(4).toString()},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("tenant_ids"),
             tenants.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tenants)},
            {QStringLiteral("rate_limit_per_minute"), q.value(7).toInt()},
            {QStringLiteral("status"), status},
            {QStringLiteral("expires_at"), wire::isoTimeOrNull(expires)},
            {QStringLiteral("revoked_at"), wire::isoTimeOrNull(q.value(10).toLongLong())},
            {QStringLiteral("last_used_at"), wire::isoTimeOrNull(q.value(11).toLongLong())},
            {QStringLiteral("created_at"), wire::isoTime(q.value(12).toLongLong())},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

static std::optional<QJsonObject> loadKey(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    if (id <= 0 ||
        !ctx.exec(q,
                  QStringLiteral("SELECT id, updated_at, deleted, ") + KeyColumns +
                      QStringLiteral(" FROM api_keys WHERE id = ? AND deleted = 0"),
                  {id}) ||
        !q.next())
        return std::nullopt;
    return keyJson(q, ctx.nowMs());
}

static ApiResponse listKeys(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    ListSpec spec;
    spec.table = QStringLiteral("api_keys");
    spec.columns = KeyColumns;
    spec.idPrefix = QStringLiteral("key");
    const qint64 now = ctx.nowMs();
    spec.row = [now](const QSqlQuery &q) { return keyJson(q, now); };
    return listPage(req, ctx, spec);
}

static ApiResponse getKey(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    const auto k = loadKey(ctx, wire::rowId(u"key", req.pathParam(QStringLiteral("id"))));
    if (!k)
        return errors::notFound(QStringLiteral("api_key"), req.pathParam(QStringLiteral("id")));
    return ApiResponse::ok(*k);
}

// Reads scopes / tenant_ids / rate_limit_per_minute; nullopt members when absent.
struct KeyInput
{
    std::optional<QStringList> scopes;
    std::optional<QStringList> tenantRows; // empty list = every tenant
    std::optional<qint64> rate;
};

static KeyInput readKeyInput(BodyReader &body, SandboxContext &ctx, bool create)
{
    KeyInput in;
    in.scopes = body.stringList(QStringLiteral("scopes"), create);
    if (in.scopes) {
        if (in.scopes->isEmpty())
            body.addError(QStringLiteral("scopes"),
                          tr("scopes must list at least one scope, e.g. tenants:read."));
        for (const QString &s : std::as_const(*in.scopes))
            if (!auth::isKnownScope(s)) {
                body.addError(QStringLiteral("scopes"),
                              tr("%1 is not a scope (use <group>:read or <group>:write).").arg(s));
                break;
            }
        in.scopes->removeDuplicates();
    }
    const QJsonValue tv = body.object().value(QStringLiteral("tenant_ids"));
    if (tv.isNull()) {
        in.tenantRows = QStringList();
    } else if (!tv.isUndefined()) {
        if (!tv.isArray()) {
            body.addError(QStringLiteral("tenant_ids"),
                          tr("tenant_ids must be a list of tenant ids or null (all tenants)."));
        } else {
            QStringList rows;
            for (const auto v : tv.toArray()) {
                const qint64 t = wire::rowId(u"tnt", v.toString());
                if (t <= 0 ||
                    !ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM tenants WHERE id = ? AND deleted = 0"),
                                {t})
                         .toLongLong()) {
                    body.addError(QStringLiteral("tenant_ids"),
                                  tr("%1 is not one of your tenants.").arg(v.toString()));
                    break;
                }
                rows << QString::number(t);
            }
            rows.removeDuplicates();
            in.tenantRows = rows;
        }
    }
    in.rate = body.integer(QStringLiteral("rate_limit_per_minute"));
    if (in.rate) {
        const QString msg = validation::apiKeyRateLimit(*in.rate);
        if (!msg.isEmpty())
            body.addError(QStringLiteral("rate_limit_per_minute"), msg);
    }
    return in;
}

static ApiResponse createKey(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    body.rejectUnknown({QStringLiteral("name"), QStringLiteral("scopes"), QStringLiteral("tenant_ids"),
                        QStringLiteral("rate_limit_per_minute")});
    auto name = body.string(QStringLiteral("name"), true);
    if (name) {
        *name = name->trimmed();
        if (name->isEmpty() || name->size() > 100)
            body.addError(QStringLiteral("name"), tr("name is required and at most 100 characters."));
    }
    const KeyInput in = readKeyInput(body, ctx, true);
    if (!body.ok())
        return body.errorResponse();
    const QByteArray key = auth::newApiKey();
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q,
                  QStringLiteral("INSERT INTO api_keys(name, key_hash, last4, scopes, tenant_ids, "
                                 "rate_limit_per_minute, status, "
                                 "created_at, updated_at) VALUES(?,?,?,?,?,?,'ACTIVE',?,?)"),
                  {*name, QString::fromLatin1(wire::sha256Hex(key)), QString::fromLatin1(key.right(4)),
                   in.scopes->join(QLatin1Char(' ')),
                   in.tenantRows && !in.tenantRows->isEmpty() ? in.tenantRows->join(QLatin1Char(','))
                                                              : QStringLiteral(""),
                   in.rate.value_or(100), now, now}))
        return billing::internalError();
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonObject o = *loadKey(ctx, id);
    o.insert(QStringLiteral("secret"), QString::fromLatin1(key));
    ApiResponse r = ApiResponse::created(o);
    r.addHeader("Location", "/v1/api-keys/" + wire::publicId(u"key", id).toLatin1());
    r.addHeader("Cache-Control", "no-store");
    return r;
}

static ApiResponse updateKey(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    const qint64 id = wire::rowId(u"key", req.pathParam(QStringLiteral("id")));
    const auto current = loadKey(ctx, id);
    if (!current)
        return errors::notFound(QStringLiteral("api_key"), req.pathParam(QStringLiteral("id")));
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    for (const char *fixed : {"name", "key", "secret", "masked_key"})
        if (body.has(QLatin1String(fixed)))
            body.addError(QLatin1String(fixed),
                          tr("%1 cannot be changed; create a new key instead.").arg(QLatin1String(fixed)));
    body.rejectUnknown({QStringLiteral("scopes"), QStringLiteral("tenant_ids"),
                        QStringLiteral("rate_limit_per_minute"), QStringLiteral("name"),
                        QStringLiteral("key"), QStringLiteral("secret"), QStringLiteral("masked_key")});
    const KeyInput in = readKeyInput(body, ctx, false);
    if (!body.ok())
        return body.errorResponse();
    if (current->value(QStringLiteral("status")).toString() == QLatin1String("REVOKED"))
        return errors::conflict(QStringLiteral("key_revoked"), tr("This key is revoked; create a new one."));
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral(
                "UPDATE api_keys SET scopes = COALESCE(?, scopes), tenant_ids = COALESCE(?, tenant_ids), "
                "rate_limit_per_minute = COALESCE(?, rate_limit_per_minute), updated_at = ? WHERE id = ?"),
            {in.scopes ? QVariant(in.scopes->join(QLatin1Char(' '))) : QVariant(),
             in.tenantRows ? QVariant(in.tenantRows->isEmpty() ? QStringLiteral("")
                                                               : in.tenantRows->join(QLatin1Char(',')))
                           : QVariant(),
             in.rate ? QVariant(*in.rate) : QVariant(), ctx.nowMs(), id}))
        return billing::internalError();
    return ApiResponse::ok(*loadKey(ctx, id));
}

static ApiResponse revokeKey(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    const qint64 id = wire::rowId(u"key", req.pathParam(QStringLiteral("id")));
    const auto current = loadKey(ctx, id);
    if (!current)
        return errors::notFound(QStringLiteral("api_key"), req.pathParam(QStringLiteral("id")));
    if (current->value(QStringLiteral("status")).toString() == QLatin1String("REVOKED"))
        return errors::conflict(QStringLiteral("key_revoked"), tr("This key is already revoked."));
    QSqlQuery q(ctx.db());
    const qint64 now = ctx.nowMs();
    if (!ctx.exec(q,
                  QStringLiteral(
                      "UPDATE api_keys SET status = 'REVOKED', revoked_at = ?, updated_at = ? WHERE id = ?"),
                  {now, now, id}))
        return billing::internalError();
    return ApiResponse::ok(*loadKey(ctx, id));
}

void setupApiKeyResources(ResourceSetup &setup)
{
    setup.router.add("GET", QStringLiteral("/v1/api-keys"), {{}, Access::Authenticated}, &listKeys);
    setup.router.add("POST", QStringLiteral("/v1/api-keys"), {{}, Access::Write}, &createKey);
    setup.router.add("GET", QStringLiteral("/v1/api-keys/{id}"), {{}, Access::Authenticated}, &getKey);
    setup.router.add("PATCH", QStringLiteral("/v1/api-keys/{id}"), {{}, Access::Write}, &updateKey);
    setup.router.add("DELETE", QStringLiteral("/v1/api-keys/{id}"), {{}, Access::Write}, &revokeKey);
}

} // namespace simuwave::sandbox
