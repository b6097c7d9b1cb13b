#include "main/ConsoleContext.h"

#include "api/ApiClient.h"
#include "cache/SqlCache.h"
#include "items/LazySqlTableModel.h"
#include "sync/SyncEngine.h"
#include "write/WriteQueue.h"

#include <QSettings>

namespace simuwave {

ConsoleContext::ConsoleContext(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_readOnlyReason(tr("Sign in to make changes."))
{}

ConsoleContext::~ConsoleContext() = default;

cache::SqlCache *ConsoleContext::cache() const
{
    return m_cache.data();
}

void ConsoleContext::attachModel(items::LazySqlTableModel *model) const
{
    connect(this, &ConsoleContext::syncChange, model, &items::LazySqlTableModel::applyCacheChange);
}

WriteQueue *ConsoleContext::writeQueue() const
{
    return m_writeQueue.data();
}

bool ConsoleContext::canWrite(QString *reason) const
{
    const bool allowed = m_canWrite && m_writeQueue;
    if (!allowed && reason)
        *reason = m_readOnlyReason.isEmpty() ? tr("Sign in to make changes.") : m_readOnlyReason;
    return allowed;
}

ApiClient *ConsoleContext::api() const
{
    return m_api.data();
}

SyncEngine *ConsoleContext::syncEngine() const
{
    return m_sync.data();
}

void ConsoleContext::notify(const QString &title, const QString &text)
{
    // Settings → "Desktop notifications" (the events stay listed in their panes either way).
    if (!m_settings.value(QStringLiteral("notifications/desktop"), true).toBool())
        return;
    Q_EMIT notificationRequested(title, text);
}

void ConsoleContext::setCache(cache::SqlCache *cache)
{
    if (m_cache == cache)
        return;
    if (m_cache) {
        Q_EMIT cacheClosing();
        for (const auto &c : std::as_const(m_cacheConnections))
            disconnect(c);
        m_cacheConnections.clear();
    }
    m_cache = cache;
    if (m_cache) {
        m_cacheConnections = {
            connect(m_cache.data(), &cache::AbstractCache::changed, this, &ConsoleContext::cacheChanged),
            connect(m_cache.data(), &cache::AbstractCache::documentChanged, this,
                    &ConsoleContext::documentChanged),
            connect(m_cache.data(), &cache::AbstractCache::eventRecorded, this,
                    &ConsoleContext::eventRecorded),
        };
        Q_EMIT cacheReady();
    }
}

void ConsoleContext::setWriteQueue(WriteQueue *queue)
{
    m_writeQueue = queue;
    Q_EMIT writeAccessChanged(canWrite(), m_readOnlyReason);
}

void ConsoleContext::setApi(ApiClient *api)
{
    m_api = api;
}

void ConsoleContext::setSyncEngine(SyncEngine *engine)
{
    if (m_sync == engine)
        return;
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = engine;
    if (!m_sync)
        return;
    connect(m_sync, &SyncEngine::cacheChanged, this, &ConsoleContext::forwardSyncChange);
    connect(m_sync, &SyncEngine::documentChanged, this, &ConsoleContext::documentChanged);
    connect(m_sync, &SyncEngine::syncFinished, this, [this](const SyncSummary &summary) {
        if (summary.ok)
            setOnline(true); // a finished sync is the best proof that the server answers
        Q_EMIT syncFinished(summary.ok);
    });
    connect(m_sync, &SyncEngine::offlineChanged, this, [this](bool offline) { setOnline(!offline); });
}

void ConsoleContext::setWriteAccess(bool canWrite, const QString &reason)
{
    if (m_canWrite == canWrite && m_readOnlyReason == reason)
        return;
    m_canWrite = canWrite;
    m_readOnlyReason = canWrite ? QString() : reason;
    Q_EMIT writeAccessChanged(this->canWrite(), m_readOnlyReason);
}

void ConsoleContext::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

void ConsoleContext::setBranding(const Branding &branding)
{
    m_branding = branding;
    Q_EMIT brandingChanged(m_branding);
}

void ConsoleContext::forwardSyncChange(const cache::CacheChange &change)
{
    Q_EMIT syncChange(change);
    Q_EMIT cacheChanged(change);
}

} // namespace simuwave
