#pragma once
#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QPointer>
#include <QSet>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace simuwave::cache {
class OutboxStore;
class SqlCache;
} // namespace simuwave::cache

namespace simuwave {

using cache::OutboxStore;
using cache::SqlCache;

class WriteQueue;

// The edits still waiting to be sent (from the durable outbox), opened from the status bar's "pending
// changes". Non-modal: the user keeps working while it is open. Each item can be cancelled on its own.
//
// A change the server refused because the record changed meanwhile (412) or whose fields it rejected on
// replay (422) is a conflict: selecting it shows both versions field by field (the change as the user made
// it, the record as it is on the server now), and the user decides: send the change again on top of the
// server's version, or keep the server's version and drop the change. Nothing is decided silently.
class PendingChangesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PendingChangesDialog(QWidget *parent = nullptr);

    // Not owned; may be null (no profile yet). The list follows the outbox's changed() signal.
    void setOutbox(OutboxStore *outbox);
    // Not owned; may be null. Conflicts are resolved through it (without it they can only be cancelled).
    void setWriteQueue(WriteQueue *queue);
    void reload();
    int rowCount() const;
    // Cancels (drops from the outbox) the change with this outbox id; false if it is gone or in flight.
    bool cancelChange(qint64 id);
    // Selects the change with this outbox id (shows its conflict, if it is one).
    bool selectChange(qint64 id);
    // Conflict resolution for the selected change.
    bool sendMineAgain();
    bool keepServerVersion();

private:
    struct ConflictView
    {
        QJsonObject intent;
        QJsonObject server;
        QString serverEtag;
        QString message;
    };
    void cancelSelected();
    void onConflict(qint64 entryId, const QJsonObject &intent, const QJsonObject &server, const QString &etag,
                    const QString &message);
    void showSelected();
    qint64 selectedId() const;

    QPointer<OutboxStore> m_outbox;
    QPointer<WriteQueue> m_queue;
    QHash<qint64, ConflictView> m_conflicts;
    QSet<qint64> m_asked; // conflicts whose server version was asked for (once)
    QTreeWidget *m_list;
    QLabel *m_empty;
    QPushButton *m_cancel;
    QGroupBox *m_conflictBox;
    QLabel *m_conflictMessage;
    QTableWidget *m_versions;
    QPushButton *m_sendMine;
    QPushButton *m_keepServer;
};

} // namespace simuwave
