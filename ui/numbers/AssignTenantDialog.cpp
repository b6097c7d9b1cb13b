#include "numbers/AssignTenantDialog.h"

#include "cache/SqlCache.h"
#include "domain/Statuses.h"
#include "main/ConsoleContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace simuwave {

AssignTenantDialog::AssignTenantDialog(ConsoleContext &context, int numberCount, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_count(numberCount)
    , m_tenant(new QComboBox(this))
    , m_room(new QLabel(this))
    , m_continue(new QPushButton(tr("&Continue…"), this))
{
    setObjectName(QStringLiteral("assignTenantDialog"));
    setWindowTitle(tr("Assign %n number(s) to a tenant", nullptr, numberCount));
    m_tenant->setObjectName(QStringLiteral("assignTenant"));
    m_tenant->setAccessibleName(tr("Tenant"));
    m_tenant->addItem(tr("Choose a tenant"), QString());
    if (cache::SqlCache *cache = context.cache()) {
        QSqlQuery q(cache->database());
        q.exec(QStringLiteral("SELECT id, name, status FROM tenants WHERE status <> 'CANCELLED' "
                              "ORDER BY name COLLATE NOCASE"));
        while (q.next()) {
            const auto status = statusFromApi<TenantStatus>(q.value(2).toString());
            const QString name = q.value(1).toString();
            m_tenant->addItem(status.value == TenantStatus::Suspended ? tr("%1 (suspended)").arg(name) : name,
                              q.value(0).toString());
        }
    }
    m_room->setObjectName(QStringLiteral("assignTenantRoom"));
    m_room->setWordWrap(true);
    m_room->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("Tenant"), m_tenant);
    m_continue->setObjectName(QStringLiteral("assignTenantContinue"));
    m_continue->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_continue, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Assign %n number(s) to:", nullptr, numberCount), this));
    layout->addLayout(form);
    layout->addWidget(m_room);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tenant, &QComboBox::currentIndexChanged, this, &AssignTenantDialog::updateRoom);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (tenantId().isEmpty())
            return;
        Q_EMIT tenantChosen(tenantId());
        accept();
    });
    updateRoom();
}

QString AssignTenantDialog::tenantId() const
{
    return m_tenant->currentData().toString();
}

bool AssignTenantDialog::setTenantId(const QString &tenantId)
{
    const int index = m_tenant->findData(tenantId);
    if (index <= 0)
        return false;
    m_tenant->setCurrentIndex(index);
    return true;
}

QString AssignTenantDialog::roomText() const
{
    return m_room->text();
}

void AssignTenantDialog::updateRoom()
{
    const QString id = tenantId();
    m_continue->setEnabled(!id.isEmpty());
    m_continue->setToolTip(id.isEmpty() ? tr("Choose the tenant first.") : QString());
    QString text;
    cache::SqlCache *cache = m_context.cache();
    if (!id.isEmpty() && cache) {
        const auto tenant = cache->tenant(id);
        const auto limits = cache->tenantLimits(id);
        std::optional<qint64> max = limits
                                        ? limits->limits.maxDids
                                        : (tenant && tenant->limits ? tenant->limits->maxDids : std::nullopt);
        const qint64 has = tenant ? tenant->counts.dids : 0;
        if (max) {
            const qint64 room = std::max<qint64>(0, *max - has);
            text = tr("%1 has %2 of at most %3 numbers (its DID limit): room for %4 more.")
                       .arg(tenant ? tenant->name : id)
                       .arg(has)
                       .arg(*max)
                       .arg(room);
            if (room < m_count)
                text +=
                    QLatin1Char(' ') +
                    tr("Numbers beyond the limit will be refused; raise the limit in Usage Limits first.");
        } else {
            text = tr("%1 has %2 numbers and no DID limit.").arg(tenant ? tenant->name : id).arg(has);
        }
        if (tenant && tenant->status.value == TenantStatus::Suspended)
            text +=
                QLatin1Char(' ') + tr("The tenant is suspended: its numbers do not take calls until it is "
                                      "unsuspended.");
    }
    m_room->setText(text);
    m_room->setVisible(!text.isEmpty());
}

} // namespace simuwave
