#include "numbers/NumberInventoryPane.h"

#include "domain/Statuses.h"
#include "items/PhoneNumberTableModel.h"
#include "main/ConsoleContext.h"
#include "numbers/NumberActions.h"
#include "widgets/StatusBadgeDelegate.h"

#include <QBoxLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

namespace simuwave {

NumberInventoryPane::NumberInventoryPane(ConsoleContext &context, QWidget *parent)
    : RecordListPane(
          context, [](int n) { return NumberInventoryPane::tr("%n number(s)", nullptr, n); }, parent)
{
    setObjectName(id());
    view()->setEmptyText(tr("Every number you own appears here once the console has synced."));
    view()->table()->setItemDelegateForColumn(items::PhoneNumberTableModel::StatusColumn,
                                              new StatusBadgeDelegate(view()->table()));
    m_actions = new NumberActions(context, this);
    auto *bar = new QHBoxLayout;
    const auto button = [this, bar](const QString &name, const QString &text) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        bar->addWidget(b);
        return b;
    };
    m_assign = button(QStringLiteral("numberAssign"), tr("&Assign to Tenant…"));
    m_release = button(QStringLiteral("numberRelease"), tr("&Release…"));
    m_e911 = button(QStringLiteral("numberUpdateE911"), tr("Update &E911…"));
    m_edit = button(QStringLiteral("numberEdit"), tr("E&dit…"));
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("numberSelection"));
    bar->addStretch();
    bar->addWidget(m_selectionLabel);
    static_cast<QBoxLayout *>(paneLayout())->insertLayout(0, bar);
    connect(m_assign, &QPushButton::clicked, this, &NumberInventoryPane::assignSelected);
    connect(m_release, &QPushButton::clicked, this, &NumberInventoryPane::releaseSelected);
    connect(m_e911, &QPushButton::clicked, this, &NumberInventoryPane::updateE911Selected);
    connect(m_edit, &QPushButton::clicked, this, &NumberInventoryPane::editSelected);
    connect(view(), &RecordTableView::currentRecordChanged, this, &NumberInventoryPane::updateActions);
    connect(&context, &ConsoleContext::writeAccessChanged, this, &NumberInventoryPane::updateActions);
    connect(&context, &ConsoleContext::cacheReady, this, &NumberInventoryPane::updateActions);
    connect(&context, &ConsoleContext::cacheClosing, this, &NumberInventoryPane::updateActions,
            Qt::QueuedConnection);
    updateActions();
    view()->addFilter(QStringLiteral("numberStatusFilter"), tr("Number status"),
                      {{tr("All"), QVariant()},
                       {displayName(NumberStatus::Active), QVariant(int(NumberStatus::Active))},
                       {displayName(NumberStatus::Pending), QVariant(int(NumberStatus::Pending))},
                       {displayName(NumberStatus::Released), QVariant(int(NumberStatus::Released))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
                              m->setStatusFilter(value.isValid()
                                                     ? QList<NumberStatus>{NumberStatus(value.toInt())}
                                                     : QList<NumberStatus>());
                      });
    view()->addFilter(QStringLiteral("numberE911Filter"), tr("E911 status"),
                      {{tr("All"), QVariant()},
                       {displayName(E911Status::Registered), QVariant(int(E911Status::Registered))},
                       {displayName(E911Status::NotSet), QVariant(int(E911Status::NotSet))},
                       {displayName(E911Status::Pending), QVariant(int(E911Status::Pending))},
                       {displayName(E911Status::Failed), QVariant(int(E911Status::Failed))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
                              m->setE911StatusFilter(value.isValid()
                                                         ? QList<E911Status>{E911Status(value.toInt())}
                                                         : QList<E911Status>());
                      });
    view()->addFilter(QStringLiteral("numberCnamFilter"), tr("CNAM status"),
                      {{tr("All"), QVariant()},
                       {displayName(CnamStatus::Synced), QVariant(int(CnamStatus::Synced))},
                       {displayName(CnamStatus::Pending), QVariant(int(CnamStatus::Pending))},
                       {displayName(CnamStatus::Failed), QVariant(int(CnamStatus::Failed))}},
                      [this](const QVariant &value) {
                          if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
                              m->setCnamStatusFilter(value.isValid()
                                                         ? QList<CnamStatus>{CnamStatus(value.toInt())}
                                                         : QList<CnamStatus>());
                      });
    addTenantFilter([this](const QString &tenantId) {
        if (auto *m = qobject_cast<items::PhoneNumberTableModel *>(model()))
            m->setTenantFilter(tenantId);
    });
}

QString NumberInventoryPane::id() const
{
    return QStringLiteral("numbers-inventory");
}

QString NumberInventoryPane::title() const
{
    return tr("Inventory");
}

items::LazySqlTableModel *NumberInventoryPane::createModel(cache::SqlCache *cache)
{
    // The view gets a new selection model with the new model, right after this returns.
    QMetaObject::invokeMethod(this, &NumberInventoryPane::watchSelection, Qt::QueuedConnection);
    return new items::PhoneNumberTableModel(cache);
}

void NumberInventoryPane::watchSelection()
{
    if (QItemSelectionModel *selection = view()->table()->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &NumberInventoryPane::updateActions,
                Qt::UniqueConnection);
    updateActions();
}

QStringList NumberInventoryPane::selectedIds() const
{
    return NumberActions::selectedIds(view());
}

void NumberInventoryPane::updateActions()
{
    const QItemSelectionModel *selection = view()->table()->selectionModel();
    const bool any = view()->model() && selection &&
                     (selection->hasSelection() || view()->table()->currentIndex().isValid());
    int rows = 0;
    if (selection) {
        for (const QItemSelectionRange &range : selection->selection())
            rows += range.height();
    }
    m_selectionLabel->setText(rows > 1 ? tr("%n selected", nullptr, rows) : QString());
    // The reason names the role first: a read-only user learns that before "select a number".
    const QString reason =
        m_actions->writeReason(any ? QStringList{QStringLiteral("selection")} : QStringList());
    for (QPushButton *b : {m_assign, m_release, m_e911, m_edit}) {
        b->setEnabled(reason.isEmpty());
        b->setToolTip(reason);
    }
}

AssignTenantDialog *NumberInventoryPane::assignSelected()
{
    return m_assign->isEnabled() ? m_actions->assign(selectedIds()) : nullptr;
}

BulkResultDialog *NumberInventoryPane::releaseSelected()
{
    return m_release->isEnabled() ? m_actions->release(selectedIds()) : nullptr;
}

EditNumberDialog *NumberInventoryPane::updateE911Selected()
{
    return m_e911->isEnabled() ? m_actions->updateE911(selectedIds()) : nullptr;
}

EditNumberDialog *NumberInventoryPane::editSelected()
{
    return m_edit->isEnabled() ? m_actions->edit(selectedIds()) : nullptr;
}

bool NumberInventoryPane::openWith(const QVariantMap &params)
{
    bool applied = RecordListPane::openWith(params);
    if (params.contains(QStringLiteral("status"))) {
        const NumberStatus value = numberStatusFromApi(params.value(QStringLiteral("status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("numberStatusFilter"), QVariant(int(value)));
    }
    if (params.contains(QStringLiteral("e911_status"))) {
        const E911Status value = e911StatusFromApi(params.value(QStringLiteral("e911_status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("numberE911Filter"), QVariant(int(value)));
    }
    if (params.contains(QStringLiteral("cnam_status"))) {
        const CnamStatus value = cnamStatusFromApi(params.value(QStringLiteral("cnam_status")).toString());
        applied |= view()->setFilterValue(QStringLiteral("numberCnamFilter"), QVariant(int(value)));
    }
    return applied;
}

} // namespace simuwave
