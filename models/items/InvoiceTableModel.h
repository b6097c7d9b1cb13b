#pragma once
// Billing → Invoices: every tenant invoice, lazily from the cache; newest first by default.
//   auto *model = new InvoiceTableModel(cache, this);
//   model->setStatusFilter({InvoiceStatus::Overdue});  // Overdue also matches unpaid invoices past due
//   model->setTenantFilter(tenantId);
//   model->setIssueDateRange(QDate(2025, 1, 1), QDate(2025, 3, 31)); // either end may be invalid (open)
//   model->setSearchText(text);   // invoice number, tenant name or SIP prefix
#include "domain/Statuses.h"
#include "items/LazySqlTableModel.h"

#include <QDate>

namespace simuwave::items {

class InvoiceTableModel : public LazySqlTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TenantColumn,
        IssueDateColumn,
        DueDateColumn,
        StatusColumn,
        AmountColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit InvoiceTableModel(cache::SqlCache *cache, QObject *parent = nullptr);

    void setStatusFilter(const QList<InvoiceStatus> &statuses); // empty: any
    void setTenantFilter(const QString &tenantId);              // empty: every tenant
    void setIssueDateRange(const QDate &from, const QDate &to); // inclusive; invalid = open end

    // Unpaid (Sent, Partially Paid) past its due date, or marked Overdue by the platform.
    static bool isOverdue(InvoiceStatus status, const QDate &dueDate, const QDate &today);

protected:
    cache::Resource resource() const override { return cache::Resource::Invoices; }
    QString tableName() const override;
    QString joinClause() const override;
    QStringList selectColumns() const override;
    QList<ColumnSql> columnSql() const override;
    QString columnLabel(int column) const override;
    QVariant cellData(const SqlRow &row, int column, int role) const override;
    bool dependsOn(cache::Resource r) const override { return r == cache::Resource::Tenants; }
    int defaultSortColumn() const override { return IssueDateColumn; }
    Qt::SortOrder defaultSortOrder() const override { return Qt::DescendingOrder; }
};

} // namespace simuwave::items
