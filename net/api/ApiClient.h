#pragma once
#include "api/ApiError.h"
#include "api/JsonGuard.h"
#include "api/RetryPolicy.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace simuwave {

Q_DECLARE_LOGGING_CATEGORY(lcApi)

// One API endpoint as seen by the console: the QNetworkAccessManager, the base URL, the bearer
// credential, the user agent, and the shared rate-limit state every job consults before it sends.
// Jobs (ApiJob and its subclasses) are created against a client and do the actual requests.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    using TokenProvider = std::function<QString()>;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Refuses (false, with a translated reason) anything but https, and http to a loopback host.
    bool setBaseUrl(const QUrl &url, QString *why = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }

    // The bearer credential is asked for at every attempt, so a token refreshed meanwhile is used
    // by the retries too. An empty token sends no Authorization header.
    void setTokenProvider(TokenProvider provider) { m_tokenProvider = std::move(provider); }
    void setBearerToken(const QString &token);

    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }

    // Longest time without any byte moving before a request fails as a timeout.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }

    void setLimits(const JsonLimits &limits) { m_limits = limits; }
    JsonLimits limits() const { return m_limits; }

    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // 127.0.0.0/8, ::1 and "localhost".
    static bool isLoopbackHost(const QString &host);
    // Kind::None when the console may send credentials to `url`; Kind::Insecure otherwise.
    static ApiError checkUrl(const QUrl &url);

    // `path` is relative to the base URL ("tenants", "/tenants/tnt_1/suspend").
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;
    // A request with Authorization, User-Agent, Accept, the redirect policy and the transfer timeout.
    QNetworkRequest makeRequest(const QUrl &url) const;

    // How long requests must still hold back because the server said X-RateLimit-Remaining: 0.
    std::chrono::milliseconds rateLimitPause() const;
    // Called by jobs for every answer: remembers the rate-limit state.
    void noteResponse(QNetworkReply *reply);
    // Called by jobs for a final failure: lets the application react to 401/403 in one place.
    void noteFailure(const ApiError &error);
    // Called by jobs when they hold back before sending (a retry or the rate limit).
    void noteWaiting(int seconds);

    // The server's Date header, or the local clock: the reference for Retry-After and rate-limit resets.
    static QDateTime serverNow(QNetworkReply *reply);

Q_SIGNALS:
    // A final 401: the application asks to sign in again (nothing is lost; jobs can be restarted).
    void unauthorized(const simuwave::ApiError &error);
    // A final 403: the application refreshes the role from /me.
    void forbidden(const simuwave::ApiError &error);
    // A request holds back for `seconds` (Retry-After, backoff, or the rate limit); for the UI.
    void waiting(int seconds);

private:
    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    TokenProvider m_tokenProvider;
    QByteArray m_userAgent;
    std::chrono::milliseconds m_transferTimeout{30'000};
    JsonLimits m_limits;
    RetryPolicy m_retryPolicy;
    QDeadlineTimer m_rateLimitResume{QDeadlineTimer::Forever};
    bool m_rateLimited = false;
};

} // namespace simuwave
