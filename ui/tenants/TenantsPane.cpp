#include "tenants/TenantsPane.h"

#include "domain/Statuses.h"
#include "items/TenantTableModel.h"

namespace simuwave {

TenantsPane::TenantsPane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return TenantsPane::tr("%n tenant(s)", nullptr, n); }, parent)
{
    setObjectName(id());
    view()->setEmptyText(tr("Your customer accounts appear here once the console has synced."));
    view()->addFilter(QStringLiteral("tenantStatusFilter"), tr("Tenant status"),
                      {{tr("All"), QVariant()},
                       {displayName(TenantStatus::Trial), QVariant(int(TenantStatus::Trial))},
                       {displayName(TenantStatus::Active), QVariant(int(TenantStatus::Active))},
                       {displayName(TenantStatus::Suspended), QVariant(int(TenantStatus::Suspended))},
                       {displayName(TenantStatus::Cancelled), QVariant(int(TenantStatus::Cancelled))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::TenantTableModel *>(model()))
                              m->setStatusFilter(value.isValid()
                                                     ? QList<TenantStatus>{TenantStatus(value.toInt())}
                                                     : QList<TenantStatus>());
                      });
}

QString TenantsPane::id() const
{
    return QStringLiteral("tenants");
}

QString TenantsPane::title() const
{
    return tr("Tenants");
}

items::LazySqlTableModel *TenantsPane::createModel(cache::SqlCache *cache)
{
    return new items::TenantTableModel(cache);
}

bool TenantsPane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("status"))) {
        const TenantStatus value = tenantStatusFromApi(params.value(QStringLiteral("status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("tenantStatusFilter"), QVariant(int(value)));
    }
    return applied;
}

} // namespace simuwave
