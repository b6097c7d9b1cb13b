#include "porting/PortStatusWatcher.h"

#include "cache/SqlCache.h"
#include "domain/Statuses.h"
#include "items/PhoneNumberTableModel.h"

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
    : LocalEventWatcher(context, cache::Resource::PortRequests, eventKind(), parent)
{}

QList<cache::LocalEvent> PortStatusWatcher::collect(cache::SqlCache &cache)
{
    QList<cache::LocalEvent> found;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, numbers_json, status_history_json FROM port_requests "
                               "WHERE status_history_json IS NOT NULL")))
        return found;
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
            found.append(e);
        }
    }
    return found;
}

} // namespace simuwave
