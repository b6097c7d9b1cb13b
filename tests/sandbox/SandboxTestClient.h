#pragma once
// A small synchronous HTTP helper for sandbox tests: real requests over loopback with
// QNetworkAccessManager, waiting on the reply with QSignalSpy.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrl>

struct SandboxReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonObject error_() const { return json().value(QStringLiteral("error")).toObject(); }
    QString errorCode() const { return error_().value(QStringLiteral("code")).toString(); }
    QJsonObject fields() const { return error_().value(QStringLiteral("fields")).toObject(); }
    QByteArray header(const QByteArray &lower) const { return headers.value(lower); }
};

class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &base)
        : m_base(base)
    {}
    void setToken(const QString &token) { m_token = token.toUtf8(); }

    SandboxReply call(const QByteArray &method, const QString &path, const QByteArray &body = {},
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &token = {})
    {
        QNetworkReply *reply = start(method, path, body, headers, token);
        return finish(reply);
    }
    SandboxReply call(const QByteArray &method, const QString &path, const QJsonObject &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &token = {})
    {
        return call(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers, token);
    }
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QList<QPair<QByteArray, QByteArray>> &headers = {},
                         const QByteArray &token = {})
    {
        QUrl url = m_base;
        const qsizetype q = path.indexOf(QLatin1Char('?'));
        url.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest req(url);
        req.setTransferTimeout(20000);
        const QByteArray t = token.isEmpty() ? m_token : token;
        if (!t.isEmpty() && t != "-")
            req.setRawHeader("Authorization", "Bearer " + t);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[k, v] : headers)
            req.setRawHeader(k, v);
        return m_nam.sendCustomRequest(req, method, body);
    }
    static SandboxReply finish(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(30000);
        }
        SandboxReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        for (const auto &[k, v] : reply->rawHeaderPairs())
            r.headers.insert(k.toLower(), v);
        reply->deleteLater();
        return r;
    }

private:
    QUrl m_base;
    QByteArray m_token;
    QNetworkAccessManager m_nam;
};
