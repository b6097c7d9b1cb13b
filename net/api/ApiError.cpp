#include "api/ApiError.h"

#include <QCoreApplication>

namespace simuwave {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
        return true;
    case Kind::Server:
        // 501 and 505 will not change by asking again.
        return httpStatus != 501 && httpStatus != 505;
    case Kind::Conflict:
        // The server is still working on the first request with this Idempotency-Key: ask again later
        // with the same key (it then replays the first answer). Other conflicts are final.
        return code.startsWith(QLatin1String("idempotency_key_in_"));
    default:
        return false;
    }
}

QString ApiError::displayText() const
{
    const QString text = message.isEmpty() ? defaultMessage(kind, httpStatus) : message;
    if (requestId.isEmpty())
        return text;
    return QCoreApplication::translate("ApiError", "%1 (request id %2)").arg(text, requestId);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Insecure:
        return QStringLiteral("insecure");
    case Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case Kind::Forbidden:
        return QStringLiteral("forbidden");
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::PreconditionFailed:
        return QStringLiteral("precondition_failed");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case Kind::Client:
        return QStringLiteral("client");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Contract:
        return QStringLiteral("contract");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

QString ApiError::defaultMessage(Kind kind, int httpStatus)
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "The server could not be reached.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError", "The server stopped answering (timed out).");
    case Kind::Tls:
        return QCoreApplication::translate(
            "ApiError", "The secure connection failed: the server's certificate is not trusted.");
    case Kind::Insecure:
        return QCoreApplication::translate("ApiError",
                                           "The connection was refused because it would not be secure.");
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError",
                                           "Your session has expired or the credentials are invalid.");
    case Kind::Forbidden:
        return QCoreApplication::translate("ApiError", "Permission denied: your role does not allow this.");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "The record no longer exists on the server.");
    case Kind::Conflict:
        return QCoreApplication::translate("ApiError", "The change conflicts with the server's data.");
    case Kind::PreconditionFailed:
        return QCoreApplication::translate("ApiError",
                                           "The record was changed by someone else in the meantime.");
    case Kind::Validation:
        return QCoreApplication::translate("ApiError", "The server rejected some fields.");
    case Kind::RateLimited:
        return QCoreApplication::translate("ApiError", "Too many requests: the server asked to slow down.");
    case Kind::Client:
        return QCoreApplication::translate("ApiError", "The server rejected the request (HTTP %1).")
            .arg(httpStatus);
    case Kind::Server:
        return QCoreApplication::translate("ApiError", "The server had a problem (HTTP %1).").arg(httpStatus);
    case Kind::Contract:
        return QCoreApplication::translate("ApiError",
                                           "The server sent an answer the console does not understand.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    }
    return {};
}

ApiError::Kind ApiError::kindForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 400)
        return Kind::None;
    switch (httpStatus) {
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
    case 410:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 412:
        return Kind::PreconditionFailed;
    case 422:
        return Kind::Validation;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus < 600)
        return Kind::Server;
    if (httpStatus >= 400 && httpStatus < 500)
        return Kind::Client;
    return Kind::Contract; // 1xx leftovers or nonsense status codes
}

} // namespace simuwave
