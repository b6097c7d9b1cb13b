#include "widgets/LocalEventWatcher.h"

#include "cache/SqlCache.h"
#include "main/ConsoleContext.h"

namespace simuwave {

LocalEventWatcher::LocalEventWatcher(ConsoleContext &context, cache::Resource resource, const QString &kind,
                                     QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_resource(resource)
    , m_kind(kind)
{
    // A sync applies page by page: look once it has settled.
    m_delay.setSingleShot(true);
    m_delay.setInterval(400);
    connect(&m_delay, &QTimer::timeout, this, &LocalEventWatcher::scan);
    connect(&context, &ConsoleContext::cacheReady, &m_delay, qOverload<>(&QTimer::start));
    connect(&context, &ConsoleContext::syncFinished, &m_delay, qOverload<>(&QTimer::start));
    connect(&context, &ConsoleContext::cacheChanged, this, [this](const cache::CacheChange &change) {
        if (change.resource == m_resource)
            m_delay.start();
    });
}

int LocalEventWatcher::scan()
{
    cache::SqlCache *cache = m_context.cache();
    if (!cache || !cache->syncState(m_resource).fullSyncDone)
        return 0;
    // The first look at a complete cache only takes note (recorded as seen, no notification).
    const bool quiet = cache->recordEvent(
        {0, m_kind + QStringLiteral("-primed"), QStringLiteral("primed"), {}, {}, {}, {}, true});
    int notified = 0;
    const QList<cache::LocalEvent> found = collect(*cache);
    for (cache::LocalEvent e : found) {
        e.seen = quiet;
        if (cache->recordEvent(e) && !quiet) {
            m_context.notify(e.title, e.detail);
            ++notified;
        }
    }
    return notified;
}

} // namespace simuwave
