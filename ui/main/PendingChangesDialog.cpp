#include "main/PendingChangesDialog.h"

#include "cache/OutboxStore.h"
#include "write/WriteQueue.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
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
    , m_conflictBox(new QGroupBox(tr("Conflict with the server"), this))
    , m_conflictMessage(new QLabel(m_conflictBox))
    , m_versions(new QTableWidget(0, 3, m_conflictBox))
    , m_sendMine(new QPushButton(tr("&Send my change again"), m_conflictBox))
    , m_keepServer(new QPushButton(tr("&Keep the server's version"), m_conflictBox))
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

    // Both versions of a conflicting change, field by field.
    m_conflictBox->setObjectName(QStringLiteral("pendingChangesConflict"));
    m_conflictMessage->setWordWrap(true);
    m_versions->setObjectName(QStringLiteral("pendingChangesVersions"));
    m_versions->setAccessibleName(tr("Your change and the server's version"));
    m_versions->setHorizontalHeaderLabels({tr("Field"), tr("Your change"), tr("On the server now")});
    m_versions->horizontalHeader()->setStretchLastSection(true);
    m_versions->verticalHeader()->hide();
    m_versions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sendMine->setObjectName(QStringLiteral("pendingChangesSendMine"));
    m_sendMine->setToolTip(tr("Apply your change on top of the record as it is on the server now."));
    m_keepServer->setObjectName(QStringLiteral("pendingChangesKeepServer"));
    m_keepServer->setToolTip(tr("Drop your change; the record stays as it is on the server."));
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch();
    conflictButtons->addWidget(m_keepServer);
    conflictButtons->addWidget(m_sendMine);
    auto *conflictLayout = new QVBoxLayout(m_conflictBox);
    conflictLayout->addWidget(m_conflictMessage);
    conflictLayout->addWidget(m_versions);
    conflictLayout->addLayout(conflictButtons);
    m_conflictBox->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    layout->addWidget(m_conflictBox);
    layout->addWidget(buttons);
    resize(720, 420);
    connect(m_sendMine, &QPushButton::clicked, this, &PendingChangesDialog::sendMineAgain);
    connect(m_keepServer, &QPushButton::clicked, this, &PendingChangesDialog::keepServerVersion);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_cancel, &QPushButton::clicked, this, &PendingChangesDialog::cancelSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &PendingChangesDialog::showSelected);
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

void PendingChangesDialog::setWriteQueue(WriteQueue *queue)
{
    if (m_queue == queue)
        return;
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    m_conflicts.clear();
    if (m_queue)
        connect(m_queue, &WriteQueue::conflict, this, &PendingChangesDialog::onConflict);
    showSelected();
}

void PendingChangesDialog::onConflict(qint64 entryId, const QJsonObject &intent, const QJsonObject &server,
                                      const QString &etag, const QString &message)
{
    m_conflicts.insert(entryId, {intent, server, etag, message});
    if (selectedId() == entryId)
        showSelected();
}

qint64 PendingChangesDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

bool PendingChangesDialog::selectChange(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

static QString jsonText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Null:
        return QCoreApplication::translate("simuwave::PendingChangesDialog", "(empty)");
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    default:
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    }
}

void PendingChangesDialog::showSelected()
{
    const qint64 id = selectedId();
    m_cancel->setEnabled(id != 0);
    const auto entry = (m_outbox && id) ? m_outbox->entry(id) : std::nullopt;
    const bool conflict = entry && entry->state == cache::OutboxEntry::State::Conflict;
    m_conflictBox->setVisible(conflict);
    if (!conflict)
        return;
    const auto found = m_conflicts.constFind(id);
    if (found == m_conflicts.constEnd()) {
        // A conflict kept from an earlier session: read the server's version now.
        m_conflictMessage->setText(entry->lastError + QLatin1Char('\n') +
                                   tr("Reading the record as it is on the server now…"));
        m_versions->setRowCount(0);
        m_sendMine->setEnabled(false);
        m_keepServer->setEnabled(m_queue != nullptr);
        if (m_queue && !m_asked.contains(id)) {
            m_asked.insert(id);
            m_queue->requestServerVersion(id);
        }
        return;
    }
    const ConflictView &c = *found;
    m_conflictMessage->setText(
        c.server.isEmpty()
            ? tr("%1\nThe server's version could not be read; you can keep it or try sending yours again.")
                  .arg(c.message)
            : tr("%1\nThe fields you changed are shown next to the record as it is on the server now.")
                  .arg(c.message));
    m_versions->setRowCount(0);
    for (auto it = c.intent.constBegin(); it != c.intent.constEnd(); ++it) {
        const int row = m_versions->rowCount();
        m_versions->insertRow(row);
        m_versions->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_versions->setItem(row, 1, new QTableWidgetItem(jsonText(it.value())));
        auto *server = new QTableWidgetItem(jsonText(c.server.value(it.key())));
        if (!c.server.isEmpty() && c.server.value(it.key()) != it.value()) {
            QFont bold = server->font();
            bold.setBold(true); // differs: the decision the user makes
            server->setFont(bold);
        }
        m_versions->setItem(row, 2, server);
    }
    m_versions->resizeColumnsToContents();
    m_sendMine->setEnabled(m_queue != nullptr);
    m_keepServer->setEnabled(m_queue != nullptr);
}

bool PendingChangesDialog::sendMineAgain()
{
    const qint64 id = selectedId();
    if (!m_queue || !id)
        return false;
    QString error;
    const bool ok = m_queue->retryOnServerVersion(id, m_conflicts.value(id).serverEtag, &error);
    if (!ok && !error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    if (ok)
        m_conflicts.remove(id);
    return ok;
}

bool PendingChangesDialog::keepServerVersion()
{
    const qint64 id = selectedId();
    if (!m_queue || !id)
        return false;
    QString error;
    const bool ok = m_queue->discardForServerVersion(id, &error);
    if (!ok && !error.isEmpty())
        QMessageBox::warning(this, windowTitle(), error);
    if (ok)
        m_conflicts.remove(id);
    return ok;
}

void PendingChangesDialog::reload()
{
    const qint64 selected = selectedId();
    const QSignalBlocker blocker(m_list); // one showSelected() at the end, not one per rebuilt row
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
    if (selected)
        selectChange(selected);
    showSelected();
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
