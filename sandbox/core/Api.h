#pragma once
// The request/response value types every resource handler works with, and the error envelope
// {"error": {type, code, message, param, fields, request_id}} built in one place so that every
// resource answers errors the same way.
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrlQuery>

namespace simuwave::sandbox {

// Who is calling: a signed-in user (session token) or an API key.
struct Principal
{
    enum class Kind
    {
        None,
        Session,
        ApiKey
    };
    Kind kind = Kind::None;
    qint64 userId = 0;          // the user behind a session (0 for keys)
    qint64 sessionId = 0;       // the session row (sessions only)
    qint64 keyId = 0;           // the API key row (keys only)
    QString role;               // partner_admin | partner_user (sessions); empty for keys
    QSet<QString> scopes;       // "tenants:read", "tenants:write", ...
    QList<qint64> tenantScope;  // empty = every tenant of the partner
    int rateLimitPerMinute = 0; // the key's own limit; 0 = only the partner's limit applies

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
    bool isTenantScoped() const { return !tenantScope.isEmpty(); }
    bool allowsTenant(qint64 tenantId) const
    {
        return tenantScope.isEmpty() || tenantScope.contains(tenantId);
    }
};

struct ApiRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path;      // decoded path, e.g. /v1/tenants/tnt_0000001
    QUrlQuery query;
    QByteArray body;
    QByteArray requestId;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QHash<QString, QString> params;        // path parameters from the route pattern ("id" -> "tnt_...")
    QString routePattern;                  // the matched pattern, e.g. /v1/tenants/{id}
    Principal principal;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    QString pathParam(const QString &name) const { return params.value(name); }
    bool hasQuery(const QString &name) const { return query.hasQueryItem(name); }
    QString queryValue(const QString &name) const { return query.queryItemValue(name, QUrl::FullyDecoded); }
};

struct ApiResponse
{
    int status = 200;
    QJsonValue json;    // serialized compactly by the framework
    QByteArray rawBody; // used instead of json when isRaw (logo bytes, documents)
    QByteArray contentType = QByteArrayLiteral("application/json");
    bool isRaw = false;
    bool empty = false;       // 204 / 304: no body at all
    bool keepChanges = false; // commit the handler's writes even though it answers an error (auto-suspend)
    QList<QPair<QByteArray, QByteArray>> headers;

    static ApiResponse ok(const QJsonValue &json, int status = 200);
    static ApiResponse created(const QJsonValue &json) { return ok(json, 201); }
    static ApiResponse noContent();
    static ApiResponse bytes(const QByteArray &body, const QByteArray &contentType);

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.emplaceBack(name, value); }
    bool isError() const { return status >= 400; }
    QByteArray serializedBody() const;
};

// Error builders. The framework fills in error.request_id for every error answer.
namespace errors {
ApiResponse make(int status, const QString &type, const QString &code, const QString &message,
                 const QString &param = {}, const QJsonObject &fields = {});
ApiResponse badRequest(const QString &code, const QString &message, const QString &param = {});
ApiResponse unauthorized(const QString &code, const QString &message);
ApiResponse forbidden(const QString &message = {});
ApiResponse notFound(const QString &what, const QString &id = {});
ApiResponse conflict(const QString &code, const QString &message, const QString &param = {});
// 422 with one message per field ("sip_prefix" -> "..."); `param` is the first field.
ApiResponse validation(const QList<QPair<QString, QString>> &fieldMessages);
ApiResponse validationField(const QString &field, const QString &message);
} // namespace errors

} // namespace simuwave::sandbox
