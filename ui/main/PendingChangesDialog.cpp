#include "main/PendingChangesDialog.h"

#include "cache/OutboxStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace simuwave {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

PendingChangesDialog::PendingChangesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_empty(new QLabel(tr("No changes are waiting to be sent."), this))
    , m_cancel(new QPushButton(tr("&Cancel this change"), this))
{
    setObjectName(QStringLiteral("pendingChangesDialog"));
    setWindowTitle(tr("Pending changes"));
    setModal(false);
    m_list->setObjectName(QStringLiteral("pendingChangesList"));
    m_list->setAccessibleName(tr("Pending changes"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Queued"), tr("Change"), tr("Record"), tr("State"), tr("Last error")});
    m_list->header()->setStretchLastSection(true);
    m_cancel->setObjectName(QStringLiteral("pendingChangesCancel"));
    m_cancel->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(640, 320);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_cancel, &QPushButton::clicked, this, &PendingChangesDialog::cancelSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_cancel->setEnabled(m_list->currentItem() != nullptr); });
    reload();
}

void PendingChangesDialog::setOutbox(OutboxStore *outbox)
{
    if (m_outbox == outbox)
        return;
    if (m_outbox)
        m_outbox->disconnect(this);
    m_outbox = outbox;
    if (m_outbox)
        connect(m_outbox, &OutboxStore::changed, this, &PendingChangesDialog::reload);
    reload();
}

void PendingChangesDialog::reload()
{
    m_list->clear();
    const QList<cache::OutboxEntry> entries = m_outbox ? m_outbox->list() : QList<cache::OutboxEntry>();
    const QLocale locale;
    for (const cache::OutboxEntry &e : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, IdRole, e.id);
        item->setText(0, locale.toString(e.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, QStringLiteral("%1 %2").arg(e.method, e.path));
        item->setText(2, e.recordId.isEmpty() ? e.resource
                                              : QStringLiteral("%1 %2").arg(e.resource, e.recordId));
        item->setText(3, cache::outboxStateName(e.state));
        item->setText(4, e.lastError);
    }
    m_empty->setVisible(entries.isEmpty());
    m_cancel->setEnabled(m_list->currentItem() != nullptr);
}

int PendingChangesDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

bool PendingChangesDialog::cancelChange(qint64 id)
{
    if (!m_outbox)
        return false;
    const auto entry = m_outbox->entry(id);
    // One already on the wire cannot be called back; it finishes or fails on its own.
    if (!entry || entry->state == cache::OutboxEntry::State::InFlight)
        return false;
    QString error;
    if (!m_outbox->remove(id, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

void PendingChangesDialog::cancelSelected()
{
    if (QTreeWidgetItem *item = m_list->currentItem())
        cancelChange(item->data(0, IdRole).toLongLong());
}

} // namespace simuwave
