#pragma once
// Reads a JSON request body field by field, collecting one 422 message per bad field (wrong type,
// missing, out of range) so that a client sees every problem at once. Strict types: "12" is not an
// integer, 12.5 is not an integer of cents, true is not a string.
#include "core/Api.h"

#include <optional>
#include <QJsonObject>

namespace simuwave::sandbox {

class BodyReader
{
public:
    // Parses req.body as a JSON object; an empty body is an empty object. On malformed JSON
    // badRequest() holds the 400 to answer.
    explicit BodyReader(const QByteArray &body);
    std::optional<ApiResponse> badRequest() const { return m_badRequest; }

    const QJsonObject &object() const { return m_object; }
    bool has(const QString &field) const { return m_object.contains(field); }
    bool isNull(const QString &field) const { return m_object.value(field).isNull(); }

    std::optional<QString> string(const QString &field, bool required = false);
    std::optional<qint64> integer(const QString &field, bool required = false); // JSON integer
    std::optional<std::optional<qint64>>
    nullableInteger(const QString &field); // absent: nullopt; null: {nullopt}
    std::optional<bool> boolean(const QString &field, bool required = false);
    std::optional<QStringList> stringList(const QString &field, bool required = false);
    std::optional<QJsonObject> object(const QString &field, bool required = false);

    void addError(const QString &field, const QString &message);
    bool ok() const { return m_errors.isEmpty(); }
    QList<QPair<QString, QString>> errors() const { return m_errors; }
    ApiResponse errorResponse() const { return errors::validation(m_errors); }

    // Fields the resource does not know are refused, so a typo ("cnam_name") is not silently ignored.
    void rejectUnknown(const QStringList &known);

private:
    QJsonObject m_object;
    QList<QPair<QString, QString>> m_errors;
    std::optional<ApiResponse> m_badRequest;
};

} // namespace simuwave::sandbox
