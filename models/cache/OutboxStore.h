#pragma once
// The durable outbox: user edits waiting to be sent (offline, or retrying). A separate SQLite file from
// the cache (synchronous=FULL: an acknowledged edit survives a power cut), so that rebuilding a damaged or
// outdated cache never loses one. The write path (net/) enqueues commands here and replays them in order.
#include <memory>
#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

namespace simuwave::cache {

struct OutboxEntry
{
    enum class State
    {
        Pending,
        InFlight,
        Failed,
        Conflict
    };

    qint64 id = 0; // assigned by enqueue(); replay order
    QDateTime createdAt;
    QString idempotencyKey; // created when the user acted; reused on every retry
    QString method;         // "POST", "PATCH", "PUT", "DELETE"
    QString path;           // API path, e.g. "/v1/phone-numbers/pn_123"
    QJsonObject body;
    QString ifMatch;  // ETag the edit was based on; empty = none
    QString resource; // cache resource name ("phone-numbers")
    QString recordId;
    State state = State::Pending;
    int attempts = 0;
    QDateTime lastAttemptAt;
    QString lastError;
};

QString outboxStateName(OutboxEntry::State s);

class OutboxStore : public QObject
{
    Q_OBJECT
public:
    explicit OutboxStore(QObject *parent = nullptr);
    ~OutboxStore() override;

    // Opens or creates the outbox file. False with a translated *error when it cannot be used (a newer
    // version's outbox is refused, never rebuilt: it holds the user's work).
    bool open(const QString &path, QString *error = nullptr);
    void close();
    bool isOpen() const;

    // Stores an entry durably (id and createdAt filled in when empty); the new id, or nullopt.
    std::optional<qint64> enqueue(const OutboxEntry &entry, QString *error = nullptr);
    QList<OutboxEntry> list(); // in replay order
    std::optional<OutboxEntry> entry(qint64 id);
    int count();
    bool remove(qint64 id, QString *error = nullptr);
    // Records one send attempt: its outcome state and the error shown to the user (empty on success).
    bool markAttempt(qint64 id, OutboxEntry::State state, const QString &lastError, QString *error = nullptr);

Q_SIGNALS:
    void changed(); // entries added, removed or updated: refresh "Pending changes"

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace simuwave::cache
