#pragma once
// Turns what a sync brings into the console's own events, once each (the cache's local_events, so "once"
// survives restarts): after every committed change of one resource, a sync's end or a cache opening, it
// waits for the burst to settle, asks the subclass for the events the cache now implies, records them and
// raises a desktop notification for each new one. What is already there at the first look at a complete
// cache is recorded silently: it did not happen while the console was watching.
#include "cache/CacheTypes.h"

#include <QObject>
#include <QTimer>

namespace simuwave::cache {
class SqlCache;
}

namespace simuwave {

class ConsoleContext;

class LocalEventWatcher : public QObject
{
    Q_OBJECT
public:
    // `kind`: the local events' kind; `resource`: whose changes are watched (and whose complete sync is
    // waited for).
    LocalEventWatcher(ConsoleContext &context, cache::Resource resource, const QString &kind,
                      QObject *parent = nullptr);

    QString kind() const { return m_kind; }
    // Reads the cache now; returns how many new events were notified.
    int scan();

protected:
    // Every event the cache implies now (kind and key set; recording them again is harmless).
    virtual QList<cache::LocalEvent> collect(cache::SqlCache &cache) = 0;

private:
    ConsoleContext &m_context;
    cache::Resource m_resource;
    QString m_kind;
    QTimer m_delay;
};

} // namespace simuwave
