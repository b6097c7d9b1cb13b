#pragma once
#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace simuwave::cache {
class OutboxStore;
class SqlCache;
} // namespace simuwave::cache

namespace simuwave {

using cache::OutboxStore;
using cache::SqlCache;

// The edits still waiting to be sent (from the durable outbox), opened from the status bar's "pending
// changes". Non-modal: the user keeps working while it is open. Each item can be cancelled on its own.
class PendingChangesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PendingChangesDialog(QWidget *parent = nullptr);

    // Not owned; may be null (no profile yet). The list follows the outbox's changed() signal.
    void setOutbox(OutboxStore *outbox);
    void reload();
    int rowCount() const;
    // Cancels (drops from the outbox) the change with this outbox id; false if it is gone or in flight.
    bool cancelChange(qint64 id);

private:
    void cancelSelected();

    QPointer<OutboxStore> m_outbox;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_cancel;
};

} // namespace simuwave
