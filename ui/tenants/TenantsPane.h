#pragma once
#include "widgets/RecordListPane.h"

class QDialog;
class QPushButton;

namespace simuwave {

class ConsoleContext;
class TenantDetailView;
class TenantDialog;
struct EditCommand;

// The list from the cache (lazy, sorted and searched in SQL) with its filters, and the selected tenant's
// details below (its numbers, usage against its limits, invoices and port requests). openWith() keys: "id",
// "search", "status" (API values, e.g. "SUSPENDED").
class TenantsPane : public RecordListPane
{
    Q_OBJECT
public:
    explicit TenantsPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    bool openWith(const QVariantMap &params) override;

    // The actions (also what the toolbar buttons do); each opens its dialog non-modally.
    TenantDialog *newTenant();
    TenantDialog *editTenant(const QString &tenantId);
    bool suspend(const QString &tenantId);
    bool unsuspend(const QString &tenantId);
    QDialog *confirmDelete(const QString &tenantId);
    TenantDetailView *detail() const { return m_detail; }

protected:
    items::LazySqlTableModel *createModel(cache::SqlCache *cache) override;

private:
    void updateActions();
    bool submit(const EditCommand &command);
    QList<QPushButton *> m_writeButtons;
    QPushButton *m_edit = nullptr;
    QPushButton *m_suspend = nullptr;
    QPushButton *m_unsuspend = nullptr;
    QPushButton *m_delete = nullptr;
    TenantDetailView *m_detail = nullptr;
};

} // namespace simuwave
