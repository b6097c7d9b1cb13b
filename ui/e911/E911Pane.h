#pragma once
#include "widgets/RecordListPane.h"

class QLabel;
class QPushButton;
class QTimer;

namespace simuwave {

class BulkResultDialog;
class ConsoleContext;
class EditNumberDialog;
class NumberActions;

// The list from the cache (lazy, sorted and searched in SQL) with its filters. openWith() keys: "id",
// "search", "e911_status" (API values, e.g. "not_set").
// Fix in place: Edit… (or Enter / double click on a row) opens the number's Edit dialog with the 911
// provider's reason for a failed registration; Update E911… sets one address on every selected number,
// validated with the guide's rules before anything is sent, with the result of each number afterwards
// (NumberActions). Both are disabled with the reason for the read-only role. Report → CSV or PDF writes the
// compliance report (E911ComplianceReport).
class E911Pane : public RecordListPane
{
    Q_OBJECT
public:
    explicit E911Pane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    bool openWith(const QVariantMap &params) override;

    // Numbers that need the partner's action (E911 Not Set or Failed), as shown above the list.
    qint64 nonCompliantCount() const { return m_nonCompliant; }

    QStringList selectedIds() const;
    // The actions (also what the buttons do); null when not allowed.
    EditNumberDialog *editSelected();
    EditNumberDialog *updateE911Selected();
    NumberActions *actions() const { return m_actions; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *e911Button() const { return m_update; }
    // The compliance report (every number in service per tenant and address), from the cache; works
    // offline and for the read-only role. Empty string, or why nothing was written.
    QString exportReport(const QString &path, bool pdf);

protected:
    items::LazySqlTableModel *createModel(cache::SqlCache *cache) override;

private:
    void updateCount();
    void watchSelection();
    void updateActions();
    NumberActions *m_actions = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_update = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_countTimer = nullptr;
    qint64 m_nonCompliant = 0;
};

} // namespace simuwave
