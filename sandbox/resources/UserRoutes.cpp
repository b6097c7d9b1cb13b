// /v1/users: the partner's team. List/get, invite (the user is `invited`, with no password, until the
// invite is accepted; valid 7 days), change name or role, remove (tombstone; every session of that user
// answers 401 from then on). Session-only (x-scope: session): API keys get 403. 409 `email_taken`,
// `cannot_remove_self`, and `last_admin` whenever a change would leave no active partner_admin.
#include "core/BodyReader.h"
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/BillingCommon.h"
#include "resources/Resources.h"
#include "validation/Validation.h"

#include <QSqlQuery>

namespace simuwave::sandbox {

using billing::tr;

constexpr qint64 InviteLifetimeMs = 7LL * 24 * 60 * 60 * 1000;

static const QString UserColumns =
    QStringLiteral("email, name, role, password_hash IS NULL, totp_secret, email_verified, last_login_at, "
                   "created_at");

static std::optional<ApiResponse> requireSession(const ApiRequest &req)
{
    if (req.principal.kind != Principal::Kind::Session)
        return errors::forbidden(
            tr("permission denied: the team is managed by a signed-in user, not with an API key"));
    return std::nullopt;
}

static QJsonObject userJson(const QSqlQuery &q)
{
    const bool invited = q.value(6).toInt() != 0;
    const qint64 created = q.value(10).toLongLong();
    return {{QStringLiteral("id"), wire::publicId(u"usr", q.value(0).toLongLong())},
            {QStringLiteral("email"), q.value(3).toString()},
            {QStringLiteral("name"), q.value(4).toString()},
            {QStringLiteral("role"), q.value(5).toString()},
            {QStringLiteral("status"), invited ? QStringLiteral("invited") : QStringLiteral("active")},
            {QStringLiteral("email_verified"), q.value(8).toInt() != 0},
            {QStringLiteral("two_factor_enabled"), !q.value(7).toString().isEmpty()},
            {QStringLiteral("last_login_at"), wire::isoTimeOrNull(q.value(9).toLongLong())},
            {QStringLiteral("invite_expires_at"),
             invited ? QJsonValue(wire::isoTime(created + InviteLifetimeMs)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("created_at"), wire::isoTime(created)},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

static std::optional<QJsonObject> loadUser(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    if (id <= 0 ||
        !ctx.exec(q,
                  QStringLiteral("SELECT id, updated_at, deleted, ") + UserColumns +
                      QStringLiteral(" FROM users WHERE id = ? AND deleted = 0"),
                  {id}) ||
        !q.next())
        return std::nullopt;
    return userJson(q);
}

// Active (not invited) partner_admins other than `exceptId`.
static qint64 otherActiveAdmins(SandboxContext &ctx, qint64 exceptId)
{
    return ctx
        .scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE deleted = 0 AND role = 'partner_admin' AND "
                               "password_hash IS NOT NULL AND id <> ?"),
                {exceptId})
        .toLongLong();
}

static ApiResponse listUsers(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    ListSpec spec;
    spec.table = QStringLiteral("users");
    spec.columns = UserColumns;
    spec.idPrefix = QStringLiteral("usr");
    spec.row = &userJson;
    return listPage(req, ctx, spec);
}

static ApiResponse getUser(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    const auto u = loadUser(ctx, wire::rowId(u"usr", req.pathParam(QStringLiteral("id"))));
    if (!u)
        return errors::notFound(QStringLiteral("user"), req.pathParam(QStringLiteral("id")));
    return ApiResponse::ok(*u);
}

static void readNameAndRole(BodyReader &body, bool create, std::optional<QString> &name,
                            std::optional<QString> &role)
{
    name = body.string(QStringLiteral("name"), create);
    if (name) {
        *name = name->trimmed();
        if (name->isEmpty() || name->size() > 100)
            body.addError(QStringLiteral("name"), tr("name is required and at most 100 characters."));
    }
    role = body.string(QStringLiteral("role"), create);
    if (role && *role != QLatin1String("partner_admin") && *role != QLatin1String("partner_user"))
        body.addError(QStringLiteral("role"), tr("role must be partner_admin or partner_user."));
}

static ApiResponse inviteUser(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    body.rejectUnknown({QStringLiteral("email"), QStringLiteral("name"), QStringLiteral("role")});
    auto email = body.string(QStringLiteral("email"), true);
    if (email) {
        *email = email->trimmed();
        const QString msg = validation::email(*email, QStringLiteral("email"));
        if (!msg.isEmpty())
            body.addError(QStringLiteral("email"), msg);
    }
    std::optional<QString> name, role;
    readNameAndRole(body, true, name, role);
    if (!body.ok())
        return body.errorResponse();
    if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM users WHERE email = ? AND deleted = 0"), {*email})
            .toLongLong())
        return errors::conflict(QStringLiteral("email_taken"),
                                tr("%1 is already a member of the team or invited.").arg(*email),
                                QStringLiteral("email"));
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral("INSERT INTO users(email, name, role, email_verified, created_at, updated_at) "
                           "VALUES(?,?,?,0,?,?)"),
            {*email, *name, *role, now, now}))
        return billing::internalError();
    const qint64 id = q.lastInsertId().toLongLong();
    ApiResponse r = ApiResponse::created(*loadUser(ctx, id));
    r.addHeader("Location", "/v1/users/" + wire::publicId(u"usr", id).toLatin1());
    return r;
}

static ApiResponse updateUser(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    const qint64 id = wire::rowId(u"usr", req.pathParam(QStringLiteral("id")));
    const auto current = loadUser(ctx, id);
    if (!current)
        return errors::notFound(QStringLiteral("user"), req.pathParam(QStringLiteral("id")));
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    if (body.has(QStringLiteral("email")))
        body.addError(QStringLiteral("email"),
                      tr("email cannot be changed; invite the new address instead."));
    body.rejectUnknown({QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("email")});
    std::optional<QString> name, role;
    readNameAndRole(body, false, name, role);
    if (!body.ok())
        return body.errorResponse();
    const bool wasActiveAdmin =
        current->value(QStringLiteral("role")).toString() == QLatin1String("partner_admin") &&
        current->value(QStringLiteral("status")).toString() == QLatin1String("active");
    if (role && *role != QLatin1String("partner_admin") && wasActiveAdmin && otherActiveAdmins(ctx, id) == 0)
        return errors::conflict(QStringLiteral("last_admin"),
                                tr("The partner needs at least one partner_admin."), QStringLiteral("role"));
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral("UPDATE users SET name = COALESCE(?, name), role = COALESCE(?, role), "
                           "updated_at = ? WHERE id = ?"),
            {name ? QVariant(*name) : QVariant(), role ? QVariant(*role) : QVariant(), ctx.nowMs(), id}))
        return billing::internalError();
    return ApiResponse::ok(*loadUser(ctx, id));
}

static ApiResponse removeUser(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    const qint64 id = wire::rowId(u"usr", req.pathParam(QStringLiteral("id")));
    const auto current = loadUser(ctx, id);
    if (!current)
        return errors::notFound(QStringLiteral("user"), req.pathParam(QStringLiteral("id")));
    if (id == req.principal.userId)
        return errors::conflict(QStringLiteral("cannot_remove_self"),
                                tr("You cannot remove yourself; ask another partner_admin."));
    if (current->value(QStringLiteral("role")).toString() == QLatin1String("partner_admin") &&
        current->value(QStringLiteral("status")).toString() == QLatin1String("active") &&
        otherActiveAdmins(ctx, id) == 0)
        return errors::conflict(QStringLiteral("last_admin"),
                                tr("The partner needs at least one partner_admin."));
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    // The address is freed (it is UNIQUE) so that the person can be invited again; the row stays as a
    // tombstone for delta sync, and every open session is revoked.
    if (!ctx.exec(q,
                  QStringLiteral("UPDATE users SET deleted = 1, email = 'removed-' || id || '-' || email, "
                                 "updated_at = ? WHERE id = ?"),
                  {now, id}) ||
        !ctx.exec(
            q, QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
            {now, id}))
        return billing::internalError();
    return ApiResponse::noContent();
}

void setupUserResources(ResourceSetup &setup)
{
    setup.router.add("GET", QStringLiteral("/v1/users"), {{}, Access::Authenticated}, &listUsers);
    setup.router.add("POST", QStringLiteral("/v1/users"), {{}, Access::Write}, &inviteUser);
    setup.router.add("GET", QStringLiteral("/v1/users/{id}"), {{}, Access::Authenticated}, &getUser);
    setup.router.add("PATCH", QStringLiteral("/v1/users/{id}"), {{}, Access::Write}, &updateUser);
    setup.router.add("DELETE", QStringLiteral("/v1/users/{id}"), {{}, Access::Write}, &removeUser);
}

} // namespace simuwave::sandbox
