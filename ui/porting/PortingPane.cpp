#include "porting/PortingPane.h"

#include "domain/Statuses.h"
#include "items/PortRequestTableModel.h"

namespace simuwave {

PortingPane::PortingPane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return PortingPane::tr("%n port request(s)", nullptr, n); }, parent)
{
    setObjectName(id());
    view()->setEmptyText(tr("Your port requests appear here once the console has synced."));
    view()->addFilter(QStringLiteral("portStatusFilter"), tr("Port status"),
                      {{tr("All"), QVariant()},
                       {displayName(PortStatus::Pending), QVariant(int(PortStatus::Pending))},
                       {displayName(PortStatus::Submitted), QVariant(int(PortStatus::Submitted))},
                       {displayName(PortStatus::FocReceived), QVariant(int(PortStatus::FocReceived))},
                       {displayName(PortStatus::Completed), QVariant(int(PortStatus::Completed))},
                       {displayName(PortStatus::Rejected), QVariant(int(PortStatus::Rejected))},
                       {displayName(PortStatus::Cancelled), QVariant(int(PortStatus::Cancelled))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PortRequestTableModel *>(model()))
                              m->setStatusFilter(value.isValid()
                                                     ? QList<PortStatus>{PortStatus(value.toInt())}
                                                     : QList<PortStatus>());
                      });
}

QString PortingPane::id() const
{
    return QStringLiteral("porting");
}

QString PortingPane::title() const
{
    return tr("Porting");
}

items::LazySqlTableModel *PortingPane::createModel(cache::SqlCache *cache)
{
    return new items::PortRequestTableModel(cache);
}

bool PortingPane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("status"))) {
        const PortStatus value = portStatusFromApi(params.value(QStringLiteral("status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("portStatusFilter"), QVariant(int(value)));
    }
    return applied;
}

} // namespace simuwave
