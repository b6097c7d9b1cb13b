#pragma once
#include "widgets/RecordListPane.h"

class QPushButton;

namespace simuwave {

class ConsoleContext;
class NewPortWizard;
class PortDetailView;
class PortStatusWatcher;

// Numbers → Porting: the port requests from the cache (lazy, sorted and searched in SQL; long waits in one
// status stand out) with the selected request's details and timeline below; New Port Request (wizard), a
// batch import from CSV, and a desktop notification for every status change a sync brings. openWith()
// keys: "id", "search", "status" (API values, e.g. "REJECTED").
class PortingPane : public RecordListPane
{
    Q_OBJECT
public:
    explicit PortingPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    bool openWith(const QVariantMap &params) override;

    PortDetailView *detail() const { return m_detail; }
    PortStatusWatcher *statusWatcher() const { return m_watcher; }
    NewPortWizard *newPortRequest();
    // Reads `path`, shows the per-row report and, on confirmation, sends the valid rows (per-row results).
    QDialog *importCsv(const QString &path);

protected:
    items::LazySqlTableModel *createModel(cache::SqlCache *cache) override;

private:
    void updateActions();

    PortDetailView *m_detail;
    PortStatusWatcher *m_watcher;
    QPushButton *m_new;
    QPushButton *m_import;
};

} // namespace simuwave
