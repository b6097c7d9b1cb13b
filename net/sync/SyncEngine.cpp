#include "sync/SyncEngine.h"

#include "sync/SyncWorker.h"

#include <QMetaObject>
#include <QThread>

namespace simuwave {

SyncEngine::SyncEngine(const SyncOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncSummary>();
    qRegisterMetaType<cache::CacheChange>();
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start(const QString &cachePath, const QUrl &baseUrl, const QString &token)
{
    stop();
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("SyncEngine"));
    m_worker = new SyncWorker(m_options);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &SyncWorker::cacheOpened, this, &SyncEngine::cacheOpened);
    connect(m_worker, &SyncWorker::syncStarted, this, [this](bool full) {
        m_syncing = true;
        Q_EMIT syncStarted(full);
    });
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::syncFinished, this, [this](const SyncSummary &summary) {
        m_syncing = false;
        m_lastSummary = summary;
        if (summary.ok) {
            m_needsAuth = false;
            m_lastSyncedAt = summary.finishedAt;
        }
        Q_EMIT syncFinished(summary);
    });
    connect(m_worker, &SyncWorker::authenticationRequired, this, [this](const QString &message) {
        m_needsAuth = true;
        Q_EMIT authenticationRequired(message);
    });
    connect(m_worker, &SyncWorker::offlineChanged, this, [this](bool offline, const QDateTime &last) {
        m_offline = offline;
        if (last.isValid())
            m_lastSyncedAt = last;
        Q_EMIT offlineChanged(offline, last);
    });
    connect(m_worker, &SyncWorker::waiting, this, &SyncEngine::waiting);
    connect(m_worker, &SyncWorker::cacheChanged, this, &SyncEngine::cacheChanged);
    connect(m_worker, &SyncWorker::documentChanged, this, &SyncEngine::documentChanged);
    connect(m_worker, &SyncWorker::tenantDetailsRefreshed, this, &SyncEngine::tenantDetailsRefreshed);

    m_thread->start();
    QMetaObject::invokeMethod(m_worker, "openCache", Qt::QueuedConnection, Q_ARG(QString, cachePath));
    setCredentials(baseUrl, token);
}

void SyncEngine::setCredentials(const QUrl &baseUrl, const QString &token)
{
    if (!m_worker)
        return;
    m_needsAuth = false;
    QMetaObject::invokeMethod(m_worker, "setServer", Qt::QueuedConnection, Q_ARG(QUrl, baseUrl),
                              Q_ARG(QString, token));
}

void SyncEngine::syncNow()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncEngine::cancel()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
}

void SyncEngine::setRefreshInterval(int seconds)
{
    m_options.refreshIntervalSeconds = seconds;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "setRefreshInterval", Qt::QueuedConnection, Q_ARG(int, seconds));
}

void SyncEngine::refreshTenantDetails(const QString &tenantId)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, "refreshTenantDetails", Qt::QueuedConnection,
                                  Q_ARG(QString, tenantId));
}

void SyncEngine::stop()
{
    if (!m_thread)
        return;
    // The worker's network and database objects belong to its thread: close them there.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_worker->disconnect(this);
    m_thread->quit();
    m_thread->wait();
    delete m_thread; // the worker was deleted by deleteLater when the thread finished
    m_thread = nullptr;
    m_worker = nullptr;
    m_syncing = false;
}

} // namespace simuwave
