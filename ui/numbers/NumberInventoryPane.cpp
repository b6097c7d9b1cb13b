#include "numbers/NumberInventoryPane.h"

#include "domain/Statuses.h"
#include "items/PhoneNumberTableModel.h"

namespace simuwave {

NumberInventoryPane::NumberInventoryPane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return NumberInventoryPane::tr("%n number(s)", nullptr, n); }, parent)
{
    setObjectName(id());
    view()->setEmptyText(tr("Every number you own appears here once the console has synced."));
    view()->addFilter(QStringLiteral("numberStatusFilter"), tr("Number status"),
                      {{tr("All"), QVariant()},
                       {displayName(NumberStatus::Active), QVariant(int(NumberStatus::Active))},
                       {displayName(NumberStatus::Pending), QVariant(int(NumberStatus::Pending))},
                       {displayName(NumberStatus::Released), QVariant(int(NumberStatus::Released))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
                              m->setStatusFilter(value.isValid()
                                                     ? QList<NumberStatus>{NumberStatus(value.toInt())}
                                                     : QList<NumberStatus>());
                      });
    view()->addFilter(QStringLiteral("numberE911Filter"), tr("E911 status"),
                      {{tr("All"), QVariant()},
                       {displayName(E911Status::Registered), QVariant(int(E911Status::Registered))},
                       {displayName(E911Status::NotSet), QVariant(int(E911Status::NotSet))},
                       {displayName(E911Status::Pending), QVariant(int(E911Status::Pending))},
                       {displayName(E911Status::Failed), QVariant(int(E911Status::Failed))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
                              m->setE911StatusFilter(value.isValid()
                                                         ? QList<E911Status>{E911Status(value.toInt())}
                                                         : QList<E911Status>());
                      });
    view()->addFilter(QStringLiteral("numberCnamFilter"), tr("CNAM status"),
                      {{tr("All"), QVariant()},
                       {displayName(CnamStatus::Synced), QVariant(int(CnamStatus::Synced))},
                       {displayName(CnamStatus::Pending), QVariant(int(CnamStatus::Pending))},
                       {displayName(CnamStatus::Failed), QVariant(int(CnamStatus::Failed))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
                              m->setCnamStatusFilter(value.isValid()
                                                         ? QList<CnamStatus>{CnamStatus(value.toInt())}
                                                         : QList<CnamStatus>());
                      });
}

QString NumberInventoryPane::id() const
{
    return QStringLiteral("numbers-inventory");
}

QString NumberInventoryPane::title() const
{
    return tr("Inventory");
}

items::LazySqlTableModel *NumberInventoryPane::createModel(cache::SqlCache *cache)
{
    return new items::PhoneNumberTableModel(cache);
}

bool NumberInventoryPane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("status"))) {
        const NumberStatus value = numberStatusFromApi(params.value(QStringLiteral("status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("numberStatusFilter"), QVariant(int(value)));
    }
    if (params.contains(QStringLiteral("e911_status"))) {
        const E911Status value = e911StatusFromApi(params.value(QStringLiteral("e911_status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("numberE911Filter"), QVariant(int(value)));
    }
    if (params.contains(QStringLiteral("cnam_status"))) {
        const CnamStatus value = cnamStatusFromApi(params.value(QStringLiteral("cnam_status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("numberCnamFilter"), QVariant(int(value)));
    }
    return applied;
}

} // namespace simuwave
