// /v1/webhooks: endpoints (https only, events from the guide's list) whose signing secret is answered
// once at creation and on rotation (only its SHA-256 and last 4 characters are stored), enable/disable,
// delete (tombstone; the delivery history stays), and the delivery debugger: deliveries with status,
// attempts n/8 and the last response, and redeliver (a new PENDING delivery with the same payload).
// The sandbox never POSTs to the endpoints: deliveries come from the demo seed and from redeliver.
#include "core/BodyReader.h"
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/BillingCommon.h"
#include "resources/ResourceCommon.h"
#include "resources/Resources.h"
#include "validation/Validation.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace simuwave::sandbox {

using billing::tr;

static const QStringList &webhookEvents()
{
    static const QStringList events = {
        QStringLiteral("tenant.created"),         QStringLiteral("tenant.updated"),
        QStringLiteral("tenant.suspended"),       QStringLiteral("tenant.unsuspended"),
        QStringLiteral("tenant.deleted"),         QStringLiteral("phone_number.purchased"),
        QStringLiteral("phone_number.assigned"),  QStringLiteral("phone_number.released"),
        QStringLiteral("phone_number.updated"),   QStringLiteral("extension.created"),
        QStringLiteral("extension.updated"),      QStringLiteral("extension.deleted"),
        QStringLiteral("subscription.updated"),   QStringLiteral("subscription.activated"),
        QStringLiteral("invoice.created"),        QStringLiteral("invoice.paid"),
        QStringLiteral("invoice.failed"),         QStringLiteral("payment_method.attached"),
        QStringLiteral("payment.failed"),         QStringLiteral("checkout.session.completed"),
        QStringLiteral("call.initiated"),         QStringLiteral("call.answered"),
        QStringLiteral("call.completed"),         QStringLiteral("call.failed"),
        QStringLiteral("inbound_call.ringing"),   QStringLiteral("inbound_call.answered"),
        QStringLiteral("inbound_call.completed"), QStringLiteral("inbound_call.abandoned")};
    return events;
}

constexpr int MaxAttempts = 8;

static const QString HookColumns = QStringLiteral(
    "url, description, events, enabled, disabled_reason, consecutive_failures, secret_last4, created_at");

static QJsonObject hookJson(const QSqlQuery &q)
{
    const QString reason = q.value(7).toString();
    return {{QStringLiteral("id"), wire::publicId(u"whk", q.value(0).toLongLong())},
            {QStringLiteral("url"), q.value(3).toString()},
            {QStringLiteral("description"), q.value(4).toString()},
            {QStringLiteral("events"),
             QJsonArray::fromStringList(q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))},
            {QStringLiteral("enabled"), q.value(6).toInt() != 0},
            {QStringLiteral("disabled_reason"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : reason},
            {QStringLiteral("consecutive_failures"), q.value(8).toInt()},
            {QStringLiteral("secret_last4"), q.value(9).toString()},
            {QStringLiteral("created_at"), wire::isoTime(q.value(10).toLongLong())},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

static std::optional<QJsonObject> loadHook(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    if (id <= 0 ||
        !ctx.exec(q,
                  QStringLiteral("SELECT id, updated_at, deleted, ") + HookColumns +
                      QStringLiteral(" FROM webhooks WHERE id = ? AND deleted = 0"),
                  {id}) ||
        !q.next())
        return std::nullopt;
    return hookJson(q);
}

static const QString DeliveryColumns = QStringLiteral(
    "webhook_id, event_id, event_type, status, attempts, max_attempts, last_attempt_at, next_attempt_at, "
    "response_code, response_error, request_body, response_body, redelivery_of, created_at");

static QJsonObject deliveryJson(const QSqlQuery &q)
{
    auto textOrNull = [&q](int i) {
        return q.value(i).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(i).toString());
    };
    return {{QStringLiteral("id"), wire::publicId(u"dlv", q.value(0).toLongLong())},
            {QStringLiteral("webhook_id"), wire::publicId(u"whk", q.value(3).toLongLong())},
            {QStringLiteral("event_id"), q.value(4).toString()},
            {QStringLiteral("event_type"), q.value(5).toString()},
            {QStringLiteral("status"), q.value(6).toString()},
            {QStringLiteral("attempts"), q.value(7).toInt()},
            {QStringLiteral("max_attempts"), q.value(8).toInt()},
            {QStringLiteral("last_attempt_at"), wire::isoTimeOrNull(q.value(9).toLongLong())},
            {QStringLiteral("next_attempt_at"), wire::isoTimeOrNull(q.value(10).toLongLong())},
            {QStringLiteral("response_code"),
             q.value(11).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(11).toInt())},
            {QStringLiteral("response_error"), textOrNull(12)},
            {QStringLiteral("request_body"), q.value(13).toString()},
            {QStringLiteral("response_body"), textOrNull(14)},
            {QStringLiteral("redelivery_of"), wire::publicIdOrNull(u"dlv", q.value(15).toLongLong())},
            {QStringLiteral("created_at"), wire::isoTime(q.value(16).toLongLong())},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

static std::optional<QJsonObject> loadDelivery(SandboxContext &ctx, qint64 id)
{
    QSqlQuery q(ctx.db());
    if (id <= 0 ||
        !ctx.exec(q,
                  QStringLiteral("SELECT id, updated_at, deleted, ") + DeliveryColumns +
                      QStringLiteral(" FROM webhook_deliveries WHERE id = ?"),
                  {id}) ||
        !q.next())
        return std::nullopt;
    return deliveryJson(q);
}

static QByteArray newSecret()
{
    return "whsec_" + wire::randomToken(16);
}

static ApiResponse listHooks(ApiRequest &req, SandboxContext &ctx)
{
    ListSpec spec;
    spec.table = QStringLiteral("webhooks");
    spec.columns = HookColumns;
    spec.idPrefix = QStringLiteral("whk");
    spec.row = &hookJson;
    return listPage(req, ctx, spec);
}

static ApiResponse getHook(ApiRequest &req, SandboxContext &ctx)
{
    const auto h = loadHook(ctx, wire::rowId(u"whk", req.pathParam(QStringLiteral("id"))));
    if (!h)
        return errors::notFound(QStringLiteral("webhook"), req.pathParam(QStringLiteral("id")));
    return ApiResponse::ok(*h);
}

struct HookInput
{
    std::optional<QString> url, description;
    std::optional<QStringList> events;
    std::optional<bool> enabled;
};

static HookInput readHookInput(BodyReader &body, bool create)
{
    HookInput in;
    in.url = body.string(QStringLiteral("url"), create);
    if (in.url) {
        *in.url = in.url->trimmed();
        const QString msg = validation::webhookUrl(*in.url);
        if (!msg.isEmpty())
            body.addError(QStringLiteral("url"), msg);
    }
    in.description = body.string(QStringLiteral("description"));
    if (in.description) {
        *in.description = in.description->trimmed();
        if (in.description->size() > 200)
            body.addError(QStringLiteral("description"), tr("description is at most 200 characters."));
    }
    in.events = body.stringList(QStringLiteral("events"), create);
    if (in.events) {
        if (in.events->isEmpty())
            body.addError(QStringLiteral("events"),
                          tr("events must list at least one event, e.g. tenant.created."));
        for (const QString &e : std::as_const(*in.events))
            if (!webhookEvents().contains(e)) {
                body.addError(QStringLiteral("events"), tr("%1 is not a webhook event.").arg(e));
                break;
            }
        in.events->removeDuplicates();
    }
    in.enabled = body.boolean(QStringLiteral("enabled"));
    return in;
}

static ApiResponse withSecret(SandboxContext &ctx, qint64 id, const QByteArray &secret, int status)
{
    QJsonObject o = *loadHook(ctx, id);
    o.insert(QStringLiteral("secret"), QString::fromLatin1(secret));
    ApiResponse r = ApiResponse::ok(o, status);
    r.addHeader("Cache-Control", "no-store");
    return r;
}

static ApiResponse createHook(ApiRequest &req, SandboxContext &ctx)
{
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    body.rejectUnknown({QStringLiteral("url"), QStringLiteral("description"), QStringLiteral("events"),
                        QStringLiteral("enabled")});
    const HookInput in = readHookInput(body, true);
    if (!body.ok())
        return body.errorResponse();
    const QByteArray secret = newSecret();
    const qint64 now = ctx.nowMs();
    const bool enabled = in.enabled.value_or(true);
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral("INSERT INTO webhooks(url, description, events, enabled, disabled_reason, "
                           "secret_hash, secret_last4, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?)"),
            {*in.url, notNull(in.description.value_or(QString())), in.events->join(QLatin1Char(' ')),
             enabled ? 1 : 0, enabled ? QVariant() : QVariant(QStringLiteral("manual")),
             QString::fromLatin1(wire::sha256Hex(secret)), QString::fromLatin1(secret.right(4)), now, now}))
        return billing::internalError();
    const qint64 id = q.lastInsertId().toLongLong();
    ApiResponse r = withSecret(ctx, id, secret, 201);
    r.addHeader("Location", "/v1/webhooks/" + wire::publicId(u"whk", id).toLatin1());
    return r;
}

static ApiResponse updateHook(ApiRequest &req, SandboxContext &ctx)
{
    const qint64 id = wire::rowId(u"whk", req.pathParam(QStringLiteral("id")));
    const auto current = loadHook(ctx, id);
    if (!current)
        return errors::notFound(QStringLiteral("webhook"), req.pathParam(QStringLiteral("id")));
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    if (body.has(QStringLiteral("secret")))
        body.addError(QStringLiteral("secret"), tr("secret cannot be set; use rotate-secret for a new one."));
    body.rejectUnknown({QStringLiteral("url"), QStringLiteral("description"), QStringLiteral("events"),
                        QStringLiteral("enabled"), QStringLiteral("secret")});
    const HookInput in = readHookInput(body, false);
    if (!body.ok())
        return body.errorResponse();
    QVariant enabled, reason, failures;
    if (in.enabled && *in.enabled != current->value(QStringLiteral("enabled")).toBool()) {
        enabled = *in.enabled ? 1 : 0;
        // Enabling clears the reason and resets the failure count; disabling by hand is "manual".
        reason = *in.enabled ? QStringLiteral("") : QStringLiteral("manual");
        if (*in.enabled)
            failures = 0;
    }
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral(
                "UPDATE webhooks SET url = COALESCE(?, url), description = COALESCE(?, description), "
                "events = COALESCE(?, events), enabled = COALESCE(?, enabled), "
                "disabled_reason = CASE WHEN ? IS NULL THEN disabled_reason ELSE NULLIF(?, '') END, "
                "consecutive_failures = COALESCE(?, consecutive_failures), updated_at = ? WHERE id = ?"),
            {in.url ? QVariant(*in.url) : QVariant(),
             in.description ? QVariant(notNull(*in.description)) : QVariant(),
             in.events ? QVariant(in.events->join(QLatin1Char(' '))) : QVariant(), enabled, reason, reason,
             failures, ctx.nowMs(), id}))
        return billing::internalError();
    return ApiResponse::ok(*loadHook(ctx, id));
}

static ApiResponse deleteHook(ApiRequest &req, SandboxContext &ctx)
{
    const qint64 id = wire::rowId(u"whk", req.pathParam(QStringLiteral("id")));
    if (!loadHook(ctx, id))
        return errors::notFound(QStringLiteral("webhook"), req.pathParam(QStringLiteral("id")));
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q, QStringLiteral("UPDATE webhooks SET deleted = 1, updated_at = ? WHERE id = ?"),
                  {ctx.nowMs(), id}))
        return billing::internalError();
    return ApiResponse::noContent();
}

static ApiResponse rotateSecret(ApiRequest &req, SandboxContext &ctx)
{
    const qint64 id = wire::rowId(u"whk", req.pathParam(QStringLiteral("id")));
    if (!loadHook(ctx, id))
        return errors::notFound(QStringLiteral("webhook"), req.pathParam(QStringLiteral("id")));
    const QByteArray secret = newSecret();
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q,
                  QStringLiteral("UPDATE webhooks SET secret_hash = ?, secret_last4 = ?, updated_at = ? "
                                 "WHERE id = ?"),
                  {QString::fromLatin1(wire::sha256Hex(secret)), QString::fromLatin1(secret.right(4)),
                   ctx.nowMs(), id}))
        return billing::internalError();
    return withSecret(ctx, id, secret, 200);
}

static ApiResponse listDeliveries(ApiRequest &req, SandboxContext &ctx)
{
    const qint64 id = wire::rowId(u"whk", req.pathParam(QStringLiteral("id")));
    if (!loadHook(ctx, id))
        return errors::notFound(QStringLiteral("webhook"), req.pathParam(QStringLiteral("id")));
    ListSpec spec;
    spec.table = QStringLiteral("webhook_deliveries");
    spec.columns = DeliveryColumns;
    spec.idPrefix = QStringLiteral("dlv");
    spec.conditions << QStringLiteral("webhook_id = ?");
    spec.binds << id;
    const QString status = req.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        static const QStringList statuses = {QStringLiteral("DELIVERED"), QStringLiteral("PENDING"),
                                             QStringLiteral("FAILED"), QStringLiteral("DEAD")};
        if (!statuses.contains(status))
            return errors::validationField(QStringLiteral("status"),
                                           tr("status must be DELIVERED, PENDING, FAILED or DEAD."));
        spec.conditions << QStringLiteral("status = ?");
        spec.binds << status;
    }
    spec.row = &deliveryJson;
    return listPage(req, ctx, spec);
}

static ApiResponse redeliver(ApiRequest &req, SandboxContext &ctx)
{
    const qint64 hookId = wire::rowId(u"whk", req.pathParam(QStringLiteral("id")));
    const auto hook = loadHook(ctx, hookId);
    if (!hook)
        return errors::notFound(QStringLiteral("webhook"), req.pathParam(QStringLiteral("id")));
    const qint64 deliveryId = wire::rowId(u"dlv", req.pathParam(QStringLiteral("delivery_id")));
    const auto original = loadDelivery(ctx, deliveryId);
    if (!original || original->value(QStringLiteral("webhook_id")).toString() !=
                         hook->value(QStringLiteral("id")).toString())
        return errors::notFound(QStringLiteral("delivery"), req.pathParam(QStringLiteral("delivery_id")));
    if (!hook->value(QStringLiteral("enabled")).toBool())
        return errors::conflict(QStringLiteral("webhook_disabled"),
                                tr("This endpoint is disabled; enable it before redelivering."));
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    if (!ctx.exec(
            q,
            QStringLiteral("INSERT INTO webhook_deliveries(webhook_id, event_id, event_type, status, "
                           "attempts, max_attempts, next_attempt_at, request_body, redelivery_of, "
                           "created_at, updated_at) SELECT webhook_id, event_id, event_type, 'PENDING', "
                           "0, ?, ?, request_body, id, ?, ? FROM webhook_deliveries WHERE id = ?"),
            {MaxAttempts, now, now, now, deliveryId}))
        return billing::internalError();
    return ApiResponse::ok(*loadDelivery(ctx, q.lastInsertId().toLongLong()), 202);
}

// Demo: two endpoints, the first with a delivery in every status, the second disabled after failures.
static bool seedWebhooks(SeedContext &s)
{
    if (s.profile != QLatin1String("demo"))
        return true;
    const qint64 now = s.nowMs, minute = 60'000;
    struct Hook
    {
        const char *url, *description, *events, *reason;
        int failures;
    };
    const Hook hooks[] = {
        {"https://crm.acmephones.example/hooks/simuwave", "CRM sync",
         "tenant.created tenant.updated invoice.paid invoice.failed", nullptr, 0},
        {"https://ops.acmephones.example/simuwave/events", "Ops alerts (old server)",
         "call.failed payment.failed phone_number.released", "auto_disabled", 100},
    };
    QSqlQuery q(s.db);
    qint64 hookIds[2] = {0, 0};
    int i = 0;
    for (const Hook &h : hooks) {
        const QByteArray secret = "whsec_seeded" + QByteArray::number(i) + "a1b2c3d4e5f6";
        if (!s.exec(q,
                    QStringLiteral("INSERT INTO webhooks(url, description, events, enabled, disabled_reason, "
                                   "consecutive_failures, secret_hash, secret_last4, created_at, updated_at) "
                                   "VALUES(?,?,?,?,?,?,?,?,?,?)"),
                    {QString::fromLatin1(h.url), QString::fromLatin1(h.description),
                     QString::fromLatin1(h.events), h.reason ? 0 : 1,
                     h.reason ? QVariant(QString::fromLatin1(h.reason)) : QVariant(), h.failures,
                     QString::fromLatin1(wire::sha256Hex(secret)), QString::fromLatin1(secret.right(4)),
                     now - 30 * 24 * 60 * minute, now - (i + 1) * 60 * minute}))
            return false;
        hookIds[i++] = q.lastInsertId().toLongLong();
    }
    struct Delivery
    {
        int hook;
        const char *type, *status;
        int attempts, code;
        const char *error, *response;
        int ageMinutes, nextInMinutes;
    };
    const Delivery deliveries[] = {
        {0, "tenant.created", "DELIVERED", 1, 200, nullptr, "ok", 300, -1},
        {0, "invoice.paid", "DELIVERED", 2, 204, nullptr, "", 240, -1},
        {0, "tenant.updated", "PENDING", 0, 0, nullptr, nullptr, 1, 0},
        {0, "invoice.failed", "FAILED", 3, 500, nullptr, "Internal Server Error", 45, 10},
        {0, "tenant.created", "DEAD", 8, 0, "Timeout", nullptr, 2000, -1},
        {1, "call.failed", "DEAD", 8, 503, nullptr, "Service Unavailable", 1500, -1},
        {1, "payment.failed", "FAILED", 5, 0, "Connection refused", nullptr, 120, 30},
    };
    int n = 0;
    for (const Delivery &d : deliveries) {
        ++n;
        const qint64 created = now - d.ageMinutes * minute;
        const QString eventId = QStringLiteral("evt_demo%1").arg(n, 3, 10, QLatin1Char('0'));
        const QString body =
            QStringLiteral(R"({"id":"%1","type":"%2","created_at":"%3","partner_id":"%4","data":{}})")
                .arg(eventId, QString::fromLatin1(d.type), wire::isoTime(created),
                     wire::publicId(u"ptr", s.partnerId));
        const qint64 last = d.attempts ? created + d.attempts * minute : 0;
        if (!s.exec(q,
                    QStringLiteral(
                        "INSERT INTO webhook_deliveries(webhook_id, event_id, event_type, status, attempts, "
                        "max_attempts, last_attempt_at, next_attempt_at, response_code, response_error, "
                        "request_body, response_body, created_at, updated_at) "
                        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                    {hookIds[d.hook], eventId, QString::fromLatin1(d.type), QString::fromLatin1(d.status),
                     d.attempts, MaxAttempts, last ? QVariant(last) : QVariant(),
                     d.nextInMinutes >= 0 ? QVariant(now + d.nextInMinutes * minute) : QVariant(),
                     d.code ? QVariant(d.code) : QVariant(),
                     d.error ? QVariant(QString::fromLatin1(d.error)) : QVariant(), body,
                     d.response ? QVariant(QString::fromLatin1(d.response)) : QVariant(), created,
                     last ? last : created}))
            return false;
    }
    return true;
}

void setupWebhookResources(ResourceSetup &setup)
{
    setup.schema
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS webhooks(id INTEGER PRIMARY KEY, url TEXT NOT NULL, description "
               "TEXT NOT NULL DEFAULT '', events TEXT NOT NULL, enabled INTEGER NOT NULL DEFAULT 1, "
               "disabled_reason TEXT, consecutive_failures INTEGER NOT NULL DEFAULT 0, secret_hash TEXT NOT "
               "NULL, secret_last4 TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
               "deleted INTEGER NOT NULL DEFAULT 0)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS webhooks_sync ON webhooks(updated_at, id)")
        << QStringLiteral(
               "CREATE TABLE IF NOT EXISTS webhook_deliveries(id INTEGER PRIMARY KEY, webhook_id INTEGER NOT "
               "NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL, status TEXT NOT NULL, attempts "
               "INTEGER NOT NULL DEFAULT 0, max_attempts INTEGER NOT NULL DEFAULT 8, last_attempt_at "
               "INTEGER, "
               "next_attempt_at INTEGER, response_code INTEGER, response_error TEXT, request_body TEXT NOT "
               "NULL, response_body TEXT, redelivery_of INTEGER, created_at INTEGER NOT NULL, updated_at "
               "INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)")
        << QStringLiteral(
               "CREATE INDEX IF NOT EXISTS webhook_deliveries_hook ON webhook_deliveries(webhook_id, id)");
    setup.seedHooks << &seedWebhooks;
    const Permission read{QStringLiteral("webhooks"), Access::Read},
        write{QStringLiteral("webhooks"), Access::Write};
    setup.router.add("GET", QStringLiteral("/v1/webhooks"), read, &listHooks);
    setup.router.add("POST", QStringLiteral("/v1/webhooks"), write, &createHook);
    setup.router.add("GET", QStringLiteral("/v1/webhooks/{id}"), read, &getHook);
    setup.router.add("PATCH", QStringLiteral("/v1/webhooks/{id}"), write, &updateHook);
    setup.router.add("DELETE", QStringLiteral("/v1/webhooks/{id}"), write, &deleteHook);
    setup.router.add("POST", QStringLiteral("/v1/webhooks/{id}/rotate-secret"), write, &rotateSecret);
    setup.router.add("GET", QStringLiteral("/v1/webhooks/{id}/deliveries"), read, &listDeliveries);
    setup.router.add("POST", QStringLiteral("/v1/webhooks/{id}/deliveries/{delivery_id}/redeliver"), write,
                     &redeliver);
}

} // namespace simuwave::sandbox
