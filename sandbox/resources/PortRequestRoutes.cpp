// /v1/port-requests: port-in requests (Appendix B of the guide) with documents, status history and the
// carrier lifecycle on the sandbox clock:
//   PENDING --(LOA and carrier bill uploaded, 1 hour)--> SUBMITTED --(1 day)--> FOC_RECEIVED (foc_date =
//   the later of desired_date and today + 3 days) --(on foc_date)--> COMPLETED: the numbers enter the
//   inventory (phone_numbers) ACTIVE and assigned to the target tenant.
//   SUBMITTED --(1 day)--> REJECTED instead, deterministically, with the Appendix B reason:
//     pin "0000"                                  -> pin_required
//     account_holder_name contains "MISMATCH"     -> account_holder_name_mismatch
//     service_address.street contains "MISMATCH"  -> service_address_mismatch
//     account_number starts with "PEND"           -> pending_order
//     account_number contains "MULTI"             -> multi_line_account_not_split
//     current_carrier contains "UNAUTHORIZED"     -> loa_not_authorized
//   A REJECTED request is resubmitted with corrections (back to PENDING); cancel is allowed until COMPLETED.
// Documents: multipart/form-data (kind = loa | carrier_bill, file), PDF/PNG/JPEG by magic bytes, <= 10 MiB.
#include "core/BodyReader.h"
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/BillingCommon.h"
#include "resources/ResourceCommon.h"
#include "resources/Resources.h"
#include "validation/Validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace simuwave::sandbox {

using billing::tr;

static constexpr qint64 MaxDocumentBytes = 10LL * 1024 * 1024;
static constexpr qint64 HourMs = 3600LL * 1000, DayMs = 24 * HourMs;

static const QString PortColumns =
    QStringLiteral("numbers, current_carrier, account_holder_name, account_number, pin, service_address, "
                   "tenant_id, desired_date, "
                   "foc_date, status, rejection_code, history, created_at");

struct Rejection
{
    const char *code, *message, *fix;
};

static const Rejection Rejections[] = {
    {"account_holder_name_mismatch", "Account holder name doesn't match",
     "Get the exact name from the carrier bill"},
    {"service_address_mismatch", "Service address doesn't match",
     "Copy the service address from the bill verbatim"},
    {"pending_order", "Account in pending order with current carrier",
     "The customer waits for the pending order to complete or cancels it"},
    {"multi_line_account_not_split", "Account is part of a multi-line account that hasn't been split",
     "The customer spins the number off the parent account first"},
    {"loa_not_authorized", "LOA not signed by authorized party",
     "Get a new LOA signed by the actual account owner"},
    {"pin_required", "Account requires PIN we don't have",
     "The customer gets the PIN from the current carrier"},
    {"other", "Rejected by the losing carrier", "Contact support with the port request id"},
};

static QJsonValue rejectionJson(const QString &code)
{
    if (code.isEmpty())
        return QJsonValue(QJsonValue::Null);
    for (const Rejection &r : Rejections)
        if (code == QLatin1String(r.code))
            return QJsonObject{{QStringLiteral("code"), code},
                               {QStringLiteral("message"), QLatin1String(r.message)},
                               {QStringLiteral("fix"), QLatin1String(r.fix)}};
    return QJsonObject{{QStringLiteral("code"), code},
                       {QStringLiteral("message"), code},
                       {QStringLiteral("fix"), QString()}};
}

static QJsonArray documentsJson(const QSqlDatabase &db, qint64 portId)
{
    QJsonArray out;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, kind, filename, content_type, size_bytes, uploaded_at FROM port_documents "
                       "WHERE port_id = ? ORDER BY id"));
    q.addBindValue(portId);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(QJsonObject{{QStringLiteral("id"), wire::publicId(u"doc", q.value(0).toLongLong())},
                               {QStringLiteral("kind"), q.value(1).toString()},
                               {QStringLiteral("filename"), q.value(2).toString()},
                               {QStringLiteral("content_type"), q.value(3).toString()},
                               {QStringLiteral("size_bytes"), q.value(4).toLongLong()},
                               {QStringLiteral("uploaded_at"), wire::isoTime(q.value(5).toLongLong())}});
    return out;
}

// JSON of a row selected as "id, updated_at, deleted, " + PortColumns.
static QJsonObject portJson(const QSqlQuery &q, const QSqlDatabase &db)
{
    const qint64 id = q.value(0).toLongLong();
    return {
        {QStringLiteral("id"), wire::publicId(u"port", id)},
        {QStringLiteral("numbers"),
         QJsonArray::fromStringList(q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))},
        {QStringLiteral("current_carrier"), q.value(4).toString()},
        {QStringLiteral("account_holder_name"), q.value(5).toString()},
        {QStringLiteral("account_number"), q.value(6).toString()},
        {QStringLiteral("pin_set"), !q.value(7).toString().isEmpty()},
        {QStringLiteral("service_address"), addressJson(q.value(8).toString())},
        {QStringLiteral("tenant_id"), wire::publicId(u"tnt", q.value(9).toLongLong())},
        {QStringLiteral("desired_date"), q.value(10).toString()},
        {QStringLiteral("foc_date"),
         q.value(11).isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(q.value(11).toString())},
        {QStringLiteral("status"), q.value(12).toString()},
        {QStringLiteral("rejection_reason"), rejectionJson(q.value(13).toString())},
        {QStringLiteral("documents"), documentsJson(db, id)},
        {QStringLiteral("status_history"), QJsonDocument::fromJson(q.value(14).toString().toUtf8()).array()},
        {QStringLiteral("created_at"), wire::isoTime(q.value(15).toLongLong())},
        {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

static QJsonObject portById(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, updated_at, deleted, ") + PortColumns +
              QStringLiteral(" FROM port_requests WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return portJson(q, db);
}

static QString historyWith(const QString &history, const QString &status, qint64 at, const QString &note,
                           const char *actor)
{
    QJsonArray a = QJsonDocument::fromJson(history.toUtf8()).array();
    a.append(QJsonObject{
        {QStringLiteral("status"), status},
        {QStringLiteral("at"), wire::isoTime(at)},
        {QStringLiteral("note"), note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(note)},
        {QStringLiteral("actor"), QLatin1String(actor)}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

// Moves a request to `status`, appending to its history. Works for the seed and for handlers.
static bool transition(const QSqlDatabase &db, qint64 id, const QString &status, qint64 at,
                       const QString &note, const char *actor, const QVariant &rejection = {},
                       const QVariant &focDate = {})
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT history FROM port_requests WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const QString history = historyWith(q.value(0).toString(), status, at, note, actor);
    QSqlQuery u(db);
    u.prepare(QStringLiteral(
        "UPDATE port_requests SET status = ?, history = ?, status_changed_at = ?, rejection_code = ?, "
        "foc_date = COALESCE(?, foc_date), updated_at = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(status), QVariant(history), QVariant(at), rejection, focDate, QVariant(at), QVariant(id)})
        u.addBindValue(v);
    return u.exec();
}

// COMPLETED: the numbers enter the inventory, ACTIVE and assigned to the target tenant.
static bool completePort(const QSqlDatabase &db, qint64 id, qint64 now)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT numbers, tenant_id FROM port_requests WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const QStringList numbers = q.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    const qint64 tenant = q.value(1).toLongLong();
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral(
        "INSERT INTO phone_numbers(e164, type, tenant_id, status, cnam, cnam_status, e911_status, "
        "monthly_cents, active_at, "
        "created_at, updated_at) VALUES(?, ?, ?, 'ACTIVE', '', 'synced', 'not_set', ?, ?, ?, ?) "
        "ON CONFLICT(e164) DO UPDATE SET tenant_id = excluded.tenant_id, status = 'ACTIVE', deleted = 0, "
        "active_at = excluded.active_at, updated_at = excluded.updated_at"));
    for (const QString &n : numbers) {
        const bool tollFree = n.startsWith(QLatin1String("+1")) && validation::isTollFreeNpa(n.mid(2, 3));
        for (const QVariant &v :
             {QVariant(n), QVariant(tollFree ? QStringLiteral("toll_free") : QStringLiteral("local")),
              QVariant(tenant), QVariant(tollFree ? 225 : 150), QVariant(now), QVariant(now), QVariant(now)})
            ins.addBindValue(v);
        if (!ins.exec())
            return false;
    }
    QSqlQuery t(db);
    t.prepare(QStringLiteral(
        "UPDATE tenants SET dids_count = (SELECT COUNT(*) FROM phone_numbers WHERE tenant_id = ? AND "
        "deleted = 0 AND status <> 'RELEASED'), updated_at = ? WHERE id = ?"));
    t.addBindValue(tenant);
    t.addBindValue(now);
    t.addBindValue(tenant);
    t.exec();
    return transition(db, id, QStringLiteral("COMPLETED"), now,
                      QStringLiteral("Ported: %1 number(s) now on our network.").arg(numbers.size()),
                      "carrier");
}

static QString rejectionFor(
    const QSqlQuery &q) // columns: pin, account_holder_name, service_address, account_number, current_carrier
{
    if (q.value(0).toString() == QLatin1String("0000"))
        return QStringLiteral("pin_required");
    if (q.value(1).toString().contains(QLatin1String("MISMATCH")))
        return QStringLiteral("account_holder_name_mismatch");
    if (addressJson(q.value(2).toString())
            .toObject()
            .value(QStringLiteral("street"))
            .toString()
            .contains(QLatin1String("MISMATCH")))
        return QStringLiteral("service_address_mismatch");
    if (q.value(3).toString().startsWith(QLatin1String("PEND")))
        return QStringLiteral("pending_order");
    if (q.value(3).toString().contains(QLatin1String("MULTI")))
        return QStringLiteral("multi_line_account_not_split");
    if (q.value(4).toString().contains(QLatin1String("UNAUTHORIZED")))
        return QStringLiteral("loa_not_authorized");
    return {};
}

static void portTicker(SandboxContext &ctx, qint64 now)
{
    const QSqlDatabase db = ctx.db();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // PENDING with both documents, after an hour -> SUBMITTED.
    QList<qint64> ids;
    if (ctx.exec(q,
                 QStringLiteral(
                     "SELECT id FROM port_requests p WHERE deleted = 0 AND status = 'PENDING' AND "
                     "status_changed_at <= ? AND (SELECT COUNT(DISTINCT kind) FROM port_documents d WHERE "
                     "d.port_id = p.id) = 2"),
                 {now - HourMs}))
        while (q.next())
            ids << q.value(0).toLongLong();
    for (qint64 id : std::as_const(ids))
        transition(db, id, QStringLiteral("SUBMITTED"), now, tr("Sent to the losing carrier."), "platform");
    ids.clear();
    // SUBMITTED after a day -> FOC_RECEIVED or REJECTED.
    struct Decision
    {
        qint64 id;
        QString rejection, desired;
    };
    QList<Decision> decisions;
    if (ctx.exec(q,
                 QStringLiteral(
                     "SELECT pin, account_holder_name, service_address, account_number, current_carrier, id, "
                     "desired_date FROM port_requests WHERE deleted = 0 AND status = 'SUBMITTED' AND "
                     "status_changed_at <= ?"),
                 {now - DayMs}))
        while (q.next())
            decisions.append({q.value(5).toLongLong(), rejectionFor(q), q.value(6).toString()});
    const QDate today = billing::dateOf(now);
    for (const Decision &d : std::as_const(decisions)) {
        if (!d.rejection.isEmpty()) {
            transition(db, d.id, QStringLiteral("REJECTED"), now,
                       rejectionJson(d.rejection).toObject().value(QStringLiteral("message")).toString(),
                       "carrier", d.rejection);
        } else {
            const QDate desired = billing::parseIsoDate(d.desired).value_or(today);
            const QDate foc = std::max(desired, today.addDays(3));
            transition(db, d.id, QStringLiteral("FOC_RECEIVED"), now,
                       tr("Carrier confirmed; FOC %1.").arg(billing::isoDate(foc)), "carrier", QVariant(),
                       billing::isoDate(foc));
        }
    }
    // FOC_RECEIVED on the FOC date -> COMPLETED.
    if (ctx.exec(q,
                 QStringLiteral("SELECT id FROM port_requests WHERE deleted = 0 AND status = 'FOC_RECEIVED' "
                                "AND foc_date <= ?"),
                 {billing::isoDate(today)}))
        while (q.next())
            ids << q.value(0).toLongLong();
    for (qint64 id : std::as_const(ids))
        completePort(db, id, now);
}

static std::variant<qint64, ApiResponse> requirePort(const ApiRequest &req, SandboxContext &ctx,
                                                     QString *status = nullptr)
{
    const QString pub = req.pathParam(QStringLiteral("id"));
    const qint64 id = wire::rowId(u"port", pub);
    QSqlQuery q(ctx.db());
    if (id <= 0 ||
        !ctx.exec(q,
                  QStringLiteral("SELECT tenant_id, status FROM port_requests WHERE id = ? AND deleted = 0"),
                  {id}) ||
        !q.next())
        return errors::notFound(QStringLiteral("port_request"), pub);
    if (auto denied =
            ctx.requireTenant(req, q.value(0).toLongLong(), wire::publicId(u"tnt", q.value(0).toLongLong())))
        return *denied;
    if (status)
        *status = q.value(1).toString();
    return id;
}

static ApiResponse listPorts(ApiRequest &req, SandboxContext &ctx)
{
    ListSpec spec;
    spec.table = QStringLiteral("port_requests");
    spec.columns = PortColumns;
    spec.idPrefix = QStringLiteral("port");
    const QSqlDatabase db = ctx.db();
    spec.row = [db](const QSqlQuery &q) { return portJson(q, db); };
    static const QStringList statuses{QStringLiteral("PENDING"),      QStringLiteral("SUBMITTED"),
                                      QStringLiteral("FOC_RECEIVED"), QStringLiteral("COMPLETED"),
                                      QStringLiteral("REJECTED"),     QStringLiteral("CANCELLED")};
    QList<QPair<QString, QString>> bad;
    if (req.hasQuery(QStringLiteral("status"))) {
        const QString st = req.queryValue(QStringLiteral("status"));
        if (!statuses.contains(st))
            bad.append({QStringLiteral("status"),
                        tr("status must be one of %1.").arg(statuses.join(QStringLiteral(", ")))});
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

static ApiResponse getPort(ApiRequest &req, SandboxContext &ctx)
{
    auto r = requirePort(req, ctx);
    if (auto *resp = std::get_if<ApiResponse>(&r))
        return *resp;
    return ApiResponse::ok(portById(ctx.db(), std::get<qint64>(r)));
}

struct PortFields
{
    std::optional<QString> carrier, holder, account, pin, desired, note;
    std::optional<Address> address;
};

static PortFields readPortFields(BodyReader &body, bool create, const QDate &today)
{
    PortFields f;
    auto text = [&](const char *name, int max, std::optional<QString> &out, bool required) {
        out = body.string(QLatin1String(name), required);
        if (out) {
            *out = out->trimmed();
            if ((required || create) && out->isEmpty())
                body.addError(QLatin1String(name), tr("%1 is required.").arg(QLatin1String(name)));
            else if (out->size() > max)
                body.addError(QLatin1String(name),
                              tr("%1 must be at most %2 characters.").arg(QLatin1String(name)).arg(max));
        }
    };
    text("current_carrier", 100, f.carrier, create);
    text("account_holder_name", 100, f.holder, create);
    text("account_number", 50, f.account, create);
    f.pin = body.string(QStringLiteral("pin"));
    if (f.pin && f.pin->size() > 20)
        body.addError(QStringLiteral("pin"), tr("pin must be at most 20 characters."));
    f.note = body.string(QStringLiteral("note"));
    if (f.note && f.note->size() > 500)
        body.addError(QStringLiteral("note"), tr("note must be at most 500 characters."));
    const QJsonValue addr = body.object().value(QStringLiteral("service_address"));
    if (create && (addr.isUndefined() || addr.isNull()))
        body.addError(QStringLiteral("service_address"), tr("service_address is required."));
    else
        f.address = readAddress(body, addr, QStringLiteral("service_address"));
    f.desired = body.string(QStringLiteral("desired_date"), create);
    if (f.desired) {
        const auto d = billing::parseIsoDate(*f.desired);
        const QString msg =
            d ? validation::portDesiredDate(*d, today) : tr("desired_date must be a date like 2026-06-01.");
        if (!msg.isEmpty())
            body.addError(QStringLiteral("desired_date"), msg);
    }
    return f;
}

static ApiResponse createPort(ApiRequest &req, SandboxContext &ctx)
{
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    body.rejectUnknown({QStringLiteral("numbers"), QStringLiteral("current_carrier"),
                        QStringLiteral("account_holder_name"), QStringLiteral("account_number"),
                        QStringLiteral("pin"), QStringLiteral("service_address"), QStringLiteral("tenant_id"),
                        QStringLiteral("desired_date"), QStringLiteral("note")});
    const QDate today = billing::dateOf(ctx.nowMs());
    QStringList numbers;
    const QJsonValue nv = body.object().value(QStringLiteral("numbers"));
    if (!nv.isArray() || nv.toArray().isEmpty() || nv.toArray().size() > 100) {
        body.addError(QStringLiteral("numbers"), tr("numbers must be a list of 1 to 100 E.164 numbers."));
    } else {
        const QJsonArray a = nv.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString field = QStringLiteral("numbers[%1]").arg(i);
            const QString msg = a.at(i).isString() ? validation::e164(a.at(i).toString())
                                                   : tr("%1 must be a string.").arg(field);
            if (!msg.isEmpty())
                body.addError(field, msg);
            else if (numbers.contains(a.at(i).toString()))
                body.addError(field, tr("%1 is listed twice.").arg(a.at(i).toString()));
            else
                numbers << a.at(i).toString();
        }
    }
    const PortFields f = readPortFields(body, true, today);
    const auto tenantText = body.string(QStringLiteral("tenant_id"), true);
    qint64 tenant = 0;
    if (tenantText) {
        tenant = wire::rowId(u"tnt", *tenantText);
        if (tenant <= 0 ||
            !ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM tenants WHERE id = ? AND deleted = 0 AND "
                                       "status <> 'CANCELLED'"),
                        {tenant})
                 .toLongLong())
            body.addError(QStringLiteral("tenant_id"),
                          tr("tenant_id must name an existing, not cancelled tenant."));
    }
    if (!body.ok())
        return body.errorResponse();
    if (auto denied = ctx.requireTenant(req, tenant, *tenantText))
        return *denied;
    for (const QString &n : std::as_const(numbers)) {
        if (ctx.scalar(QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE e164 = ? AND deleted = 0 AND "
                                      "status <> 'RELEASED'"),
                       {n})
                .toLongLong())
            return errors::conflict(QStringLiteral("number_already_owned"),
                                    tr("%1 is already in your inventory.").arg(n), QStringLiteral("numbers"));
        if (ctx.scalar(
                   QStringLiteral("SELECT COUNT(*) FROM port_requests WHERE deleted = 0 AND status NOT IN "
                                  "('COMPLETED','CANCELLED') AND (',' || numbers || ',') LIKE ?"),
                   {QStringLiteral("%,") + n + QStringLiteral(",%")})
                .toLongLong())
            return errors::conflict(QStringLiteral("port_in_progress"),
                                    tr("%1 is already in an open port request.").arg(n),
                                    QStringLiteral("numbers"));
    }
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    const QString history = historyWith(
        QStringLiteral("[]"), QStringLiteral("PENDING"), now,
        f.note.value_or(tr("Port request created; waiting for the LOA and the carrier bill.")), "partner");
    if (!ctx.exec(
            q,
            QStringLiteral(
                "INSERT INTO port_requests(numbers, current_carrier, account_holder_name, account_number, "
                "pin, "
                "service_address, tenant_id, desired_date, status, history, status_changed_at, created_at, "
                "updated_at) VALUES(?,?,?,?,?,?,?,?,'PENDING',?,?,?,?)"),
            {numbers.join(QLatin1Char(',')), *f.carrier, *f.holder, *f.account, f.pin.value_or(QString()),
             storeAddress(*f.address), tenant, *f.desired, history, now, now, now}))
        return billing::internalError();
    const qint64 id = q.lastInsertId().toLongLong();
    ApiResponse r = ApiResponse::created(portById(ctx.db(), id));
    r.addHeader("Location", "/v1/port-requests/" + wire::publicId(u"port", id).toLatin1());
    return r;
}

// Splits multipart/form-data into name -> (filename, bytes).
struct Part
{
    QString filename;
    QByteArray data;
};
static std::optional<QHash<QString, Part>> parseMultipart(const QByteArray &contentType,
                                                          const QByteArray &body)
{
    const int b = contentType.indexOf("boundary=");
    if (!contentType.startsWith("multipart/form-data") || b < 0)
        return std::nullopt;
    QByteArray boundary = contentType.mid(b + 9);
    if (const int semi = boundary.indexOf(';'); semi >= 0)
        boundary.truncate(semi);
    boundary = boundary.trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delim = "--" + boundary;
    QHash<QString, Part> parts;
    qsizetype pos = body.indexOf(delim);
    if (pos < 0)
        return std::nullopt;
    static const QRegularExpression nameRe(QStringLiteral("name=\"([^\"]*)\""));
    static const QRegularExpression fileRe(QStringLiteral("filename=\"([^\"]*)\""));
    while (true) {
        pos += delim.size();
        if (body.mid(pos, 2) == "--")
            break;
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return std::nullopt;
        const QString headers = QString::fromUtf8(body.mid(pos, headerEnd - pos));
        const qsizetype next = body.indexOf("\r\n" + delim, headerEnd + 4);
        if (next < 0)
            return std::nullopt;
        const auto nm = nameRe.match(headers);
        const auto fm = fileRe.match(headers);
        if (nm.hasMatch())
            parts.insert(nm.captured(1), {fm.hasMatch() ? fm.captured(1) : QString(),
                                          body.mid(headerEnd + 4, next - headerEnd - 4)});
        pos = next + 2;
    }
    return parts;
}

static QString sniffType(const QByteArray &data)
{
    if (data.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    return {};
}

static ApiResponse uploadDocument(ApiRequest &req, SandboxContext &ctx)
{
    QString status;
    auto r = requirePort(req, ctx, &status);
    if (auto *resp = std::get_if<ApiResponse>(&r))
        return *resp;
    const qint64 id = std::get<qint64>(r);
    const auto parts = parseMultipart(req.header("content-type"), req.body);
    if (!parts)
        return errors::badRequest(QStringLiteral("invalid_multipart"),
                                  tr("Send multipart/form-data with the fields kind and file."));
    QList<QPair<QString, QString>> bad;
    const QString kind = QString::fromUtf8(parts->value(QStringLiteral("kind")).data).trimmed();
    if (kind != QLatin1String("loa") && kind != QLatin1String("carrier_bill"))
        bad.append({QStringLiteral("kind"), tr("kind must be loa or carrier_bill.")});
    if (!parts->contains(QStringLiteral("file")) || parts->value(QStringLiteral("file")).data.isEmpty())
        bad.append({QStringLiteral("file"), tr("file is required (PDF, PNG or JPEG).")});
    if (!bad.isEmpty())
        return errors::validation(bad);
    const Part file = parts->value(QStringLiteral("file"));
    if (file.data.size() > MaxDocumentBytes)
        return errors::make(413, QStringLiteral("invalid_request_error"), QStringLiteral("file_too_large"),
                            tr("The document is larger than 10 MiB."), QStringLiteral("file"));
    const QString type = sniffType(file.data);
    if (type.isEmpty())
        return errors::make(
            422, QStringLiteral("validation_error"), QStringLiteral("unsupported_file_type"),
            tr("The file must be a PDF, PNG or JPEG (checked by its content)."), QStringLiteral("file"),
            QJsonObject{{QStringLiteral("file"),
                         tr("The file must be a PDF, PNG or JPEG (checked by its content).")}});
    if (status == QLatin1String("COMPLETED") || status == QLatin1String("CANCELLED"))
        return errors::conflict(QStringLiteral("invalid_status"),
                                tr("Documents cannot be added once the request is %1.").arg(status));
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    if (!ctx.exec(q, QStringLiteral("DELETE FROM port_documents WHERE port_id = ? AND kind = ?"),
                  {id, kind}) ||
        !ctx.exec(q,
                  QStringLiteral("INSERT INTO port_documents(port_id, kind, filename, content_type, "
                                 "size_bytes, data, uploaded_at) "
                                 "VALUES(?,?,?,?,?,?,?)"),
                  {id, kind, file.filename.isEmpty() ? kind : file.filename, type, file.data.size(),
                   file.data, now}))
        return billing::internalError();
    const qint64 docId = q.lastInsertId().toLongLong();
    ctx.exec(q, QStringLiteral("UPDATE port_requests SET updated_at = ? WHERE id = ?"), {now, id});
    return ApiResponse::created(
        QJsonObject{{QStringLiteral("id"), wire::publicId(u"doc", docId)},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("filename"), file.filename.isEmpty() ? kind : file.filename},
                    {QStringLiteral("content_type"), type},
                    {QStringLiteral("size_bytes"), file.data.size()},
                    {QStringLiteral("uploaded_at"), wire::isoTime(now)}});
}

static ApiResponse cancelPort(ApiRequest &req, SandboxContext &ctx)
{
    QString status;
    auto r = requirePort(req, ctx, &status);
    if (auto *resp = std::get_if<ApiResponse>(&r))
        return *resp;
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    body.rejectUnknown({QStringLiteral("note")});
    const auto note = body.string(QStringLiteral("note"));
    if (note && note->size() > 500)
        body.addError(QStringLiteral("note"), tr("note must be at most 500 characters."));
    if (!body.ok())
        return body.errorResponse();
    if (status == QLatin1String("COMPLETED") || status == QLatin1String("CANCELLED"))
        return errors::conflict(QStringLiteral("invalid_status_transition"),
                                tr("A %1 port request cannot be cancelled.").arg(status));
    if (!transition(ctx.db(), std::get<qint64>(r), QStringLiteral("CANCELLED"), ctx.nowMs(),
                    note.value_or(tr("Cancelled by the partner.")), "partner"))
        return billing::internalError();
    return ApiResponse::ok(portById(ctx.db(), std::get<qint64>(r)));
}

static ApiResponse resubmitPort(ApiRequest &req, SandboxContext &ctx)
{
    QString status;
    auto r = requirePort(req, ctx, &status);
    if (auto *resp = std::get_if<ApiResponse>(&r))
        return *resp;
    const qint64 id = std::get<qint64>(r);
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    body.rejectUnknown({QStringLiteral("current_carrier"), QStringLiteral("account_holder_name"),
                        QStringLiteral("account_number"), QStringLiteral("pin"),
                        QStringLiteral("service_address"), QStringLiteral("desired_date"),
                        QStringLiteral("note")});
    const PortFields f = readPortFields(body, false, billing::dateOf(ctx.nowMs()));
    if (!body.ok())
        return body.errorResponse();
    if (status != QLatin1String("REJECTED"))
        return errors::conflict(
            QStringLiteral("invalid_status_transition"),
            tr("Only a rejected port request can be resubmitted (this one is %1).").arg(status));
    QSqlQuery q(ctx.db());
    auto opt = [](const std::optional<QString> &v) { return v ? QVariant(*v) : QVariant(); };
    if (!ctx.exec(q,
                  QStringLiteral(
                      "UPDATE port_requests SET current_carrier = COALESCE(?, current_carrier), "
                      "account_holder_name = "
                      "COALESCE(?, account_holder_name), account_number = COALESCE(?, account_number), pin = "
                      "COALESCE(?, pin), service_address = COALESCE(?, service_address), desired_date = "
                      "COALESCE(?, "
                      "desired_date), foc_date = NULL WHERE id = ?"),
                  {opt(f.carrier), opt(f.holder), opt(f.account), opt(f.pin),
                   f.address ? QVariant(storeAddress(*f.address)) : QVariant(), opt(f.desired), id}) ||
        !transition(ctx.db(), id, QStringLiteral("PENDING"), ctx.nowMs(),
                    f.note.value_or(tr("Resubmitted with corrections.")), "partner"))
        return billing::internalError();
    return ApiResponse::ok(portById(ctx.db(), id));
}

// Demo: a request in every state, three rejected ones with different Appendix B reasons.
static bool seedPorts(SeedContext &s)
{
    if (s.profile != QLatin1String("demo"))
        return true;
    static const QByteArray pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    struct Row
    {
        const char *status, *carrier, *holder, *account, *pin, *street, *rejection;
        int numbers, ageDays, docs;
    };
    const Row rows[] = {
        {"PENDING", "Verizon", "Bayside Dental PLLC", "4410 2291 7", "", "1450 Harbor Blvd", nullptr, 1, 0,
         0},
        {"PENDING", "Spectrum", "Cedar Law Group LLP", "8812 3390 1", "7781", "300 Main St", nullptr, 2, 0,
         2},
        {"SUBMITTED", "AT&T", "Delta Freight Inc", "5120 8876 3", "2468", "77 Industrial Pkwy", nullptr, 3, 1,
         2},
        {"FOC_RECEIVED", "RingCentral", "Evergreen Realty", "RC-200311", "", "901 Oak Ave", nullptr, 1, 3, 2},
        {"COMPLETED", "Comcast Business", "Fulton Bakery", "8155 2200 9", "1357", "12 Fulton St", nullptr, 2,
         20, 2},
        {"REJECTED", "AT&T", "Granite Fitness MISMATCH", "5120 0001 2", "9090", "44 Granite Way",
         "account_holder_name_mismatch", 1, 6, 2},
        {"REJECTED", "Verizon", "Harbor Vet Clinic", "PEND-33810", "4321", "5 Harbor Rd", "pending_order", 1,
         9, 2},
        {"REJECTED", "T-Mobile", "Iris Florist", "7730 1122 4", "0000", "88 Bloom St", "pin_required", 1, 4,
         2},
        {"CANCELLED", "Frontier", "Juniper Accounting", "3301 7788 0", "", "16 Juniper Ln", nullptr, 1, 12,
         1},
    };
    const qint64 now = s.nowMs;
    int line = 100;
    QSqlQuery q(s.db), exists(s.db);
    QList<qint64> active; // target tenants: active ones
    if (!s.exec(q,
                QStringLiteral("SELECT id FROM tenants WHERE deleted = 0 AND status = 'ACTIVE' ORDER BY id")))
        return false;
    while (q.next())
        active << q.value(0).toLongLong();
    if (active.isEmpty())
        return true;
    for (qsizetype i = 0; i < qsizetype(std::size(rows)); ++i) {
        const Row &r = rows[i];
        QStringList numbers;
        while (numbers.size() < r.numbers) {
            const QString n = QStringLiteral("+1501555%1").arg(line++, 4, 10, QLatin1Char('0'));
            exists.prepare(QStringLiteral("SELECT COUNT(*) FROM phone_numbers WHERE e164 = ?"));
            exists.addBindValue(n);
            if (exists.exec() && exists.next() && exists.value(0).toLongLong() == 0)
                numbers << n;
        }
        const qint64 tenant = active.at((i * 2) % active.size());
        const qint64 created = now - r.ageDays * DayMs - 2 * HourMs;
        const Address addr{QString::fromLatin1(r.street), QStringLiteral("Little Rock"), QStringLiteral("AR"),
                           QStringLiteral("72201"), QStringLiteral("US")};
        const QString desired = billing::isoDate(billing::dateOf(created).addDays(10));
        const QString history = historyWith(QStringLiteral("[]"), QStringLiteral("PENDING"), created,
                                            QStringLiteral("Port request created."), "partner");
        if (!s.exec(q,
                    QStringLiteral(
                        "INSERT INTO port_requests(numbers, current_carrier, account_holder_name, "
                        "account_number, "
                        "pin, service_address, tenant_id, desired_date, status, history, status_changed_at, "
                        "created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,'PENDING',?,?,?,?)"),
                    {numbers.join(QLatin1Char(',')), QLatin1String(r.carrier), QLatin1String(r.holder),
                     QLatin1String(r.account), QLatin1String(r.pin), storeAddress(addr), tenant, desired,
                     history, created, created, created}))
            return false;
        const qint64 id = q.lastInsertId().toLongLong();
        for (int d = 0; d < r.docs; ++d)
            if (!s.exec(
                    q,
                    QStringLiteral(
                        "INSERT INTO port_documents(port_id, kind, filename, content_type, size_bytes, data, "
                        "uploaded_at) VALUES(?,?,?,'application/pdf',?,?,?)"),
                    {id, d == 0 ? QStringLiteral("loa") : QStringLiteral("carrier_bill"),
                     d == 0 ? QStringLiteral("loa-signed.pdf") : QStringLiteral("carrier-bill.pdf"),
                     pdf.size(), pdf, created + HourMs / 2}))
                return false;
        const QString status = QLatin1String(r.status);
        qint64 t = created + 2 * HourMs;
        if (status == QLatin1String("PENDING"))
            continue;
        if (status == QLatin1String("CANCELLED")) {
            if (!transition(s.db, id, status, t, QStringLiteral("Customer decided to keep the old carrier."),
                            "partner"))
                return false;
            continue;
        }
        if (!transition(s.db, id, QStringLiteral("SUBMITTED"), t,
                        QStringLiteral("Sent to the losing carrier."), "platform"))
            return false;
        t += DayMs;
        if (status == QLatin1String("REJECTED")) {
            if (!transition(s.db, id, status, t,
                            rejectionJson(QLatin1String(r.rejection))
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toString(),
                            "carrier", QLatin1String(r.rejection)))
                return false;
        } else if (status != QLatin1String("SUBMITTED")) {
            const QString foc =
                billing::isoDate(billing::dateOf(t).addDays(status == QLatin1String("COMPLETED") ? 5 : 3));
            if (!transition(s.db, id, QStringLiteral("FOC_RECEIVED"), t,
                            QStringLiteral("Carrier confirmed; FOC %1.").arg(foc), "carrier", QVariant(),
                            foc))
                return false;
            if (status == QLatin1String("COMPLETED") &&
                !completePort(s.db, id, billing::startOfDayMs(billing::dateOf(t).addDays(5)) + 9 * HourMs))
                return false;
        }
    }
    return true;
}

void setupPortRequestResources(ResourceSetup &setup)
{
    setup.schema
        << QStringLiteral("CREATE TABLE IF NOT EXISTS port_requests(id INTEGER PRIMARY KEY, numbers TEXT NOT "
                          "NULL, current_carrier TEXT NOT NULL, "
                          "account_holder_name TEXT NOT NULL, account_number TEXT NOT NULL, pin TEXT, "
                          "service_address TEXT NOT NULL, "
                          "tenant_id INTEGER NOT NULL, desired_date TEXT NOT NULL, foc_date TEXT, status "
                          "TEXT NOT NULL, rejection_code TEXT, "
                          "history TEXT NOT NULL, status_changed_at INTEGER NOT NULL, created_at INTEGER NOT "
                          "NULL, updated_at INTEGER NOT NULL, "
                          "deleted INTEGER NOT NULL DEFAULT 0)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS port_requests_sync ON port_requests(updated_at, id)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS port_requests_status ON port_requests(status)")
        << QStringLiteral("CREATE TABLE IF NOT EXISTS port_documents(id INTEGER PRIMARY KEY, port_id INTEGER "
                          "NOT NULL, kind TEXT NOT "
                          "NULL, filename TEXT NOT NULL, content_type TEXT NOT NULL, size_bytes INTEGER NOT "
                          "NULL, data BLOB, "
                          "uploaded_at INTEGER NOT NULL)")
        << QStringLiteral("CREATE INDEX IF NOT EXISTS port_documents_port ON port_documents(port_id)");
    setup.seedHooks << &seedPorts;
    setup.tickers << &portTicker;
    const Permission read{QStringLiteral("phone_numbers"), Access::Read},
        write{QStringLiteral("phone_numbers"), Access::Write};
    setup.router.add("GET", QStringLiteral("/v1/port-requests"), read, &listPorts);
    setup.router.add("POST", QStringLiteral("/v1/port-requests"), write, &createPort);
    setup.router.add("GET", QStringLiteral("/v1/port-requests/{id}"), read, &getPort);
    setup.router.add("POST", QStringLiteral("/v1/port-requests/{id}/documents"), write, &uploadDocument);
    setup.router.add("POST", QStringLiteral("/v1/port-requests/{id}/cancel"), write, &cancelPort);
    setup.router.add("POST", QStringLiteral("/v1/port-requests/{id}/resubmit"), write, &resubmitPort);
}

} // namespace simuwave::sandbox
