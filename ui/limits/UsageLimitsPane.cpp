#include "limits/UsageLimitsPane.h"

#include "cache/SqlCache.h"
#include "domain/Statuses.h"
#include "items/ItemRoles.h"
#include "items/UsageLimitsTableModel.h"
#include "limits/EditLimitsDialog.h"
#include "limits/UsageAlertListModel.h"
#include "limits/UsageAlertWatcher.h"
#include "limits/UsageBarDelegate.h"
#include "main/ConsoleContext.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include <QBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace simuwave {

using items::UsageLimitsTableModel;

UsageLimitsPane::UsageLimitsPane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return UsageLimitsPane::tr("%n tenant(s)", nullptr, n); }, parent)
    , m_watcher(new UsageAlertWatcher(context, this))
    , m_alerts(new UsageAlertListModel(context, this))
    , m_alertList(new QListView(this))
{
    setObjectName(id());
    view()->setEmptyText(tr("Every tenant's caps and usage appear here once the console has synced."));
    view()->table()->setItemDelegate(new UsageBarDelegate(view()->table()));

    auto *bar = new QHBoxLayout;
    m_edit = new QPushButton(tr("&Edit Limits…"), this);
    m_edit->setObjectName(QStringLiteral("limitsEdit"));
    m_reset = new QPushButton(tr("&Reset to Defaults"), this);
    m_reset->setObjectName(QStringLiteral("limitsReset"));
    bar->addWidget(m_edit);
    bar->addWidget(m_reset);
    auto *legend =
        new QLabel(tr("Bars turn amber at the tenant's alert threshold and red at the cap."), this);
    legend->setObjectName(QStringLiteral("limitsLegend"));
    bar->addWidget(legend, 1);
    static_cast<QBoxLayout *>(paneLayout())->insertLayout(0, bar);
    connect(m_edit, &QPushButton::clicked, this, [this] { editLimits(view()->currentRecordId()); });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const QString id = view()->currentRecordId();
        cache::SqlCache *cache = this->context().cache();
        const auto tenant = cache ? cache->tenant(id) : std::nullopt;
        if (!tenant)
            return;
        if (QMessageBox::question(
                this, tr("Reset to Defaults"),
                tr("Replace the limits of %1 with your Tenant Defaults?").arg(tenant->name)) ==
            QMessageBox::Yes)
            resetToDefaults(id);
    });
    connect(view(), &RecordTableView::recordActivated, this, &UsageLimitsPane::editLimits);
    connect(view(), &RecordTableView::currentRecordChanged, this, &UsageLimitsPane::updateActions);
    connect(&context, &ConsoleContext::writeAccessChanged, this, &UsageLimitsPane::updateActions);
    updateActions();

    view()->addFilter(
        QStringLiteral("limitsAttentionFilter"), tr("Usage"),
        {{tr("All tenants"), QVariant()},
         {tr("Past an alert threshold"), QVariant(int(UsageLimitsTableModel::Attention::PastThreshold))},
         {tr("At a cap"), QVariant(int(UsageLimitsTableModel::Attention::AtCap))},
         {tr("Will cross a cap this cycle"), QVariant(int(UsageLimitsTableModel::Attention::WillCross))}},
        [this](const QVariant &value) {
            if (auto *m = qobject_cast<UsageLimitsTableModel *>(model()))
                m->setAttentionFilter(value.isValid() ? UsageLimitsTableModel::Attention(value.toInt())
                                                      : UsageLimitsTableModel::Attention::Any);
        });
    view()->addFilter(QStringLiteral("limitsStatusFilter"), tr("Tenant status"),
                      {{tr("All"), QVariant()},
                       {displayName(TenantStatus::Trial), QVariant(int(TenantStatus::Trial))},
                       {displayName(TenantStatus::Active), QVariant(int(TenantStatus::Active))},
                       {displayName(TenantStatus::Suspended), QVariant(int(TenantStatus::Suspended))},
                       {displayName(TenantStatus::Cancelled), QVariant(int(TenantStatus::Cancelled))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<UsageLimitsTableModel *>(model()))
                              m->setStatusFilter(value.isValid()
                                                     ? QList<TenantStatus>{TenantStatus(value.toInt())}
                                                     : QList<TenantStatus>());
                      });

    // The alerts seen during syncs, newest first; activating one selects its tenant.
    auto *alerts = new QGroupBox(tr("Usage alerts"), this);
    alerts->setObjectName(QStringLiteral("limitsAlerts"));
    auto *alertsLayout = new QVBoxLayout(alerts);
    m_alertList->setObjectName(QStringLiteral("limitsAlertList"));
    m_alertList->setAccessibleName(tr("Usage alerts"));
    m_alertList->setModel(m_alerts);
    m_alertList->setMaximumHeight(120);
    m_alertList->setUniformItemSizes(true);
    auto *noAlerts = new QLabel(tr("No tenant has reached an alert threshold or a cap while the console was "
                                   "watching."),
                                alerts);
    noAlerts->setWordWrap(true);
    alertsLayout->addWidget(noAlerts);
    alertsLayout->addWidget(m_alertList);
    const auto showAlerts = [this, noAlerts] {
        noAlerts->setVisible(m_alerts->rowCount() == 0);
        m_alertList->setVisible(m_alerts->rowCount() > 0);
    };
    connect(m_alerts, &QAbstractItemModel::modelReset, this, showAlerts);
    connect(m_alerts, &QAbstractItemModel::rowsInserted, this, showAlerts);
    showAlerts();
    connect(m_alertList, &QListView::activated, this, [this](const QModelIndex &index) {
        openWith({{QStringLiteral("id"), index.data(items::TenantIdRole)}});
    });
    paneLayout()->addWidget(alerts);
}

QString UsageLimitsPane::id() const
{
    return QStringLiteral("usage-limits");
}

QString UsageLimitsPane::title() const
{
    return tr("Usage Limits");
}

items::LazySqlTableModel *UsageLimitsPane::createModel(cache::SqlCache *cache)
{
    return new UsageLimitsTableModel(cache);
}

void UsageLimitsPane::activated()
{
    RecordListPane::activated();
    if (cache::SqlCache *cache = context().cache())
        cache->markEventsSeen(UsageAlertWatcher::eventKind());
}

bool UsageLimitsPane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    const QString filter = params.value(QStringLiteral("filter")).toString();
    UsageLimitsTableModel::Attention attention = UsageLimitsTableModel::Attention::Any;
    if (filter == QLatin1String("over_threshold"))
        attention = UsageLimitsTableModel::Attention::PastThreshold;
    else if (filter == QLatin1String("at_cap"))
        attention = UsageLimitsTableModel::Attention::AtCap;
    else if (filter == QLatin1String("will_cross"))
        attention = UsageLimitsTableModel::Attention::WillCross;
    if (attention != UsageLimitsTableModel::Attention::Any)
        applied |= view()->setFilterValue(QStringLiteral("limitsAttentionFilter"), QVariant(int(attention)));
    return applied;
}

void UsageLimitsPane::updateActions()
{
    QString reason;
    const bool canWrite = context().canWrite(&reason);
    const bool picked = !view()->currentRecordId().isEmpty();
    for (QPushButton *b : {m_edit, m_reset}) {
        b->setEnabled(canWrite && picked);
        b->setToolTip(!canWrite ? reason : picked ? QString() : tr("Select a tenant first."));
    }
}

EditLimitsDialog *UsageLimitsPane::editLimits(const QString &tenantId)
{
    cache::SqlCache *cache = context().cache();
    const auto tenant = cache ? cache->tenant(tenantId) : std::nullopt;
    if (!tenant || !context().canWrite())
        return nullptr;
    const auto limits = cache->tenantLimits(tenantId);
    auto *dialog = new EditLimitsDialog(context(), tenant->id, tenant->name,
                                        limits ? limits->limits : UsageLimits{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool UsageLimitsPane::resetToDefaults(const QString &tenantId)
{
    WriteQueue *queue = context().writeQueue();
    if (!queue || !context().canWrite() || tenantId.isEmpty())
        return false;
    EditCommand c =
        EditCommand::action(QStringLiteral("tenant-limits"), tenantId, QStringLiteral("limits/reset"));
    c.path = QStringLiteral("tenants/%1/limits/reset").arg(tenantId);
    c.label = tr("Reset limits to defaults");
    return queue->submit(c).accepted;
}

} // namespace simuwave
