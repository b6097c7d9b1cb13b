#include "core/Api.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace simuwave::sandbox {

ApiResponse ApiResponse::ok(const QJsonValue &json, int status)
{
    ApiResponse r;
    r.status = status;
    r.json = json;
    return r;
}

ApiResponse ApiResponse::noContent()
{
    ApiResponse r;
    r.status = 204;
    r.empty = true;
    return r;
}

ApiResponse ApiResponse::bytes(const QByteArray &body, const QByteArray &contentType)
{
    ApiResponse r;
    r.isRaw = true;
    r.rawBody = body;
    r.contentType = contentType;
    return r;
}

QByteArray ApiResponse::serializedBody() const
{
    if (empty)
        return {};
    if (isRaw)
        return rawBody;
    if (json.isObject())
        return QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact);
    if (json.isArray())
        return QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

namespace errors {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

ApiResponse make(int status, const QString &type, const QString &code, const QString &message,
                 const QString &param, const QJsonObject &fields)
{
    QJsonObject e{
        {QStringLiteral("type"), type},
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message},
        {QStringLiteral("param"), param.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(param)},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("request_id"), QJsonValue(QJsonValue::Null)},
    };
    return ApiResponse::ok(QJsonObject{{QStringLiteral("error"), e}}, status);
}

ApiResponse badRequest(const QString &code, const QString &message, const QString &param)
{
    return make(400, QStringLiteral("invalid_request_error"), code, message, param);
}

ApiResponse unauthorized(const QString &code, const QString &message)
{
    auto r = make(401, QStringLiteral("authentication_error"), code, message);
    r.addHeader("WWW-Authenticate", "Bearer realm=\"simuwave\"");
    return r;
}

ApiResponse forbidden(const QString &message)
{
    return make(403, QStringLiteral("permission_error"), QStringLiteral("permission_denied"),
                message.isEmpty() ? tr("permission denied") : message);
}

ApiResponse notFound(const QString &what, const QString &id)
{
    const QString msg = id.isEmpty() ? tr("%1 not found.").arg(what) : tr("%1 %2 not found.").arg(what, id);
    return make(404, QStringLiteral("not_found_error"), QStringLiteral("resource_missing"), msg,
                id.isEmpty() ? QString() : QStringLiteral("id"));
}

ApiResponse conflict(const QString &code, const QString &message, const QString &param)
{
    return make(409, QStringLiteral("conflict_error"), code, message, param);
}

ApiResponse validation(const QList<QPair<QString, QString>> &fieldMessages)
{
    QJsonObject fields;
    for (const auto &[field, message] : fieldMessages)
        if (!fields.contains(field))
            fields.insert(field, message);
    const QString first = fieldMessages.isEmpty() ? QString() : fieldMessages.first().first;
    const QString message =
        fieldMessages.isEmpty() ? tr("The request is invalid.") : fieldMessages.first().second;
    return make(422, QStringLiteral("validation_error"), QStringLiteral("invalid_fields"), message, first,
                fields);
}

ApiResponse validationField(const QString &field, const QString &message)
{
    return validation({{field, message}});
}

} // namespace errors
} // namespace simuwave::sandbox
