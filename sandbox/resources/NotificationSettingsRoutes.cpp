// /v1/notification-settings: the partner's four email toggles (guide, "Notifications"). Session-only
// (x-scope: session): API keys get 403; the read-only role may read but not change them.
#include "core/BodyReader.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/BillingCommon.h"
#include "resources/Resources.h"

#include <QSqlQuery>

namespace simuwave::sandbox {

using billing::tr;

static const char *const Toggles[] = {"new_tenant_signups", "usage_alerts", "monthly_reports",
                                      "system_updates"};

static std::optional<ApiResponse> requireSession(const ApiRequest &req)
{
    if (req.principal.kind != Principal::Kind::Session)
        return errors::forbidden(
            tr("permission denied: notification settings need a signed-in user, not an API key"));
    return std::nullopt;
}

static QJsonObject settingsJson(SandboxContext &ctx)
{
    QSqlQuery q(ctx.db());
    QJsonObject o;
    if (ctx.exec(q,
                 QStringLiteral(
                     "SELECT new_tenant_signups, usage_alerts, monthly_reports, system_updates, updated_at "
                     "FROM notification_settings WHERE id = 1")) &&
        q.next()) {
        for (int i = 0; i < 4; ++i)
            o.insert(QLatin1String(Toggles[i]), q.value(i).toInt() != 0);
        o.insert(QStringLiteral("updated_at"), wire::isoTime(q.value(4).toLongLong()));
    }
    return o;
}

static void ensureRow(SandboxContext &ctx)
{
    QSqlQuery q(ctx.db());
    // The guide's recommendations: usage alerts and monthly reports on.
    ctx.exec(
        q,
        QStringLiteral("INSERT OR IGNORE INTO notification_settings(id, new_tenant_signups, usage_alerts, "
                       "monthly_reports, system_updates, updated_at) VALUES(1, 1, 1, 1, 0, ?)"),
        {ctx.nowMs()});
}

static ApiResponse getSettings(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    ensureRow(ctx);
    return ApiResponse::ok(settingsJson(ctx));
}

static ApiResponse putSettings(ApiRequest &req, SandboxContext &ctx)
{
    if (auto denied = requireSession(req))
        return *denied;
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    QStringList known;
    for (const char *t : Toggles)
        known << QLatin1String(t);
    known << QStringLiteral("updated_at");
    body.rejectUnknown(known);
    QVariantList values;
    for (const char *t : Toggles) {
        const auto v = body.boolean(QLatin1String(t), true);
        values << (v.value_or(false) ? 1 : 0);
    }
    if (!body.ok())
        return body.errorResponse();
    ensureRow(ctx);
    values << ctx.nowMs();
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q,
                  QStringLiteral("UPDATE notification_settings SET new_tenant_signups = ?, usage_alerts = ?, "
                                 "monthly_reports = ?, system_updates = ?, updated_at = ? WHERE id = 1"),
                  values))
        return billing::internalError();
    return ApiResponse::ok(settingsJson(ctx));
}

void setupNotificationSettingsResources(ResourceSetup &setup)
{
    setup.schema << QStringLiteral("CREATE TABLE IF NOT EXISTS notification_settings(id INTEGER PRIMARY KEY "
                                   "CHECK(id = 1), new_tenant_signups INTEGER "
                                   "NOT NULL, usage_alerts INTEGER NOT NULL, monthly_reports INTEGER NOT "
                                   "NULL, system_updates INTEGER NOT NULL, "
                                   "updated_at INTEGER NOT NULL)");
    setup.router.add("GET", QStringLiteral("/v1/notification-settings"), {{}, Access::Authenticated},
                     &getSettings);
    setup.router.add("PUT", QStringLiteral("/v1/notification-settings"), {{}, Access::Write}, &putSettings);
}

} // namespace simuwave::sandbox
