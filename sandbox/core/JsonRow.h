#pragma once
// One JSON object of a record, written either as a QJsonObject (single answers) or straight into compact
// UTF-8 text (list pages). A list page holds up to 1000 records: building a QJsonObject per record
// (sorted inserts into CBOR storage) and then QJsonDocument::toJson cost several times the SQL itself
// (measured with callgrind: 56 % of a 1000-number page), so the hot lists write text directly, through
// the cache's CompactJson writer (a plain pointer into the page's buffer: QByteArray::append for every
// piece had been a sixth of the sandbox's time serving a sync). One function describes the record's
// fields for both modes, so the two can never disagree:
//
//   static void numberFields(const SqlStatement &q, JsonRow &row) { row.utf8("e164", q.utf8(3)); ... }
//   QJsonObject numberJson(const SqlStatement &q) { JsonRow row; numberFields(q, row); return row.object(); }
//   spec.rawRow = JsonRow::rawWriter(&numberFields);
// The rows come from an SqlStatement, so text columns reach the page as the UTF-8 SQLite holds.
#include <functional>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace simuwave::cache {
class CompactJson;
}

namespace simuwave::sandbox {

class SqlStatement;

class JsonRow
{
public:
    JsonRow() = default;                       // object mode
    explicit JsonRow(cache::CompactJson *out); // text mode: writes {"k":v,...} into *out, closed by finish()
    ~JsonRow();
    JsonRow(const JsonRow &) = delete;
    JsonRow &operator=(const JsonRow &) = delete;

    void string(const char *key, const QString &value);
    void utf8(const char *key, QByteArrayView value);                 // a string given as UTF-8
    void utf8OrNull(const char *key, QByteArrayView value);           // null (or empty text) -> null
    void publicId(const char *key, const char *prefix, qint64 rowId); // "tnt_00000001" (wire::publicId)
    void integer(const char *key, qint64 value);
    void boolean(const char *key, bool value);
    void null(const char *key);
    void time(const char *key, qint64 ms);       // RFC 3339 UTC with milliseconds
    void timeOrNull(const char *key, qint64 ms); // 0 -> null
    // Text the sandbox stored as compact JSON itself (addresses, line items): copied as it is in text
    // mode; empty -> `fallback` ("null", "[]").
    void storedJson(const char *key, QByteArrayView json, const char *fallback);

    QJsonObject object() const { return m_object; }
    void finish(); // text mode: closes the object (called by the destructor too)

    using Fields = void (*)(const SqlStatement &, JsonRow &);
    using TextWriter = std::function<void(const SqlStatement &, cache::CompactJson &)>;
    static TextWriter rawWriter(Fields fields);

private:
    void key(const char *key);

    cache::CompactJson *m_out = nullptr;
    QJsonObject m_object;
    bool m_finished = false;
};

} // namespace simuwave::sandbox
