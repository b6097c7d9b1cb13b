#pragma once
// Billing -> Revenue (Partner Guide, "Revenue Analytics"): the period selector (7d / 30d / 90d / 1y,
// remembered), the eight cards with growth against the prior period, the usage and revenue breakdown,
// the 12-month trends as charts (each with a table tab, Export PNG and CSV), tenants by revenue with the
// margin the platform lacks (a click opens the tenant) and the churn-risk list. Every table exports to CSV.
//
// Everything is computed from the offline cache (RevenueFigures, the same definitions as the platform's
// analytics endpoint) on a worker thread (RevenueCalculator), again whenever invoices, tenants or the
// billing documents change, coalesced.
//
// openWith keys: "period" ("7d", "30d", "90d", "1y").
#include "main/Pane.h"
#include "revenue/RevenueFigures.h"

#include <functional>
#include <QHash>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QTableView;
class QTimer;
class QAbstractItemModel;
class QModelIndex;
class QSortFilterProxyModel;

namespace simuwave {

class ChurnRiskModel;
class MetricCard;
class ConsoleContext;
class RevenueBreakdownModel;
class RevenueCalculator;
class RevenueChartView;
class RevenueTrendModel;
class TenantRevenueModel;

class RevenuePane : public Pane
{
    Q_OBJECT
public:
    explicit RevenuePane(ConsoleContext &context, QWidget *parent = nullptr);
    ~RevenuePane() override;

    QString id() const override;
    QString title() const override;
    void activated() override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    bool openWith(const QVariantMap &params) override;

    RevenuePeriod period() const { return m_period; }
    void setPeriod(RevenuePeriod period);
    const RevenueFigures &figures() const { return m_figures; }
    bool isComputing() const;

    // A card's value and its second line: "mrr", "arr", "revenue", "active", "lifetime", "outstanding",
    // "collection", "arpu".
    QString cardText(const QString &card) const;
    QString cardDetailText(const QString &card) const;

    // Where "now" comes from (default: the wall clock); a test passes the sandbox's clock.
    void setClock(std::function<QDateTime()> clock);
    // The file chooser of every export: asks for a path and calls `chosen` with it (never when cancelled).
    // Default: a window-modal QFileDialog opened without a nested event loop. Tests answer directly.
    using SaveFileChooser =
        std::function<void(QWidget *parent, const QString &caption, const QString &suggestedPath,
                           const QString &filter, const std::function<void(const QString &path)> &chosen)>;
    void setSaveFileChooser(SaveFileChooser chooser);

    RevenueTrendModel *trendModel() const { return m_trends; }
    TenantRevenueModel *tenantModel() const { return m_tenants; }
    ChurnRiskModel *churnRiskModel() const { return m_churn; }
    RevenueBreakdownModel *breakdownModel() const { return m_breakdown; }
    QList<RevenueChartView *> charts() const { return m_charts; }
    QTableView *tenantTable() const { return m_tenantTable; }
    QTableView *churnRiskTable() const { return m_churnTable; }
    // The last export's outcome, as shown under the period selector.
    QString statusText() const;

    // Recompute now (the coalescing timer ends here too).
    void refresh();

Q_SIGNALS:
    // New figures are shown (after a period change, a cache change or refresh()).
    void figuresChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void showFigures(const RevenueFigures &figures);
    void clear();
    void addCard(QGridLayout *grid, int row, int column, const QString &key, const QString &title);
    QTableView *makeTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model,
                          QSortFilterProxyModel **proxy);
    void openTenantAt(const QModelIndex &index);
    void exportCsv(const QAbstractItemModel *model, const QList<int> &columns, const QString &stem);
    void exportPng(RevenueChartView *chart);
    QString suggestedPath(const QString &stem, const QString &extension) const;
    void setStatus(const QString &text);
    QString periodName() const;

    ConsoleContext &m_context;
    RevenuePeriod m_period = RevenuePeriod::Days30;
    RevenueFigures m_figures;
    std::function<QDateTime()> m_clock;
    SaveFileChooser m_chooseFile;
    RevenueCalculator *m_calculator;
    QTimer *m_refresh;
    bool m_dirty = true;
    QString m_lastTenantOpened;
    qint64 m_lastTenantOpenedAt = 0;

    QButtonGroup *m_periods;
    QLabel *m_status;
    QHash<QString, MetricCard *> m_cards;
    RevenueBreakdownModel *m_breakdown;
    RevenueTrendModel *m_trends;
    TenantRevenueModel *m_tenants;
    ChurnRiskModel *m_churn;
    QList<RevenueChartView *> m_charts;
    QTableView *m_tenantTable = nullptr;
    QTableView *m_churnTable = nullptr;
    QLabel *m_churnEmpty;
    QLabel *m_marginNote;
};

} // namespace simuwave
