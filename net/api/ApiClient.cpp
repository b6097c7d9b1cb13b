#include "api/ApiClient.h"

#include "api/ApiConfig.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace simuwave {

Q_LOGGING_CATEGORY(lcApi, "simuwave.net.api")

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_baseUrl(ApiConfig::defaultBaseUrl())
{
    // Qt's default policy follows redirects to any host and forwards our headers (Authorization
    // included) there; same-origin keeps the credential on the server it was meant for.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_nam->setAutoDeleteReplies(false); // jobs own their replies
    m_userAgent =
        QByteArrayLiteral("SimuWavePartnerConsole/") +
        (QCoreApplication::applicationVersion().isEmpty() ? QByteArrayLiteral("dev")
                                                          : QCoreApplication::applicationVersion().toUtf8()) +
        QByteArrayLiteral(" Qt/") + QByteArray(qVersion());
}

ApiClient::~ApiClient() = default;

bool ApiClient::setBaseUrl(const QUrl &url, QString *why)
{
    const ApiError check = checkUrl(url);
    if (check.isError()) {
        if (why)
            *why = check.message;
        return false;
    }
    m_baseUrl = url;
    return true;
}

void ApiClient::setBearerToken(const QString &token)
{
    m_tokenProvider = [token] { return token; };
}

bool ApiClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 ||
        host.compare(QLatin1String("localhost."), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

ApiError ApiClient::checkUrl(const QUrl &url)
{
    ApiError error;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()) {
        error.kind = ApiError::Kind::Insecure;
        error.message =
            QCoreApplication::translate("ApiClient", "The server address \"%1\" is not a valid URL.")
                .arg(url.toDisplayString());
    } else if (scheme == QLatin1String("https")) {
        return error;
    } else if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return error;
        error.kind = ApiError::Kind::Insecure;
        error.message =
            QCoreApplication::translate(
                "ApiClient", "Plain http is only allowed to this computer (loopback); use https for %1.")
                .arg(url.host());
    } else {
        error.kind = ApiError::Kind::Insecure;
        error.message =
            QCoreApplication::translate("ApiClient", "The server address must start with https://.");
    }
    return error;
}

QUrl ApiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString rel = path;
    while (rel.startsWith(QLatin1Char('/')))
        rel.remove(0, 1);
    url.setPath(rel.isEmpty() ? base : base + QLatin1Char('/') + rel);
    url.setQuery(query.isEmpty() ? QUrlQuery() : query);
    return url;
}

QNetworkRequest ApiClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (m_tokenProvider) {
        const QString token = m_tokenProvider();
        if (!token.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"),
                                 QByteArrayLiteral("Bearer ") + token.toUtf8());
    }
    return request;
}

std::chrono::milliseconds ApiClient::rateLimitPause() const
{
    if (!m_rateLimited || m_rateLimitResume.hasExpired())
        return std::chrono::milliseconds{0};
    return std::chrono::milliseconds{m_rateLimitResume.remainingTime()};
}

QDateTime ApiClient::serverNow(QNetworkReply *reply)
{
    if (reply) {
        const QDateTime date = RetryPolicy::parseHttpDate(reply->rawHeader(QByteArrayLiteral("Date")));
        if (date.isValid())
            return date;
    }
    return QDateTime::currentDateTimeUtc();
}

void ApiClient::noteResponse(QNetworkReply *reply)
{
    if (!reply || !reply->hasRawHeader(QByteArrayLiteral("X-RateLimit-Remaining")))
        return;
    const QByteArray remaining = reply->rawHeader(QByteArrayLiteral("X-RateLimit-Remaining")).trimmed();
    if (remaining != "0") {
        m_rateLimited = false;
        return;
    }
    const auto wait =
        RetryPolicy::parseRateLimitReset(reply->rawHeader(QByteArrayLiteral("X-RateLimit-Reset")),
                                         serverNow(reply), m_retryPolicy.maxServerDelay);
    // No usable reset time: hold back for the policy's base delay rather than not at all.
    const std::chrono::milliseconds pause =
        wait ? std::chrono::milliseconds(*wait)
             : std::max(m_retryPolicy.baseDelay, std::chrono::milliseconds{1000});
    m_rateLimited = true;
    m_rateLimitResume.setRemainingTime(pause.count());
    qCInfo(lcApi) << "rate limit exhausted; holding requests for" << pause.count() << "ms";
}

void ApiClient::noteFailure(const ApiError &error)
{
    if (error.kind == ApiError::Kind::Unauthorized)
        Q_EMIT unauthorized(error);
    else if (error.kind == ApiError::Kind::Forbidden)
        Q_EMIT forbidden(error);
}

void ApiClient::noteWaiting(int seconds)
{
    Q_EMIT waiting(seconds);
}

} // namespace simuwave
