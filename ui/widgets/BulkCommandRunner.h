#pragma once
// Runs one EditCommand per item through the WriteQueue (issue 5, bulk operations): each command is validated
// first (an item that fails the Partner Guide's rules is reported as "not sent" and nothing is sent for it),
// then submitted one after another so Cancel stops what has not been sent yet. Every item ends with its own
// outcome and message: partial failures are listed, never hidden. Offline, the remaining commands wait in
// the outbox ("Pending changes") and are reported as queued.
//
// No UI: BulkResultDialog shows the confirmation, the progress and the results.
#include "write/EditCommand.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>

namespace simuwave {

class WriteQueue;

class BulkCommandRunner : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString key;   // what the item is about, e.g. the number's id "pn_..."
        QString label; // shown to the user, e.g. "+1 (555) 123-4567"
        EditCommand command;
    };

    enum class Outcome
    {
        Waiting,   // not sent yet
        Sending,   // submitted, waiting for the server
        Succeeded, // the server accepted it (its answer is in the cache)
        Failed,    // the server refused it (422, 404, 403, 409, 412, ...)
        Queued,    // offline: stored in the outbox, sent when back online
        Cancelled, // the user cancelled before it was sent
        NotSent,   // refused before sending (validation, read-only role)
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Item item;
        Outcome outcome = Outcome::Waiting;
        QString message;               // translated: why it failed / was not sent
        QMap<QString, QString> fields; // per-field messages (API names) when the server or validation said so
        QJsonObject serverRecord;      // the server's answer on success
        qint64 entryId = 0;            // the outbox entry while it is in the write queue
    };

    explicit BulkCommandRunner(WriteQueue *queue, QObject *parent = nullptr);
    ~BulkCommandRunner() override;

    void setItems(const QList<Item> &items);
    QList<Item> items() const;
    int count() const { return int(m_results.size()); }

    // Validation before anything is sent: the items that would be refused, with their messages (API field ->
    // message). The confirmation shows them.
    QList<Result> precheck() const;

    // When the server refuses an item, its outbox entry is removed (the result list reports it) instead of
    // being kept as a conflict in "Pending changes". Default true.
    void setDiscardRejected(bool discard) { m_discardRejected = discard; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    bool wasCancelled() const { return m_cancelled; }

    QList<Result> results() const { return m_results; }
    Result result(int index) const { return m_results.value(index); }
    int countOf(Outcome outcome) const;
    int doneCount() const; // items with a final outcome (anything but Waiting/Sending)

    static QString outcomeText(Outcome outcome);

Q_SIGNALS:
    void started();
    void progressChanged(int done, int total);
    void itemChanged(int index);
    void finished();

private:
    void next();
    void settle(int index, Outcome outcome, const QString &message, const QMap<QString, QString> &fields = {},
                const QJsonObject &record = {});
    void onSucceeded(qint64 entryId, const QJsonObject &record);
    void onRejected(qint64 entryId, const QMap<QString, QString> &fields, const QString &message);
    void onConflict(qint64 entryId, const QJsonObject &, const QJsonObject &, const QString &,
                    const QString &message);
    void onFailed(qint64 entryId, const QString &message);
    void onOffline(bool offline);
    int indexOf(qint64 entryId) const;
    void finish();

    QPointer<WriteQueue> m_queue;
    QList<Result> m_results;
    int m_next = 0;
    int m_current = -1;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_discardRejected = true;
};

} // namespace simuwave
