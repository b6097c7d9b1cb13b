#include "limits/UsageAlertWatcher.h"

#include "cache/SqlCache.h"
#include "domain/Money.h"

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
    : LocalEventWatcher(context, cache::Resource::TenantUsage, eventKind(), parent)
{}

QList<cache::LocalEvent> UsageAlertWatcher::collect(cache::SqlCache &cache)
{
    QList<cache::LocalEvent> found;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT u.id, t.name, u.period_start, u.meters_json FROM tenant_usage u "
                               "JOIN tenants t ON t.id = u.id WHERE u.meters_json LIKE '%\"level\"%'")))
        return found;
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
            found.append(e);
        }
    }
    return found;
}

} // namespace simuwave
