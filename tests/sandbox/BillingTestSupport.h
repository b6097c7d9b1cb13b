#pragma once
// Shared by the billing/porting/developer sandbox tests: an in-process SandboxServer on a temporary
// folder and a small synchronous HTTP client over real loopback HTTP (QSignalSpy::wait, tests only).
#include "SandboxServer.h"

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace billingtest {

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject error() const { return json.value(QStringLiteral("error")).toObject(); }
    QJsonObject fields() const { return error().value(QStringLiteral("fields")).toObject(); }
};

class Sandbox
{
public:
    // Starts the sandbox with `seed` (knobs on so that the clock endpoint exists).
    bool start(const QString &seed = QStringLiteral("demo"))
    {
        if (!m_dir.isValid())
            return false;
        simuwave::sandbox::SandboxOptions o;
        o.dataDir = m_dir.path();
        o.seed = seed;
        o.knobs.enabled = true;
        o.partnerRateLimitPerMinute = 1'000'000;
        m_server = std::make_unique<simuwave::sandbox::SandboxServer>();
        QString error;
        if (!m_server->start(o, &error)) {
            qWarning() << "sandbox start failed:" << error;
            return false;
        }
        m_base = m_server->baseUrl();
        creds = m_server->credentials();
        adminKey = creds.value(QStringLiteral("admin_api_key")).toString().toLatin1();
        readonlyKey = creds.value(QStringLiteral("readonly_api_key")).toString().toLatin1();
        const Reply s = request(
            "POST", "/auth/sessions", {},
            QJsonObject{{QStringLiteral("email"), creds.value(QStringLiteral("support_email"))},
                        {QStringLiteral("password"), creds.value(QStringLiteral("support_password"))}});
        supportToken = s.json.value(QStringLiteral("token")).toString().toLatin1();
        const Reply a =
            request("POST", "/auth/sessions", {},
                    QJsonObject{{QStringLiteral("email"), creds.value(QStringLiteral("admin_email"))},
                                {QStringLiteral("password"), creds.value(QStringLiteral("admin_password"))}});
        adminToken = a.json.value(QStringLiteral("token")).toString().toLatin1();
        return !supportToken.isEmpty() && !adminToken.isEmpty();
    }
    simuwave::sandbox::SandboxServer &server() { return *m_server; }
    QString dataDir() const { return m_dir.path(); }

    // path is relative to /v1 ("/invoices?status=paid"). body: QJsonObject, or raw bytes via rawBody.
    Reply request(const QByteArray &method, const QString &path, const QByteArray &token,
                  const QJsonValue &body = QJsonValue(QJsonValue::Undefined),
                  const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &rawBody = {},
                  const QByteArray &contentType = "application/json")
    {
        QUrl url(m_base.toString() + path);
        QNetworkRequest req(url);
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token);
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        QByteArray data = rawBody;
        if (body.isObject())
            data = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        if (!data.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, method, data);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(60000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[k, v] : reply->rawHeaderPairs())
            r.headers.insert(k.toLower(), v);
        r.json = QJsonDocument::fromJson(r.body).object();
        reply->deleteLater();
        return r;
    }
    Reply get(const QString &path, const QByteArray &token = {})
    {
        return request("GET", path, token.isEmpty() ? adminKey : token);
    }
    Reply post(const QString &path, const QJsonObject &body = {}, const QByteArray &token = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return request("POST", path, token.isEmpty() ? adminKey : token, body, headers);
    }

    // Every row of a list, following next_cursor (limit per page).
    QJsonArray all(const QString &path, int limit = 1000, const QByteArray &token = {})
    {
        QJsonArray out;
        QString cursor;
        const QString sep = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        for (int guard = 0; guard < 100000; ++guard) {
            QString p = path + sep + QStringLiteral("limit=%1").arg(limit);
            if (!cursor.isEmpty())
                p += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
            const Reply r = get(p, token);
            if (r.status != 200) {
                qWarning() << "list failed" << p << r.status << r.body.left(300);
                return out;
            }
            for (const auto v : r.json.value(QStringLiteral("data")).toArray())
                out.append(v);
            if (!r.json.value(QStringLiteral("has_more")).toBool())
                break;
            cursor = r.json.value(QStringLiteral("next_cursor")).toString();
        }
        return out;
    }

    // Moves the sandbox clock forward (runs every lifecycle).
    Reply advance(qint64 seconds)
    {
        return request("POST", "/sandbox/clock/advance", {},
                       QJsonObject{{QStringLiteral("seconds"), seconds}});
    }

    QJsonObject creds;
    QByteArray adminKey, readonlyKey, supportToken, adminToken;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<simuwave::sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    QUrl m_base;
};

} // namespace billingtest
