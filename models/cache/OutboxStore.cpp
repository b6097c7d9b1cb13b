#include "cache/OutboxStore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcOutbox, "simuwave.cache.outbox")

namespace simuwave::cache {

namespace {
QAtomicInt outboxCounter;
constexpr int kOutboxVersion = 1;

const char *stateNames[] = {"pending", "in_flight", "failed", "conflict"};

OutboxEntry::State stateFromName(const QString &s)
{
    for (int i = 0; i < 4; ++i) {
        if (s == QLatin1String(stateNames[i]))
            return OutboxEntry::State(i);
    }
    return OutboxEntry::State::Failed;
}
} // namespace

QString outboxStateName(OutboxEntry::State s)
{
    return QString::fromLatin1(stateNames[int(s)]);
}

struct OutboxStore::Private
{
    QString connectionName;
    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }
};

OutboxStore::OutboxStore(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{}

OutboxStore::~OutboxStore()
{
    close();
}

bool OutboxStore::open(const QString &path, QString *error)
{
    close();
    QString why;
    // Every query lives inside prepare(), so a failure can close the connection with none in use.
    auto prepare = [&]() -> bool {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            why = tr("The folder of the pending changes file %1 cannot be created.")
                      .arg(QDir::toNativeSeparators(path));
            return false;
        }
        d->connectionName = QStringLiteral("simuwave-outbox-%1").arg(outboxCounter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            why = tr("The pending changes file %1 cannot be opened: %2")
                      .arg(QDir::toNativeSeparators(path), db.lastError().text());
            return false;
        }
        QSqlQuery q(db);
        // FULL: an edit the user was told is saved must survive a crash or power cut.
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
            if (!q.exec(QString::fromLatin1(pragma))) {
                why = tr("The pending changes file %1 cannot be used: %2")
                          .arg(QDir::toNativeSeparators(path), q.lastError().text());
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            why = tr("The pending changes file %1 cannot be read: %2")
                      .arg(QDir::toNativeSeparators(path), q.lastError().text());
            return false;
        }
        const int version = q.value(0).toInt();
        q.finish();
        if (version > kOutboxVersion) {
            why = tr("The pending changes file %1 was written by a newer version of SimuWave Console; it is "
                     "left "
                     "untouched. Update the console to send those changes.")
                      .arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (version < 1) {
            const bool ok =
                q.exec(QStringLiteral("BEGIN IMMEDIATE")) &&
                q.exec(QStringLiteral(
                    "CREATE TABLE outbox(id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL,"
                    " idempotency_key TEXT NOT NULL UNIQUE, method TEXT NOT NULL, path TEXT NOT NULL,"
                    " body TEXT, if_match TEXT, resource TEXT, record_id TEXT,"
                    " state TEXT NOT NULL DEFAULT 'pending', attempts INTEGER NOT NULL DEFAULT 0,"
                    " last_attempt_at INTEGER, last_error TEXT)")) &&
                q.exec(QStringLiteral("PRAGMA user_version = 1")) && q.exec(QStringLiteral("COMMIT"));
            if (!ok) {
                why = tr("The pending changes file %1 cannot be created: %2")
                          .arg(QDir::toNativeSeparators(path), q.lastError().text());
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        }
        return true;
    };
    if (prepare())
        return true;
    qCWarning(lcOutbox) << why;
    if (error)
        *error = why;
    close();
    return false;
}

void OutboxStore::close()
{
    if (d->connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = d->db();
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(d->connectionName);
    d->connectionName.clear();
}

bool OutboxStore::isOpen() const
{
    return !d->connectionName.isEmpty() && d->db().isOpen();
}

std::optional<qint64> OutboxStore::enqueue(const OutboxEntry &e, QString *error)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral(
        "INSERT INTO outbox(created_at, idempotency_key, method, path, body, if_match, resource,"
        " record_id, state, attempts, last_attempt_at, last_error)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QDateTime created = e.createdAt.isValid() ? e.createdAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(created.toMSecsSinceEpoch());
    q.addBindValue(e.idempotencyKey);
    q.addBindValue(e.method);
    q.addBindValue(e.path);
    q.addBindValue(e.body.isEmpty()
                       ? QVariant(QMetaType(QMetaType::QString))
                       : QVariant(QString::fromUtf8(QJsonDocument(e.body).toJson(QJsonDocument::Compact))));
    q.addBindValue(e.ifMatch.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.ifMatch));
    q.addBindValue(e.resource);
    q.addBindValue(e.recordId);
    q.addBindValue(outboxStateName(e.state));
    q.addBindValue(e.attempts);
    q.addBindValue(e.lastAttemptAt.isValid() ? QVariant(e.lastAttemptAt.toMSecsSinceEpoch())
                                             : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(e.lastError);
    if (!q.exec()) {
        if (error)
            *error = tr("The change could not be saved for sending later: %1").arg(q.lastError().text());
        return std::nullopt;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    Q_EMIT changed();
    return id;
}

namespace {
OutboxEntry entryFrom(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.idempotencyKey = q.value(2).toString();
    e.method = q.value(3).toString();
    e.path = q.value(4).toString();
    e.body = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    e.ifMatch = q.value(6).toString();
    e.resource = q.value(7).toString();
    e.recordId = q.value(8).toString();
    e.state = stateFromName(q.value(9).toString());
    e.attempts = q.value(10).toInt();
    if (!q.value(11).isNull())
        e.lastAttemptAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    e.lastError = q.value(12).toString();
    return e;
}
const char *kSelect =
    "SELECT id, created_at, idempotency_key, method, path, body, if_match, resource, record_id,"
    " state, attempts, last_attempt_at, last_error FROM outbox";
} // namespace

QList<OutboxEntry> OutboxStore::list()
{
    QList<OutboxEntry> out;
    QSqlQuery q(d->db());
    if (q.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY id"))) {
        while (q.next())
            out.append(entryFrom(q));
    }
    return out;
}

std::optional<OutboxEntry> OutboxStore::entry(qint64 id)
{
    QSqlQuery q(d->db());
    q.prepare(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return entryFrom(q);
    return std::nullopt;
}

int OutboxStore::count()
{
    QSqlQuery q(d->db());
    if (q.exec(QStringLiteral("SELECT count(*) FROM outbox")) && q.next())
        return q.value(0).toInt();
    return 0;
}

bool OutboxStore::remove(qint64 id, QString *error)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() > 0)
        Q_EMIT changed();
    return q.numRowsAffected() > 0;
}

bool OutboxStore::markAttempt(qint64 id, OutboxEntry::State state, const QString &lastError, QString *error)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + 1, last_attempt_at = ?,"
                             " last_error = ? WHERE id = ?"));
    q.addBindValue(outboxStateName(state));
    q.addBindValue(QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());
    q.addBindValue(lastError);
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() > 0)
        Q_EMIT changed();
    return q.numRowsAffected() > 0;
}

} // namespace simuwave::cache
