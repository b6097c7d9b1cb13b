#include "cache/RecordDecoder.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace simuwave::cache {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::cache::RecordDecoder", text);
}

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("a boolean");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

enum class Need
{
    Required,
    Optional
};

// Reads the fields of one record and remembers the first problem. Every accessor returns a harmless
// default after a failure so decoders read straight through and check ok() once at the end.
class Reader
{
public:
    Reader(const QJsonObject &o, QString resource)
        : m_o(o)
        , m_resource(std::move(resource))
    {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString shortError() const { return m_short; }
    void setRecordId(const QString &id) { m_id = id; }

    void fail(QLatin1StringView field, const QString &problem)
    {
        if (!m_error.isEmpty())
            return;
        const QString where =
            m_id.isEmpty() ? tr("%1 record").arg(m_resource) : tr("%1 record %2").arg(m_resource, m_id);
        m_short = tr("field \"%1\" %2").arg(QString(field), problem);
        m_error = tr("%1: %2").arg(where, m_short);
    }
    // A problem found by a Reader over a nested object, reported against this record's field.
    void nested(QLatin1StringView field, const Reader &inner)
    {
        fail(field, tr("has a bad %1").arg(inner.m_short));
    }
    void wrongType(QLatin1StringView field, const QString &expected, const QJsonValue &got)
    {
        fail(field, tr("must be %1, got %2").arg(expected, jsonTypeName(got)));
    }

    // Returns Undefined when an optional field is absent or null, after checking a required one is there.
    QJsonValue present(QLatin1StringView field, Need need)
    {
        const QJsonValue v = m_o.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (need == Need::Required)
                fail(field, v.isNull() ? tr("is required but is null") : tr("is required but missing"));
            return QJsonValue(QJsonValue::Undefined);
        }
        return v;
    }

    QString string(QLatin1StringView field, Need need)
    {
        const QJsonValue v = present(field, need);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            wrongType(field, tr("a string"), v);
            return {};
        }
        return v.toString();
    }

    QString id(QLatin1StringView field = QLatin1StringView("id"))
    {
        const QString s = string(field, Need::Required);
        if (ok() && s.isEmpty())
            fail(field, tr("must not be empty"));
        return s;
    }

    qint64 integer(QLatin1StringView field, Need need, qint64 fallback = 0)
    {
        const QJsonValue v = present(field, need);
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            wrongType(field, tr("an integer"), v);
            return fallback;
        }
        // toInteger() answers the default for fractions and out-of-range values: two defaults tell.
        const qint64 a = v.toInteger(0), b = v.toInteger(1);
        if (a != b) {
            fail(field, tr("must be an integer, got %1").arg(v.toDouble()));
            return fallback;
        }
        return a;
    }

    std::optional<qint64> optionalInteger(QLatin1StringView field)
    {
        if (present(field, Need::Optional).isUndefined())
            return std::nullopt;
        return integer(field, Need::Optional);
    }

    bool boolean(QLatin1StringView field, Need need, bool fallback = false)
    {
        const QJsonValue v = present(field, need);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            wrongType(field, tr("true or false"), v);
            return fallback;
        }
        return v.toBool();
    }

    Money cents(QLatin1StringView field, Need need, const QString &currency)
    {
        const QJsonValue v = present(field, need);
        if (v.isUndefined())
            return Money::fromCents(0, currency);
        QString why;
        const auto m = Money::fromJson(v, currency, &why, QString(field));
        if (!m) {
            if (v.isDouble())
                fail(field, tr("must be an integer number of cents, got %1").arg(v.toDouble()));
            else
                wrongType(field, tr("an integer number of cents"), v);
            return Money::fromCents(0, currency);
        }
        return *m;
    }

    QDateTime timestamp(QLatin1StringView field, Need need)
    {
        const QString s = string(field, need);
        if (s.isEmpty() || !ok())
            return {};
        auto t = RecordDecoder::parseTimestamp(s);
        if (!t) {
            fail(field, tr("must be an RFC 3339 time with a time zone, got \"%1\"").arg(s.left(40)));
            return {};
        }
        return *t;
    }

    QDate date(QLatin1StringView field, Need need)
    {
        const QString s = string(field, need);
        if (s.isEmpty() || !ok())
            return {};
        auto d = RecordDecoder::parseDate(s);
        if (!d) {
            fail(field, tr("must be a date YYYY-MM-DD, got \"%1\"").arg(s.left(40)));
            return {};
        }
        return *d;
    }

    template<typename E> StatusValue<E> status(QLatin1StringView field, Need need)
    {
        StatusValue<E> s;
        s.raw = string(field, need);
        s.value = s.raw.isEmpty() ? E::Unknown : enumFromApi<E>(s.raw);
        return s;
    }

    std::optional<Address> address(QLatin1StringView field)
    {
        const QJsonValue v = present(field, Need::Optional);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            wrongType(field, tr("an object"), v);
            return std::nullopt;
        }
        const QJsonObject a = v.toObject();
        Address out;
        static const QLatin1StringView keys[] = {QLatin1StringView("street"), QLatin1StringView("city"),
                                                 QLatin1StringView("state"), QLatin1StringView("zip"),
                                                 QLatin1StringView("country")};
        QString *targets[] = {&out.street, &out.city, &out.state, &out.zip, &out.country};
        for (int i = 0; i < 5; ++i) {
            const QJsonValue f = a.value(keys[i]);
            if (f.isUndefined() || f.isNull())
                continue;
            if (!f.isString()) {
                fail(field,
                     tr("has \"%1\" as %2 instead of a string").arg(QString(keys[i]), jsonTypeName(f)));
                return std::nullopt;
            }
            *targets[i] = f.toString();
        }
        return out;
    }

    QJsonArray array(QLatin1StringView field, Need need, bool *present = nullptr)
    {
        const QJsonValue v = this->present(field, need);
        if (present)
            *present = false;
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            wrongType(field, tr("an array"), v);
            return {};
        }
        if (present)
            *present = true;
        return v.toArray();
    }

    const QJsonObject &object() const { return m_o; }

private:
    const QJsonObject &m_o;
    QString m_resource;
    QString m_id;
    QString m_error;
    QString m_short;
};

constexpr QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

template<typename T> std::optional<T> finish(const Reader &r, T &&value, QString *error)
{
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    if (error)
        error->clear();
    return std::move(value);
}

int digits(QStringView s, qsizetype pos, int count, bool *ok)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s.at(pos + i);
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c.unicode() - u'0');
    }
    return v;
}

// Caps: an integer each, or null/absent for "unlimited".
UsageLimits readLimits(Reader &r)
{
    UsageLimits l;
    l.monthlySpendCents = r.optionalInteger(L("monthly_spend_cents"));
    l.maxExtensions = r.optionalInteger(L("max_extensions"));
    l.maxDids = r.optionalInteger(L("max_dids"));
    l.maxMonthlyMinutes = r.optionalInteger(L("max_monthly_minutes"));
    l.alertThresholdPercent = int(r.integer(L("alert_threshold_percent"), Need::Optional, 80));
    l.autoSuspend = r.boolean(L("auto_suspend"), Need::Optional);
    return l;
}

// {used, limit, percent, alerted, exceeded}
UsageMeter readMeter(Reader &r, QLatin1StringView field)
{
    UsageMeter m;
    const QJsonValue v = r.present(field, Need::Required);
    if (v.isUndefined())
        return m;
    if (!v.isObject()) {
        r.wrongType(field, tr("an object"), v);
        return m;
    }
    const QJsonObject o = v.toObject();
    Reader mr(o, QString());
    m.used = mr.integer(L("used"), Need::Required);
    m.limit = mr.optionalInteger(L("limit"));
    m.percent = mr.optionalInteger(L("percent"));
    m.alerted = mr.boolean(L("alerted"), Need::Optional);
    m.exceeded = mr.boolean(L("exceeded"), Need::Optional);
    if (!mr.ok())
        r.nested(field, mr);
    return m;
}

} // namespace

std::optional<QDate> RecordDecoder::parseDate(QStringView s)
{
    if (s.size() != 10 || s.at(4) != u'-' || s.at(7) != u'-')
        return std::nullopt;
    bool ok = true;
    const int y = digits(s, 0, 4, &ok), m = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
    const QDate date(y, m, d);
    if (!ok || !date.isValid())
        return std::nullopt;
    return date;
}

// Hand-written because it runs twice per record during a sync of hundreds of thousands of records and
// QDateTime::fromString also accepts zone-less local times, which the API must never send.
std::optional<QDateTime> RecordDecoder::parseTimestamp(QStringView s)
{
    if (s.size() < 20 || (s.at(10) != u'T' && s.at(10) != u't') || s.at(13) != u':' || s.at(16) != u':')
        return std::nullopt;
    const auto date = parseDate(s.first(10));
    if (!date)
        return std::nullopt;
    bool ok = true;
    const int h = digits(s, 11, 2, &ok), mi = digits(s, 14, 2, &ok), sec = digits(s, 17, 2, &ok);
    if (!ok || h > 23 || mi > 59 || sec > 59)
        return std::nullopt;
    qsizetype pos = 19;
    int ms = 0;
    if (s.at(pos) == u'.') {
        ++pos;
        int n = 0;
        while (pos < s.size() && s.at(pos) >= u'0' && s.at(pos) <= u'9') {
            if (n < 3)
                ms = ms * 10 + (s.at(pos).unicode() - u'0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 3; ++n)
            ms *= 10;
    }
    if (pos >= s.size())
        return std::nullopt; // no zone: refused, a local time would be ambiguous
    int offsetMinutes = 0;
    const QChar z = s.at(pos);
    if (z == u'Z' || z == u'z') {
        if (pos + 1 != s.size())
            return std::nullopt;
    } else if (z == u'+' || z == u'-') {
        if (pos + 6 != s.size() || s.at(pos + 3) != u':')
            return std::nullopt;
        const int oh = digits(s, pos + 1, 2, &ok), om = digits(s, pos + 4, 2, &ok);
        if (!ok || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (z == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const qint64 days = date->toJulianDay() - 2440588; // 1970-01-01
    const qint64 msecs =
        days * 86'400'000LL + h * 3'600'000LL + mi * 60'000LL + sec * 1000LL + ms - offsetMinutes * 60'000LL;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

std::optional<Tombstone> RecordDecoder::tombstone(const QJsonObject &o, QString *error)
{
    if (error)
        error->clear();
    const QJsonValue deleted = o.value(L("deleted"));
    if (deleted.isUndefined() || deleted.isNull() || deleted == QJsonValue(false))
        return std::nullopt;
    Reader r(o, tr("deleted"));
    if (!deleted.isBool())
        r.wrongType(L("deleted"), tr("true or false"), deleted);
    Tombstone t;
    t.id = r.id();
    r.setRecordId(t.id);
    t.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(t), error);
}

std::optional<Tenant> RecordDecoder::tenant(const QJsonObject &o, QString *error)
{
    Reader r(o, resourceName(Resource::Tenants));
    Tenant t;
    t.id = r.id();
    r.setRecordId(t.id);
    t.name = r.string(L("name"), Need::Required);
    t.sipPrefix = r.string(L("sip_prefix"), Need::Required);
    t.status = r.status<TenantStatus>(L("status"), Need::Required);
    t.suspensionReason = r.string(L("suspension_reason"), Need::Optional);
    t.billingEmail = r.string(L("billing_email"), Need::Required);
    t.defaultCnam = r.string(L("default_cnam"), Need::Required);
    t.timezone = r.string(L("timezone"), Need::Required);
    t.e911Address = r.address(L("e911_address"));
    t.billingProfileId = r.string(L("billing_profile_id"), Need::Optional);
    const QJsonValue limits = r.present(L("limits"), Need::Optional);
    if (!limits.isUndefined()) {
        if (!limits.isObject()) {
            r.wrongType(L("limits"), tr("an object"), limits);
        } else {
            const QJsonObject lo = limits.toObject();
            Reader lr(lo, resourceName(Resource::Tenants));
            lr.setRecordId(t.id);
            t.limits = readLimits(lr);
            if (!lr.ok())
                r.nested(L("limits"), lr);
        }
    }
    const QJsonValue counts = r.present(L("counts"), Need::Required);
    if (!counts.isUndefined()) {
        if (!counts.isObject()) {
            r.wrongType(L("counts"), tr("an object"), counts);
        } else {
            const QJsonObject c = counts.toObject();
            Reader cr(c, resourceName(Resource::Tenants));
            cr.setRecordId(t.id);
            t.counts.users = cr.integer(L("users"), Need::Optional);
            t.counts.dids = cr.integer(L("dids"), Need::Optional);
            t.counts.extensions = cr.integer(L("extensions"), Need::Optional);
            if (!cr.ok())
                r.nested(L("counts"), cr);
        }
    }
    t.cancelledAt = r.timestamp(L("cancelled_at"), Need::Optional);
    t.createdAt = r.timestamp(L("created_at"), Need::Required);
    t.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(t), error);
}

std::optional<PhoneNumber> RecordDecoder::phoneNumber(const QJsonObject &o, QString *error)
{
    Reader r(o, resourceName(Resource::PhoneNumbers));
    PhoneNumber n;
    n.id = r.id();
    r.setRecordId(n.id);
    n.e164 = r.string(L("e164"), Need::Required);
    n.type = r.string(L("type"), Need::Required);
    n.tenantId = r.string(L("tenant_id"), Need::Optional);
    n.status = r.status<NumberStatus>(L("status"), Need::Required);
    // call_flow: the flow's name, or an object {id, name} when the API expands it.
    const QJsonValue flow = r.present(L("call_flow"), Need::Optional);
    if (flow.isString()) {
        n.callFlow = flow.toString();
    } else if (flow.isObject()) {
        const QJsonObject f = flow.toObject();
        const QJsonValue name = f.value(L("name")).isString() ? f.value(L("name")) : f.value(L("id"));
        if (!name.isString())
            r.fail(L("call_flow"), tr("must carry a string \"name\" or \"id\""));
        n.callFlow = name.toString();
    } else if (!flow.isUndefined()) {
        r.wrongType(L("call_flow"), tr("a string or an object"), flow);
    }
    n.cnam = r.string(L("cnam"), Need::Optional);
    n.cnamStatus = r.status<CnamStatus>(L("cnam_status"), Need::Required);
    n.e911Address = r.address(L("e911_address"));
    n.e911Status = r.status<E911Status>(L("e911_status"), Need::Required);
    n.e911Error = r.string(L("e911_error"), Need::Optional);
    n.rateCenter = r.string(L("rate_center"), Need::Optional);
    n.region = r.string(L("region"), Need::Optional);
    n.monthly = r.cents(L("monthly_cents"), Need::Required, QStringLiteral("USD"));
    n.createdAt = r.timestamp(L("created_at"), Need::Required);
    n.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(n), error);
}

std::optional<Invoice> RecordDecoder::invoice(const QJsonObject &o, QString *error)
{
    Reader r(o, resourceName(Resource::Invoices));
    Invoice inv;
    inv.id = r.id();
    r.setRecordId(inv.id);
    inv.number = r.string(L("number"), Need::Required);
    inv.tenantId = r.string(L("tenant_id"), Need::Required);
    inv.status = r.status<InvoiceStatus>(L("status"), Need::Required);
    const QString currency = r.string(L("currency"), Need::Required);
    if (!currency.isEmpty())
        inv.currency = currency;
    inv.issueDate = r.date(L("issue_date"), Need::Required);
    inv.dueDate = r.date(L("due_date"), Need::Required);
    inv.periodStart = r.date(L("period_start"), Need::Required);
    inv.periodEnd = r.date(L("period_end"), Need::Required);
    inv.subtotal = r.cents(L("subtotal_cents"), Need::Required, inv.currency);
    inv.tax = r.cents(L("tax_cents"), Need::Required, inv.currency);
    inv.total = r.cents(L("total_cents"), Need::Required, inv.currency);
    inv.paid = r.cents(L("paid_cents"), Need::Required, inv.currency);
    inv.due = r.cents(L("due_cents"), Need::Required, inv.currency);
    inv.refunded = r.cents(L("refunded_cents"), Need::Optional, inv.currency);
    inv.taxRate = r.string(L("tax_rate"), Need::Optional);
    inv.payments = r.array(L("payments"), Need::Optional);
    inv.refunds = r.array(L("refunds"), Need::Optional);
    inv.paidAt = r.timestamp(L("paid_at"), Need::Optional);
    inv.lastReminderAt = r.timestamp(L("last_reminder_at"), Need::Optional);
    bool hasItems = false;
    const QJsonArray items = r.array(L("line_items"), Need::Optional, &hasItems);
    if (hasItems) {
        QList<InvoiceLineItem> list;
        list.reserve(items.size());
        for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
            const QJsonValue iv = items.at(i);
            if (!iv.isObject()) {
                r.fail(L("line_items"), tr("item %1 must be an object, got %2").arg(i).arg(jsonTypeName(iv)));
                break;
            }
            const QJsonObject io = iv.toObject();
            Reader ir(io, resourceName(Resource::Invoices));
            ir.setRecordId(inv.id);
            InvoiceLineItem li;
            li.kind = ir.string(L("kind"), Need::Optional);
            li.description = ir.string(L("description"), Need::Optional);
            li.quantity = ir.integer(L("quantity"), Need::Optional, 1);
            const QString unit = ir.string(L("unit_price"), Need::Optional);
            if (!unit.isEmpty() && ir.ok()) {
                QString why;
                const auto rate = Rate::parse(unit, inv.currency, &why, QStringLiteral("unit_price"));
                if (!rate)
                    ir.fail(L("unit_price"),
                            tr("must be a decimal string such as \"0.016\", got \"%1\"").arg(unit.left(40)));
                else
                    li.unitPrice = *rate;
            }
            li.amount = ir.cents(L("amount_cents"), Need::Required, inv.currency);
            if (!ir.ok())
                r.fail(L("line_items"), tr("item %1 has a bad %2").arg(i).arg(ir.shortError()));
            list.append(std::move(li));
        }
        inv.lineItems = std::move(list);
    }
    inv.createdAt = r.timestamp(L("created_at"), Need::Required);
    inv.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(inv), error);
}

std::optional<PortRequest> RecordDecoder::portRequest(const QJsonObject &o, QString *error)
{
    Reader r(o, resourceName(Resource::PortRequests));
    PortRequest p;
    p.id = r.id();
    r.setRecordId(p.id);
    p.status = r.status<PortStatus>(L("status"), Need::Required);
    const QJsonArray numbers = r.array(L("numbers"), Need::Required);
    for (const QJsonValue &v : numbers) {
        // Each number is an E.164 string, or an object {"e164": ...} when the API expands it.
        if (v.isString()) {
            p.numbers.append(v.toString());
        } else if (v.isObject() && v.toObject().value(L("e164")).isString()) {
            p.numbers.append(v.toObject().value(L("e164")).toString());
        } else {
            r.fail(L("numbers"), tr("must hold E.164 strings, got %1").arg(jsonTypeName(v)));
            break;
        }
    }
    p.tenantId = r.string(L("tenant_id"), Need::Required);
    p.currentCarrier = r.string(L("current_carrier"), Need::Required);
    p.accountHolderName = r.string(L("account_holder_name"), Need::Required);
    p.accountNumber = r.string(L("account_number"), Need::Optional);
    p.pinSet = r.boolean(L("pin_set"), Need::Optional);
    p.documents = r.array(L("documents"), Need::Optional);
    p.serviceAddress = r.address(L("service_address"));
    p.desiredDate = r.date(L("desired_date"), Need::Required);
    p.focDate = r.date(L("foc_date"), Need::Optional);
    // {code, message, fix} (Appendix B); a plain string is taken as the message.
    const QJsonValue reason = r.present(L("rejection_reason"), Need::Optional);
    if (reason.isString()) {
        p.rejectionReason = reason.toString();
    } else if (reason.isObject()) {
        const QJsonObject ro = reason.toObject();
        Reader rr(ro, resourceName(Resource::PortRequests));
        rr.setRecordId(p.id);
        p.rejectionCode = rr.string(L("code"), Need::Required);
        p.rejectionReason = rr.string(L("message"), Need::Required);
        p.rejectionFix = rr.string(L("fix"), Need::Optional);
        if (!rr.ok())
            r.nested(L("rejection_reason"), rr);
    } else if (!reason.isUndefined()) {
        r.wrongType(L("rejection_reason"), tr("an object"), reason);
    }
    bool hasHistory = false;
    const QJsonArray history = r.array(L("status_history"), Need::Optional, &hasHistory);
    if (hasHistory) {
        QList<PortStatusChange> list;
        for (qsizetype i = 0; i < history.size() && r.ok(); ++i) {
            const QJsonValue hv = history.at(i);
            if (!hv.isObject()) {
                r.fail(L("status_history"),
                       tr("item %1 must be an object, got %2").arg(i).arg(jsonTypeName(hv)));
                break;
            }
            const QJsonObject ho = hv.toObject();
            Reader hr(ho, resourceName(Resource::PortRequests));
            hr.setRecordId(p.id);
            PortStatusChange c;
            c.status = hr.status<PortStatus>(L("status"), Need::Required);
            c.at = hr.timestamp(L("at"), Need::Required);
            c.note = hr.string(L("note"), Need::Optional);
            c.actor = hr.string(L("actor"), Need::Optional);
            if (!hr.ok())
                r.fail(L("status_history"), tr("item %1 has a bad %2").arg(i).arg(hr.shortError()));
            list.append(std::move(c));
        }
        p.statusHistory = std::move(list);
    }
    p.createdAt = r.timestamp(L("created_at"), Need::Required);
    p.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(p), error);
}

std::optional<User> RecordDecoder::user(const QJsonObject &o, QString *error)
{
    Reader r(o, resourceName(Resource::Users));
    User u;
    u.id = r.id();
    r.setRecordId(u.id);
    u.email = r.string(L("email"), Need::Required);
    u.name = r.string(L("name"), Need::Required);
    u.role = r.status<UserRole>(L("role"), Need::Required);
    u.status = r.string(L("status"), Need::Optional);
    u.emailVerified = r.boolean(L("email_verified"), Need::Optional);
    u.twoFactorEnabled = r.boolean(L("two_factor_enabled"), Need::Optional);
    u.lastLoginAt = r.timestamp(L("last_login_at"), Need::Optional);
    u.createdAt = r.timestamp(L("created_at"), Need::Required);
    u.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(u), error);
}

std::optional<PartnerBranding> RecordDecoder::branding(const QJsonObject &o, QString *error)
{
    Reader r(o, resourceName(Resource::PartnerBranding));
    PartnerBranding b;
    b.brandName = r.string(L("brand_name"), Need::Required);
    b.primaryColor = r.string(L("primary_color"), Need::Required);
    b.fromEmail = r.string(L("from_email"), Need::Required);
    b.supportEmail = r.string(L("support_email"), Need::Required);
    b.logoSet = r.boolean(L("logo_set"), Need::Required);
    b.logoContentType = r.string(L("logo_content_type"), Need::Optional);
    b.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(b), error);
}

namespace {
QString tenantIdOf(Reader &r, const QString &fromUrl)
{
    const QString inBody = r.string(L("tenant_id"), fromUrl.isEmpty() ? Need::Required : Need::Optional);
    if (!fromUrl.isEmpty() && !inBody.isEmpty() && inBody != fromUrl)
        r.fail(L("tenant_id"), tr("is \"%1\" but the answer was for tenant \"%2\"").arg(inBody, fromUrl));
    const QString id = fromUrl.isEmpty() ? inBody : fromUrl;
    r.setRecordId(id);
    return id;
}
} // namespace

std::optional<TenantLimits> RecordDecoder::tenantLimits(const QJsonObject &o, const QString &tenantId,
                                                        QString *error)
{
    Reader r(o, resourceName(Resource::TenantLimits));
    TenantLimits l;
    l.tenantId = tenantIdOf(r, tenantId);
    l.limits = readLimits(r);
    l.updatedAt = r.timestamp(L("updated_at"), Need::Optional);
    return finish(r, std::move(l), error);
}

std::optional<TenantUsage> RecordDecoder::tenantUsage(const QJsonObject &o, const QString &tenantId,
                                                      QString *error)
{
    Reader r(o, resourceName(Resource::TenantUsage));
    TenantUsage u;
    u.tenantId = tenantIdOf(r, tenantId);
    u.periodStart = r.date(L("period_start"), Need::Required);
    u.periodEnd = r.date(L("period_end"), Need::Required);
    u.spendCents = readMeter(r, L("spend_cents"));
    u.extensions = readMeter(r, L("extensions"));
    u.dids = readMeter(r, L("dids"));
    u.minutes = readMeter(r, L("minutes"));
    u.minutesLocal = r.integer(L("minutes_local"), Need::Optional);
    u.minutesTollFree = r.integer(L("minutes_toll_free"), Need::Optional);
    const QJsonArray alerts = r.array(L("alerts"), Need::Optional);
    for (const QJsonValue &v : alerts) {
        if (!v.isObject()) {
            r.wrongType(L("alerts"), tr("an array of objects"), v);
            break;
        }
        const QJsonObject ao = v.toObject(); // the Reader keeps a reference
        Reader ar(ao, QString());
        UsageAlert a;
        a.meter = ar.string(L("meter"), Need::Required);
        a.level = ar.string(L("level"), Need::Required);
        a.used = ar.integer(L("used"), Need::Required);
        a.limit = ar.integer(L("limit"), Need::Optional);
        a.at = ar.timestamp(L("at"), Need::Required);
        if (!ar.ok()) {
            r.nested(L("alerts"), ar);
            break;
        }
        u.alerts.append(std::move(a));
    }
    u.updatedAt = r.timestamp(L("updated_at"), Need::Optional);
    return finish(r, std::move(u), error);
}

bool RecordDecoder::decodePage(Resource resource, const QJsonArray &data, RecordPage *page, QString *error)
{
    RecordPage out;
    out.resource = resource;
    QString why;
    auto reject = [&](qsizetype index, const QString &reason) {
        if (error)
            *error = tr("Rejected a page of %1: element %2: %3")
                         .arg(resourceName(resource))
                         .arg(index)
                         .arg(reason);
        *page = RecordPage{};
        page->resource = resource;
        return false;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonValue v = data.at(i);
        if (!v.isObject())
            return reject(i, tr("must be an object, got %1").arg(jsonTypeName(v)));
        const QJsonObject o = v.toObject();
        if (auto t = tombstone(o, &why)) {
            out.tombstones.append(std::move(*t));
            continue;
        }
        if (!why.isEmpty())
            return reject(i, why);
        bool ok = false;
        switch (resource) {
        case Resource::Tenants:
            if (auto rec = tenant(o, &why); (ok = rec.has_value()))
                out.tenants.append(std::move(*rec));
            break;
        case Resource::PhoneNumbers:
            if (auto rec = phoneNumber(o, &why); (ok = rec.has_value()))
                out.phoneNumbers.append(std::move(*rec));
            break;
        case Resource::Invoices:
            if (auto rec = invoice(o, &why); (ok = rec.has_value()))
                out.invoices.append(std::move(*rec));
            break;
        case Resource::PortRequests:
            if (auto rec = portRequest(o, &why); (ok = rec.has_value()))
                out.portRequests.append(std::move(*rec));
            break;
        case Resource::Users:
            if (auto rec = user(o, &why); (ok = rec.has_value()))
                out.users.append(std::move(*rec));
            break;
        case Resource::PartnerBranding:
            if (auto rec = branding(o, &why); (ok = rec.has_value()))
                out.branding.append(std::move(*rec));
            break;
        case Resource::TenantLimits:
            if (auto rec = tenantLimits(o, QString(), &why); (ok = rec.has_value()))
                out.tenantLimits.append(std::move(*rec));
            break;
        case Resource::TenantUsage:
            if (auto rec = tenantUsage(o, QString(), &why); (ok = rec.has_value()))
                out.tenantUsage.append(std::move(*rec));
            break;
        }
        if (!ok)
            return reject(i, why);
    }
    *page = std::move(out);
    if (error)
        error->clear();
    return true;
}

} // namespace simuwave::cache
