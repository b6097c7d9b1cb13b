// Identity: sign-in (session tokens with the user's role, 2FA by TOTP), sign-out, and /v1/me.
#include "core/Auth.h"
#include "core/BodyReader.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/Resources.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace simuwave::sandbox {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

static QJsonObject userJson(SandboxContext &ctx, qint64 userId)
{
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q,
                  QStringLiteral(
                      "SELECT id, email, name, role, totp_secret, email_verified, last_login_at, created_at, "
                      "updated_at FROM users WHERE id = ?"),
                  {userId}) ||
        !q.next())
        return {};
    return {{QStringLiteral("id"), wire::publicId(u"usr", q.value(0).toLongLong())},
            {QStringLiteral("email"), q.value(1).toString()},
            {QStringLiteral("name"), q.value(2).toString()},
            {QStringLiteral("role"), q.value(3).toString()},
            {QStringLiteral("status"), QStringLiteral("active")},
            {QStringLiteral("invite_expires_at"), QJsonValue(QJsonValue::Null)},
            {QStringLiteral("two_factor_enabled"), !q.value(4).toString().isEmpty()},
            {QStringLiteral("email_verified"), q.value(5).toInt() != 0},
            {QStringLiteral("last_login_at"), wire::isoTimeOrNull(q.value(6).toLongLong())},
            {QStringLiteral("created_at"), wire::isoTime(q.value(7).toLongLong())},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(8).toLongLong())}};
}

static ApiResponse createSession(ApiRequest &req, SandboxContext &ctx)
{
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto email = body.string(QStringLiteral("email"), true);
    const auto password = body.string(QStringLiteral("password"), true);
    const auto totp = body.string(QStringLiteral("totp_code"));
    if (!body.ok())
        return body.errorResponse();
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q,
                  QStringLiteral("SELECT id, password_salt, password_hash, totp_secret FROM users "
                                 "WHERE email = ? AND deleted = 0"),
                  {email->trimmed()}) ||
        !q.next() || auth::hashPassword(*password, q.value(1).toByteArray()) != q.value(2).toByteArray())
        return errors::unauthorized(QStringLiteral("invalid_credentials"),
                                    tr("The email or password is incorrect."));
    const qint64 userId = q.value(0).toLongLong();
    const QByteArray secret = q.value(3).toString().toLatin1();
    if (!secret.isEmpty()) {
        if (!totp || totp->isEmpty())
            return errors::unauthorized(QStringLiteral("totp_required"),
                                        tr("This account uses two-factor authentication: send totp_code."));
        if (!auth::verifyTotp(secret, totp->trimmed(), QDateTime::currentSecsSinceEpoch()))
            return errors::unauthorized(
                QStringLiteral("invalid_totp_code"),
                tr("The two-factor code is not valid; use the current 6-digit code."));
    }
    const QByteArray token = auth::newSessionToken();
    const qint64 now = ctx.nowMs();
    const qint64 expires = now + auth::SessionLifetimeMs;
    if (!ctx.exec(q,
                  QStringLiteral(
                      "INSERT INTO sessions(user_id, token_hash, created_at, expires_at) VALUES(?,?,?,?)"),
                  {userId, QString::fromLatin1(wire::sha256Hex(token)), now, expires}) ||
        !ctx.exec(q, QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"), {now, userId}))
        return errors::make(500, QStringLiteral("api_error"), QStringLiteral("internal_error"),
                            tr("Sign-in failed."));
    return ApiResponse::created(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                            {QStringLiteral("expires_at"), wire::isoTime(expires)},
                                            {QStringLiteral("user"), userJson(ctx, userId)}});
}

static ApiResponse deleteCurrentSession(ApiRequest &req, SandboxContext &ctx)
{
    if (req.principal.kind != Principal::Kind::Session)
        return errors::badRequest(QStringLiteral("not_a_session"),
                                  tr("Only a session token can be signed out; revoke API keys instead."));
    QSqlQuery q(ctx.db());
    ctx.exec(q, QStringLiteral("UPDATE sessions SET revoked_at = ? WHERE id = ?"),
             {ctx.nowMs(), req.principal.sessionId});
    return ApiResponse::noContent();
}

static ApiResponse getMe(ApiRequest &req, SandboxContext &ctx)
{
    const Principal &p = req.principal;
    QJsonObject me;
    QSqlQuery q(ctx.db());
    ctx.exec(q, QStringLiteral("SELECT id, company_name, brand_name, status, tier FROM partners LIMIT 1"));
    if (q.next())
        me.insert(QStringLiteral("partner"),
                  QJsonObject{{QStringLiteral("id"), wire::publicId(u"ptr", q.value(0).toLongLong())},
                              {QStringLiteral("company_name"), q.value(1).toString()},
                              {QStringLiteral("brand_name"), q.value(2).toString()},
                              {QStringLiteral("status"), q.value(3).toString()},
                              {QStringLiteral("tier"), q.value(4).toString()}});
    QStringList scopes = p.scopes.values();
    scopes.sort();
    me.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (p.kind == Principal::Kind::Session) {
        me.insert(QStringLiteral("auth_type"), QStringLiteral("session"));
        me.insert(QStringLiteral("user"), userJson(ctx, p.userId));
        me.insert(QStringLiteral("role"), p.role);
        me.insert(QStringLiteral("tenant_scope"), QJsonValue(QJsonValue::Null));
        me.insert(QStringLiteral("api_key"), QJsonValue(QJsonValue::Null));
        ctx.exec(q, QStringLiteral("SELECT expires_at FROM sessions WHERE id = ?"), {p.sessionId});
        me.insert(QStringLiteral("session_expires_at"),
                  q.next() ? wire::isoTimeOrNull(q.value(0).toLongLong()) : QJsonValue());
    } else {
        me.insert(QStringLiteral("auth_type"), QStringLiteral("api_key"));
        me.insert(QStringLiteral("user"), QJsonValue(QJsonValue::Null));
        me.insert(QStringLiteral("role"), QJsonValue(QJsonValue::Null));
        QJsonArray tenants;
        for (qint64 t : p.tenantScope)
            tenants.append(wire::publicId(u"tnt", t));
        me.insert(QStringLiteral("tenant_scope"),
                  p.tenantScope.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(tenants));
        ctx.exec(q, QStringLiteral("SELECT name, last4, rate_limit_per_minute FROM api_keys WHERE id = ?"),
                 {p.keyId});
        if (q.next())
            me.insert(QStringLiteral("api_key"),
                      QJsonObject{{QStringLiteral("id"), wire::publicId(u"key", p.keyId)},
                                  {QStringLiteral("name"), q.value(0).toString()},
                                  {QStringLiteral("masked_key"),
                                   QStringLiteral("sk_test_...") + q.value(1).toString()},
                                  {QStringLiteral("rate_limit_per_minute"), q.value(2).toInt()}});
        me.insert(QStringLiteral("session_expires_at"), QJsonValue(QJsonValue::Null));
    }
    return ApiResponse::ok(me);
}

void setupAuthResources(ResourceSetup &setup)
{
    setup.router.add("POST", QStringLiteral("/v1/auth/sessions"), {{}, Access::Public}, &createSession);
    setup.router.add("DELETE", QStringLiteral("/v1/auth/sessions/current"), {{}, Access::Authenticated},
                     &deleteCurrentSession);
    setup.router.add("GET", QStringLiteral("/v1/me"), {{}, Access::Authenticated}, &getMe);
}

} // namespace simuwave::sandbox
