#include "tenants/TenantDetailView.h"

#include "cache/SqlCache.h"
#include "domain/Money.h"
#include "items/InvoiceTableModel.h"
#include "items/ItemRoles.h"
#include "items/PhoneNumberTableModel.h"
#include "items/PortRequestTableModel.h"
#include "limits/UsageBarDelegate.h"
#include "main/ConsoleContext.h"
#include "sync/SyncEngine.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace simuwave {

TenantDetailView::TenantDetailView(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_usageNote(new QLabel(this))
    , m_refresh(new QPushButton(tr("Refresh &Usage"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("tenantDetail"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_header->setFont(big);
    m_header->setObjectName(QStringLiteral("tenantDetailHeader"));
    m_facts->setObjectName(QStringLiteral("tenantDetailFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_usageNote->setObjectName(QStringLiteral("tenantDetailUsageNote"));
    m_usageNote->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("tenantDetailRefresh"));
    m_refresh->setToolTip(tr("Ask the server for this tenant's latest usage and limits."));

    auto *usage = new QGridLayout;
    const struct
    {
        const char *meter;
        QString label;
    } meters[] = {{"spend_cents", tr("Monthly spend")},
                  {"minutes", tr("Monthly minutes")},
                  {"dids", tr("DIDs")},
                  {"extensions", tr("Extensions")}};
    int row = 0;
    for (const auto &m : meters) {
        auto *bar = new QProgressBar(this);
        bar->setObjectName(QStringLiteral("tenantMeter_") + QLatin1String(m.meter));
        bar->setAccessibleName(m.label);
        bar->setRange(0, 100);
        bar->setTextVisible(true);
        m_bars.insert(QLatin1String(m.meter), bar);
        usage->addWidget(new QLabel(m.label, this), row, 0);
        usage->addWidget(bar, row, 1);
        ++row;
    }
    usage->setColumnStretch(1, 1);

    m_numbersView = addTab(QStringLiteral("tenantNumbers"), tr("Numbers"));
    m_invoicesView = addTab(QStringLiteral("tenantInvoices"), tr("Invoices"));
    m_portsView = addTab(QStringLiteral("tenantPorts"), tr("Port requests"));
    m_tabs->setObjectName(QStringLiteral("tenantDetailTabs"));

    auto *top = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_facts);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(usage);
    right->addWidget(m_usageNote);
    right->addWidget(m_refresh, 0, Qt::AlignLeft);
    top->addLayout(left, 1);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (SyncEngine *sync = m_context.syncEngine(); sync && !m_id.isEmpty())
            sync->refreshTenantDetails(m_id);
    });
    connect(&context, &ConsoleContext::cacheClosing, this, &TenantDetailView::dropModels);
    connect(&context, &ConsoleContext::cacheReady, this, &TenantDetailView::rebuildModels);
    connect(&context, &ConsoleContext::onlineChanged, this,
            [this](bool online) { m_refresh->setEnabled(online && !m_id.isEmpty()); });
    connect(&context, &ConsoleContext::cacheChanged, this, [this](const cache::CacheChange &change) {
        using cache::Resource;
        if (!m_id.isEmpty() &&
            (change.resource == Resource::Tenants || change.resource == Resource::TenantLimits ||
             change.resource == Resource::TenantUsage) &&
            (change.reset || change.upsertedIds.contains(m_id) || change.deletedIds.contains(m_id)))
            reload();
    });
    showTenant(QString());
}

TenantDetailView::~TenantDetailView()
{
    dropModels();
}

QTableView *TenantDetailView::addTab(const QString &objectName, const QString &title)
{
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setAccessibleName(title);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    // The corner button Qt adds (select all) has no text for a screen reader.
    for (QAbstractButton *button : view->findChildren<QAbstractButton *>())
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(tr("Select all rows"));
    m_tabs->addTab(view, title);
    const QString pane = objectName == QLatin1String("tenantNumbers")    ? QStringLiteral("numbers-inventory")
                         : objectName == QLatin1String("tenantInvoices") ? QStringLiteral("invoices")
                                                                         : QStringLiteral("porting");
    connect(view, &QTableView::activated, this, [this, pane](const QModelIndex &index) {
        const QString id = index.data(items::RecordIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT openRequested(pane, {{QStringLiteral("id"), id}});
    });
    return view;
}

QProgressBar *TenantDetailView::meterBar(const QString &meter) const
{
    return m_bars.value(meter);
}

void TenantDetailView::dropModels()
{
    for (QTableView *v : {m_numbersView, m_invoicesView, m_portsView})
        v->setModel(nullptr);
    delete m_numbers;
    delete m_invoices;
    delete m_ports;
}

void TenantDetailView::rebuildModels()
{
    dropModels();
    cache::SqlCache *cache = m_context.cache();
    if (!cache || m_id.isEmpty())
        return;
    m_numbers = new items::PhoneNumberTableModel(cache, this);
    m_numbers->setTenantFilter(m_id);
    m_invoices = new items::InvoiceTableModel(cache, this);
    m_invoices->setTenantFilter(m_id);
    m_ports = new items::PortRequestTableModel(cache, this);
    m_ports->setTenantFilter(m_id);
    const QList<std::pair<QTableView *, items::LazySqlTableModel *>> pairs{
        {m_numbersView, m_numbers}, {m_invoicesView, m_invoices}, {m_portsView, m_ports}};
    for (const auto &[view, model] : pairs) {
        m_context.attachModel(model);
        view->setModel(model);
        view->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    }
}

void TenantDetailView::showTenant(const QString &tenantId)
{
    if (tenantId != m_id || !m_numbers) {
        m_id = tenantId;
        rebuildModels();
    }
    reload();
}

void TenantDetailView::reload()
{
    cache::SqlCache *cache = m_context.cache();
    const auto tenant = (cache && !m_id.isEmpty()) ? cache->tenant(m_id) : std::nullopt;
    m_refresh->setEnabled(tenant && m_context.isOnline());
    m_tabs->setEnabled(bool(tenant));
    if (!tenant) {
        m_header->setText(m_id.isEmpty() ? tr("Select a tenant to see its numbers, usage and invoices.")
                                         : tr("Not in the cache."));
        m_facts->clear();
        m_usageNote->clear();
        for (QProgressBar *bar : std::as_const(m_bars)) {
            bar->setValue(0);
            bar->setFormat(QString());
        }
        return;
    }
    m_header->setText(tr("%1 — %2").arg(tenant->name, displayName(tenant->status.value)));
    const QString address = tenant->e911Address ? tenant->e911Address->singleLine() : tr("not set");
    m_facts->setText(
        tr("SIP prefix: %1\nBilling email: %2\nTime zone: %3\nDefault CNAM: %4\nE911 address: %5\n"
           "Users: %6   DIDs: %7   Extensions: %8")
            .arg(tenant->sipPrefix, tenant->billingEmail, tenant->timezone, tenant->defaultCnam, address)
            .arg(tenant->counts.users)
            .arg(tenant->counts.dids)
            .arg(tenant->counts.extensions));
    const auto usage = cache->tenantUsage(m_id);
    const auto limits = cache->tenantLimits(m_id);
    const int threshold = limits ? limits->limits.alertThresholdPercent : 80;
    const QLocale locale;
    const auto show = [&](const QString &meter, const UsageMeter &m, bool money) {
        QProgressBar *bar = m_bars.value(meter);
        const auto amount = [&](qint64 v) {
            return money ? Money::fromCents(v).format() : locale.toString(v);
        };
        if (!m.limit) {
            bar->setValue(0);
            bar->setFormat(tr("%1 (no limit)").arg(amount(m.used)));
            bar->setPalette(palette());
            return;
        }
        const qint64 percent = *m.limit > 0 ? m.used * 100 / *m.limit : 100;
        bar->setValue(int(std::clamp<qint64>(percent, 0, 100)));
        bar->setFormat(tr("%1 of %2 (%3 %)").arg(amount(m.used), amount(*m.limit)).arg(percent));
        const auto level = m.used >= *m.limit                             ? items::UsageLevel::AtCap
                           : m.used * 100 >= *m.limit * qint64(threshold) ? items::UsageLevel::PastThreshold
                                                                          : items::UsageLevel::Normal;
        QPalette pal = palette();
        pal.setColor(QPalette::Highlight, UsageBarDelegate::levelColor(int(level), pal));
        bar->setPalette(pal);
        bar->setProperty("usageLevel", int(level));
    };
    if (usage) {
        show(QStringLiteral("spend_cents"), usage->spendCents, true);
        show(QStringLiteral("minutes"), usage->minutes, false);
        show(QStringLiteral("dids"), usage->dids, false);
        show(QStringLiteral("extensions"), usage->extensions, false);
        m_usageNote->setText(tr("Cycle %1 to %2; alert at %3 %; auto-suspend %4.")
                                 .arg(locale.toString(usage->periodStart, QLocale::ShortFormat),
                                      locale.toString(usage->periodEnd, QLocale::ShortFormat))
                                 .arg(threshold)
                                 .arg(limits && limits->limits.autoSuspend ? tr("on") : tr("off")));
    } else {
        m_usageNote->setText(tr("No usage synced yet for this tenant."));
    }
}

} // namespace simuwave
