#include "numbers/NumberActions.h"

#include "cache/SqlCache.h"
#include "items/PhoneNumberTableModel.h"
#include "main/ConsoleContext.h"
#include "numbers/AssignTenantDialog.h"
#include "numbers/EditNumberDialog.h"
#include "widgets/BulkResultDialog.h"
#include "widgets/RecordTableView.h"
#include "write/EditCommand.h"

#include <QItemSelectionModel>
#include <QSet>
#include <QTableView>

namespace simuwave {

NumberActions::NumberActions(ConsoleContext &context, QWidget *parentWidget)
    : QObject(parentWidget)
    , m_context(context)
    , m_parent(parentWidget)
{}

QStringList NumberActions::selectedIds(const RecordTableView *view)
{
    items::LazySqlTableModel *model = view->model();
    QItemSelectionModel *selection = view->table()->selectionModel();
    if (!model || !selection)
        return {};
    QList<int> rows;
    QSet<int> seen;
    for (const QItemSelectionRange &range : selection->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (!seen.contains(row)) {
                seen.insert(row);
                rows.append(row);
            }
        }
    }
    if (rows.isEmpty() && view->table()->currentIndex().isValid())
        rows.append(view->table()->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    bool loaded = true;
    for (int row : std::as_const(rows))
        loaded = loaded && model->isRowLoaded(row);
    QStringList ids;
    if (loaded) {
        for (int row : std::as_const(rows))
            ids.append(model->recordId(row));
        return ids;
    }
    // Ctrl+A on a long list: the rows far away are read with the list's own filter and sort.
    const QStringList all = model->matchingRecordIds(rows.isEmpty() ? 0 : rows.last() + 1);
    for (int row : std::as_const(rows)) {
        if (row < all.size())
            ids.append(all.at(row));
    }
    return ids;
}

QList<PhoneNumber> NumberActions::numbers(const QStringList &ids) const
{
    QList<PhoneNumber> out;
    cache::SqlCache *cache = m_context.cache();
    if (!cache)
        return out;
    out.reserve(ids.size());
    for (const QString &id : ids) {
        if (auto n = cache->phoneNumber(id))
            out.append(*n);
    }
    return out;
}

QString NumberActions::writeReason(const QStringList &ids) const
{
    QString reason;
    if (!m_context.canWrite(&reason))
        return reason;
    if (!m_context.cache())
        return tr("The numbers appear once the console has synced.");
    if (ids.isEmpty())
        return tr("Select one or more numbers first.");
    return {};
}

BulkResultDialog *NumberActions::lastBulkDialog() const
{
    return qobject_cast<BulkResultDialog *>(m_lastBulk.data());
}

void NumberActions::opened(BulkResultDialog *dialog)
{
    m_lastBulk = dialog;
    Q_EMIT bulkDialogOpened(dialog);
}

EditNumberDialog *NumberActions::edit(const QStringList &ids)
{
    if (!writeReason(ids).isEmpty())
        return nullptr;
    const QList<PhoneNumber> list = numbers(ids);
    if (list.isEmpty())
        return nullptr;
    auto *dialog = new EditNumberDialog(m_context, list, EditNumberDialog::Mode::Full, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditNumberDialog::bulkStarted, this, &NumberActions::opened);
    dialog->open();
    return dialog;
}

EditNumberDialog *NumberActions::updateE911(const QStringList &ids)
{
    if (!writeReason(ids).isEmpty())
        return nullptr;
    QList<PhoneNumber> list = numbers(ids);
    if (list.isEmpty())
        return nullptr;
    if (list.size() > 1) {
        // One address for all of them: the form starts empty rather than with the first one's.
        for (PhoneNumber &n : list)
            n.e911Address.reset();
    }
    auto *dialog = new EditNumberDialog(m_context, list, EditNumberDialog::Mode::AddressOnly, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditNumberDialog::bulkStarted, this, &NumberActions::opened);
    dialog->open();
    return dialog;
}

AssignTenantDialog *NumberActions::assign(const QStringList &ids)
{
    if (!writeReason(ids).isEmpty())
        return nullptr;
    auto *dialog = new AssignTenantDialog(m_context, int(ids.size()), m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssignTenantDialog::tenantChosen, this,
            [this, ids](const QString &tenantId) { assignTo(ids, tenantId); });
    dialog->open();
    return dialog;
}

BulkResultDialog *NumberActions::assignTo(const QStringList &ids, const QString &tenantId)
{
    if (!writeReason(ids).isEmpty() || tenantId.isEmpty())
        return nullptr;
    cache::SqlCache *cache = m_context.cache();
    const auto tenant = cache->tenant(tenantId);
    const QString name = tenant ? tenant->name : tenantId;
    QList<BulkCommandRunner::Item> items;
    int already = 0, elsewhere = 0;
    for (const PhoneNumber &n : numbers(ids)) {
        if (n.tenantId == tenantId) {
            ++already; // nothing to do for it
            continue;
        }
        if (!n.tenantId.isEmpty())
            ++elsewhere;
        BulkCommandRunner::Item item;
        item.key = n.id;
        item.label = items::PhoneNumberTableModel::formatNumber(n.e164);
        item.command = EditCommand::action(QStringLiteral("phone-numbers"), n.id, QStringLiteral("assign"),
                                           {{QStringLiteral("tenant_id"), tenantId}});
        item.command.label = tr("Assign %1 to %2").arg(item.label, name);
        items.append(item);
    }
    QStringList summary;
    summary << tr("Assign %n number(s) to %1? The tenant sees them on its DIDs page; until it routes them, "
                  "calls follow its unassigned-DID behavior.",
                  nullptr, int(items.size()))
                   .arg(name);
    if (already)
        summary
            << tr("%n number(s) already belong to %1 and are left as they are.", nullptr, already).arg(name);
    if (elsewhere)
        summary << tr("%n number(s) belong to another tenant: the server refuses those until they are "
                      "released; they are listed in the results.",
                      nullptr, elsewhere);
    auto *dialog = new BulkResultDialog(m_context.writeQueue(), m_parent);
    dialog->setOperation(tr("Assign to %1").arg(name), summary.join(QLatin1Char(' ')), items,
                         tr("Assign %n number(s)", nullptr, int(items.size())));
    dialog->open();
    opened(dialog);
    return dialog;
}

BulkResultDialog *NumberActions::release(const QStringList &ids)
{
    if (!writeReason(ids).isEmpty())
        return nullptr;
    QList<BulkCommandRunner::Item> items;
    int released = 0;
    for (const PhoneNumber &n : numbers(ids)) {
        if (n.status.value == NumberStatus::Released) {
            ++released;
            continue;
        }
        BulkCommandRunner::Item item;
        item.key = n.id;
        item.label = items::PhoneNumberTableModel::formatNumber(n.e164);
        item.command = EditCommand::action(QStringLiteral("phone-numbers"), n.id, QStringLiteral("release"));
        item.command.label = tr("Release %1").arg(item.label);
        items.append(item);
    }
    QStringList summary;
    summary << tr("Release %n number(s)? Each is unassigned from its tenant and its monthly charge stops; it "
                  "stays in your inventory as Released and can be assigned again.",
                  nullptr, int(items.size()));
    if (released)
        summary << tr("%n number(s) are already released and are left out.", nullptr, released);
    auto *dialog = new BulkResultDialog(m_context.writeQueue(), m_parent);
    dialog->setOperation(tr("Release numbers"), summary.join(QLatin1Char(' ')), items,
                         tr("Release %n number(s)", nullptr, int(items.size())), true);
    dialog->open();
    opened(dialog);
    return dialog;
}

} // namespace simuwave
