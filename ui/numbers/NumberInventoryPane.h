#pragma once
#include "widgets/RecordListPane.h"

class QLabel;
class QPushButton;

namespace simuwave {

class AssignTenantDialog;
class BulkResultDialog;
class ConsoleContext;
class EditNumberDialog;
class NumberActions;

// The list from the cache (lazy, sorted and searched in SQL) with its filters. openWith() keys: "id",
// "search", "status", "e911_status", "cnam_status" (API values, e.g. "not_set").
// Select several rows (Ctrl/Shift+click, Ctrl+A) for the bulk actions: Assign to Tenant…, Release…,
// Update E911… and Edit… (NumberActions: confirmation summary, progress, the result of each number).
// Every action is disabled with its reason for the read-only role.
class NumberInventoryPane : public RecordListPane
{
    Q_OBJECT
public:
    explicit NumberInventoryPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    bool openWith(const QVariantMap &params) override;

    // The selected numbers' ids, in list order.
    QStringList selectedIds() const;
    // The actions (also what the buttons do) on the selection; null when not allowed.
    AssignTenantDialog *assignSelected();
    BulkResultDialog *releaseSelected();
    EditNumberDialog *updateE911Selected();
    EditNumberDialog *editSelected();
    NumberActions *actions() const { return m_actions; }

    QPushButton *assignButton() const { return m_assign; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *e911Button() const { return m_e911; }
    QPushButton *editButton() const { return m_edit; }

protected:
    items::LazySqlTableModel *createModel(cache::SqlCache *cache) override;

private:
    void watchSelection();
    void updateActions();

    NumberActions *m_actions = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_e911 = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_selectionLabel = nullptr;
};

} // namespace simuwave
