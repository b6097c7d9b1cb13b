#include "main/QuickJumpSearch.h"

#include "cache/SqlCache.h"
#include "items/PhoneNumberTableModel.h"
#include "main/ConsoleContext.h"

#include <QCoreApplication>

namespace simuwave {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::QuickJumpSearch", text);
}
} // namespace

QuickJumpSearch::QuickJumpSearch(ConsoleContext &context)
    : m_context(context)
{}

QList<QuickJumpHit> QuickJumpSearch::search(const QString &text, int perKind) const
{
    QList<QuickJumpHit> hits;
    cache::SqlCache *cache = m_context.cache();
    const QString needle = text.trimmed();
    if (!cache || needle.size() < 2)
        return hits;
    for (const QString &id : cache->searchIds(cache::Resource::Tenants, needle, perKind)) {
        if (const auto t = cache->tenant(id))
            hits.append({tr("Tenant · %1 (%2)").arg(t->name, t->sipPrefix),
                         QStringLiteral("tenants"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("search"), t->sipPrefix}}});
    }
    for (const QString &id : cache->searchIds(cache::Resource::PhoneNumbers, needle, perKind)) {
        if (const auto n = cache->phoneNumber(id)) {
            const auto t = n->tenantId.isEmpty() ? std::nullopt : cache->tenant(n->tenantId);
            hits.append({tr("Number · %1 — %2")
                             .arg(items::PhoneNumberTableModel::formatNumber(n->e164),
                                  t ? t->name : tr("Unassigned")),
                         QStringLiteral("numbers-inventory"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("search"), n->e164.mid(1)}}});
        }
    }
    for (const QString &id : cache->searchIds(cache::Resource::Invoices, needle, perKind)) {
        if (const auto inv = cache->invoice(id)) {
            const auto t = cache->tenant(inv->tenantId);
            hits.append({tr("Invoice · %1 — %2").arg(inv->number, t ? t->name : inv->tenantId),
                         QStringLiteral("invoices"),
                         {{QStringLiteral("id"), id}, {QStringLiteral("search"), inv->number}}});
        }
    }
    return hits;
}

} // namespace simuwave
