#include "e911/E911Pane.h"

#include "domain/Statuses.h"
#include "items/PhoneNumberTableModel.h"

namespace simuwave {

E911Pane::E911Pane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return E911Pane::tr("%n number(s)", nullptr, n); }, parent)
{
    setObjectName(id());
    view()->setEmptyText(tr("The E911 status of every number appears here once the console has synced."));
    view()->addFilter(QStringLiteral("e911StatusFilter"), tr("E911 status"),
                      {{tr("All"), QVariant()},
                       {displayName(E911Status::NotSet), QVariant(int(E911Status::NotSet))},
                       {displayName(E911Status::Failed), QVariant(int(E911Status::Failed))},
                       {displayName(E911Status::Pending), QVariant(int(E911Status::Pending))},
                       {displayName(E911Status::Registered), QVariant(int(E911Status::Registered))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
                              m->setE911StatusFilter(value.isValid()
                                                         ? QList<E911Status>{E911Status(value.toInt())}
                                                         : QList<E911Status>());
                      });
}

QString E911Pane::id() const
{
    return QStringLiteral("e911");
}

QString E911Pane::title() const
{
    return tr("E911");
}

items::LazySqlTableModel *E911Pane::createModel(cache::SqlCache *cache)
{
    return new items::PhoneNumberTableModel(cache);
}

bool E911Pane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("e911_status"))) {
        const E911Status value = e911StatusFromApi(params.value(QStringLiteral("e911_status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("e911StatusFilter"), QVariant(int(value)));
    }
    return applied;
}

} // namespace simuwave
