#pragma once
// Usage Limits: every tenant's caps beside its usage this cycle, with bars that turn amber at the alert
// threshold and red at the cap, sortable by closeness to any cap, a month-end forecast, Edit Limits and
// Reset to Defaults, and the list of usage alerts seen during syncs (each also a desktop notification).
// openWith keys: "id", "search", "filter" ("over_threshold", "at_cap", "will_cross").
#include "widgets/RecordListPane.h"

class QListView;
class QPushButton;

namespace simuwave {

class EditLimitsDialog;
class UsageAlertListModel;
class UsageAlertWatcher;

class UsageLimitsPane : public RecordListPane
{
    Q_OBJECT
public:
    explicit UsageLimitsPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    bool openWith(const QVariantMap &params) override;
    void activated() override;

    EditLimitsDialog *editLimits(const QString &tenantId);
    bool resetToDefaults(const QString &tenantId);
    UsageAlertWatcher *alertWatcher() const { return m_watcher; }
    UsageAlertListModel *alertModel() const { return m_alerts; }

protected:
    items::LazySqlTableModel *createModel(cache::SqlCache *cache) override;

private:
    void updateActions();

    UsageAlertWatcher *m_watcher;
    UsageAlertListModel *m_alerts;
    QListView *m_alertList;
    QPushButton *m_edit;
    QPushButton *m_reset;
};

} // namespace simuwave
