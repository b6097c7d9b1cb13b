#pragma once
#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "api/RetryPolicy.h"
#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <optional>

class QNetworkReply;

namespace simuwave {

// Base of every API request (Nextcloud's AbstractNetworkJob in spirit): owns its QNetworkReply,
// applies the transfer timeout, the size and depth caps, classifies failures into ApiError, and
// retries transient failures by the RetryPolicy with a QTimer (never a nested event loop).
// Emits exactly one of finished() or failed(); deletes itself afterwards unless autoDelete is off.
class ApiJob : public QObject
{
    Q_OBJECT
public:
    ApiJob(ApiClient *client, const QByteArray &verb, const QString &path, QObject *parent = nullptr);
    ~ApiJob() override;

    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setJsonBody(const QJsonObject &body);
    void setBody(const QByteArray &body, const QByteArray &contentType);
    // Created when the user acted and reused on every retry, so the server runs the POST once.
    void setIdempotencyKey(const QByteArray &key) { m_idempotencyKey = key; }
    void setIfMatch(const QByteArray &etag) { m_ifMatch = etag; }
    void setIfNoneMatch(const QByteArray &etag) { m_ifNoneMatch = etag; }
    // Sends this bearer credential instead of the client's (checking a new API key before it is
    // adopted; revoking the session being signed out of).
    void setBearerOverride(const QString &token) { m_bearerOverride = token; }
    // Defaults to the client's policy.
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

    void start();
    // Stops the request or the wait; emits failed() with Kind::Cancelled.
    void abort();

    QByteArray verb() const { return m_verb; }
    QString path() const { return m_path; }
    bool isRunning() const { return m_running; }
    int attempts() const { return m_attempt; }
    // Of the last answer.
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    QByteArray etag() const { return m_etag; }
    QByteArray body() const { return m_body; }
    bool notModified() const { return m_httpStatus == 304; }
    // The decoded JSON object of a successful answer (empty for 204/304).
    QJsonObject json() const { return m_json; }
    ApiError error() const { return m_error; }

    // Decoding that runs on a pool thread instead of decode(): a large page is then parsed while the job's
    // thread does other work (the sync writes the previous page meanwhile). It must not touch the job,
    // which may be gone when it ends: it reads the body and keeps its results in itself.
    class BackgroundDecoder
    {
    public:
        virtual ~BackgroundDecoder() = default;
        // Same contract as decode(); `why` is translated.
        virtual bool run(const QByteArray &body, int maxDepth, QString *why) = 0;
    };

Q_SIGNALS:
    void finished();
    void failed(const simuwave::ApiError &error);
    // The job holds back for `seconds` before the next attempt (`nextAttempt`, 1-based).
    void waiting(int seconds, int nextAttempt);

protected:
    // Decodes a 2xx body (never called for 304/204 with an empty body). Returns false with `why`
    // (translated) when the body breaks the contract. The default requires a JSON object.
    virtual bool decode(const QByteArray &body, QString *why);

    // A decoder for this answer, or null to decode() inline (the default).
    virtual std::shared_ptr<BackgroundDecoder> backgroundDecoder() { return {}; }
    // On the job's thread when the body of a 2xx answer is complete, before the background decoding starts.
    virtual void bodyReceived(const QByteArray &body) { Q_UNUSED(body); }
    // Back on the job's thread after a successful run(), just before finished().
    virtual void backgroundDecoded(const std::shared_ptr<BackgroundDecoder> &decoder) { Q_UNUSED(decoder); }

    ApiClient *client() const { return m_client; }

private:
    enum class AbortReason
    {
        None,
        TooLarge,
        Cancelled
    };

    void scheduleAttempt(std::chrono::milliseconds delay);
    void sendAttempt();
    void onReadyRead();
    void onMetaData();
    void onReplyFinished();
    ApiError classify(QNetworkReply *reply);
    ApiError transportError(QNetworkReply *reply) const;
    void classifyErrorBody(ApiError *error) const;
    bool mayRetry(const ApiError &error) const;
    void finish(const ApiError &error);
    void releaseReply();
    void startBackgroundDecode();
    ApiError contractError(const QString &why) const;

    QPointer<ApiClient> m_client;
    QByteArray m_verb;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_requestBody;
    QByteArray m_contentType;
    QByteArray m_idempotencyKey;
    QByteArray m_ifMatch;
    QByteArray m_ifNoneMatch;
    QString m_bearerOverride;
    std::optional<RetryPolicy> m_policy;
    bool m_autoDelete = true;

    QPointer<QNetworkReply> m_reply; // QPointer: the client (and its replies) may go first at shutdown
    QTimer m_waitTimer;
    bool m_running = false;
    bool m_done = false;
    int m_attempt = 0;
    qint64 m_maxBytes = 0;
    AbortReason m_abortReason = AbortReason::None;
    QList<QSslError> m_sslErrors;

    int m_httpStatus = 0;
    QString m_requestId;
    QByteArray m_etag;
    QByteArray m_body;
    QJsonObject m_json;
    ApiError m_error;
    std::shared_ptr<BackgroundDecoder> m_background; // chosen by classify(), run after the reply is gone
};

} // namespace simuwave
