#include "api/ApiJob.h"

#include "api/ApiClient.h"
#include "api/JsonGuard.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QThreadPool>

namespace simuwave {

namespace {

int ceilSeconds(std::chrono::milliseconds ms)
{
    return static_cast<int>((ms.count() + 999) / 1000);
}

} // namespace

ApiJob::ApiJob(ApiClient *client, const QByteArray &verb, const QString &path, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_verb(verb.toUpper())
    , m_path(path)
{
    m_waitTimer.setSingleShot(true);
    // A coarse timer may fire up to 5% early: never earlier than the server's Retry-After.
    m_waitTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_waitTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
    // The client (and with it the replies) going away ends the job cleanly instead of leaving it hanging.
    if (client)
        connect(client, &QObject::destroyed, this, &ApiJob::abort);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiJob::setJsonBody(const QJsonObject &body)
{
    setBody(QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
}

void ApiJob::setBody(const QByteArray &body, const QByteArray &contentType)
{
    m_requestBody = body;
    m_contentType = contentType;
}

void ApiJob::start()
{
    if (m_running || m_done)
        return;
    m_running = true;
    if (!m_client) {
        ApiError error;
        error.kind = ApiError::Kind::Cancelled;
        error.message = ApiError::defaultMessage(error.kind);
        // Let the caller connect before hearing about it.
        QTimer::singleShot(0, this, [this, error] { finish(error); });
        return;
    }
    if (!m_policy)
        m_policy = m_client->retryPolicy();
    scheduleAttempt(std::chrono::milliseconds{0});
}

void ApiJob::abort()
{
    if (!m_running)
        return;
    m_waitTimer.stop();
    if (m_reply) {
        m_abortReason = AbortReason::Cancelled;
        m_reply->abort(); // finishes the reply, which finishes the job
        return;
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = ApiError::defaultMessage(error.kind);
    finish(error);
}

void ApiJob::scheduleAttempt(std::chrono::milliseconds delay)
{
    m_waitTimer.start(delay);
}

void ApiJob::sendAttempt()
{
    if (!m_running)
        return;
    if (!m_client) {
        abort();
        return;
    }
    // Another answer said the quota is used up: hold back until it resets instead of earning a 429.
    const std::chrono::milliseconds pause = m_client->rateLimitPause();
    if (pause.count() > 10) { // a few ms left over from timer rounding are not worth another wait
        Q_EMIT waiting(ceilSeconds(pause), m_attempt + 1);
        m_client->noteWaiting(ceilSeconds(pause));
        scheduleAttempt(pause);
        return;
    }

    const QUrl url = m_client->urlFor(m_path, m_query);
    const ApiError urlCheck = ApiClient::checkUrl(url);
    if (urlCheck.isError()) {
        finish(urlCheck);
        return;
    }

    ++m_attempt;
    m_body.clear();
    m_json = {};
    m_sslErrors.clear();
    m_abortReason = AbortReason::None;
    m_httpStatus = 0;
    m_requestId.clear();
    m_etag.clear();
    m_maxBytes = m_client->limits().maxBodyBytes;

    QNetworkRequest request = m_client->makeRequest(url);
    if (!m_bearerOverride.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
                             QByteArrayLiteral("Bearer ") + m_bearerOverride.toUtf8());
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), m_idempotencyKey);
    if (!m_ifMatch.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-Match"), m_ifMatch);
    if (!m_ifNoneMatch.isEmpty())
        request.setRawHeader(QByteArrayLiteral("If-None-Match"), m_ifNoneMatch);
    if (!m_contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);

    QNetworkAccessManager *nam = m_client->networkAccessManager();
    if (m_verb == "GET")
        m_reply = nam->get(request);
    else
        m_reply = nam->sendCustomRequest(request, m_verb, m_requestBody);

    connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaData);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    // Recorded for the message only: the errors are never ignored, so the handshake fails closed.
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    qCDebug(lcApi) << m_verb << url.path() << "attempt" << m_attempt;
}

void ApiJob::onMetaData()
{
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_maxBytes) {
        m_abortReason = AbortReason::TooLarge;
        m_reply->abort();
    } else if (length.isValid() && length.toLongLong() > m_body.capacity()) {
        m_body.reserve(length.toLongLong()); // one allocation for a 300 KB page instead of regrowing it
    }
}

void ApiJob::onReadyRead()
{
    if (!m_reply || m_abortReason != AbortReason::None)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes) {
        m_abortReason = AbortReason::TooLarge;
        m_body.clear(); // memory stays bounded by the cap
        m_reply->abort();
    }
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    if (m_abortReason == AbortReason::None && reply->isOpen()) {
        m_body += reply->readAll();
        if (m_body.size() > m_maxBytes) {
            m_abortReason = AbortReason::TooLarge;
            m_body.clear();
        }
    }
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_requestId = QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("X-Request-Id")));
    m_etag = reply->rawHeader(QByteArrayLiteral("ETag"));
    if (m_client)
        m_client->noteResponse(reply);

    const ApiError error = classify(reply);
    const QNetworkReply::NetworkError networkError = reply->error();
    releaseReply();

    if (!error.isError()) {
        if (m_background)
            startBackgroundDecode();
        else
            finish(error);
        return;
    }
    if (mayRetry(error) || (error.kind == ApiError::Kind::Network && m_attempt < m_policy->maxAttempts &&
                            (networkError == QNetworkReply::ConnectionRefusedError ||
                             networkError == QNetworkReply::HostNotFoundError))) {
        // Refused connections and unknown hosts never reached the server, so even a POST without an
        // Idempotency-Key is safe to send again.
        const std::chrono::milliseconds delay = m_policy->delayFor(error, m_attempt + 1);
        qCInfo(lcApi) << m_verb << m_path << "failed:" << ApiError::kindName(error.kind) << m_httpStatus
                      << "request id" << error.requestId << "- retrying in" << delay.count() << "ms";
        m_error = error;
        Q_EMIT waiting(ceilSeconds(delay), m_attempt + 1);
        if (m_client)
            m_client->noteWaiting(ceilSeconds(delay));
        scheduleAttempt(delay);
        return;
    }
    finish(error);
}

void ApiJob::releaseReply()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    // deleteLater: we may be inside one of its signals (abort() from readyRead finishes synchronously).
    m_reply->deleteLater();
    m_reply = nullptr;
}

bool ApiJob::mayRetry(const ApiError &error) const
{
    if (!error.isTransient() || m_attempt >= m_policy->maxAttempts)
        return false;
    // A POST that may have reached the server is only repeated under the same Idempotency-Key.
    if (m_verb == "POST" && m_idempotencyKey.isEmpty())
        return error.kind == ApiError::Kind::RateLimited;
    return true;
}

ApiError ApiJob::classify(QNetworkReply *reply)
{
    ApiError error;
    error.httpStatus = m_httpStatus;
    error.requestId = m_requestId;

    if (m_abortReason == AbortReason::Cancelled) {
        error.kind = ApiError::Kind::Cancelled;
        error.message = ApiError::defaultMessage(error.kind);
        return error;
    }
    if (m_abortReason == AbortReason::TooLarge) {
        error.kind = ApiError::Kind::Contract;
        error.message = tr("The server's answer is larger than the limit of %1 MiB; it was discarded.")
                            .arg(m_maxBytes / (1024 * 1024));
        return error;
    }

    const QNetworkReply::NetworkError code = reply->error();
    const bool transport =
        code != QNetworkReply::NoError && (m_httpStatus == 0 || code < QNetworkReply::ContentAccessDenied ||
                                           code == QNetworkReply::ProtocolFailure);
    if (transport)
        return transportError(reply);

    if (m_httpStatus >= 300 && m_httpStatus < 400 && m_httpStatus != 304) {
        error.kind = ApiError::Kind::Insecure;
        error.message = tr("The server redirected the request to %1; it was not followed so that your "
                           "credentials stay with %2.")
                            .arg(QString::fromLatin1(reply->rawHeader(QByteArrayLiteral("Location"))),
                                 reply->url().host());
        return error;
    }

    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        if (m_httpStatus == 204 || (m_body.trimmed().isEmpty() && m_verb != "GET"))
            return error;
        if ((m_background = backgroundDecoder()))
            return error; // decoded off this thread once the reply is released (startBackgroundDecode)
        QString why;
        if (!decode(m_body, &why))
            return contractError(why);
        return error;
    }
    if (m_httpStatus == 304)
        return error;

    error.kind = ApiError::Kind(ApiError::kindForStatus(m_httpStatus));
    classifyErrorBody(&error);
    const QDateTime now = ApiClient::serverNow(reply);
    if (reply->hasRawHeader(QByteArrayLiteral("Retry-After")))
        error.retryAfter = RetryPolicy::parseRetryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")),
                                                        now, m_policy->maxServerDelay);
    if (!error.retryAfter && error.kind == ApiError::Kind::RateLimited &&
        reply->hasRawHeader(QByteArrayLiteral("X-RateLimit-Reset")))
        error.retryAfter = RetryPolicy::parseRateLimitReset(
            reply->rawHeader(QByteArrayLiteral("X-RateLimit-Reset")), now, m_policy->maxServerDelay);
    return error;
}

void ApiJob::classifyErrorBody(ApiError *error) const
{
    // An error page from a proxy (HTML 502) is still a server error: the status decides the kind,
    // the body only adds detail when it is the contract's envelope.
    QJsonObject object;
    if (JsonGuard::parseObject(m_body, m_client ? m_client->limits().maxDepth : 64, &object, nullptr)) {
        const QJsonObject envelope = object.value(QLatin1String("error")).toObject();
        error->message = envelope.value(QLatin1String("message")).toString();
        error->code = envelope.value(QLatin1String("code")).toString();
        error->type = envelope.value(QLatin1String("type")).toString();
        error->param = envelope.value(QLatin1String("param")).toString();
        if (error->requestId.isEmpty())
            error->requestId = envelope.value(QLatin1String("request_id")).toString();
        const QJsonObject fields = envelope.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonValue v = it.value();
            QString text;
            if (v.isString())
                text = v.toString();
            else if (v.isArray())
                text = v.toArray().first().toString(); // several messages for a field: show the first
            if (text.isEmpty())
                text = QCoreApplication::translate("ApiJob", "invalid value");
            error->fields.insert(it.key(), text);
        }
        if (error->fields.isEmpty() && !error->param.isEmpty() && error->kind == ApiError::Kind::Validation)
            error->fields.insert(error->param, error->message);
    }
    if (error->message.isEmpty())
        error->message = ApiError::defaultMessage(error->kind, error->httpStatus);
}

ApiError ApiJob::transportError(QNetworkReply *reply) const
{
    ApiError error;
    error.httpStatus = m_httpStatus;
    error.requestId = m_requestId;
    const QString host = reply->url().host();
    switch (reply->error()) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply this way
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("%1 stopped answering for %2 seconds; the transfer was given up.")
                            .arg(host)
                            .arg(m_client ? m_client->transferTimeout().count() / 1000.0 : 0.0);
        break;
    case QNetworkReply::SslHandshakeFailedError: {
        QStringList reasons;
        for (const QSslError &e : m_sslErrors)
            reasons << e.errorString();
        error.kind = ApiError::Kind::Tls;
        error.message =
            tr("The secure connection to %1 failed (%2); the console does not talk to a server "
               "it cannot verify.")
                .arg(host, reasons.isEmpty() ? reply->errorString() : reasons.join(QLatin1String("; ")));
        break;
    }
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        error.kind = ApiError::Kind::Insecure;
        error.message =
            tr("The server redirected the request to another address; it was stopped so that your "
               "credentials stay with %1.")
                .arg(host);
        break;
    case QNetworkReply::HostNotFoundError:
        error.kind = ApiError::Kind::Network;
        error.message =
            tr("The server name %1 could not be resolved (no network or a wrong address).").arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = ApiError::Kind::Network;
        error.message = tr("%1 refused the connection.").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.kind = ApiError::Kind::Network;
        error.message = tr("%1 closed the connection before the answer was complete.").arg(host);
        break;
    default:
        error.kind = ApiError::Kind::Network;
        error.message = tr("Network error talking to %1: %2").arg(host, reply->errorString());
        break;
    }
    return error;
}

ApiError ApiJob::contractError(const QString &why) const
{
    ApiError error;
    error.httpStatus = m_httpStatus;
    error.requestId = m_requestId;
    error.kind = ApiError::Kind::Contract;
    error.message = tr("The server's answer to %1 %2 does not follow the API contract: %3.")
                        .arg(QString::fromLatin1(m_verb), m_path, why);
    qCWarning(lcApi) << "contract error" << m_verb << m_path << why << "request id" << m_requestId;
    return error;
}

void ApiJob::startBackgroundDecode()
{
    const std::shared_ptr<BackgroundDecoder> decoder = std::exchange(m_background, {});
    bodyReceived(m_body);
    auto promise = std::make_shared<QPromise<QString>>();
    auto *watcher = new QFutureWatcher<QString>(this); // goes with the job: a late result is then dropped
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, decoder] {
        watcher->deleteLater();
        if (m_done)
            return; // aborted while decoding
        const QString why = watcher->result();
        if (!why.isNull()) {
            finish(contractError(why));
            return;
        }
        backgroundDecoded(decoder);
        ApiError ok;
        ok.httpStatus = m_httpStatus;
        ok.requestId = m_requestId;
        finish(ok);
    });
    watcher->setFuture(promise->future());
    promise->start();
    const int maxDepth = m_client ? m_client->limits().maxDepth : 64;
    QThreadPool::globalInstance()->start([promise, decoder, body = m_body, maxDepth] {
        QString why;
        // A null string means success; a failure always carries a (non-null) reason.
        if (decoder->run(body, maxDepth, &why))
            why = QString();
        else if (why.isNull())
            why = QLatin1String("");
        promise->addResult(why);
        promise->finish();
    });
    m_body.clear(); // the pool task holds its own reference
}

bool ApiJob::decode(const QByteArray &body, QString *why)
{
    return JsonGuard::parseObject(body, m_client ? m_client->limits().maxDepth : 64, &m_json, why);
}

void ApiJob::finish(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    m_running = false;
    m_waitTimer.stop();
    m_error = error;
    if (error.isError()) {
        qCInfo(lcApi) << m_verb << m_path << "failed:" << ApiError::kindName(error.kind) << error.httpStatus
                      << "request id" << error.requestId;
        if (m_client)
            m_client->noteFailure(error);
        Q_EMIT failed(error);
    } else {
        Q_EMIT finished();
    }
    if (m_autoDelete)
        deleteLater();
}

} // namespace simuwave
