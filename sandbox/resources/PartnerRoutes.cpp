// The partner account: company details, branding (with the logo bytes), the platform subscription
// (the guide's tier table; upgrades now, downgrades at the end of the cycle), the wallet ledger, and
// the custom-domain check (PENDING -> VERIFYING -> ACTIVE on the sandbox clock).
#include "core/BodyReader.h"
#include "core/ListQuery.h"
#include "core/Router.h"
#include "core/Wire.h"
#include "resources/ResourceCommon.h"
#include "resources/Resources.h"
#include "validation/Validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace simuwave::sandbox {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

static constexpr qint64 DomainStepMs = 2LL * 60 * 1000;
static constexpr qint64 MaxLogoBytes = 1024 * 1024;

static QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

static QJsonObject partnerJson(SandboxContext &ctx)
{
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral(
                 "SELECT id, company_name, billing_email, status, trial_ends_at, statement_descriptor, "
                 "stripe_mode, "
                 "stripe_status, wallet_balance_cents, auto_recharge_enabled, auto_recharge_threshold_cents, "
                 "auto_recharge_amount_cents, custom_domain, custom_domain_status, created_at, updated_at "
                 "FROM partners WHERE id = 1"));
    if (!q.next())
        return {};
    const QString domain = q.value(12).toString();
    return {{QStringLiteral("id"), wire::publicId(u"ptr", q.value(0).toLongLong())},
            {QStringLiteral("company_name"), q.value(1).toString()},
            {QStringLiteral("billing_email"), q.value(2).toString()},
            {QStringLiteral("status"), q.value(3).toString()},
            {QStringLiteral("trial_ends_at"), wire::isoTimeOrNull(q.value(4).toLongLong())},
            {QStringLiteral("statement_descriptor"), q.value(5).toString()},
            {QStringLiteral("stripe_mode"), q.value(6).toString()},
            {QStringLiteral("stripe_status"), q.value(7).toString()},
            {QStringLiteral("wallet"),
             QJsonObject{{QStringLiteral("balance_cents"), q.value(8).toLongLong()},
                         {QStringLiteral("currency"), QStringLiteral("USD")},
                         {QStringLiteral("auto_recharge"),
                          QJsonObject{{QStringLiteral("enabled"), q.value(9).toInt() != 0},
                                      {QStringLiteral("threshold_cents"), q.value(10).toLongLong()},
                                      {QStringLiteral("amount_cents"), q.value(11).toLongLong()}}}}},
            {QStringLiteral("custom_domain"),
             QJsonObject{{QStringLiteral("hostname"), textOrNull(domain)},
                         {QStringLiteral("status"),
                          domain.isEmpty() ? QStringLiteral("NONE") : q.value(13).toString()},
                         {QStringLiteral("target"),
                          domain.isEmpty() ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(QStringLiteral("portal.simuwave.com"))}}},
            {QStringLiteral("created_at"), wire::isoTime(q.value(14).toLongLong())},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(15).toLongLong())}};
}

static ApiResponse getPartner(ApiRequest &, SandboxContext &ctx)
{
    return ApiResponse::ok(partnerJson(ctx));
}

static ApiResponse partnerLevelOnly()
{
    return errors::forbidden(
        tr("permission denied: a tenant-scoped API key cannot change partner-level settings"));
}

static ApiResponse updatePartner(ApiRequest &req, SandboxContext &ctx)
{
    if (req.principal.isTenantScoped())
        return partnerLevelOnly();
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    for (auto it = body.object().constBegin(); it != body.object().constEnd(); ++it) {
        static const QStringList known{QStringLiteral("company_name"), QStringLiteral("billing_email"),
                                       QStringLiteral("statement_descriptor"),
                                       QStringLiteral("custom_domain_hostname")};
        if (!known.contains(it.key()))
            body.addError(it.key(), tr("%1 cannot be changed.").arg(it.key()));
    }
    const auto company = body.string(QStringLiteral("company_name"));
    const auto email = body.string(QStringLiteral("billing_email"));
    const auto descriptor = body.string(QStringLiteral("statement_descriptor"));
    const auto domain = body.string(QStringLiteral("custom_domain_hostname"));
    if (company && (company->trimmed().isEmpty() || company->size() > 100))
        body.addError(QStringLiteral("company_name"),
                      tr("company_name is required and at most 100 characters."));
    if (email)
        if (QString e = validation::email(*email, QStringLiteral("billing_email")); !e.isEmpty())
            body.addError(QStringLiteral("billing_email"), e);
    if (descriptor)
        if (QString e = validation::statementDescriptor(*descriptor); !e.isEmpty())
            body.addError(QStringLiteral("statement_descriptor"), e);
    static const QRegularExpression host(
        QStringLiteral("^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$"));
    if (domain && !domain->isEmpty() && !host.match(domain->toLower()).hasMatch())
        body.addError(QStringLiteral("custom_domain_hostname"),
                      tr("custom_domain_hostname must be a host name such as phones.yourbrand.com."));
    if (!body.ok())
        return body.errorResponse();
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    if (company)
        ctx.exec(q, QStringLiteral("UPDATE partners SET company_name = ? WHERE id = 1"),
                 {company->trimmed()});
    if (email)
        ctx.exec(q, QStringLiteral("UPDATE partners SET billing_email = ? WHERE id = 1"), {email->trimmed()});
    if (descriptor)
        ctx.exec(q, QStringLiteral("UPDATE partners SET statement_descriptor = ? WHERE id = 1"),
                 {*descriptor});
    if (body.has(QStringLiteral("custom_domain_hostname"))) {
        if (domain && !domain->isEmpty())
            ctx.exec(
                q,
                QStringLiteral("UPDATE partners SET custom_domain = ?, custom_domain_status = 'PENDING', "
                               "custom_domain_due = ? WHERE id = 1"),
                {domain->toLower(), now + DomainStepMs});
        else
            ctx.exec(
                q, QStringLiteral("UPDATE partners SET custom_domain = NULL, custom_domain_status = 'NONE', "
                                  "custom_domain_due = NULL WHERE id = 1"));
    }
    ctx.exec(q, QStringLiteral("UPDATE partners SET updated_at = ? WHERE id = 1"), {now});
    return ApiResponse::ok(partnerJson(ctx));
}

// ---- branding -----------------------------------------------------------------------------------

static QJsonObject brandingJson(SandboxContext &ctx)
{
    QSqlQuery q(ctx.db());
    ctx.exec(
        q,
        QStringLiteral(
            "SELECT brand_name, company_name, primary_color, from_email, support_email, logo_content_type, "
            "length(logo), updated_at FROM partners WHERE id = 1"));
    if (!q.next())
        return {};
    const bool logo = !q.value(5).toString().isEmpty();
    return {{QStringLiteral("brand_name"),
             q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString()},
            {QStringLiteral("primary_color"), q.value(2).toString()},
            {QStringLiteral("from_email"), q.value(3).toString()},
            {QStringLiteral("support_email"), q.value(4).toString()},
            {QStringLiteral("logo_set"), logo},
            {QStringLiteral("logo_content_type"),
             logo ? QJsonValue(q.value(5).toString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("logo_size_bytes"),
             logo ? QJsonValue(q.value(6).toLongLong()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(7).toLongLong())}};
}

static ApiResponse getBranding(ApiRequest &, SandboxContext &ctx)
{
    return ApiResponse::ok(brandingJson(ctx));
}

static ApiResponse updateBranding(ApiRequest &req, SandboxContext &ctx)
{
    if (req.principal.isTenantScoped())
        return partnerLevelOnly();
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto brand = body.string(QStringLiteral("brand_name"));
    const auto color = body.string(QStringLiteral("primary_color"));
    const auto from = body.string(QStringLiteral("from_email"));
    const auto support = body.string(QStringLiteral("support_email"));
    if (brand && brand->size() > 100)
        body.addError(QStringLiteral("brand_name"), tr("brand_name must be at most 100 characters."));
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (color && !hex.match(*color).hasMatch())
        body.addError(QStringLiteral("primary_color"), tr("primary_color must be a color like #1F6FEB."));
    if (from)
        if (QString e = validation::email(*from, QStringLiteral("from_email")); !e.isEmpty())
            body.addError(QStringLiteral("from_email"), e);
    if (support)
        if (QString e = validation::email(*support, QStringLiteral("support_email")); !e.isEmpty())
            body.addError(QStringLiteral("support_email"), e);
    if (!body.ok())
        return body.errorResponse();
    QSqlQuery q(ctx.db());
    if (brand)
        ctx.exec(q, QStringLiteral("UPDATE partners SET brand_name = ? WHERE id = 1"), {brand->trimmed()});
    if (color)
        ctx.exec(q, QStringLiteral("UPDATE partners SET primary_color = ? WHERE id = 1"), {color->toUpper()});
    if (from)
        ctx.exec(q, QStringLiteral("UPDATE partners SET from_email = ? WHERE id = 1"), {from->trimmed()});
    if (support)
        ctx.exec(q, QStringLiteral("UPDATE partners SET support_email = ? WHERE id = 1"),
                 {support->trimmed()});
    ctx.exec(q, QStringLiteral("UPDATE partners SET updated_at = ? WHERE id = 1"), {ctx.nowMs()});
    return ApiResponse::ok(brandingJson(ctx));
}

// The type comes from the bytes, never from the Content-Type header.
static QByteArray sniffImage(const QByteArray &b)
{
    if (b.startsWith("\x89PNG\r\n\x1a\n"))
        return "image/png";
    if (b.startsWith("\xFF\xD8\xFF"))
        return "image/jpeg";
    QByteArray head = b.left(1024).trimmed();
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.mid(3);
    if ((head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")) &&
        b.left(4096).contains("<svg"))
        return "image/svg+xml";
    return {};
}

static ApiResponse getLogo(ApiRequest &, SandboxContext &ctx)
{
    QSqlQuery q(ctx.db());
    ctx.exec(q, QStringLiteral("SELECT logo, logo_content_type FROM partners WHERE id = 1"));
    if (!q.next() || q.value(1).toString().isEmpty())
        return errors::make(404, QStringLiteral("not_found_error"), QStringLiteral("logo_not_set"),
                            tr("No logo has been uploaded."));
    return ApiResponse::bytes(q.value(0).toByteArray(), q.value(1).toString().toLatin1());
}

static ApiResponse putLogo(ApiRequest &req, SandboxContext &ctx)
{
    if (req.principal.isTenantScoped())
        return partnerLevelOnly();
    if (req.body.size() > MaxLogoBytes)
        return errors::make(422, QStringLiteral("validation_error"), QStringLiteral("file_too_large"),
                            tr("The logo must be at most 1 MiB."), QStringLiteral("logo"),
                            QJsonObject{{QStringLiteral("logo"), tr("The logo must be at most 1 MiB.")}});
    const QByteArray type = sniffImage(req.body);
    if (type.isEmpty())
        return errors::make(
            422, QStringLiteral("validation_error"), QStringLiteral("unsupported_file_type"),
            tr("The logo must be a PNG, JPEG or SVG image."), QStringLiteral("logo"),
            QJsonObject{{QStringLiteral("logo"), tr("The logo must be a PNG, JPEG or SVG image.")}});
    QSqlQuery q(ctx.db());
    const qint64 now = ctx.nowMs();
    ctx.exec(q,
             QStringLiteral("UPDATE partners SET logo = ?, logo_content_type = ?, logo_updated_at = ?, "
                            "updated_at = ? WHERE id = 1"),
             {req.body, QString::fromLatin1(type), now, now});
    return ApiResponse::ok(brandingJson(ctx));
}

static ApiResponse deleteLogo(ApiRequest &req, SandboxContext &ctx)
{
    if (req.principal.isTenantScoped())
        return partnerLevelOnly();
    if (ctx.scalar(QStringLiteral("SELECT logo_content_type FROM partners WHERE id = 1"))
            .toString()
            .isEmpty())
        return errors::make(404, QStringLiteral("not_found_error"), QStringLiteral("logo_not_set"),
                            tr("No logo has been uploaded."));
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral(
                 "UPDATE partners SET logo = NULL, logo_content_type = NULL, updated_at = ? WHERE id = 1"),
             {ctx.nowMs()});
    return ApiResponse::noContent();
}

// ---- subscription -------------------------------------------------------------------------------

static QJsonValue rate(const char *r)
{
    return r ? QJsonValue(QString::fromLatin1(r)) : QJsonValue(QJsonValue::Null);
}

static QJsonObject planJson(const TierPlan &p)
{
    return {{QStringLiteral("tier"), QString::fromLatin1(p.tier)},
            {QStringLiteral("name"), QString::fromLatin1(p.name)},
            {QStringLiteral("monthly_fee_cents"),
             p.monthlyFeeCents < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p.monthlyFeeCents)},
            {QStringLiteral("max_extensions"),
             p.maxExtensions < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(p.maxExtensions)},
            {QStringLiteral("rates"),
             QJsonObject{{QStringLiteral("per_extension"), rate(p.perExtension)},
                         {QStringLiteral("did_local_monthly"), rate(p.didLocal)},
                         {QStringLiteral("did_toll_free_monthly"), rate(p.didTollFree)},
                         {QStringLiteral("per_minute_local"), rate(p.perMinuteLocal)},
                         {QStringLiteral("per_minute_toll_free"), rate(p.perMinuteTollFree)}}}};
}

static QDate monthStart(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return QDate(d.year(), d.month(), 1);
}

static QJsonObject subscriptionJson(SandboxContext &ctx)
{
    QSqlQuery q(ctx.db());
    ctx.exec(q, QStringLiteral("SELECT tier, status, trial_ends_at, pending_tier, pending_tier_at, "
                               "updated_at FROM partners WHERE id = 1"));
    q.next();
    const TierPlan *plan = tierPlan(q.value(0).toString());
    QJsonArray tiers;
    for (const TierPlan &p : tierTable())
        tiers.append(planJson(p));
    const QDate start = monthStart(ctx.nowMs());
    QJsonValue pending(QJsonValue::Null);
    if (!q.value(3).toString().isEmpty())
        pending = QJsonObject{{QStringLiteral("tier"), q.value(3).toString()},
                              {QStringLiteral("effective_at"), wire::isoTime(q.value(4).toLongLong())}};
    QSqlQuery u(ctx.db());
    ctx.exec(
        u, QStringLiteral(
               "SELECT COALESCE(SUM(extensions_count),0), COALESCE(SUM(usage_minutes_local),0), "
               "COALESCE(SUM(usage_minutes_tf),0) FROM tenants WHERE deleted = 0 AND status <> 'CANCELLED'"));
    u.next();
    const qint64 local =
        ctx.scalar(QStringLiteral(
                       "SELECT COUNT(*) FROM phone_numbers WHERE deleted = 0 AND tenant_id IS NOT NULL "
                       "AND type = 'local'"))
            .toLongLong();
    const qint64 tf =
        ctx.scalar(QStringLiteral(
                       "SELECT COUNT(*) FROM phone_numbers WHERE deleted = 0 AND tenant_id IS NOT NULL "
                       "AND type = 'toll_free'"))
            .toLongLong();
    return {{QStringLiteral("tier"), q.value(0).toString()},
            {QStringLiteral("status"), q.value(1).toString()},
            {QStringLiteral("trial_ends_at"), wire::isoTimeOrNull(q.value(2).toLongLong())},
            {QStringLiteral("current_period_start"), start.toString(Qt::ISODate)},
            {QStringLiteral("current_period_end"), start.addMonths(1).addDays(-1).toString(Qt::ISODate)},
            {QStringLiteral("plan"), plan ? planJson(*plan) : QJsonObject()},
            {QStringLiteral("usage"),
             QJsonObject{{QStringLiteral("extensions"), u.value(0).toLongLong()},
                         {QStringLiteral("dids_local"), local},
                         {QStringLiteral("dids_toll_free"), tf},
                         {QStringLiteral("minutes_local"), u.value(1).toLongLong()},
                         {QStringLiteral("minutes_toll_free"), u.value(2).toLongLong()}}},
            {QStringLiteral("pending_change"), pending},
            {QStringLiteral("available_tiers"), tiers},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(5).toLongLong())}};
}

static ApiResponse getSubscription(ApiRequest &, SandboxContext &ctx)
{
    return ApiResponse::ok(subscriptionJson(ctx));
}

static ApiResponse changeTier(ApiRequest &req, SandboxContext &ctx)
{
    if (req.principal.isTenantScoped())
        return partnerLevelOnly();
    BodyReader body(req.body);
    if (auto bad = body.badRequest())
        return *bad;
    const auto tier = body.string(QStringLiteral("tier"), true);
    if (tier && !tierPlan(*tier))
        body.addError(QStringLiteral("tier"),
                      tr("tier must be starter, professional, business or enterprise."));
    if (!body.ok())
        return body.errorResponse();
    if (*tier == QLatin1String("enterprise"))
        return errors::make(
            422, QStringLiteral("validation_error"), QStringLiteral("contact_sales"),
            tr("Enterprise plans are custom: contact sales."), QStringLiteral("tier"),
            QJsonObject{{QStringLiteral("tier"), tr("Enterprise plans are custom: contact sales.")}});
    const QString current = partnerTier(ctx);
    if (*tier == current)
        return errors::conflict(QStringLiteral("already_on_tier"),
                                tr("The account is already on %1.").arg(*tier), QStringLiteral("tier"));
    const TierPlan *from = tierPlan(current), *to = tierPlan(*tier);
    const qint64 now = ctx.nowMs();
    QSqlQuery q(ctx.db());
    const QDate start = monthStart(now);
    if (from->monthlyFeeCents >= 0 && to->monthlyFeeCents > from->monthlyFeeCents) {
        // Upgrade now: the fee difference for the days left in the month, rounded half-up, from the wallet.
        const qint64 days = start.daysInMonth();
        const qint64 left = days - QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date().day() + 1;
        const qint64 charge = ((to->monthlyFeeCents - from->monthlyFeeCents) * left * 2 + days) / (2 * days);
        const qint64 balance =
            ctx.scalar(QStringLiteral("SELECT wallet_balance_cents FROM partners WHERE id = 1")).toLongLong();
        if (balance < charge)
            return errors::make(
                422, QStringLiteral("validation_error"), QStringLiteral("insufficient_funds"),
                tr("The prorated upgrade costs %1 cents; top up the wallet first.").arg(charge),
                QStringLiteral("tier"));
        ctx.exec(
            q,
            QStringLiteral("UPDATE partners SET tier = ?, pending_tier = NULL, pending_tier_at = NULL, "
                           "wallet_balance_cents = wallet_balance_cents - ?, updated_at = ? WHERE id = 1"),
            {*tier, charge, now});
        ctx.exec(
            q,
            QStringLiteral(
                "INSERT INTO wallet_transactions(type, amount_cents, balance_after_cents, description, "
                "reference, created_at, updated_at) VALUES('subscription_invoice', ?, ?, ?, NULL, ?, ?)"),
            {-charge, balance - charge, tr("Prorated upgrade to %1").arg(QString::fromLatin1(to->name)), now,
             now});
    } else {
        const qint64 effective = QDateTime(start.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        ctx.exec(
            q,
            QStringLiteral(
                "UPDATE partners SET pending_tier = ?, pending_tier_at = ?, updated_at = ? WHERE id = 1"),
            {*tier, effective, now});
    }
    return ApiResponse::ok(subscriptionJson(ctx));
}

// ---- wallet ledger ------------------------------------------------------------------------------

static QJsonObject transactionJson(const QSqlQuery &q)
{
    return {{QStringLiteral("id"), wire::publicId(u"txn", q.value(0).toLongLong())},
            {QStringLiteral("type"), q.value(3).toString()},
            {QStringLiteral("amount_cents"), q.value(4).toLongLong()},
            {QStringLiteral("balance_after_cents"), q.value(5).toLongLong()},
            {QStringLiteral("description"), q.value(6).toString()},
            {QStringLiteral("reference_id"), textOrNull(q.value(7))},
            {QStringLiteral("created_at"), wire::isoTime(q.value(8).toLongLong())},
            {QStringLiteral("updated_at"), wire::isoTime(q.value(1).toLongLong())}};
}

static ApiResponse listTransactions(ApiRequest &req, SandboxContext &ctx)
{
    ListSpec spec;
    spec.table = QStringLiteral("wallet_transactions");
    spec.columns =
        QStringLiteral("type, amount_cents, balance_after_cents, description, reference, created_at");
    spec.idPrefix = QStringLiteral("txn");
    spec.row = &transactionJson;
    if (req.hasQuery(QStringLiteral("type"))) {
        static const QStringList types{QStringLiteral("top_up"),       QStringLiteral("auto_recharge"),
                                       QStringLiteral("did_monthly"),  QStringLiteral("extension_monthly"),
                                       QStringLiteral("usage_local"),  QStringLiteral("usage_toll_free"),
                                       QStringLiteral("number_setup"), QStringLiteral("subscription_invoice"),
                                       QStringLiteral("refund"),       QStringLiteral("adjustment")};
        const QString t = req.queryValue(QStringLiteral("type"));
        if (!types.contains(t))
            return errors::validationField(
                QStringLiteral("type"), tr("type must be one of %1.").arg(types.join(QStringLiteral(", "))));
        spec.conditions << QStringLiteral("type = ?");
        spec.binds << t;
    }
    for (const char *p : {"created_from", "created_to"}) {
        const QString name = QLatin1String(p);
        if (!req.hasQuery(name))
            continue;
        const auto t = wire::parseTime(req.queryValue(name));
        if (!t)
            return errors::validationField(
                name, tr("%1 must be an RFC 3339 timestamp with a time zone.").arg(name));
        spec.conditions << (name == QLatin1String("created_from") ? QStringLiteral("created_at >= ?")
                                                                  : QStringLiteral("created_at < ?"));
        spec.binds << *t;
    }
    return listPage(req, ctx, spec);
}

// ---- lifecycle and seed -------------------------------------------------------------------------

static void partnerTicker(SandboxContext &ctx, qint64 now)
{
    QSqlQuery q(ctx.db());
    ctx.exec(q,
             QStringLiteral("UPDATE partners SET custom_domain_status = CASE custom_domain_status WHEN "
                            "'PENDING' THEN 'VERIFYING' "
                            "ELSE 'ACTIVE' END, custom_domain_due = CASE custom_domain_status WHEN 'PENDING' "
                            "THEN ? ELSE NULL END, "
                            "updated_at = ? WHERE custom_domain_due IS NOT NULL AND custom_domain_due <= ?"),
             {now + DomainStepMs, now, now});
    ctx.exec(q,
             QStringLiteral("UPDATE partners SET tier = pending_tier, pending_tier = NULL, pending_tier_at = "
                            "NULL, updated_at = ? "
                            "WHERE pending_tier IS NOT NULL AND pending_tier_at <= ?"),
             {now, now});
}

// 18 months of wallet history for the demo (top-ups, DID and extension fees, per-minute usage); other
// profiles keep the single seed top-up. The partner's balance is the ledger's last balance.
static bool seedWallet(SeedContext &s)
{
    if (s.profile != QLatin1String("demo"))
        return true;
    QSqlQuery q(s.db);
    if (!s.exec(q, QStringLiteral("DELETE FROM wallet_transactions")))
        return false;
    if (!q.prepare(QStringLiteral("INSERT INTO wallet_transactions(type, amount_cents, balance_after_cents, "
                                  "description, reference, "
                                  "created_at, updated_at) VALUES(?,?,?,?,NULL,?,?)")))
        return false;
    qint64 balance = 0;
    const QDate first = monthStart(s.nowMs).addMonths(-18);
    auto add = [&](const QDate &d, const char *type, qint64 amount, const QString &text) {
        balance += amount;
        const qint64 at = QDateTime(d, QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
        if (at > s.nowMs)
            return true;
        const QVariantList row{QString::fromLatin1(type), amount, balance, text, at, at};
        for (qsizetype i = 0; i < row.size(); ++i)
            q.bindValue(int(i), row.at(i));
        return q.exec();
    };
    for (int m = 0; m <= 18; ++m) {
        const QDate d = first.addMonths(m);
        const qint64 growth = 100 + m * 12; // the business grows month by month
        bool ok = add(d, "top_up", 150000 + m * 10000, QStringLiteral("Wallet top-up")) &&
                  add(d.addDays(1), "did_monthly", -growth * 150,
                      QStringLiteral("Monthly DIDs (%1)").arg(growth)) &&
                  add(d.addDays(1), "extension_monthly", -growth * 3 * 200,
                      QStringLiteral("Monthly extensions (%1)").arg(growth * 3)) &&
                  add(d.addDays(14), "usage_local", -(growth * 1800 * 16) / 1000,
                      QStringLiteral("Local minutes")) &&
                  add(d.addDays(14), "usage_toll_free", -(growth * 300 * 19) / 1000,
                      QStringLiteral("Toll-free minutes"));
        if (ok && m % 5 == 4)
            ok = add(d.addDays(20), "auto_recharge", 50000, QStringLiteral("Auto-recharge below $50.00"));
        if (ok && m == 7)
            ok = add(d.addDays(21), "refund", 2500, QStringLiteral("Refund: duplicate number setup fee"));
        if (!ok)
            return false;
    }
    return s.exec(
        q,
        QStringLiteral(
            "UPDATE partners SET wallet_balance_cents = (SELECT balance_after_cents FROM wallet_transactions "
            "ORDER BY id DESC LIMIT 1) WHERE id = 1"));
}

void setupPartnerResources(ResourceSetup &setup)
{
    setup.seedHooks.append(&seedWallet);
    setup.tickers.append(&partnerTicker);
    Router &r = setup.router;
    const Permission read{QStringLiteral("billing"), Access::Read},
        write{QStringLiteral("billing"), Access::Write};
    r.add("GET", QStringLiteral("/v1/partner"), read, &getPartner);
    r.add("PATCH", QStringLiteral("/v1/partner"), write, &updatePartner);
    r.add("GET", QStringLiteral("/v1/partner/branding"), read, &getBranding);
    r.add("PATCH", QStringLiteral("/v1/partner/branding"), write, &updateBranding);
    r.add("GET", QStringLiteral("/v1/partner/branding/logo"), read, &getLogo);
    r.add("PUT", QStringLiteral("/v1/partner/branding/logo"), write, &putLogo);
    r.add("DELETE", QStringLiteral("/v1/partner/branding/logo"), write, &deleteLogo);
    r.add("GET", QStringLiteral("/v1/partner/subscription"), read, &getSubscription);
    r.add("PATCH", QStringLiteral("/v1/partner/subscription"), write, &changeTier);
    r.add("GET", QStringLiteral("/v1/partner/wallet/transactions"), read, &listTransactions);
}

} // namespace simuwave::sandbox
