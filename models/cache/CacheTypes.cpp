#include "cache/CacheTypes.h"

#include "cache/AbstractCache.h"
#include "cache/RecordDecoder.h"
#include <QJsonDocument>

namespace simuwave::cache {

QList<Resource> allResources()
{
    return {Resource::Tenants, Resource::PhoneNumbers,    Resource::Invoices,     Resource::PortRequests,
            Resource::Users,   Resource::PartnerBranding, Resource::TenantLimits, Resource::TenantUsage};
}

QString resourceName(Resource r)
{
    switch (r) {
    case Resource::Tenants:
        return QStringLiteral("tenants");
    case Resource::PhoneNumbers:
        return QStringLiteral("phone-numbers");
    case Resource::Invoices:
        return QStringLiteral("invoices");
    case Resource::PortRequests:
        return QStringLiteral("port-requests");
    case Resource::Users:
        return QStringLiteral("users");
    case Resource::PartnerBranding:
        return QStringLiteral("partner-branding");
    case Resource::TenantLimits:
        return QStringLiteral("tenant-limits");
    case Resource::TenantUsage:
        return QStringLiteral("tenant-usage");
    }
    return {};
}

std::optional<Resource> resourceFromName(const QString &name)
{
    for (Resource r : allResources()) {
        if (resourceName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString tableName(Resource r)
{
    QString n = resourceName(r);
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    return n;
}

qsizetype RecordPage::upsertCount() const
{
    return tenants.size() + phoneNumbers.size() + invoices.size() + portRequests.size() + users.size() +
           branding.size() + tenantLimits.size() + tenantUsage.size();
}

QStringList RecordPage::upsertIds() const
{
    QStringList ids;
    ids.reserve(upsertCount());
    for (const auto &r : tenants)
        ids.append(r.id);
    for (const auto &r : phoneNumbers)
        ids.append(r.id);
    for (const auto &r : invoices)
        ids.append(r.id);
    for (const auto &r : portRequests)
        ids.append(r.id);
    for (const auto &r : users)
        ids.append(r.id);
    for (qsizetype i = 0; i < branding.size(); ++i)
        ids.append(brandingRecordId());
    for (const auto &r : tenantLimits)
        ids.append(r.tenantId);
    for (const auto &r : tenantUsage)
        ids.append(r.tenantId);
    return ids;
}

bool AbstractCache::applyJsonPage(Resource resource, const QJsonArray &data, const SyncState &next,
                                  QString *error)
{
    RecordPage page;
    if (!RecordDecoder::decodePage(resource, data, &page, error))
        return false;
    return applyPage(page, next, error);
}

QJsonObject CachedDocument::object() const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object() : QJsonObject();
}

QJsonArray CachedDocument::data() const
{
    return object().value(QLatin1String("data")).toArray();
}

} // namespace simuwave::cache
