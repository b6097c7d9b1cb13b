#pragma once
// Shared by the sync tests and the sync bench: a tiny blocking API helper (tests only) and the comparison of
// a synced cache file with the server's data, column by column.
#include "cache/CacheTypes.h"
#include "cache/RecordDecoder.h"
#include "cache/SqlCache.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

struct HttpAnswer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray etag;
};

// Blocking request for test set-up and checks (spins the event loop, so an in-process sandbox answers).
class TestApi
{
public:
    TestApi(const QUrl &baseUrl, const QString &token)
        : m_base(baseUrl)
        , m_token(token)
    {}
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    HttpAnswer call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QList<std::pair<QByteArray, QByteArray>> &headers = {}, const QUrlQuery &query = {})
    {
        QUrl url = m_base;
        QString p = url.path();
        if (p.endsWith(QLatin1Char('/')))
            p.chop(1);
        url.setPath(p + QLatin1Char('/') + path);
        if (!query.isEmpty())
            url.setQuery(query);
        QNetworkRequest request(url);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        if (method == "POST" && !request.hasRawHeader("Idempotency-Key"))
            request.setRawHeader("Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        QNetworkReply *reply = m_nam.sendCustomRequest(
            request, method, body.isEmpty() && method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.json = QJsonDocument::fromJson(a.body).object();
        a.etag = reply->rawHeader("ETag");
        reply->deleteLater();
        return a;
    }

    // Every live record of a list resource, following the cursors (no updated_since: id order).
    QList<QJsonArray> listPages(const QString &resource, int *status = nullptr)
    {
        QList<QJsonArray> pages;
        QString cursor;
        for (int guard = 0; guard < 100000; ++guard) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
            if (!cursor.isEmpty())
                q.addQueryItem(QStringLiteral("cursor"),
                               QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
            const HttpAnswer a = call("GET", resource, {}, {}, q);
            if (status)
                *status = a.status;
            if (a.status != 200)
                return pages;
            pages.append(a.json.value(QLatin1String("data")).toArray());
            if (!a.json.value(QLatin1String("has_more")).toBool())
                break;
            cursor = a.json.value(QLatin1String("next_cursor")).toString();
        }
        return pages;
    }

    QString signIn(const QString &email, const QString &password)
    {
        const QString saved = m_token;
        m_token.clear();
        const HttpAnswer a = call("POST", QStringLiteral("auth/sessions"),
                                  {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        m_token = saved;
        return a.json.value(QLatin1String("token")).toString();
    }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
};

// Builds a reference cache from the server's own listings (same decoder) and compares every column of every
// row of every table with the synced cache. Returns a description of the first differences; empty = equal.
inline QString compareWithServer(TestApi &api, const QString &syncedCachePath, const QString &referencePath,
                                 const QList<simuwave::cache::Resource> &resources, qint64 *records = nullptr)
{
    using namespace simuwave::cache;
    QStringList problems;
    QStringList tables;
    {
        SqlCache reference;
        const CacheOpenReport report = reference.open(referencePath);
        if (!report.usable)
            return QStringLiteral("reference cache not usable: ") + report.detail;
        for (Resource r : resources) {
            if (r == Resource::PartnerBranding) {
                const HttpAnswer a = api.call("GET", QStringLiteral("partner/branding"));
                if (a.status != 200)
                    continue;
                QString why;
                auto b = RecordDecoder::branding(a.json, &why);
                if (!b)
                    return QStringLiteral("branding: ") + why;
                RecordPage page;
                page.resource = r;
                page.branding.append(*b);
                reference.upsertRecords(page);
                tables << tableName(r);
                continue;
            }
            int status = 0;
            const QList<QJsonArray> pages = api.listPages(resourceName(r), &status);
            if (status == 404)
                continue; // not offered by this server
            if (status == 403)
                continue; // outside the credential's scope (users is session-only): the sync skips it too
            if (status != 200)
                return QStringLiteral("listing %1 answered %2").arg(resourceName(r)).arg(status);
            for (const QJsonArray &page : pages) {
                QString why;
                if (!reference.applyJsonPage(r, page, SyncState{}, &why))
                    return QStringLiteral("reference %1: %2").arg(resourceName(r), why);
                if (records)
                    *records += page.size();
            }
            tables << tableName(r);
        }
        reference.close();
    }
    {
        const QString name = QStringLiteral("compare-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(syncedCachePath);
        if (!db.open())
            return QStringLiteral("cannot open the synced cache");
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("ATTACH DATABASE '%1' AS ref").arg(referencePath)))
            problems << q.lastError().text();
        for (const QString &table : std::as_const(tables)) {
            QStringList columns;
            q.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table));
            while (q.next()) {
                const QString c = q.value(1).toString();
                if (c != QLatin1String("row_id"))
                    columns << QLatin1Char('"') + c + QLatin1Char('"');
            }
            if (columns.isEmpty()) {
                problems << QStringLiteral("%1: no columns").arg(table);
                continue;
            }
            const QString cols = columns.join(QLatin1Char(','));
            for (const auto &[a, b] : {std::pair{QStringLiteral("main"), QStringLiteral("ref")},
                                       std::pair{QStringLiteral("ref"), QStringLiteral("main")}}) {
                if (!q.exec(QStringLiteral(
                                "SELECT count(*) FROM (SELECT %1 FROM %2.%3 EXCEPT SELECT %1 FROM %4.%3)")
                                .arg(cols, a, table, b))) {
                    problems << q.lastError().text();
                    continue;
                }
                q.next();
                if (q.value(0).toLongLong() != 0)
                    problems << QStringLiteral("%1: %2 rows in %3 not in %4")
                                    .arg(table)
                                    .arg(q.value(0).toLongLong())
                                    .arg(a, b);
            }
        }
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(name);
    }
    return problems.join(QLatin1String("; "));
}

inline QString quickCheck(const QString &path)
{
    const QString name = QStringLiteral("qc-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA quick_check"));
            result = q.next() ? q.value(0).toString() : q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
