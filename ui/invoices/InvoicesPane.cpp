#include "invoices/InvoicesPane.h"

#include "domain/Statuses.h"
#include "items/InvoiceTableModel.h"

namespace simuwave {

InvoicesPane::InvoicesPane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return InvoicesPane::tr("%n invoice(s)", nullptr, n); }, parent)
{
    setObjectName(id());
    view()->setEmptyText(tr("Your tenants' invoices appear here once the console has synced."));
    view()->addFilter(
        QStringLiteral("invoiceStatusFilter"), tr("Invoice status"),
        {{tr("All"), QVariant()},
         {displayName(InvoiceStatus::Draft), QVariant(int(InvoiceStatus::Draft))},
         {displayName(InvoiceStatus::Sent), QVariant(int(InvoiceStatus::Sent))},
         {displayName(InvoiceStatus::PartiallyPaid), QVariant(int(InvoiceStatus::PartiallyPaid))},
         {displayName(InvoiceStatus::Paid), QVariant(int(InvoiceStatus::Paid))},
         {displayName(InvoiceStatus::Overdue), QVariant(int(InvoiceStatus::Overdue))},
         {displayName(InvoiceStatus::Cancelled), QVariant(int(InvoiceStatus::Cancelled))}},
        [this](const QVariant &value) {
            if (auto *m = qobject_cast<items::InvoiceTableModel *>(model()))
                m->setStatusFilter(value.isValid() ? QList<InvoiceStatus>{InvoiceStatus(value.toInt())}
                                                   : QList<InvoiceStatus>());
        });
}

QString InvoicesPane::id() const
{
    return QStringLiteral("invoices");
}

QString InvoicesPane::title() const
{
    return tr("Invoices");
}

items::LazySqlTableModel *InvoicesPane::createModel(cache::SqlCache *cache)
{
    return new items::InvoiceTableModel(cache);
}

bool InvoicesPane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("status"))) {
        const InvoiceStatus value = invoiceStatusFromApi(params.value(QStringLiteral("status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("invoiceStatusFilter"), QVariant(int(value)));
    }
    return applied;
}

} // namespace simuwave
