#pragma once
#include "widgets/RecordListPane.h"

class QCheckBox;
class QDateEdit;
class QLabel;

namespace simuwave {

class ConsoleContext;

// The list from the cache (lazy, sorted and searched in SQL) with its filters. openWith() keys: "id",
// "search", "status" (API values, e.g. "not_set").
class InvoicesPane : public RecordListPane
{
    Q_OBJECT
public:
    explicit InvoicesPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    bool openWith(const QVariantMap &params) override;

    // Exports the selected invoices (or, with none selected, every invoice of the current filter) into
    // `folder` off the UI thread with a progress dialog and Cancel. Emits exportFinished.
    void exportTo(const QString &folder);
    class InvoiceDetailView *detail() const { return m_detail; }

Q_SIGNALS:
    void exportFinished(int written, int failed, const QString &folder);

protected:
    items::LazySqlTableModel *createModel(cache::SqlCache *cache) override;

private:
    void chooseExportFolder();
    void updateStats();
    void savePdf(const QString &invoiceId);
    void printPreview(const QString &invoiceId);

    class InvoiceDetailView *m_detail;
    class QThread *m_exportThread = nullptr;
    QLabel *m_stats = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
};

} // namespace simuwave
