#pragma once
#include <QMap>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

namespace simuwave {

// One failed API call, classified so callers decide by kind (retry, sign in again, show on a field)
// instead of by HTTP status or QNetworkReply error codes.
struct ApiError
{
    enum class Kind
    {
        None,
        Network,            // connection refused, DNS failure, reset, host closed
        Timeout,            // transfer stalled longer than the transfer timeout
        Tls,                // certificate or handshake failure (never ignored)
        Insecure,           // plain http to a non-loopback host, or a redirect to another origin
        Unauthorized,       // 401
        Forbidden,          // 403
        NotFound,           // 404
        Conflict,           // 409
        PreconditionFailed, // 412
        Validation,         // 422, with per-field messages
        RateLimited,        // 429
        Client,             // any other 4xx
        Server,             // 5xx, whatever the body looks like
        Contract,           // the body is not the JSON the contract promises, or is too big or too deep
        Cancelled,          // the caller aborted the job
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    // error.code of the envelope, e.g. "idempotency_key_in_use"
    QString type;    // error.type of the envelope
    QString param;   // error.param of the envelope
    QString message; // translated or server-provided text for people
    QString requestId;
    QMap<QString, QString> fields;                  // 422: field -> message
    std::optional<std::chrono::seconds> retryAfter; // parsed and clamped Retry-After, if any

    bool isError() const { return kind != Kind::None; }
    // Worth sending again with the same request (and the same Idempotency-Key).
    bool isTransient() const;
    // A one-line text for people: the message plus the request id when the server gave one.
    QString displayText() const;

    static QString kindName(Kind kind);
    // Generic translated text for a kind, used when the server gave no usable message.
    static QString defaultMessage(Kind kind, int httpStatus = 0);
    static Kind kindForStatus(int httpStatus);
};

} // namespace simuwave

Q_DECLARE_METATYPE(simuwave::ApiError)
