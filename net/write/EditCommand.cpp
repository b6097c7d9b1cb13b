#include "write/EditCommand.h"

#include "domain/UsageLimits.h"

#include <QCoreApplication>

namespace simuwave {

EditCommand EditCommand::patch(const QString &resource, const QString &recordId, const QJsonObject &fields,
                               const QString &ifMatch)
{
    EditCommand c;
    c.resource = resource;
    c.recordId = recordId;
    c.method = QStringLiteral("PATCH");
    c.path = recordId.isEmpty() ? resource : resource + QLatin1Char('/') + recordId;
    c.body = fields;
    c.ifMatch = ifMatch;
    return c;
}

EditCommand EditCommand::action(const QString &resource, const QString &recordId, const QString &action,
                                const QJsonObject &body, const QString &ifMatch)
{
    EditCommand c;
    c.resource = resource;
    c.recordId = recordId;
    c.method = QStringLiteral("POST");
    c.path = resource + QLatin1Char('/') + recordId + QLatin1Char('/') + action;
    c.body = body;
    c.ifMatch = ifMatch;
    return c;
}

QString EditCommand::recordPath() const
{
    if (resource == QLatin1String("partner-branding"))
        return QStringLiteral("partner/branding");
    if (resource == QLatin1String("tenant-limits"))
        return QStringLiteral("tenants/%1/limits").arg(recordId);
    if (recordId.isEmpty())
        return {};
    return resource + QLatin1Char('/') + recordId;
}

validation::Errors EditCommand::validate() const
{
    namespace v = validation;
    v::Errors errors;
    const auto check = [&errors](const QString &field, const QString &message) {
        if (!message.isEmpty())
            errors.append({field, message});
    };
    const auto text = [this](const char *name) { return body.value(QLatin1String(name)).toString(); };
    const auto has = [this](const char *name) { return body.contains(QLatin1String(name)); };
    const auto isText = [this](const char *name) { return body.value(QLatin1String(name)).isString(); };

    if (method.isEmpty() || path.isEmpty())
        check(QStringLiteral("path"),
              QCoreApplication::translate("simuwave::EditCommand", "The edit names no request."));
    if (has("name") && resource == QLatin1String("tenants"))
        check(QStringLiteral("name"),
              isText("name") ? v::tenantName(text("name")) : v::tenantName(QString()));
    if (has("sip_prefix"))
        check(QStringLiteral("sip_prefix"), v::sipPrefix(text("sip_prefix")));
    if (has("cnam"))
        check(QStringLiteral("cnam"), v::cnam(text("cnam")));
    if (has("default_cnam"))
        check(QStringLiteral("default_cnam"), v::cnam(text("default_cnam")));
    if (has("billing_email"))
        check(QStringLiteral("billing_email"),
              v::email(text("billing_email"),
                       QCoreApplication::translate("simuwave::EditCommand", "Billing email")));
    if (has("email"))
        check(QStringLiteral("email"),
              v::email(text("email"), QCoreApplication::translate("simuwave::EditCommand", "Email")));
    if (has("statement_descriptor"))
        check(QStringLiteral("statement_descriptor"), v::statementDescriptor(text("statement_descriptor")));
    for (const char *color : {"primary_color", "secondary_color", "accent_color"}) {
        if (has(color))
            check(QString::fromLatin1(color), v::brandColor(text(color)));
    }
    if (has("e911_address") && !body.value(QLatin1String("e911_address")).isNull())
        errors.append(
            v::e911Address(Address::fromJson(body.value(QLatin1String("e911_address")).toObject())));
    if (has("e164"))
        check(QStringLiteral("e164"), v::e164(text("e164")));
    // Usage limits (PUT tenants/{id}/limits, tenant defaults' "limits"): types first, then ranges.
    const bool defaults = resource == QLatin1String("tenant-defaults");
    if ((resource == QLatin1String("tenant-limits") || defaults) && method == QLatin1String("PUT")) {
        QString why;
        const QJsonObject limits = defaults ? body.value(QLatin1String("limits")).toObject() : body;
        if (const auto l = UsageLimits::fromJson(limits, &why)) {
            for (v::FieldError e : v::usageLimits(*l)) {
                if (defaults)
                    e.field.prepend(QStringLiteral("limits."));
                errors.append(e);
            }
        } else {
            check(QStringLiteral("limits"), why);
        }
    }
    return errors;
}

} // namespace simuwave
