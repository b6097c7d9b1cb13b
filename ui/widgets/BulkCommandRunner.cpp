#include "widgets/BulkCommandRunner.h"

#include "write/WriteQueue.h"

#include <QLoggingCategory>

namespace simuwave {

Q_LOGGING_CATEGORY(lcBulk, "simuwave.ui.bulk")

BulkCommandRunner::BulkCommandRunner(WriteQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    if (!m_queue)
        return;
    connect(m_queue, &WriteQueue::commandSucceeded, this, &BulkCommandRunner::onSucceeded);
    connect(m_queue, &WriteQueue::commandRejected, this, &BulkCommandRunner::onRejected);
    connect(m_queue, &WriteQueue::conflict, this, &BulkCommandRunner::onConflict);
    connect(m_queue, &WriteQueue::commandFailed, this, &BulkCommandRunner::onFailed);
    connect(m_queue, &WriteQueue::offlineChanged, this, &BulkCommandRunner::onOffline);
}

BulkCommandRunner::~BulkCommandRunner() = default;

void BulkCommandRunner::setItems(const QList<Item> &items)
{
    if (m_running)
        return;
    m_results.clear();
    m_results.reserve(items.size());
    for (const Item &item : items) {
        Result r;
        r.item = item;
        m_results.append(r);
    }
    m_next = 0;
    m_current = -1;
    m_finished = false;
    m_cancelled = false;
}

QList<BulkCommandRunner::Item> BulkCommandRunner::items() const
{
    QList<Item> list;
    list.reserve(m_results.size());
    for (const Result &r : m_results)
        list.append(r.item);
    return list;
}

QList<BulkCommandRunner::Result> BulkCommandRunner::precheck() const
{
    QList<Result> refused;
    QString reason;
    const bool allowed = m_queue && m_queue->canWrite(&reason);
    for (const Result &r : m_results) {
        Result out;
        out.item = r.item;
        out.outcome = Outcome::NotSent;
        if (!allowed) {
            out.message = m_queue ? reason : tr("Changes cannot be sent: the console is not signed in.");
            refused.append(out);
            continue;
        }
        const validation::Errors errors = r.item.command.validate();
        if (errors.isEmpty())
            continue;
        QStringList messages;
        for (const validation::FieldError &e : errors) {
            out.fields.insert(e.field, e.message);
            messages.append(e.message);
        }
        out.message = messages.join(QLatin1Char(' '));
        refused.append(out);
    }
    return refused;
}

void BulkCommandRunner::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    Q_EMIT started();
    Q_EMIT progressChanged(0, count());
    next();
}

void BulkCommandRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // The command waiting in the queue can still be taken back unless it is on the wire right now.
    if (m_current >= 0 && m_queue) {
        Result &r = m_results[m_current];
        if (r.entryId && m_queue->cancel(r.entryId)) {
            const int index = m_current;
            m_current = -1;
            settle(index, Outcome::Cancelled, tr("Cancelled before it was sent."));
        }
    }
    for (int i = m_next; i < m_results.size(); ++i) {
        if (m_results[i].outcome == Outcome::Waiting)
            settle(i, Outcome::Cancelled, tr("Cancelled before it was sent."));
    }
    m_next = int(m_results.size());
    if (m_current < 0)
        finish();
}

int BulkCommandRunner::countOf(Outcome outcome) const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(),
                             [outcome](const Result &r) { return r.outcome == outcome; }));
}

int BulkCommandRunner::doneCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const Result &r) {
        return r.outcome != Outcome::Waiting && r.outcome != Outcome::Sending;
    }));
}

QString BulkCommandRunner::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Waiting:
        return tr("Waiting");
    case Outcome::Sending:
        return tr("Sending");
    case Outcome::Succeeded:
        return tr("Done");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Queued:
        return tr("Queued (offline)");
    case Outcome::Cancelled:
        return tr("Cancelled");
    case Outcome::NotSent:
        return tr("Not sent");
    }
    return {};
}

void BulkCommandRunner::next()
{
    while (m_running && m_current < 0 && m_next < m_results.size()) {
        const int index = m_next++;
        Result &r = m_results[index];
        if (!m_queue) {
            settle(index, Outcome::NotSent, tr("Changes cannot be sent: the console is not signed in."));
            continue;
        }
        const WriteQueue::SubmitResult submitted = m_queue->submit(r.item.command);
        if (!submitted.accepted) {
            QMap<QString, QString> fields;
            for (const validation::FieldError &e : submitted.errors)
                fields.insert(e.field, e.message);
            settle(index, Outcome::NotSent, submitted.reason, fields);
            continue;
        }
        r.entryId = submitted.entryId;
        // submit() may already have delivered the answer (a synchronous failure): then it is settled.
        if (r.outcome != Outcome::Waiting)
            continue;
        if (!m_queue->isOnline()) {
            settle(index, Outcome::Queued, tr("Offline: stored in Pending changes, sent when back online."));
            continue;
        }
        r.outcome = Outcome::Sending;
        m_current = index;
        Q_EMIT itemChanged(index);
    }
    if (m_running && m_current < 0 && m_next >= m_results.size())
        finish();
}

void BulkCommandRunner::settle(int index, Outcome outcome, const QString &message,
                               const QMap<QString, QString> &fields, const QJsonObject &record)
{
    Result &r = m_results[index];
    r.outcome = outcome;
    r.message = message;
    r.fields = fields;
    r.serverRecord = record;
    if (outcome != Outcome::Queued)
        r.entryId = (outcome == Outcome::Failed && !m_discardRejected) ? r.entryId : 0;
    qCDebug(lcBulk) << r.item.key << outcomeText(outcome) << message;
    Q_EMIT itemChanged(index);
    Q_EMIT progressChanged(doneCount(), count());
}

int BulkCommandRunner::indexOf(qint64 entryId) const
{
    if (!entryId)
        return -1;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results[i].entryId == entryId)
            return i;
    }
    return -1;
}

void BulkCommandRunner::onSucceeded(qint64 entryId, const QJsonObject &record)
{
    const int index = indexOf(entryId);
    if (index < 0)
        return;
    // A queued item may succeed after the run ended (back online): its row follows.
    settle(index, Outcome::Succeeded, {}, {}, record);
    if (index == m_current) {
        m_current = -1;
        next();
    }
}

void BulkCommandRunner::onRejected(qint64 entryId, const QMap<QString, QString> &fields,
                                   const QString &message)
{
    const int index = indexOf(entryId);
    if (index < 0 || m_results[index].outcome == Outcome::Failed)
        return;
    const bool discard = m_discardRejected && m_queue;
    settle(index, Outcome::Failed, message, fields);
    if (discard)
        m_queue->cancel(entryId);
    if (index == m_current) {
        m_current = -1;
        next();
    }
}

void BulkCommandRunner::onConflict(qint64 entryId, const QJsonObject &, const QJsonObject &, const QString &,
                                   const QString &message)
{
    // 412 (changed meanwhile) only: a 422 was already settled by commandRejected.
    onRejected(entryId, {}, message);
}

void BulkCommandRunner::onFailed(qint64 entryId, const QString &message)
{
    onRejected(entryId, {}, message);
}

void BulkCommandRunner::onOffline(bool offline)
{
    if (!offline || !m_running || m_current < 0)
        return;
    // The command in flight went back to the outbox: it is sent when the console is online again.
    const int index = m_current;
    m_current = -1;
    settle(index, Outcome::Queued, tr("Offline: stored in Pending changes, sent when back online."));
    next();
}

void BulkCommandRunner::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    Q_EMIT progressChanged(doneCount(), count());
    Q_EMIT finished();
}

} // namespace simuwave
