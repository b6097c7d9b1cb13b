#include "revenue/RevenuePane.h"

#include "cache/SqlCache.h"
#include "items/ItemRoles.h"
#include "main/ConsoleContext.h"
#include "revenue/ChurnRiskModel.h"
#include "revenue/RevenueBreakdownModel.h"
#include "revenue/RevenueCalculator.h"
#include "revenue/RevenueChartView.h"
#include "revenue/RevenueExport.h"
#include "revenue/RevenueFormat.h"
#include "revenue/RevenueTrendModel.h"
#include "revenue/TenantRevenueModel.h"
#include "widgets/MetricCard.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QChartView>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace simuwave {

namespace {

const QString kPeriodKey = QStringLiteral("period");
// Where the pane's state lives when it saves a change at once (the main window opens the same group for
// saveState/restoreState).
const QString kSettingsGroup = QStringLiteral("panes/revenue");

void defaultChooser(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter,
                    const std::function<void(const QString &)> &chosen)
{
    auto *dialog = new QFileDialog(parent, caption, suggested, filter);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(suggested);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [chosen](const QString &path) { chosen(path); });
    dialog->open(); // no nested event loop
}

} // namespace

RevenuePane::RevenuePane(ConsoleContext &context, QWidget *parent)
    : Pane(parent)
    , m_context(context)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_chooseFile(&defaultChooser)
    , m_calculator(new RevenueCalculator(this))
    , m_refresh(new QTimer(this))
    , m_periods(new QButtonGroup(this))
    , m_status(new QLabel(this))
    , m_breakdown(new RevenueBreakdownModel(this))
    , m_trends(new RevenueTrendModel(this))
    , m_tenants(new TenantRevenueModel(this))
    , m_churn(new ChurnRiskModel(this))
    , m_churnEmpty(new QLabel(this))
    , m_marginNote(new QLabel(this))
{
    setObjectName(id());
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    // Period selector: the guide's four periods, 30d by default, remembered.
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), content));
    const QList<std::pair<RevenuePeriod, QString>> periods{{RevenuePeriod::Days7, tr("7 days")},
                                                           {RevenuePeriod::Days30, tr("30 days")},
                                                           {RevenuePeriod::Days90, tr("90 days")},
                                                           {RevenuePeriod::Year, tr("1 year")}};
    for (const auto &[p, text] : periods) {
        auto *button = new QToolButton(content);
        button->setObjectName(QStringLiteral("period-") + revenue::periodKey(p));
        button->setText(text);
        button->setCheckable(true);
        button->setToolTip(tr("Figures of the last %n day(s), compared with the %n day(s) before", nullptr,
                              revenue::periodDays(p)));
        m_periods->addButton(button, int(p));
        top->addWidget(button);
    }
    m_periods->setExclusive(true);
    connect(m_periods, &QButtonGroup::idClicked, this,
            [this](int id) { setPeriod(static_cast<RevenuePeriod>(id)); });
    top->addSpacing(16);
    m_status->setObjectName(QStringLiteral("revenueStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_status, 1);
    layout->addLayout(top);

    // The guide's two rows of cards.
    auto *cards = new QGridLayout;
    addCard(cards, 0, 0, QStringLiteral("mrr"), tr("MRR"));
    addCard(cards, 0, 1, QStringLiteral("arr"), tr("ARR"));
    addCard(cards, 0, 2, QStringLiteral("revenue"), tr("Revenue this period"));
    addCard(cards, 0, 3, QStringLiteral("active"), tr("Active tenants"));
    addCard(cards, 1, 0, QStringLiteral("lifetime"), tr("Lifetime revenue"));
    addCard(cards, 1, 1, QStringLiteral("outstanding"), tr("Outstanding balance"));
    addCard(cards, 1, 2, QStringLiteral("collection"), tr("Collection rate"));
    addCard(cards, 1, 3, QStringLiteral("arpu"), tr("Avg revenue / tenant"));
    layout->addLayout(cards);

    // Usage and revenue breakdown.
    auto *breakdownBox = new QGroupBox(tr("Usage and revenue breakdown"), content);
    breakdownBox->setObjectName(QStringLiteral("breakdownBox"));
    auto *breakdownLayout = new QVBoxLayout(breakdownBox);
    auto *breakdownTable =
        makeTable(QStringLiteral("breakdownTable"), tr("Usage and revenue breakdown"), m_breakdown, nullptr);
    breakdownTable->setMinimumHeight(130);
    breakdownTable->setMaximumHeight(150);
    breakdownLayout->addWidget(breakdownTable);
    auto *breakdownCsv = new QPushButton(tr("Export CSV…"), breakdownBox);
    breakdownCsv->setObjectName(QStringLiteral("breakdown-csv"));
    connect(breakdownCsv, &QPushButton::clicked, this,
            [this] { exportCsv(m_breakdown, {}, QStringLiteral("revenue-breakdown")); });
    breakdownLayout->addWidget(breakdownCsv, 0, Qt::AlignRight);
    layout->addWidget(breakdownBox);

    // Monthly trends: four charts, two by two.
    auto *trendsBox = new QGroupBox(tr("Monthly trends (12 months)"), content);
    trendsBox->setObjectName(QStringLiteral("trendsBox"));
    auto *trendsGrid = new QGridLayout(trendsBox);
    const RevenueChartView::Kind kinds[] = {RevenueChartView::Kind::Revenue, RevenueChartView::Kind::Invoices,
                                            RevenueChartView::Kind::Tenants,
                                            RevenueChartView::Kind::ChurnRate};
    for (int i = 0; i < 4; ++i) {
        auto *chart = new RevenueChartView(kinds[i], m_trends, trendsBox);
        connect(chart, &RevenueChartView::exportPngRequested, this, [this, chart] { exportPng(chart); });
        connect(chart, &RevenueChartView::exportCsvRequested, this,
                [this, chart] { exportCsv(m_trends, chart->columns(), chart->fileStem()); });
        trendsGrid->addWidget(chart, i / 2, i % 2);
        m_charts.append(chart);
    }
    auto *trendsCsv = new QPushButton(tr("Export all months as CSV…"), trendsBox);
    trendsCsv->setObjectName(QStringLiteral("trends-csv"));
    connect(trendsCsv, &QPushButton::clicked, this,
            [this] { exportCsv(m_trends, {}, QStringLiteral("revenue-trends")); });
    trendsGrid->addWidget(trendsCsv, 2, 1, Qt::AlignRight);
    layout->addWidget(trendsBox);

    // Tenants by revenue, with the margin.
    auto *tenantsBox = new QGroupBox(tr("Tenants by revenue"), content);
    tenantsBox->setObjectName(QStringLiteral("tenantsBox"));
    auto *tenantsLayout = new QVBoxLayout(tenantsBox);
    QSortFilterProxyModel *tenantProxy = nullptr;
    m_tenantTable =
        makeTable(QStringLiteral("tenantsByRevenue"), tr("Tenants by revenue"), m_tenants, &tenantProxy);
    m_tenantTable->setMinimumHeight(260);
    m_tenantTable->setToolTip(tr("Click a tenant to open it."));
    tenantsLayout->addWidget(m_tenantTable);
    m_marginNote->setObjectName(QStringLiteral("marginNote"));
    m_marginNote->setWordWrap(true);
    auto *tenantsFooter = new QHBoxLayout;
    tenantsFooter->addWidget(m_marginNote, 1);
    auto *tenantsCsv = new QPushButton(tr("Export CSV…"), tenantsBox);
    tenantsCsv->setObjectName(QStringLiteral("tenants-csv"));
    connect(tenantsCsv, &QPushButton::clicked, this,
            [this, tenantProxy] { exportCsv(tenantProxy, {}, QStringLiteral("tenants-by-revenue")); });
    tenantsFooter->addWidget(tenantsCsv, 0, Qt::AlignTop);
    tenantsLayout->addLayout(tenantsFooter);
    layout->addWidget(tenantsBox);

    // Churn risk.
    auto *churnBox = new QGroupBox(tr("Churn risk"), content);
    churnBox->setObjectName(QStringLiteral("churnBox"));
    auto *churnLayout = new QVBoxLayout(churnBox);
    auto *churnHelp =
        new QLabel(tr("Tenants whose calling fell by more than half between their last two "
                      "monthly invoices (minutes billed; a flat-rate plan's allowance counts as "
                      "used). Worth a call before they leave."),
                   churnBox);
    churnHelp->setWordWrap(true);
    churnLayout->addWidget(churnHelp);
    QSortFilterProxyModel *churnProxy = nullptr;
    m_churnTable = makeTable(QStringLiteral("churnRisk"), tr("Churn risk"), m_churn, &churnProxy);
    m_churnTable->setMinimumHeight(160);
    churnLayout->addWidget(m_churnTable);
    m_churnEmpty->setObjectName(QStringLiteral("churnEmpty"));
    m_churnEmpty->setText(tr("No tenant's usage fell by more than half."));
    churnLayout->addWidget(m_churnEmpty);
    auto *churnCsv = new QPushButton(tr("Export CSV…"), churnBox);
    churnCsv->setObjectName(QStringLiteral("churn-csv"));
    connect(churnCsv, &QPushButton::clicked, this,
            [this, churnProxy] { exportCsv(churnProxy, {}, QStringLiteral("churn-risk")); });
    churnLayout->addWidget(churnCsv, 0, Qt::AlignRight);
    layout->addWidget(churnBox);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    // The period last chosen.
    {
        QSettings &settings = m_context.settings();
        settings.beginGroup(kSettingsGroup);
        restoreState(settings);
        settings.endGroup();
    }
    if (QAbstractButton *b = m_periods->button(int(m_period)))
        b->setChecked(true);

    // Figures follow the cache, coalesced: a sync commits many pages in a row.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(400);
    connect(m_refresh, &QTimer::timeout, this, &RevenuePane::refresh);
    connect(m_calculator, &RevenueCalculator::finished, this, &RevenuePane::showFigures);
    connect(&m_context, &ConsoleContext::cacheReady, this, &RevenuePane::scheduleRefresh);
    connect(&m_context, &ConsoleContext::cacheChanged, this, [this](const cache::CacheChange &change) {
        using cache::Resource;
        if (change.reset || change.resource == Resource::Invoices || change.resource == Resource::Tenants ||
            change.resource == Resource::TenantUsage)
            scheduleRefresh();
    });
    connect(&m_context, &ConsoleContext::documentChanged, this, [this](const QString &path) {
        if (path == QLatin1String("billing-profiles") || path == QLatin1String("partner/subscription"))
            scheduleRefresh();
    });
    connect(&m_context, &ConsoleContext::cacheClosing, this, [this] {
        m_refresh->stop();
        m_calculator->cancel();
        clear();
    });
    clear();
}

RevenuePane::~RevenuePane() = default;

QString RevenuePane::id() const
{
    return QStringLiteral("revenue");
}

QString RevenuePane::title() const
{
    return tr("Revenue");
}

void RevenuePane::activated()
{
    if (m_dirty)
        refresh();
}

void RevenuePane::showEvent(QShowEvent *event)
{
    Pane::showEvent(event);
    if (m_dirty)
        refresh();
}

void RevenuePane::saveState(QSettings &settings) const
{
    settings.setValue(kPeriodKey, revenue::periodKey(m_period));
}

void RevenuePane::restoreState(QSettings &settings)
{
    if (const auto p = revenue::periodFromKey(settings.value(kPeriodKey).toString())) {
        m_period = *p;
        if (QAbstractButton *b = m_periods->button(int(m_period)))
            b->setChecked(true);
        m_dirty = true;
    }
}

bool RevenuePane::openWith(const QVariantMap &params)
{
    const auto p = revenue::periodFromKey(params.value(kPeriodKey).toString());
    if (p)
        setPeriod(*p);
    return p.has_value();
}

void RevenuePane::setPeriod(RevenuePeriod period)
{
    if (QAbstractButton *b = m_periods->button(int(period)); b && !b->isChecked())
        b->setChecked(true);
    if (period == m_period && !m_dirty && m_figures.valid)
        return;
    m_period = period;
    // Remembered at once, not only when the window closes.
    QSettings &settings = m_context.settings();
    settings.beginGroup(kSettingsGroup);
    saveState(settings);
    settings.endGroup();
    refresh();
}

bool RevenuePane::isComputing() const
{
    return m_calculator->isBusy();
}

void RevenuePane::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void RevenuePane::setSaveFileChooser(SaveFileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

QString RevenuePane::cardText(const QString &card) const
{
    const MetricCard *c = m_cards.value(card);
    return c ? c->value() : QString();
}

QString RevenuePane::cardDetailText(const QString &card) const
{
    const MetricCard *c = m_cards.value(card);
    return c ? c->caption() : QString();
}

QString RevenuePane::statusText() const
{
    return m_status->text();
}

void RevenuePane::scheduleRefresh()
{
    m_dirty = true;
    if (!m_refresh->isActive())
        m_refresh->start();
}

void RevenuePane::refresh()
{
    m_refresh->stop();
    cache::SqlCache *cache = m_context.cache();
    if (!cache) {
        clear();
        return;
    }
    // A pane nobody looks at does not read a year of payments: it catches up when shown.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    m_dirty = false;
    setStatus(tr("Computing…"));
    m_calculator->request(cache->path(), cache->database(), RevenueInputs::read(*cache), m_period, m_clock());
}

void RevenuePane::clear()
{
    m_figures = RevenueFigures{};
    m_figures.period = m_period;
    for (MetricCard *card : std::as_const(m_cards))
        card->clearValue();
    m_breakdown->setBreakdown({}, {}, {});
    m_trends->setMonths({});
    m_tenants->setTenants({});
    m_churn->setRisks({});
    m_churnEmpty->setVisible(false);
    m_marginNote->clear();
    setStatus(m_context.cache() ? QString() : tr("Sign in to see your revenue."));
    m_dirty = true;
}

QString RevenuePane::periodName() const
{
    return tr("the prior %n day(s)", nullptr, revenue::periodDays(m_period));
}

void RevenuePane::showFigures(const RevenueFigures &f)
{
    if (f.period != m_period) // an answer for a period no longer selected; the right one follows
        return;
    if (!f.valid) {
        setStatus(tr("The revenue figures could not be read from the offline cache."));
        return;
    }
    m_figures = f;
    const auto setCard = [this](const QString &key, const QString &value, const QString &detail,
                                const QString &tooltip = {}) {
        m_cards.value(key)->setValue(value, tooltip);
        m_cards.value(key)->setCaption(detail);
    };
    const auto vsPrior = [this](const QString &growth) {
        return tr("%1 vs %2").arg(revenue::growth(growth), periodName());
    };
    using revenue::money;
    setCard(QStringLiteral("mrr"), money(f.mrrCents), vsPrior(f.growth.mrr),
            tr("Monthly subscription fees of the active tenants on flat-rate plans. Growth compares the plan "
               "fees invoiced in this period (%1) with the prior one (%2).")
                .arg(money(f.baseFeesCents), money(f.priorBaseFeesCents)));
    setCard(QStringLiteral("arr"), money(f.arrCents), vsPrior(f.growth.mrr), tr("MRR × 12"));
    setCard(QStringLiteral("revenue"), money(f.revenueCents), vsPrior(f.growth.revenue),
            tr("Cash collected in the period, refunds deducted (prior period: %1).")
                .arg(money(f.priorRevenueCents)));
    setCard(QStringLiteral("active"), revenue::count(f.activeTenants),
            tr("ARPU %1 · %2").arg(money(f.arpuCents), vsPrior(f.growth.activeTenants)),
            tr("Tenants in status Active (at the start of the period: %1).")
                .arg(revenue::count(f.priorActiveTenants)));
    setCard(QStringLiteral("lifetime"), money(f.lifetimeRevenueCents), tr("All time"));
    setCard(QStringLiteral("outstanding"), money(f.outstandingCents),
            tr("Still due on sent and overdue invoices"));
    setCard(QStringLiteral("collection"), revenue::percentOfRatio(f.collectionRate),
            f.collectionRate.isEmpty() ? tr("No invoice issued in the period")
                                       : tr("Invoices of the period paid by their due date"));
    setCard(QStringLiteral("arpu"), money(f.arpuCents), vsPrior(f.growth.arpu),
            tr("Revenue this period ÷ active tenants (prior period: %1).").arg(money(f.priorArpuCents)));

    m_breakdown->setBreakdown(f.extensions, f.dids, f.minutes);
    m_trends->setMonths(f.trends);
    m_tenants->setTenants(f.tenantsByRevenue);
    m_churn->setRisks(f.churnRisk);
    m_churnEmpty->setVisible(f.churnRisk.isEmpty());
    m_marginNote->setText(
        f.wholesale.complete()
            ? tr("Margin: billed in the period (before tax) minus your wholesale cost at the %1 tier's "
                 "rates.")
                  .arg(f.wholesale.tierName.isEmpty() ? f.wholesale.tier : f.wholesale.tierName)
            : tr("Margin needs your tier's wholesale rates; they are custom or not synced yet."));
    const QLocale locale;
    setStatus(tr("%1 to %2, from the offline cache")
                  .arg(locale.toString(f.periodStart.toLocalTime(), QLocale::ShortFormat),
                       locale.toString(f.periodEnd.toLocalTime(), QLocale::ShortFormat)));
    Q_EMIT figuresChanged();
}

void RevenuePane::addCard(QGridLayout *grid, int row, int column, const QString &key, const QString &title)
{
    auto *card = new MetricCard(key, title);
    card->setValueSelectable(true);
    grid->addWidget(card, row, column);
    m_cards.insert(key, card);
}

QTableView *RevenuePane::makeTable(const QString &objectName, const QString &accessibleName,
                                   QAbstractItemModel *model, QSortFilterProxyModel **proxy)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The table's corner button (select all) has no text: give screen readers a name for it.
    if (auto *corner = view->findChild<QAbstractButton *>())
        corner->setAccessibleName(tr("Select all rows"));
    if (proxy) {
        // Sortable by any column on the raw values (cents, times), never on the formatted text.
        auto *p = new QSortFilterProxyModel(this);
        p->setSourceModel(model);
        p->setSortRole(items::SortKeyRole);
        p->setSortCaseSensitivity(Qt::CaseInsensitive);
        view->setModel(p);
        // No column sorted at first: the model's own order (the platform's ranking).
        view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view->setSortingEnabled(true);
        connect(view, &QTableView::clicked, this, &RevenuePane::openTenantAt);
        connect(view, &QTableView::activated, this, &RevenuePane::openTenantAt);
        *proxy = p;
    } else {
        view->setModel(model);
    }
    return view;
}

void RevenuePane::openTenantAt(const QModelIndex &index)
{
    const QString tenantId = index.data(items::RecordIdRole).toString();
    if (tenantId.isEmpty())
        return;
    // A double click reports clicked and activated: open once.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (tenantId == m_lastTenantOpened && now - m_lastTenantOpenedAt < 500)
        return;
    m_lastTenantOpened = tenantId;
    m_lastTenantOpenedAt = now;
    Q_EMIT navigateRequested(QStringLiteral("tenants"), {{QStringLiteral("id"), tenantId}});
}

QString RevenuePane::suggestedPath(const QString &stem, const QString &extension) const
{
    QString folder = m_context.settings().value(kSettingsGroup + QStringLiteral("/exportFolder")).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString date = m_figures.now.isValid() ? m_figures.now.date().toString(Qt::ISODate)
                                                 : QDate::currentDate().toString(Qt::ISODate);
    return QDir(folder).filePath(
        QStringLiteral("%1-%2-%3.%4").arg(stem, revenue::periodKey(m_period), date, extension));
}

void RevenuePane::exportCsv(const QAbstractItemModel *model, const QList<int> &columns, const QString &stem)
{
    QPointer<const QAbstractItemModel> guard(model);
    m_chooseFile(this, tr("Export as CSV"), suggestedPath(stem, QStringLiteral("csv")),
                 tr("CSV files (*.csv)"), [this, guard, columns](const QString &path) {
                     if (!guard || path.isEmpty())
                         return;
                     QString error;
                     if (revenue::writeCsv(*guard, path, columns, &error)) {
                         m_context.settings().setValue(kSettingsGroup + QStringLiteral("/exportFolder"),
                                                       QFileInfo(path).absolutePath());
                         setStatus(tr("Saved %n row(s) to %1", nullptr, guard->rowCount())
                                       .arg(QDir::toNativeSeparators(path)));
                     } else {
                         setStatus(error);
                     }
                 });
}

void RevenuePane::exportPng(RevenueChartView *chart)
{
    QPointer<RevenueChartView> guard(chart);
    m_chooseFile(this, tr("Export chart as PNG"), suggestedPath(chart->fileStem(), QStringLiteral("png")),
                 tr("PNG images (*.png)"), [this, guard](const QString &path) {
                     if (!guard || path.isEmpty())
                         return;
                     QString error;
                     if (revenue::writePng(guard->chartView(), path, &error)) {
                         m_context.settings().setValue(kSettingsGroup + QStringLiteral("/exportFolder"),
                                                       QFileInfo(path).absolutePath());
                         setStatus(tr("Saved the chart to %1").arg(QDir::toNativeSeparators(path)));
                     } else {
                         setStatus(error);
                     }
                 });
}

void RevenuePane::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace simuwave
