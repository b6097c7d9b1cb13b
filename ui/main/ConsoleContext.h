#pragma once
// What a pane may use, handed to every pane at construction by the composition root (no singletons):
//  - the active profile's cache, for reading only (panes never write it: the network feeds it),
//  - the write path (WriteQueue) for every edit, and whether the signed-in credential may write,
//  - the API client for the few reads that only make sense online (searching numbers to buy),
//  - the partner's branding, desktop notifications and the settings.
// SessionController fills it in as profiles are activated; panes follow its signals. A pane built before
// any profile is active sees cache() == nullptr and waits for cacheReady().
#include "cache/CacheTypes.h"
#include "main/Branding.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QSettings;

namespace simuwave::cache {
class AbstractCache;
class SqlCache;
} // namespace simuwave::cache

namespace simuwave::items {
class LazySqlTableModel;
}

namespace simuwave {

class ApiClient;
class SyncEngine;
class WriteQueue;

class ConsoleContext : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleContext(QSettings &settings, QObject *parent = nullptr);
    ~ConsoleContext() override;

    QSettings &settings() const { return m_settings; }

    // The UI thread's connection to the active profile's cache; null while no profile's cache is open.
    // Item models are built on it (e.g. new TenantTableModel(context.cache(), this)) after cacheReady().
    cache::SqlCache *cache() const;
    // Makes `model` follow the sync engine's commits as well (it already follows writes made through
    // cache(), such as the write queue storing a server's answer).
    void attachModel(items::LazySqlTableModel *model) const;

    // Every edit goes here (validated, sent or queued offline, answer written to the cache). Null while no
    // profile is active.
    WriteQueue *writeQueue() const;
    // Whether the signed-in credential may write; *reason (translated) says why not, for disabled actions'
    // tooltips ("Read-only: your role is Partner User").
    bool canWrite(QString *reason = nullptr) const;
    bool isReadOnly() const { return !canWrite(); }

    // For online-only reads (available numbers, uploads). Null while signed out. Never used for data the
    // panes show from the cache.
    ApiClient *api() const;
    SyncEngine *syncEngine() const;
    bool isOnline() const { return m_online; }

    Branding branding() const { return m_branding; }

    // A desktop notification (system tray message where there is one, the notice bar otherwise). The
    // caller decides "once each" (see the cache's local_events).
    void notify(const QString &title, const QString &text);

    // --- filled in by SessionController (and tests) ---
    void setCache(cache::SqlCache *cache); // null = closing
    void setWriteQueue(WriteQueue *queue);
    void setApi(ApiClient *api);
    void setSyncEngine(SyncEngine *engine);
    void setWriteAccess(bool canWrite, const QString &reason);
    void setOnline(bool online);
    void setBranding(const Branding &branding);
    // Forwarded commits of the sync engine's connection (another thread).
    void forwardSyncChange(const simuwave::cache::CacheChange &change);

Q_SIGNALS:
    // A profile's cache was opened: (re)build models on cache().
    void cacheReady();
    // The cache is about to close (profile switch, sign-out): drop every model built on it now.
    void cacheClosing();
    // Any committed change, from the sync engine or from cache() (for panes computing aggregates).
    void cacheChanged(const simuwave::cache::CacheChange &change);
    // A document (cache().document(path)) was stored, by the sync engine or through cache().
    void documentChanged(const QString &path);
    // A new local event (cache().recordEvent()) was recorded through cache().
    void eventRecorded(const simuwave::cache::LocalEvent &event);
    // A sync round ended (successfully or not): a good moment for aggregate panes to refresh.
    void syncFinished(bool ok);
    void writeAccessChanged(bool canWrite, const QString &reason);
    void onlineChanged(bool online);
    void brandingChanged(const simuwave::Branding &branding);
    // Emitted by notify(); the main window shows it.
    void notificationRequested(const QString &title, const QString &text);
    // A sync commit from the engine's own connection (models attach through attachModel()).
    void syncChange(const simuwave::cache::CacheChange &change);

private:
    QSettings &m_settings;
    QPointer<cache::SqlCache> m_cache;
    QPointer<WriteQueue> m_writeQueue;
    QPointer<ApiClient> m_api;
    QPointer<SyncEngine> m_sync;
    bool m_canWrite = false;
    QString m_readOnlyReason;
    bool m_online = false;
    Branding m_branding;
    QList<QMetaObject::Connection> m_cacheConnections;
};

} // namespace simuwave
