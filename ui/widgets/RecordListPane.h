#pragma once
// A pane whose main content is one big list from the cache (tenants, numbers, invoices, port requests):
// the model is built lazily the first time the pane is shown and again whenever a profile's cache opens,
// dropped when it closes, and follows the sync engine's commits. Subclasses create the model, add their
// filters to view(), and answer openWith() keys.
#include "main/Pane.h"
#include "widgets/RecordTableView.h"

#include <QPointer>

namespace simuwave::cache {
class SqlCache;
}

namespace simuwave {

class ConsoleContext;

class RecordListPane : public Pane
{
    Q_OBJECT
public:
    RecordListPane(ConsoleContext &context, std::function<QString(int)> countText, QWidget *parent = nullptr);

    bool focusFilter() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    void activated() override;
    // "id": select that record (searching for it when it is not in view); "search": search text.
    bool openWith(const QVariantMap &params) override;

    RecordTableView *view() const { return m_view; }
    items::LazySqlTableModel *model() const { return m_model; }

protected:
    virtual items::LazySqlTableModel *createModel(cache::SqlCache *cache) = 0;
    // Where the pane's own widgets go above or below the list.
    QLayout *paneLayout() const;
    // A "Tenant" filter (every tenant of the cache, kept current); `apply` gets the tenant id or "" for all.
    // openWith() then also takes the key "tenant" (a tenant id).
    void addTenantFilter(std::function<void(const QString &tenantId)> apply);
    ConsoleContext &context() const { return m_context; }

private:
    void rebuild();
    void drop();

    ConsoleContext &m_context;
    RecordTableView *m_view;
    QPointer<items::LazySqlTableModel> m_model;
    bool m_shown = false;
    class QComboBox *m_tenantFilter = nullptr;
    QString m_pendingSelection; // selected once its row is loaded
};

} // namespace simuwave
