#include "limits/UsageAlertWatcher.h"

#include "cache/SqlCache.h"
#include "domain/Money.h"
#include "main/ConsoleContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace simuwave {

QString UsageAlertWatcher::eventKind()
{
    return QStringLiteral("limit-alert");
}

UsageAlertWatcher::UsageAlertWatcher(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    // A sync applies usage page by page: look once it has settled.
    m_delay.setSingleShot(true);
    m_delay.setInterval(400);
    connect(&m_delay, &QTimer::timeout, this, &UsageAlertWatcher::scan);
    connect(&context, &ConsoleContext::cacheReady, &m_delay, qOverload<>(&QTimer::start));
    connect(&context, &ConsoleContext::syncFinished, &m_delay, qOverload<>(&QTimer::start));
    connect(&context, &ConsoleContext::cacheChanged, this, [this](const cache::CacheChange &change) {
        if (change.resource == cache::Resource::TenantUsage)
            m_delay.start();
    });
}

int UsageAlertWatcher::scan()
{
    cache::SqlCache *cache = m_context.cache();
    if (!cache || !cache->syncState(cache::Resource::TenantUsage).fullSyncDone)
        return 0;
    // The first look at a complete cache only takes note (recorded as seen, no notification).
    const bool quiet = cache->recordEvent(
        {0, QStringLiteral("limit-alert-primed"), QStringLiteral("primed"), {}, {}, {}, {}, true});
    QSqlQuery q(cache->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT u.id, t.name, u.period_start, u.meters_json FROM tenant_usage u "
                               "JOIN tenants t ON t.id = u.id WHERE u.meters_json LIKE '%\"level\"%'")))
        return 0;
    QList<cache::LocalEvent> found;
    while (q.next()) {
        const QString tenantId = q.value(0).toString(), name = q.value(1).toString();
        const QString period = q.value(2).toString();
        const QJsonArray alerts = QJsonDocument::fromJson(q.value(3).toString().toUtf8())
                                      .object()
                                      .value(QLatin1String("alerts"))
                                      .toArray();
        for (const QJsonValue &v : alerts) {
            const QString meter = v[QLatin1String("meter")].toString();
            const QString level = v[QLatin1String("level")].toString();
            const qint64 used = v[QLatin1String("used")].toInteger(),
                         limit = v[QLatin1String("limit")].toInteger();
            const bool spend = meter == QLatin1String("spend_cents");
            const auto amount = [spend](qint64 value) {
                return spend ? Money::fromCents(value).format() : QLocale().toString(value);
            };
            QString what;
            if (spend)
                what = tr("monthly spend");
            else if (meter == QLatin1String("minutes"))
                what = tr("monthly minutes");
            else if (meter == QLatin1String("dids"))
                what = tr("DIDs");
            else
                what = tr("extensions");
            cache::LocalEvent e;
            e.kind = eventKind();
            e.key = QStringLiteral("%1:%2:%3:%4").arg(tenantId, period, meter, level);
            e.subjectId = tenantId;
            e.title = level == QLatin1String("cap") ? tr("%1 hit its %2 cap").arg(name, what)
                                                    : tr("%1 passed its %2 alert threshold").arg(name, what);
            e.detail = tr("%1 used of %2 this cycle.").arg(amount(used), amount(limit));
            e.createdAt = QDateTime::fromMSecsSinceEpoch(v[QLatin1String("at")].toInteger(), Qt::UTC);
            e.seen = quiet;
            found.append(e);
        }
    }
    q.finish();
    int notified = 0;
    for (const cache::LocalEvent &e : std::as_const(found)) {
        if (cache->recordEvent(e) && !quiet) {
            m_context.notify(e.title, e.detail);
            ++notified;
        }
    }
    return notified;
}

} // namespace simuwave
