#include "porting/PortStatusWatcher.h"

#include "cache/SqlCache.h"
#include "domain/Statuses.h"
#include "items/PhoneNumberTableModel.h"
#include "main/ConsoleContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace simuwave {

QString PortStatusWatcher::eventKind()
{
    return QStringLiteral("port-status");
}

PortStatusWatcher::PortStatusWatcher(ConsoleContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(400); // after the sync's pages have settled
    connect(&m_delay, &QTimer::timeout, this, &PortStatusWatcher::scan);
    connect(&context, &ConsoleContext::cacheReady, &m_delay, qOverload<>(&QTimer::start));
    connect(&context, &ConsoleContext::syncFinished, &m_delay, qOverload<>(&QTimer::start));
    connect(&context, &ConsoleContext::cacheChanged, this, [this](const cache::CacheChange &change) {
        if (change.resource == cache::Resource::PortRequests)
            m_delay.start();
    });
}

int PortStatusWatcher::scan()
{
    cache::SqlCache *cache = m_context.cache();
    if (!cache || !cache->syncState(cache::Resource::PortRequests).fullSyncDone)
        return 0;
    const bool quiet = cache->recordEvent(
        {0, QStringLiteral("port-status-primed"), QStringLiteral("primed"), {}, {}, {}, {}, true});
    QSqlQuery q(cache->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, numbers_json, status_history_json FROM port_requests "
                               "WHERE status_history_json IS NOT NULL")))
        return 0;
    QList<cache::LocalEvent> found;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QJsonArray numbers = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        const QJsonArray history = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).array();
        const QString first =
            numbers.isEmpty() ? id : items::PhoneNumberTableModel::formatNumber(numbers.first().toString());
        const QString subject =
            numbers.size() > 1 ? tr("%1 and %n more", nullptr, int(numbers.size() - 1)).arg(first) : first;
        // The first entry is the creation (PENDING): only later changes are news.
        for (qsizetype i = 1; i < history.size(); ++i) {
            const QJsonObject h = history.at(i).toObject();
            const QString status = h.value(QLatin1String("status")).toString();
            const QString at = h.value(QLatin1String("at")).toString();
            cache::LocalEvent e;
            e.kind = eventKind();
            e.key = QStringLiteral("%1:%2:%3").arg(id, status, at);
            e.subjectId = id;
            e.title = tr("Port of %1: %2").arg(subject, displayName(portStatusFromApi(status)));
            e.detail = h.value(QLatin1String("note")).toString();
            e.createdAt = QDateTime::fromString(at, Qt::ISODate);
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
