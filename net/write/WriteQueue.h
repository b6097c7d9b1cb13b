#pragma once
// The one path every edit takes (issue 4, "Writes"): validate -> refuse for a read-only role -> store in the
// durable outbox with an Idempotency-Key created now -> send in order with If-Match -> write the server's
// answer into the cache (which announces the change). Offline, commands wait in the outbox ("Pending
// changes") and are replayed in order when the console is back online. A 412 or 422 keeps the command as a
// conflict with both versions (the local intent and the server's current record) until the user resolves
// or cancels it: nothing is dropped or overwritten silently.
//
// Lives on the UI thread with the UI's cache instance and ApiClient.
#include "api/ApiError.h"
#include "cache/OutboxStore.h"
#include "validation/Validation.h"
#include "write/EditCommand.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace simuwave {

class AccountSession;
class ApiClient;
class CommandJob;
namespace cache {
class AbstractCache;
}

class WriteQueue : public QObject
{
    Q_OBJECT
public:
    struct SubmitResult
    {
        bool accepted = false;
        qint64 entryId = 0;
        validation::Errors errors; // per field, when validation refused it (nothing queued or sent)
        QString reason;            // translated, when refused for another reason (read-only role, outbox)
    };

    // None owned; all must outlive the queue. `session` may be null (then setWriteAllowed decides).
    WriteQueue(ApiClient *client, cache::AbstractCache *cache, cache::OutboxStore *outbox,
               AccountSession *session = nullptr, QObject *parent = nullptr);

    // Without an AccountSession: whether the credential may write, and why not.
    void setWriteAllowed(bool allowed, const QString &reason = {});
    bool canWrite(QString *reason = nullptr) const;

    SubmitResult submit(const EditCommand &command);

    // Offline: commands wait; back online (e.g. SyncEngine::offlineChanged(false)): replay in order.
    void setOnline(bool online);
    bool isOnline() const { return m_online; }
    // How often to try again while offline or after a server failure (default 15 s; 0 = only setOnline()).
    void setRetryInterval(int seconds);
    // Sends what is pending now (after sign-in again, or a user's "Retry").
    void resume();

    int pendingCount() const;
    QList<cache::OutboxEntry> entries() const;
    // Removes a waiting, failed or conflicting command (never one in flight).
    bool cancel(qint64 entryId, QString *error = nullptr);
    // Conflict resolution: send my version again on top of the server's current one (its ETag), or drop mine.
    bool retryOnServerVersion(qint64 entryId, const QString &serverEtag, QString *error = nullptr);
    bool discardForServerVersion(qint64 entryId, QString *error = nullptr);
    // Reads the server's current version of a conflicting command's record again and emits conflict()
    // (e.g. for a conflict kept from an earlier session). False when the entry is not a conflict.
    bool requestServerVersion(qint64 entryId);

Q_SIGNALS:
    void pendingCountChanged(int count);
    void commandSucceeded(qint64 entryId, const QJsonObject &serverRecord);
    // 422: the server's per-field messages (field -> message) for the form.
    void commandRejected(qint64 entryId, const QMap<QString, QString> &fields, const QString &message);
    // 412 or 422 on replay: both versions for the user.
    void conflict(qint64 entryId, const QJsonObject &localIntent, const QJsonObject &serverRecord,
                  const QString &serverEtag, const QString &message);
    void commandFailed(qint64 entryId, const QString &message); // 403, 404, other final errors
    void permissionDenied(const QString &message);
    void roleChanged(const QString &role, bool canWrite);
    void offlineChanged(bool offline);

private:
    void pump();
    void onSent(qint64 entryId, CommandJob *job);
    void onFailed(qint64 entryId, const ApiError &error);
    // mark: store the conflict state and error (false when only the server's version is read again).
    void keepAsConflict(const cache::OutboxEntry &entry, const ApiError &error, bool mark = true);
    void writeServerRecord(const QString &resource, const QString &recordId, const QJsonObject &json);
    void emitCount();

    QPointer<ApiClient> m_client;
    QPointer<cache::AbstractCache> m_cache;
    QPointer<cache::OutboxStore> m_outbox;
    QPointer<AccountSession> m_session;
    bool m_writeAllowed = true;
    QString m_refusal;
    bool m_online = true;
    bool m_paused = false; // 401 or a server failure: wait for resume()/the retry timer
    qint64 m_inFlight = 0;
    QTimer m_retryTimer;
};

} // namespace simuwave
