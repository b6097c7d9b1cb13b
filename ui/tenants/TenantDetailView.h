#pragma once
// One tenant at a glance, from the cache: its facts, this cycle's usage against each of its limits (bars
// amber at the alert threshold and red at the cap, as on Usage Limits), and three tabs with its numbers, its
// invoices and its port requests (lazy SQL lists filtered to the tenant). Activating a row opens it in its
// own pane; "Refresh usage" asks the server for the latest limits and usage of this tenant.
#include "items/InvoiceTableModel.h"
#include "items/PhoneNumberTableModel.h"
#include "items/PortRequestTableModel.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace simuwave {

class ConsoleContext;

class TenantDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit TenantDetailView(ConsoleContext &context, QWidget *parent = nullptr);
    ~TenantDetailView() override;

    void showTenant(const QString &tenantId); // empty: nothing selected
    QString tenantId() const { return m_id; }
    void reload();

    items::PhoneNumberTableModel *numbersModel() const { return m_numbers; }
    items::InvoiceTableModel *invoicesModel() const { return m_invoices; }
    items::PortRequestTableModel *portsModel() const { return m_ports; }
    // The bar of a meter ("spend_cents", "extensions", "dids", "minutes"): its text and level.
    QProgressBar *meterBar(const QString &meter) const;

Q_SIGNALS:
    // Open a record in its pane (numbers-inventory, invoices, porting).
    void openRequested(const QString &paneId, const QVariantMap &params);

private:
    void rebuildModels();
    void dropModels();
    QTableView *addTab(const QString &objectName, const QString &title);

    ConsoleContext &m_context;
    QString m_id;
    QLabel *m_header;
    QLabel *m_facts;
    QLabel *m_usageNote;
    QHash<QString, QProgressBar *> m_bars;
    QPushButton *m_refresh;
    QTabWidget *m_tabs;
    QTableView *m_numbersView;
    QTableView *m_invoicesView;
    QTableView *m_portsView;
    QPointer<items::PhoneNumberTableModel> m_numbers;
    QPointer<items::InvoiceTableModel> m_invoices;
    QPointer<items::PortRequestTableModel> m_ports;
};

} // namespace simuwave
