#include "tenants/TenantsPane.h"

#include "cache/SqlCache.h"
#include "domain/Statuses.h"
#include "main/ConsoleContext.h"
#include "tenants/TenantDetailView.h"
#include "tenants/TenantDialog.h"
#include "widgets/StatusBadgeDelegate.h"
#include "write/EditCommand.h"
#include "write/WriteQueue.h"

#include "items/TenantTableModel.h"
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace simuwave {

TenantsPane::TenantsPane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return TenantsPane::tr("%n tenant(s)", nullptr, n); }, parent)
{
    setObjectName(id());
    view()->setEmptyText(tr("Your customer accounts appear here once the console has synced."));
    view()->table()->setItemDelegateForColumn(items::TenantTableModel::StatusColumn,
                                              new StatusBadgeDelegate(view()->table()));
    auto *bar = new QHBoxLayout;
    const auto button = [this, bar](const QString &name, const QString &text, const QKeySequence &key = {}) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        if (!key.isEmpty())
            b->setShortcut(key);
        bar->addWidget(b);
        m_writeButtons << b;
        return b;
    };
    QPushButton *create = button(QStringLiteral("tenantNew"), tr("&New Tenant…"), QKeySequence::New);
    m_edit = button(QStringLiteral("tenantEdit"), tr("&Edit…"));
    m_suspend = button(QStringLiteral("tenantSuspend"), tr("&Suspend"));
    m_unsuspend = button(QStringLiteral("tenantUnsuspend"), tr("&Unsuspend"));
    m_delete = button(QStringLiteral("tenantDelete"), tr("&Delete…"));
    bar->addStretch();
    static_cast<QBoxLayout *>(paneLayout())->insertLayout(0, bar);
    // The list above, the selected tenant below.
    m_detail = new TenantDetailView(context, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("tenantsSplitter"));
    paneLayout()->removeWidget(view());
    splitter->addWidget(view());
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // 3:2 from the start too: by their size hints alone the details took most of the height.
    splitter->setSizes({600, 400});
    paneLayout()->addWidget(splitter);
    connect(view(), &RecordTableView::currentRecordChanged, m_detail, &TenantDetailView::showTenant);
    connect(m_detail, &TenantDetailView::openRequested, this, &Pane::navigateRequested);
    connect(create, &QPushButton::clicked, this, &TenantsPane::newTenant);
    connect(m_edit, &QPushButton::clicked, this, [this] { editTenant(view()->currentRecordId()); });
    connect(m_suspend, &QPushButton::clicked, this, [this] { suspend(view()->currentRecordId()); });
    connect(m_unsuspend, &QPushButton::clicked, this, [this] { unsuspend(view()->currentRecordId()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { confirmDelete(view()->currentRecordId()); });
    connect(view(), &RecordTableView::currentRecordChanged, this, &TenantsPane::updateActions);
    connect(&context, &ConsoleContext::writeAccessChanged, this, &TenantsPane::updateActions);
    connect(&context, &ConsoleContext::cacheChanged, this, &TenantsPane::updateActions);
    updateActions();
    view()->addFilter(QStringLiteral("tenantStatusFilter"), tr("Tenant status"),
                      {{tr("All"), QVariant()},
                       {displayName(TenantStatus::Trial), QVariant(int(TenantStatus::Trial))},
                       {displayName(TenantStatus::Active), QVariant(int(TenantStatus::Active))},
                       {displayName(TenantStatus::Suspended), QVariant(int(TenantStatus::Suspended))},
                       {displayName(TenantStatus::Cancelled), QVariant(int(TenantStatus::Cancelled))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::TenantTableModel *>(model()))
                              m->setStatusFilter(value.isValid()
                                                     ? QList<TenantStatus>{TenantStatus(value.toInt())}
                                                     : QList<TenantStatus>());
                      });
}

QString TenantsPane::id() const
{
    return QStringLiteral("tenants");
}

QString TenantsPane::title() const
{
    return tr("Tenants");
}

void TenantsPane::updateActions()
{
    QString reason;
    const bool canWrite = context().canWrite(&reason);
    const QString id = view()->currentRecordId();
    const auto tenant = (context().cache() && !id.isEmpty()) ? context().cache()->tenant(id) : std::nullopt;
    const auto status = tenant ? tenant->status.value : TenantStatus::Unknown;
    const auto set = [&](QPushButton *b, bool allowed, const QString &why) {
        b->setEnabled(canWrite && allowed);
        b->setToolTip(!canWrite ? reason : allowed ? QString() : why);
    };
    set(m_writeButtons.first(), true, {});
    const QString pick = tr("Select a tenant first.");
    set(m_edit, bool(tenant), pick);
    set(m_suspend, tenant && (status == TenantStatus::Active || status == TenantStatus::Trial),
        tenant ? tr("Only an active or trial tenant can be suspended.") : pick);
    set(m_unsuspend, tenant && status == TenantStatus::Suspended,
        tenant ? tr("Only a suspended tenant can be unsuspended.") : pick);
    set(m_delete, tenant && status != TenantStatus::Cancelled,
        tenant ? tr("This tenant is already cancelled.") : pick);
}

bool TenantsPane::submit(const EditCommand &command)
{
    WriteQueue *queue = context().writeQueue();
    if (!queue || !context().canWrite())
        return false;
    return queue->submit(command).accepted;
}

TenantDialog *TenantsPane::newTenant()
{
    if (!context().canWrite())
        return nullptr;
    auto *dialog = new TenantDialog(context(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TenantDialog::saved, this, [this](const QString &id) {
        openWith({{QStringLiteral("id"), id}});
    });
    dialog->open();
    return dialog;
}

TenantDialog *TenantsPane::editTenant(const QString &tenantId)
{
    const auto tenant = context().cache() ? context().cache()->tenant(tenantId) : std::nullopt;
    if (!tenant || !context().canWrite())
        return nullptr;
    auto *dialog = new TenantDialog(context(), tenant, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool TenantsPane::suspend(const QString &tenantId)
{
    EditCommand c = EditCommand::action(QStringLiteral("tenants"), tenantId, QStringLiteral("suspend"),
                                        {{QStringLiteral("reason"), QStringLiteral("manual")}});
    c.label = tr("Suspend tenant");
    return m_suspend->isEnabled() && submit(c);
}

bool TenantsPane::unsuspend(const QString &tenantId)
{
    EditCommand c = EditCommand::action(QStringLiteral("tenants"), tenantId, QStringLiteral("unsuspend"));
    c.label = tr("Unsuspend tenant");
    return m_unsuspend->isEnabled() && submit(c);
}

QDialog *TenantsPane::confirmDelete(const QString &tenantId)
{
    const auto tenant = context().cache() ? context().cache()->tenant(tenantId) : std::nullopt;
    if (!tenant || !m_delete->isEnabled())
        return nullptr;
    // Type-the-name: deleting is not undone by a stray click.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("deleteTenantDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Delete %1").arg(tenant->name));
    auto *text =
        new QLabel(tr("Deleting %1 sets it to CANCELLED at once: its service stops, its %n phone "
                      "number(s) are released, and its data is purged after 90 days. Type the tenant's "
                      "name to confirm.",
                      nullptr, int(tenant->counts.dids))
                       .arg(tenant->name),
                   dialog);
    text->setWordWrap(true);
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("deleteTenantName"));
    name->setAccessibleName(tr("Tenant name, to confirm"));
    name->setPlaceholderText(tenant->name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    auto *confirm = buttons->addButton(tr("Delete tenant"), QDialogButtonBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("deleteTenantConfirm"));
    confirm->setEnabled(false);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(name);
    layout->addWidget(buttons);
    const QString expected = tenant->name;
    connect(name, &QLineEdit::textChanged, confirm,
            [confirm, expected](const QString &typed) { confirm->setEnabled(typed == expected); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(confirm, &QPushButton::clicked, dialog, [this, dialog, tenantId, expected] {
        EditCommand c;
        c.resource = QStringLiteral("tenants");
        c.recordId = tenantId;
        c.method = QStringLiteral("DELETE");
        c.path = QStringLiteral("tenants/") + tenantId;
        c.label = tr("Delete tenant %1").arg(expected);
        submit(c);
        dialog->accept();
    });
    dialog->open();
    return dialog;
}

items::LazySqlTableModel *TenantsPane::createModel(cache::SqlCache *cache)
{
    return new items::TenantTableModel(cache);
}

bool TenantsPane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("status"))) {
        const TenantStatus value = tenantStatusFromApi(params.value(QStringLiteral("status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("tenantStatusFilter"), QVariant(int(value)));
    }
    return applied;
}

} // namespace simuwave
