#include "core/BodyReader.h"

#include <cmath>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace simuwave::sandbox {

static QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::sandbox", text);
}

BodyReader::BodyReader(const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        m_badRequest =
            errors::badRequest(QStringLiteral("invalid_json"),
                               tr("The request body must be a JSON object (%1).").arg(pe.errorString()));
        return;
    }
    m_object = doc.object();
}

void BodyReader::addError(const QString &field, const QString &message)
{
    for (const auto &e : std::as_const(m_errors))
        if (e.first == field)
            return;
    m_errors.append({field, message});
}

std::optional<QString> BodyReader::string(const QString &field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, tr("%1 is required.").arg(field));
        return std::nullopt;
    }
    if (!v.isString()) {
        addError(field, tr("%1 must be a string.").arg(field));
        return std::nullopt;
    }
    return v.toString();
}

static std::optional<qint64> asInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (std::floor(d) != d || std::abs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

std::optional<qint64> BodyReader::integer(const QString &field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, tr("%1 is required.").arg(field));
        return std::nullopt;
    }
    auto i = asInteger(v);
    if (!i)
        addError(field, tr("%1 must be a whole number.").arg(field));
    return i;
}

std::optional<std::optional<qint64>> BodyReader::nullableInteger(const QString &field)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined())
        return std::nullopt;
    if (v.isNull())
        return std::optional<qint64>();
    auto i = asInteger(v);
    if (!i) {
        addError(field, tr("%1 must be a whole number or null (unlimited).").arg(field));
        return std::nullopt;
    }
    return std::optional<qint64>(*i);
}

std::optional<bool> BodyReader::boolean(const QString &field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, tr("%1 is required.").arg(field));
        return std::nullopt;
    }
    if (!v.isBool()) {
        addError(field, tr("%1 must be true or false.").arg(field));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<QStringList> BodyReader::stringList(const QString &field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, tr("%1 is required.").arg(field));
        return std::nullopt;
    }
    if (!v.isArray()) {
        addError(field, tr("%1 must be a list of strings.").arg(field));
        return std::nullopt;
    }
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString()) {
            addError(field, tr("%1 must be a list of strings.").arg(field));
            return std::nullopt;
        }
        out.append(e.toString());
    }
    return out;
}

std::optional<QJsonObject> BodyReader::object(const QString &field, bool required)
{
    const QJsonValue v = m_object.value(field);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            addError(field, tr("%1 is required.").arg(field));
        return std::nullopt;
    }
    if (!v.isObject()) {
        addError(field, tr("%1 must be an object.").arg(field));
        return std::nullopt;
    }
    return v.toObject();
}

void BodyReader::rejectUnknown(const QStringList &known)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it)
        if (!known.contains(it.key()))
            addError(it.key(), tr("%1 is not a field of this resource.").arg(it.key()));
}

} // namespace simuwave::sandbox
