#include "write/WriteQueue.h"

#include "api/ApiClient.h"
#include "api/CommandJob.h"
#include "api/GetPageJob.h"
#include "cache/AbstractCache.h"
#include "cache/RecordDecoder.h"
#include "credentials/AccountSession.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUuid>

namespace simuwave {

Q_LOGGING_CATEGORY(lcWrite, "simuwave.net.write")

WriteQueue::WriteQueue(ApiClient *client, cache::AbstractCache *cache, cache::OutboxStore *outbox,
                       AccountSession *session, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_outbox(outbox)
    , m_session(session)
{
    m_retryTimer.setInterval(std::chrono::seconds(15));
    connect(&m_retryTimer, &QTimer::timeout, this, &WriteQueue::resume);
    if (m_session) {
        connect(m_session, &AccountSession::meChanged, this,
                [this] { Q_EMIT roleChanged(m_session->role(), m_session->canWrite()); });
    }
    if (m_outbox)
        connect(m_outbox, &cache::OutboxStore::changed, this, &WriteQueue::emitCount);
    // Commands left in flight by a crash were maybe sent: they go again with the same Idempotency-Key.
    if (m_outbox) {
        for (const cache::OutboxEntry &e : m_outbox->list()) {
            if (e.state == cache::OutboxEntry::State::InFlight)
                m_outbox->markAttempt(e.id, cache::OutboxEntry::State::Pending, e.lastError);
        }
    }
}

void WriteQueue::setWriteAllowed(bool allowed, const QString &reason)
{
    m_writeAllowed = allowed;
    m_refusal = reason;
}

bool WriteQueue::canWrite(QString *reason) const
{
    bool allowed = m_writeAllowed;
    QString why = m_refusal;
    if (m_session && m_session->state() == AccountSession::State::SignedIn && !m_session->canWrite()) {
        allowed = false;
        why.clear();
    }
    if (!allowed && reason)
        *reason = why.isEmpty() ? tr("Your role is read-only: this account can view but not change anything.")
                                : why;
    return allowed;
}

WriteQueue::SubmitResult WriteQueue::submit(const EditCommand &command)
{
    SubmitResult result;
    if (!canWrite(&result.reason))
        return result; // refused before anything is stored or sent
    result.errors = command.validate();
    if (!result.errors.isEmpty()) {
        result.reason = result.errors.constFirst().message;
        return result;
    }
    if (!m_outbox || !m_outbox->isOpen()) {
        result.reason = tr("Pending changes cannot be stored, so the edit was not made.");
        return result;
    }
    cache::OutboxEntry entry;
    entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces); // now, when the user acted
    entry.method = command.method.toUpper();
    entry.path = command.path;
    entry.body = command.body;
    entry.ifMatch = command.ifMatch;
    entry.resource = command.resource;
    entry.recordId = command.recordId;
    QString error;
    const auto id = m_outbox->enqueue(entry, &error);
    if (!id) {
        result.reason = error;
        return result;
    }
    result.accepted = true;
    result.entryId = *id;
    emitCount();
    pump();
    return result;
}

void WriteQueue::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT offlineChanged(!online);
    if (online)
        resume();
}

void WriteQueue::setRetryInterval(int seconds)
{
    if (seconds <= 0) {
        m_retryTimer.stop();
        m_retryTimer.setInterval(0);
        return;
    }
    m_retryTimer.setInterval(std::chrono::seconds(seconds));
}

void WriteQueue::resume()
{
    m_paused = false;
    pump();
}

void WriteQueue::pump()
{
    if (m_inFlight || m_paused || !m_online || !m_client || !m_outbox)
        return;
    // Strictly in order: a later command may depend on an earlier one, so the queue waits behind the first
    // pending command; conflicts and failures wait for the user and do not block the others.
    std::optional<cache::OutboxEntry> next;
    for (const cache::OutboxEntry &e : m_outbox->list()) {
        if (e.state == cache::OutboxEntry::State::Pending) {
            next = e;
            break;
        }
    }
    if (!next) {
        m_retryTimer.stop();
        return;
    }
    const cache::OutboxEntry entry = *next;
    m_inFlight = entry.id;
    m_outbox->markAttempt(entry.id, cache::OutboxEntry::State::InFlight, entry.lastError);
    auto *job = new CommandJob(m_client, entry.method.toLatin1(), entry.path, this);
    if (!entry.body.isEmpty() || entry.method != QLatin1String("DELETE"))
        job->setJsonBody(entry.body);
    job->setIdempotencyKey(entry.idempotencyKey.toLatin1()); // the same on every retry and every replay
    if (!entry.ifMatch.isEmpty())
        job->setIfMatch(entry.ifMatch.toLatin1());
    const qint64 id = entry.id;
    connect(job, &ApiJob::finished, this, [this, id, job] { onSent(id, job); });
    connect(job, &ApiJob::failed, this, [this, id](const ApiError &e) { onFailed(id, e); });
    job->start();
}

void WriteQueue::onSent(qint64 entryId, CommandJob *job)
{
    m_inFlight = 0;
    const std::optional<cache::OutboxEntry> entry = m_outbox ? m_outbox->entry(entryId) : std::nullopt;
    const QJsonObject answer = job->json();
    if (entry)
        writeServerRecord(entry->resource, entry->recordId, answer);
    if (m_outbox)
        m_outbox->remove(entryId);
    emitCount();
    Q_EMIT commandSucceeded(entryId, answer);
    pump();
}

void WriteQueue::onFailed(qint64 entryId, const ApiError &error)
{
    m_inFlight = 0;
    const std::optional<cache::OutboxEntry> found = m_outbox ? m_outbox->entry(entryId) : std::nullopt;
    if (!found)
        return;
    const cache::OutboxEntry entry = *found;
    using Kind = ApiError::Kind;
    using State = cache::OutboxEntry::State;
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
        // Offline: the command waits, in order, with its Idempotency-Key.
        m_outbox->markAttempt(entryId, State::Pending, error.displayText());
        if (m_online) {
            m_online = false;
            Q_EMIT offlineChanged(true);
        }
        if (m_retryTimer.interval() > 0)
            m_retryTimer.start();
        return;
    case Kind::Unauthorized:
        m_outbox->markAttempt(entryId, State::Pending, error.displayText());
        m_paused = true; // until resume() after signing in again
        return;
    case Kind::PreconditionFailed:
    case Kind::Validation:
        keepAsConflict(entry, error);
        break;
    case Kind::Forbidden:
        // The role may have changed during the session: ask /me, the UI follows roleChanged().
        m_outbox->markAttempt(entryId, State::Failed, error.displayText());
        Q_EMIT permissionDenied(error.displayText());
        Q_EMIT commandFailed(entryId, error.displayText());
        if (m_session)
            m_session->refreshMe();
        break;
    case Kind::Conflict:
        // 409 is final ("already_released", "already_assigned", "limit_exceeded"): only the server still
        // working on this Idempotency-Key is worth asking again. A final one must not block the queue.
        if (!error.isTransient()) {
            m_outbox->markAttempt(entryId, State::Failed, error.displayText());
            Q_EMIT commandFailed(entryId, error.displayText());
            break;
        }
        [[fallthrough]];
    case Kind::Server:
    case Kind::RateLimited:
        // Retries ran out: keep it waiting (same key), try again later.
        m_outbox->markAttempt(entryId, State::Pending, error.displayText());
        m_paused = true;
        if (m_retryTimer.interval() > 0)
            m_retryTimer.start();
        return;
    default:
        m_outbox->markAttempt(entryId, State::Failed, error.displayText());
        Q_EMIT commandFailed(entryId, error.displayText());
        break;
    }
    pump();
}

void WriteQueue::keepAsConflict(const cache::OutboxEntry &entry, const ApiError &error, bool mark)
{
    if (mark)
        m_outbox->markAttempt(entry.id, cache::OutboxEntry::State::Conflict, error.displayText());
    if (mark && error.kind == ApiError::Kind::Validation)
        Q_EMIT commandRejected(entry.id, error.fields, error.displayText());
    EditCommand command;
    command.resource = entry.resource;
    command.recordId = entry.recordId;
    const QString path = command.recordPath();
    if (path.isEmpty() || !m_client) {
        Q_EMIT conflict(entry.id, entry.body, {}, {}, error.displayText());
        return;
    }
    // Both versions for the user: the server's current record is read (and cached) now.
    auto *job = new GetObjectJob(m_client, path, this);
    const qint64 id = entry.id;
    const QJsonObject intent = entry.body;
    const QString message = error.displayText();
    const QString resource = entry.resource, recordId = entry.recordId;
    connect(job, &ApiJob::finished, this, [this, job, id, intent, message, resource, recordId] {
        writeServerRecord(resource, recordId, job->json());
        Q_EMIT conflict(id, intent, job->json(), QString::fromLatin1(job->etag()), message);
    });
    connect(job, &ApiJob::failed, this,
            [this, id, intent, message](const ApiError &) { Q_EMIT conflict(id, intent, {}, {}, message); });
    job->start();
}

void WriteQueue::writeServerRecord(const QString &resource, const QString &recordId, const QJsonObject &json)
{
    if (!m_cache || json.isEmpty())
        return;
    const auto r = cache::resourceFromName(resource);
    if (!r)
        return;
    cache::RecordPage page;
    page.resource = *r;
    QString why;
    using cache::RecordDecoder;
    using cache::Resource;
    bool ok = false;
    switch (*r) {
    case Resource::Tenants:
        if (auto v = RecordDecoder::tenant(json, &why))
            ok = (page.tenants.append(*v), true);
        break;
    case Resource::PhoneNumbers:
        if (auto v = RecordDecoder::phoneNumber(json, &why))
            ok = (page.phoneNumbers.append(*v), true);
        break;
    case Resource::Invoices:
        if (auto v = RecordDecoder::invoice(json, &why))
            ok = (page.invoices.append(*v), true);
        break;
    case Resource::PortRequests:
        if (auto v = RecordDecoder::portRequest(json, &why))
            ok = (page.portRequests.append(*v), true);
        break;
    case Resource::Users:
        if (auto v = RecordDecoder::user(json, &why))
            ok = (page.users.append(*v), true);
        break;
    case Resource::PartnerBranding:
        if (auto v = RecordDecoder::branding(json, &why))
            ok = (page.branding.append(*v), true);
        break;
    case Resource::TenantLimits:
        if (auto v = RecordDecoder::tenantLimits(json, recordId, &why))
            ok = (page.tenantLimits.append(*v), true);
        break;
    case Resource::TenantUsage:
        if (auto v = RecordDecoder::tenantUsage(json, recordId, &why))
            ok = (page.tenantUsage.append(*v), true);
        break;
    }
    if (!ok) {
        // An action's answer need not be the record (e.g. {"status": "sent"}): the next sync brings it.
        qCDebug(lcWrite) << "answer for" << resource << recordId << "not cached:" << why;
        return;
    }
    if (!m_cache->upsertRecords(page, &why))
        qCWarning(lcWrite) << "could not cache the server's answer for" << resource << recordId << why;
}

int WriteQueue::pendingCount() const
{
    return m_outbox ? m_outbox->count() : 0;
}

QList<cache::OutboxEntry> WriteQueue::entries() const
{
    return m_outbox ? m_outbox->list() : QList<cache::OutboxEntry>{};
}

bool WriteQueue::cancel(qint64 entryId, QString *error)
{
    if (!m_outbox)
        return false;
    if (entryId == m_inFlight) {
        if (error)
            *error = tr("This change is being sent right now and can no longer be cancelled.");
        return false;
    }
    const bool ok = m_outbox->remove(entryId, error);
    emitCount();
    return ok;
}

bool WriteQueue::retryOnServerVersion(qint64 entryId, const QString &serverEtag, QString *error)
{
    if (!m_outbox)
        return false;
    auto entry = m_outbox->entry(entryId);
    if (!entry || entryId == m_inFlight)
        return false;
    // A new request (new If-Match): a new key, since the server remembers the old key's answer (the 412).
    cache::OutboxEntry again = *entry;
    again.id = 0;
    again.createdAt = {};
    again.ifMatch = serverEtag;
    again.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    again.state = cache::OutboxEntry::State::Pending;
    again.attempts = 0;
    again.lastError.clear();
    if (!m_outbox->enqueue(again, error))
        return false;
    m_outbox->remove(entryId);
    emitCount();
    pump();
    return true;
}

bool WriteQueue::discardForServerVersion(qint64 entryId, QString *error)
{
    return cancel(entryId, error);
}

bool WriteQueue::requestServerVersion(qint64 entryId)
{
    if (!m_outbox)
        return false;
    const auto entry = m_outbox->entry(entryId);
    if (!entry || entry->state != cache::OutboxEntry::State::Conflict)
        return false;
    ApiError error;
    error.kind = ApiError::Kind::PreconditionFailed;
    error.message = entry->lastError;
    // Reads the server's record: conflict() follows; the entry stays as it is.
    keepAsConflict(*entry, error, false);
    return true;
}

void WriteQueue::emitCount()
{
    Q_EMIT pendingCountChanged(pendingCount());
}

} // namespace simuwave
