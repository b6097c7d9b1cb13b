#include "api/GetPageJob.h"

#include "api/ApiClient.h"
#include "api/JsonGuard.h"

namespace simuwave {

GetPageJob::GetPageJob(ApiClient *client, const QString &path, QObject *parent)
    : ApiJob(client, QByteArrayLiteral("GET"), path, parent)
{}

void GetPageJob::setLimit(int limit)
{
    m_limit = limit;
    updateQuery();
}

void GetPageJob::setCursor(const QString &cursor)
{
    m_cursor = cursor;
    updateQuery();
}

void GetPageJob::setUpdatedSince(const QDateTime &since)
{
    m_updatedSince = since;
    updateQuery();
}

void GetPageJob::setFilter(const QString &name, const QString &value)
{
    m_filters.append({name, value});
    updateQuery();
}

void GetPageJob::updateQuery()
{
    QUrlQuery query;
    if (m_limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_limit));
    if (!m_cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QUrl::toPercentEncoding(m_cursor)));
    if (m_updatedSince.isValid())
        query.addQueryItem(
            QStringLiteral("updated_since"),
            QString::fromLatin1(QUrl::toPercentEncoding(m_updatedSince.toUTC().toString(Qt::ISODateWithMs))));
    for (const auto &[name, value] : m_filters)
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    setQuery(query);
}

bool GetPageJob::decode(const QByteArray &body, QString *why)
{
    m_page = {};
    QJsonObject envelope;
    if (!JsonGuard::parseObject(body, client() ? client()->limits().maxDepth : 64, &envelope, why))
        return false;
    return PageDecoder::decode(envelope, &m_page, why);
}

} // namespace simuwave
