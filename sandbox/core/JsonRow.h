#pragma once
// One JSON object of a record, written either as a QJsonObject (single answers) or straight into compact
// UTF-8 text (list pages). A list page holds up to 1000 records: building a QJsonObject per record
// (sorted inserts into CBOR storage) and then QJsonDocument::toJson cost several times the SQL itself
// (measured with callgrind: 56 % of a 1000-number page), so the hot lists write text directly. One
// function describes the record's fields for both modes, so the two can never disagree:
//
//   static void numberFields(const QSqlQuery &q, JsonRow &row) { row.string("id", ...); ... }
//   QJsonObject numberJson(const QSqlQuery &q) { JsonRow row; numberFields(q, row); return row.object(); }
//   spec.rawRow = JsonRow::rawWriter(&numberFields);
#include <functional>
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace simuwave::sandbox {

class JsonRow
{
public:
    JsonRow() = default;               // object mode
    explicit JsonRow(QByteArray *out); // text mode: appends {"k":v,...} to *out on finish()
    ~JsonRow();
    JsonRow(const JsonRow &) = delete;
    JsonRow &operator=(const JsonRow &) = delete;

    void string(const char *key, const QString &value);
    void stringOrNull(const char *key, const QVariant &value); // null (or empty text) -> null
    void integer(const char *key, qint64 value);
    void boolean(const char *key, bool value);
    void null(const char *key);
    void time(const char *key, qint64 ms);       // RFC 3339 UTC with milliseconds
    void timeOrNull(const char *key, qint64 ms); // 0 -> null
    // Text the sandbox stored as compact JSON itself (addresses, line items): copied as it is in text
    // mode; empty -> `fallback` ("null", "[]").
    void storedJson(const char *key, const QString &json, const char *fallback);
    // Anything else (nested objects built the slow way; rare fields).
    void value(const char *key, const QJsonValue &value);

    QJsonObject object() const { return m_object; }
    void finish(); // text mode: closes the object (called by the destructor too)

    using Fields = void (*)(const QSqlQuery &, JsonRow &);
    static std::function<void(const QSqlQuery &, QByteArray &)> rawWriter(Fields fields);

    // Appends `text` as a JSON string literal (quotes and escapes) in UTF-8.
    static void appendQuoted(QByteArray &out, QStringView text);

private:
    void key(const char *key);

    QByteArray *m_out = nullptr;
    QJsonObject m_object;
    bool m_first = true;
    bool m_finished = false;
};

} // namespace simuwave::sandbox
