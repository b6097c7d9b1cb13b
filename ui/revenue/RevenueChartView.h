#pragma once
// One monthly trend as a Qt chart, with its table alternative (a tab showing the same months as rows)
// and buttons to export the chart as PNG or the rows as CSV (the pane chooses the file). The chart's
// theme follows the palette, so a dark palette gets a dark chart.
#include <QWidget>

class QChart;
class QChartView;
class QPushButton;
class QTabWidget;
class QTableView;

namespace simuwave {

class RevenueTrendModel;

class RevenueChartView : public QWidget
{
    Q_OBJECT
public:
    enum class Kind
    {
        Revenue,   // cash per month
        Invoices,  // sent vs paid
        Tenants,   // new vs churned
        ChurnRate, // churned / active at the start of the month
    };

    RevenueChartView(Kind kind, RevenueTrendModel *model, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString title() const;
    QString fileStem() const; // "revenue-trend", for suggested file names
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_chartView; }
    QTableView *tableView() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    // The model's columns this chart draws (the month first): the table and the CSV show these.
    QList<int> columns() const;
    void showTable(bool table);

Q_SIGNALS:
    void exportPngRequested();
    void exportCsvRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void applyTheme();

    Kind m_kind;
    RevenueTrendModel *m_model;
    QTabWidget *m_tabs;
    QChart *m_chart;
    QChartView *m_chartView;
    QTableView *m_table;
};

} // namespace simuwave
