#include "revenue/RevenueChartView.h"

#include "revenue/RevenueFormat.h"
#include "revenue/RevenueTrendModel.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace simuwave {

RevenueChartView::RevenueChartView(Kind kind, RevenueTrendModel *model, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(model)
    , m_tabs(new QTabWidget(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("chart-") + fileStem());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    auto *caption = new QLabel(title(), this);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    header->addWidget(caption);
    header->addStretch();
    auto *png = new QPushButton(tr("Export PNG…"), this);
    png->setObjectName(fileStem() + QStringLiteral("-png"));
    png->setToolTip(tr("Save the chart \"%1\" as a PNG image").arg(title()));
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(fileStem() + QStringLiteral("-csv"));
    csv->setToolTip(tr("Save the months of \"%1\" as CSV").arg(title()));
    header->addWidget(png);
    header->addWidget(csv);
    layout->addLayout(header);
    connect(png, &QPushButton::clicked, this, &RevenueChartView::exportPngRequested);
    connect(csv, &QPushButton::clicked, this, &RevenueChartView::exportCsvRequested);

    m_chartView->setObjectName(fileStem() + QStringLiteral("-chart"));
    m_chartView->setAccessibleName(title());
    m_chartView->setAccessibleDescription(
        tr("Chart of the last 12 months; the Table tab lists the same figures."));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chart->legend()->setVisible(kind == Kind::Invoices || kind == Kind::Tenants);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_table->setObjectName(fileStem() + QStringLiteral("-table"));
    m_table->setAccessibleName(tr("%1 (table)").arg(title()));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    if (auto *corner = m_table->findChild<QAbstractButton *>()) // select all, without text
        corner->setAccessibleName(tr("Select all months"));
    const QList<int> shown = columns();
    for (int c = 0; c < RevenueTrendModel::ColumnCount; ++c)
        m_table->setColumnHidden(c, !shown.contains(c));

    m_tabs->setObjectName(fileStem() + QStringLiteral("-tabs"));
    m_tabs->setAccessibleName(tr("%1: chart or table").arg(title()));
    m_tabs->addTab(m_chartView, tr("Chart"));
    m_tabs->addTab(m_table, tr("Table"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    connect(model, &QAbstractItemModel::modelReset, this, &RevenueChartView::rebuild);
    connect(model, &QAbstractItemModel::dataChanged, this, &RevenueChartView::rebuild);
    applyTheme();
    rebuild();
}

QString RevenueChartView::title() const
{
    switch (m_kind) {
    case Kind::Revenue:
        return tr("Revenue by month");
    case Kind::Invoices:
        return tr("Invoices sent and paid");
    case Kind::Tenants:
        return tr("New and churned tenants");
    case Kind::ChurnRate:
        return tr("Churn rate");
    }
    return {};
}

QString RevenueChartView::fileStem() const
{
    switch (m_kind) {
    case Kind::Revenue:
        return QStringLiteral("revenue-trend");
    case Kind::Invoices:
        return QStringLiteral("invoices-trend");
    case Kind::Tenants:
        return QStringLiteral("tenants-trend");
    case Kind::ChurnRate:
        return QStringLiteral("churn-rate-trend");
    }
    return {};
}

QList<int> RevenueChartView::columns() const
{
    using M = RevenueTrendModel;
    switch (m_kind) {
    case Kind::Revenue:
        return {M::MonthColumn, M::RevenueColumn};
    case Kind::Invoices:
        return {M::MonthColumn, M::InvoicesSentColumn, M::InvoicesPaidColumn};
    case Kind::Tenants:
        return {M::MonthColumn, M::NewTenantsColumn, M::ChurnedTenantsColumn};
    case Kind::ChurnRate:
        return {M::MonthColumn, M::ChurnedTenantsColumn, M::ActiveAtStartColumn, M::ChurnRateColumn};
    }
    return {};
}

void RevenueChartView::showTable(bool table)
{
    m_tabs->setCurrentIndex(table ? 1 : 0);
}

void RevenueChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void RevenueChartView::applyTheme()
{
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme's own backdrop would stand out of the pane: use the palette's.
    m_chart->setBackgroundBrush(p.brush(QPalette::Base));
    m_chart->setBackgroundRoundness(0);
    m_chart->setTitleBrush(p.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    m_chartView->setBackgroundBrush(p.brush(QPalette::Base));
    rebuild(); // axes pick up the label colours
}

void RevenueChartView::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    const QList<RevenueTrendMonth> &months = m_model->months();
    QStringList categories;
    for (const RevenueTrendMonth &m : months)
        categories.append(revenue::month(m.month));

    // Chart coordinates are qreal by Qt Charts' design: drawing only, the figures stay integers.
    qreal top = 0;
    QAbstractSeries *series = nullptr;
    if (m_kind == Kind::ChurnRate) {
        auto *line = new QLineSeries;
        line->setName(tr("Churn rate (%)"));
        line->setPointsVisible(true);
        for (int i = 0; i < months.size(); ++i) {
            const RevenueTrendMonth &m = months.at(i);
            // percent = churned * 100 / active, from the integers (not the rounded ratio string)
            const qreal percent =
                m.activeTenantsAtStart ? qreal(m.churnedTenants) * 100 / qreal(m.activeTenantsAtStart) : 0;
            line->append(i, percent);
            top = std::max(top, percent);
        }
        series = line;
    } else {
        auto *bars = new QBarSeries;
        const auto addSet = [&](const QString &name,
                                const std::function<qreal(const RevenueTrendMonth &)> &value) {
            auto *set = new QBarSet(name);
            for (const RevenueTrendMonth &m : months) {
                const qreal v = value(m);
                set->append(v);
                top = std::max(top, v);
            }
            bars->append(set);
        };
        if (m_kind == Kind::Revenue) {
            addSet(tr("Revenue"), [](const RevenueTrendMonth &m) { return qreal(m.revenueCents) / 100; });
        } else if (m_kind == Kind::Invoices) {
            addSet(tr("Sent"), [](const RevenueTrendMonth &m) { return qreal(m.invoicesSent); });
            addSet(tr("Paid"), [](const RevenueTrendMonth &m) { return qreal(m.invoicesPaid); });
        } else {
            addSet(tr("New"), [](const RevenueTrendMonth &m) { return qreal(m.newTenants); });
            addSet(tr("Churned"), [](const RevenueTrendMonth &m) { return qreal(m.churnedTenants); });
        }
        series = bars;
    }
    m_chart->addSeries(series);

    const QPalette p = palette();
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsBrush(p.brush(QPalette::Text));
    // Twelve "Jan 2026" labels fit only upright: slanted, Qt Charts cuts them to "Ja…".
    x->setLabelsAngle(categories.size() > 6 ? -90 : 0);
    auto *y = new QValueAxis;
    y->setLabelsBrush(p.brush(QPalette::Text));
    y->setGridLineColor(p.color(QPalette::Mid));
    if (m_kind == Kind::Invoices || m_kind == Kind::Tenants) {
        // Counts: whole-number ticks only.
        const qint64 upper = std::max<qint64>(1, qint64(std::ceil(top * 1.1)));
        const qint64 step = std::max<qint64>(1, (upper + 4) / 5);
        y->setRange(0, qreal(((upper + step - 1) / step) * step));
        y->setTickType(QValueAxis::TicksDynamic);
        y->setTickAnchor(0);
        y->setTickInterval(qreal(step));
        y->setLabelFormat(QStringLiteral("%d"));
    } else {
        y->setRange(0, top > 0 ? top * 1.1 : 1);
        y->applyNiceNumbers();
        y->setLabelFormat(m_kind == Kind::Revenue ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
        y->setTitleText(m_kind == Kind::Revenue ? tr("Revenue (USD)") : tr("Churn rate (%)"));
    }
    y->setTitleBrush(p.brush(QPalette::Text));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace simuwave
