#include "cache/RecordDecoder.h"

#include "cache/JsonBodyCheck.h"

#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include <QCoreApplication>
#include <QJsonValue>
#include <QVarLengthArray>
#include <simdjson.h>

namespace simuwave::cache {

namespace {

// The texts below name their context at each call (QCoreApplication::translate) so that lupdate files them
// under the one they are looked up in: the decoders are free templates, where tr() would land elsewhere.

enum class Kind
{
    Undefined,
    Null,
    Bool,
    Number,
    String,
    Array,
    Object
};

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Null:
        return QCoreApplication::translate("simuwave::cache::RecordDecoder", "null");
    case Kind::Bool:
        return QCoreApplication::translate("simuwave::cache::RecordDecoder", "a boolean");
    case Kind::Number:
        return QCoreApplication::translate("simuwave::cache::RecordDecoder", "a number");
    case Kind::String:
        return QCoreApplication::translate("simuwave::cache::RecordDecoder", "a string");
    case Kind::Array:
        return QCoreApplication::translate("simuwave::cache::RecordDecoder", "an array");
    case Kind::Object:
        return QCoreApplication::translate("simuwave::cache::RecordDecoder", "an object");
    case Kind::Undefined:
        break;
    }
    return QCoreApplication::translate("simuwave::cache::RecordDecoder", "nothing");
}

QString text(const QString &s)
{
    return s;
}
QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Texts that many records repeat (statuses, a line item's kind and description, a payment's method, the
// tenant id of a tenant's numbers and invoices): one shared QString per distinct text and decoding thread,
// handed out as copies. A page of a thousand invoices then makes a few dozen strings instead of about
// fifteen thousand, each an allocation here and a free on the thread that drops the page (malloc and free
// were a third of the decoders' time in an initial sync). Bounded: a text that does not repeat after all
// costs one probe and takes a slot until another text needs it.
class RepeatedTexts
{
public:
    QString get(std::string_view s)
    {
        if (s.empty() || s.size() > kLongest)
            return text(s);
        // Direct-mapped: one probe, no chains (a hash map's node walk cost more than the allocation it
        // saved). A text whose slot another one took is made again, as it would be without this.
        Slot &slot = m_slots[std::hash<std::string_view>()(s) & (kSlots - 1)];
        if (slot.key != s) {
            slot.key.assign(s);
            slot.text = text(s);
        }
        return slot.text;
    }

private:
    static constexpr size_t kLongest = 64;
    static constexpr size_t kSlots = 16384; // room for a few thousand tenant ids besides the rest
    struct Slot
    {
        std::string key; // the UTF-8 text
        QString text;
    };
    std::unique_ptr<Slot[]> m_slots = std::make_unique<Slot[]>(kSlots);
};

QString repeatedText(std::string_view s)
{
    static thread_local RepeatedTexts texts;
    return texts.get(s);
}

QStringView view(const QString &s)
{
    return s;
}
std::string_view view(std::string_view s)
{
    return s;
}

// The two JSON front ends the decoders are written against. Each has a Value (kind tests, toString,
// toBool, number() as the QJsonValue Qt would make, toObject, toArray, toQJsonArray, and textView() for
// parsing without a copy), an Object (value(key): Undefined when absent) and an Array (isEmpty, size,
// forEach(f(index, value) -> continue?)).

// QJsonValue/QJsonObject: the write path, documents and tests.
struct QtJson
{
    class Object;
    class Array;

    class Value
    {
    public:
        Value() = default;
        Value(QJsonValue v)
            : m_v(std::move(v))
        {}
        Kind kind() const
        {
            switch (m_v.type()) {
            case QJsonValue::Null:
                return Kind::Null;
            case QJsonValue::Bool:
                return Kind::Bool;
            case QJsonValue::Double:
                return Kind::Number;
            case QJsonValue::String:
                return Kind::String;
            case QJsonValue::Array:
                return Kind::Array;
            case QJsonValue::Object:
                return Kind::Object;
            case QJsonValue::Undefined:
                break;
            }
            return Kind::Undefined;
        }
        bool isUndefined() const { return m_v.isUndefined(); }
        bool isNull() const { return m_v.isNull(); }
        bool isBool() const { return m_v.isBool(); }
        bool isNumber() const { return m_v.isDouble(); }
        bool isString() const { return m_v.isString(); }
        bool isArray() const { return m_v.isArray(); }
        bool isObject() const { return m_v.isObject(); }
        bool toBool() const { return m_v.toBool(); }
        QString toString() const { return m_v.toString(); }
        QString toRepeatedString() const { return m_v.toString(); }
        QString textView() const { return m_v.toString(); }
        QJsonValue number() const { return m_v; }
        Object toObject() const;
        Array toArray() const;
        QJsonArray toQJsonArray() const { return m_v.toArray(); }

    private:
        QJsonValue m_v = QJsonValue(QJsonValue::Undefined);
    };

    class Object
    {
    public:
        Object() = default;
        explicit Object(QJsonObject o)
            : m_o(std::move(o))
        {}
        Value value(QLatin1StringView key) const { return m_o.value(key); }

    private:
        QJsonObject m_o;
    };

    class Array
    {
    public:
        Array() = default;
        explicit Array(QJsonArray a)
            : m_a(std::move(a))
        {}
        bool isEmpty() const { return m_a.isEmpty(); }
        qsizetype size() const { return m_a.size(); }
        template<typename F> void forEach(F &&f) const
        {
            for (qsizetype i = 0; i < m_a.size(); ++i) {
                if (!f(i, Value(m_a.at(i))))
                    return;
            }
        }

    private:
        QJsonArray m_a;
    };
};

QtJson::Object QtJson::Value::toObject() const
{
    return Object(m_v.toObject());
}
QtJson::Array QtJson::Value::toArray() const
{
    return Array(m_v.toArray());
}

// simdjson's DOM over the raw body: the sync path. Strings are read in place (std::string_view) and only
// copied into the QStrings the records keep.
struct SimdJson
{
    class Object;
    class Array;

    class Value
    {
    public:
        Value() = default;
        explicit Value(simdjson::dom::element e)
            : m_e(e)
            , m_present(true)
        {}
        Kind kind() const
        {
            if (!m_present)
                return Kind::Undefined;
            switch (m_e.type()) {
            case simdjson::dom::element_type::ARRAY:
                return Kind::Array;
            case simdjson::dom::element_type::OBJECT:
                return Kind::Object;
            case simdjson::dom::element_type::INT64:
            case simdjson::dom::element_type::UINT64:
            case simdjson::dom::element_type::DOUBLE:
                return Kind::Number;
            case simdjson::dom::element_type::STRING:
                return Kind::String;
            case simdjson::dom::element_type::BOOL:
                return Kind::Bool;
            case simdjson::dom::element_type::NULL_VALUE:
                return Kind::Null;
            }
            return Kind::Undefined;
        }
        bool isUndefined() const { return !m_present; }
        bool isNull() const { return kind() == Kind::Null; }
        bool isBool() const { return kind() == Kind::Bool; }
        bool isNumber() const { return kind() == Kind::Number; }
        bool isString() const { return kind() == Kind::String; }
        bool isArray() const { return kind() == Kind::Array; }
        bool isObject() const { return kind() == Kind::Object; }
        bool toBool() const { return isBool() && m_e.get_bool().value_unsafe(); }
        std::string_view textView() const
        {
            return isString() ? m_e.get_string().value_unsafe() : std::string_view();
        }
        QString toString() const { return isString() ? text(textView()) : QString(); }
        QString toRepeatedString() const { return isString() ? repeatedText(textView()) : QString(); }
        QJsonValue number() const
        {
            if (!m_present)
                return QJsonValue(QJsonValue::Undefined);
            switch (m_e.type()) {
            case simdjson::dom::element_type::INT64:
                return QJsonValue(qint64(m_e.get_int64().value_unsafe()));
            case simdjson::dom::element_type::UINT64: // beyond qint64: a double, as QJsonDocument makes it
                return QJsonValue(double(m_e.get_uint64().value_unsafe()));
            case simdjson::dom::element_type::DOUBLE:
                // QJsonValue(double) keeps a fraction-less value within 64 bits as an integer ("12.0",
                // "1e2"), as QJsonDocument does: integers and cents then follow one rule on both paths.
                return QJsonValue(m_e.get_double().value_unsafe());
            default:
                return QJsonValue(QJsonValue::Undefined);
            }
        }
        Object toObject() const;
        Array toArray() const;
        QJsonArray toQJsonArray() const { return isArray() ? toQJson(m_e).toArray() : QJsonArray(); }

        // The small arrays the domain types keep as JSON (payments, refunds, documents).
        static QJsonValue toQJson(simdjson::dom::element e)
        {
            switch (e.type()) {
            case simdjson::dom::element_type::ARRAY: {
                QJsonArray a;
                const simdjson::dom::array items =
                    e.get_array().value_unsafe(); // a copy: the result dies here
                for (const simdjson::dom::element item : items)
                    a.append(toQJson(item));
                return a;
            }
            case simdjson::dom::element_type::OBJECT: {
                QJsonObject o;
                const simdjson::dom::object fields = e.get_object().value_unsafe();
                // insert() replaces: a repeated key keeps its last value, as QJsonDocument does.
                for (const simdjson::dom::key_value_pair field : fields)
                    o.insert(text(field.key), toQJson(field.value));
                return o;
            }
            case simdjson::dom::element_type::STRING:
                return text(e.get_string().value_unsafe());
            case simdjson::dom::element_type::BOOL:
                return e.get_bool().value_unsafe();
            case simdjson::dom::element_type::NULL_VALUE:
                return QJsonValue(QJsonValue::Null);
            default:
                return Value(e).number();
            }
        }

    private:
        simdjson::dom::element m_e;
        bool m_present = false;
    };

    // The fields indexed once; a lookup scans them from the end so that a repeated key yields its last
    // value, as QJsonObject does (simdjson's own at_key() would give the first).
    class Object
    {
    public:
        Object() = default;
        explicit Object(simdjson::dom::object o)
        {
            for (const simdjson::dom::key_value_pair field : o)
                m_fields.append({field.key, field.value});
        }
        Value value(QLatin1StringView key) const
        {
            const auto size = size_t(key.size());
            for (qsizetype i = m_fields.size(); i-- > 0;) {
                const Field &f = m_fields[i];
                if (f.key.size() == size && std::memcmp(f.key.data(), key.data(), size) == 0)
                    return Value(f.value);
            }
            return {};
        }

    private:
        struct Field
        {
            std::string_view key;
            simdjson::dom::element value;
        };
        QVarLengthArray<Field, 40> m_fields;
    };

    class Array
    {
    public:
        Array() = default;
        explicit Array(simdjson::dom::array a)
            : m_a(a)
            , m_valid(true)
        {}
        bool isEmpty() const { return !m_valid || m_a.begin() == m_a.end(); }
        qsizetype size() const { return m_valid ? qsizetype(m_a.size()) : 0; }
        template<typename F> void forEach(F &&f) const
        {
            if (!m_valid)
                return;
            qsizetype i = 0;
            for (const simdjson::dom::element e : m_a) {
                if (!f(i++, Value(e)))
                    return;
            }
        }

    private:
        simdjson::dom::array m_a;
        bool m_valid = false;
    };
};

SimdJson::Object SimdJson::Value::toObject() const
{
    return isObject() ? Object(m_e.get_object().value_unsafe()) : Object();
}
SimdJson::Array SimdJson::Value::toArray() const
{
    return isArray() ? Array(m_e.get_array().value_unsafe()) : Array();
}

template<typename V> QString jsonTypeName(const V &v)
{
    return kindName(v.kind());
}

template<typename S> std::optional<QDate> parseDateText(S s);
template<typename S> std::optional<QDateTime> parseTimestampText(S s);

enum class Need
{
    Required,
    Optional
};

// Reads the fields of one record and remembers the first problem. Every accessor returns a harmless
// default after a failure so decoders read straight through and check ok() once at the end.
template<typename J> class Reader
{
public:
    using Value = typename J::Value;
    using Object = typename J::Object;
    using Array = typename J::Array;

    Reader(const Object &o, QString resource)
        : m_o(o)
        , m_resource(std::move(resource))
    {}

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString shortError() const { return m_short; }
    void setRecordId(const QString &id) { m_id = id; }

    void fail(QLatin1StringView field, const QString &problem)
    {
        if (!m_error.isEmpty())
            return;
        const QString where =
            m_id.isEmpty()
                ? QCoreApplication::translate("simuwave::cache::RecordDecoder", "%1 record").arg(m_resource)
                : QCoreApplication::translate("simuwave::cache::RecordDecoder", "%1 record %2")
                      .arg(m_resource, m_id);
        m_short = QCoreApplication::translate("simuwave::cache::RecordDecoder", "field \"%1\" %2")
                      .arg(QString(field), problem);
        m_error = QCoreApplication::translate("simuwave::cache::RecordDecoder", "%1: %2").arg(where, m_short);
    }
    // A problem found by a Reader over a nested object, reported against this record's field.
    void nested(QLatin1StringView field, const Reader &inner)
    {
        fail(
            field,
            QCoreApplication::translate("simuwave::cache::RecordDecoder", "has a bad %1").arg(inner.m_short));
    }
    void wrongType(QLatin1StringView field, const QString &expected, const Value &got)
    {
        fail(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "must be %1, got %2")
                        .arg(expected, jsonTypeName(got)));
    }

    // Returns Undefined when an optional field is absent or null, after checking a required one is there.
    Value present(QLatin1StringView field, Need need)
    {
        const Value v = m_o.value(field);
        if (v.isUndefined() || v.isNull()) {
            if (need == Need::Required)
                fail(field, v.isNull() ? QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                                     "is required but is null")
                                       : QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                                     "is required but missing"));
            return Value();
        }
        return v;
    }

    QString string(QLatin1StringView field, Need need, bool repeats = false)
    {
        const Value v = present(field, need);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            wrongType(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "a string"), v);
            return {};
        }
        return repeats ? v.toRepeatedString() : v.toString();
    }
    // A text that many records share (see RepeatedTexts).
    QString repeated(QLatin1StringView field, Need need) { return string(field, need, true); }

    QString id(QLatin1StringView field = QLatin1StringView("id"))
    {
        const QString s = string(field, Need::Required);
        if (ok() && s.isEmpty())
            fail(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "must not be empty"));
        return s;
    }

    qint64 integer(QLatin1StringView field, Need need, qint64 fallback = 0)
    {
        const Value present = this->present(field, need);
        if (present.isUndefined())
            return fallback;
        if (!present.isNumber()) {
            wrongType(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "an integer"),
                      present);
            return fallback;
        }
        const QJsonValue v = present.number();
        // toInteger() answers the default for fractions and out-of-range values: two defaults tell.
        const qint64 a = v.toInteger(0), b = v.toInteger(1);
        if (a != b) {
            fail(field,
                 QCoreApplication::translate("simuwave::cache::RecordDecoder", "must be an integer, got %1")
                     .arg(v.toDouble()));
            return fallback;
        }
        return a;
    }

    std::optional<qint64> optionalInteger(QLatin1StringView field)
    {
        if (present(field, Need::Optional).isUndefined())
            return std::nullopt;
        return integer(field, Need::Optional);
    }

    bool boolean(QLatin1StringView field, Need need, bool fallback = false)
    {
        const Value v = present(field, need);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            wrongType(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "true or false"),
                      v);
            return fallback;
        }
        return v.toBool();
    }

    Money cents(QLatin1StringView field, Need need, const QString &currency)
    {
        const Value present = this->present(field, need);
        if (present.isUndefined())
            return Money::fromCents(0, currency);
        if (!present.isNumber()) {
            wrongType(
                field,
                QCoreApplication::translate("simuwave::cache::RecordDecoder", "an integer number of cents"),
                present);
            return Money::fromCents(0, currency);
        }
        const QJsonValue v = present.number();
        QString why;
        const auto m = Money::fromJson(v, currency, &why, QString(field));
        if (!m) {
            fail(field, QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                    "must be an integer number of cents, got %1")
                            .arg(v.toDouble()));
            return Money::fromCents(0, currency);
        }
        return *m;
    }

    QDateTime timestamp(QLatin1StringView field, Need need)
    {
        const Value v = present(field, need);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            wrongType(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "a string"), v);
            return {};
        }
        const auto s = v.textView();
        if (s.size() == 0 || !ok())
            return {};
        auto t = parseTimestampText(view(s));
        if (!t) {
            fail(field, QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                    "must be an RFC 3339 time with a time zone, got \"%1\"")
                            .arg(text(s).left(40)));
            return {};
        }
        return *t;
    }

    QDate date(QLatin1StringView field, Need need)
    {
        const Value v = present(field, need);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            wrongType(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "a string"), v);
            return {};
        }
        const auto s = v.textView();
        if (s.size() == 0 || !ok())
            return {};
        auto d = parseDateText(view(s));
        if (!d) {
            fail(field, QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                    "must be a date YYYY-MM-DD, got \"%1\"")
                            .arg(text(s).left(40)));
            return {};
        }
        return *d;
    }

    template<typename E> StatusValue<E> status(QLatin1StringView field, Need need)
    {
        StatusValue<E> s;
        s.raw = repeated(field, need);
        s.value = s.raw.isEmpty() ? E::Unknown : enumFromApi<E>(s.raw);
        return s;
    }

    std::optional<Address> address(QLatin1StringView field)
    {
        const Value v = present(field, Need::Optional);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            wrongType(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "an object"), v);
            return std::nullopt;
        }
        const Object a = v.toObject();
        Address out;
        static const QLatin1StringView keys[] = {QLatin1StringView("street"), QLatin1StringView("city"),
                                                 QLatin1StringView("state"), QLatin1StringView("zip"),
                                                 QLatin1StringView("country")};
        QString *targets[] = {&out.street, &out.city, &out.state, &out.zip, &out.country};
        for (int i = 0; i < 5; ++i) {
            const Value f = a.value(keys[i]);
            if (f.isUndefined() || f.isNull())
                continue;
            if (!f.isString()) {
                fail(field, QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                        "has \"%1\" as %2 instead of a string")
                                .arg(QString(keys[i]), jsonTypeName(f)));
                return std::nullopt;
            }
            // Street apart, an address's parts repeat from record to record.
            *targets[i] = i == 0 ? f.toString() : f.toRepeatedString();
        }
        return out;
    }

    Array array(QLatin1StringView field, Need need, bool *present = nullptr)
    {
        const Value v = this->present(field, need);
        if (present)
            *present = false;
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            wrongType(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "an array"), v);
            return {};
        }
        if (present)
            *present = true;
        return v.toArray();
    }

    // An array of objects, each read by `item(Reader &)` into a T with a Reader of its own; the first bad
    // element fails `field`, naming the element and its problem. *present: the field was there (not null).
    template<typename T, typename F>
    QList<T> objects(QLatin1StringView field, Need need, F &&item, bool *present = nullptr)
    {
        bool here = false;
        const Array items = array(field, need, &here);
        if (present)
            *present = here;
        QList<T> list;
        if (!here)
            return list;
        list.reserve(items.size());
        items.forEach([&](qsizetype i, const Value &iv) {
            if (!iv.isObject()) {
                fail(field, QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                        "item %1 must be an object, got %2")
                                .arg(i)
                                .arg(jsonTypeName(iv)));
                return false;
            }
            const Object io = iv.toObject();
            Reader inner(io, m_resource);
            inner.setRecordId(m_id);
            T value = item(inner);
            if (!inner.ok()) {
                fail(field,
                     QCoreApplication::translate("simuwave::cache::RecordDecoder", "item %1 has a bad %2")
                         .arg(i)
                         .arg(inner.shortError()));
                return false;
            }
            list.append(std::move(value));
            return true;
        });
        return list;
    }

    // An array the domain type keeps as JSON.
    QJsonArray jsonArray(QLatin1StringView field, Need need)
    {
        const Value v = this->present(field, need);
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            wrongType(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "an array"), v);
            return {};
        }
        return v.toQJsonArray();
    }

private:
    const Object &m_o;
    QString m_resource;
    QString m_id;
    QString m_error;
    QString m_short;
};

constexpr QLatin1StringView L(const char *s)
{
    return QLatin1StringView(s);
}

template<typename J, typename T> std::optional<T> finish(const Reader<J> &r, T &&value, QString *error)
{
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    if (error)
        error->clear();
    return std::move(value);
}

// One code unit of a QStringView (UTF-16) or of a std::string_view (UTF-8): the formats below are ASCII,
// so anything else fails the same way in both.
char16_t unitAt(QStringView s, qsizetype i)
{
    return s.at(i).unicode();
}
char16_t unitAt(std::string_view s, qsizetype i)
{
    return char16_t(uchar(s[size_t(i)]));
}
QStringView prefix(QStringView s, qsizetype n)
{
    return s.first(n);
}
std::string_view prefix(std::string_view s, qsizetype n)
{
    return s.substr(0, size_t(n));
}

template<typename S> int digits(S s, qsizetype pos, int count, bool *ok)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = unitAt(s, pos + i);
        if (c < u'0' || c > u'9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - u'0');
    }
    return v;
}

template<typename S> std::optional<QDate> parseDateText(S s)
{
    if (qsizetype(s.size()) != 10 || unitAt(s, 4) != u'-' || unitAt(s, 7) != u'-')
        return std::nullopt;
    bool ok = true;
    const int y = digits(s, 0, 4, &ok), m = digits(s, 5, 2, &ok), d = digits(s, 8, 2, &ok);
    const QDate date(y, m, d);
    if (!ok || !date.isValid())
        return std::nullopt;
    return date;
}

// Hand-written because it runs twice per record during a sync of hundreds of thousands of records and
// QDateTime::fromString also accepts zone-less local times, which the API must never send.
template<typename S> std::optional<QDateTime> parseTimestampText(S s)
{
    const auto size = qsizetype(s.size());
    if (size < 20 || (unitAt(s, 10) != u'T' && unitAt(s, 10) != u't') || unitAt(s, 13) != u':' ||
        unitAt(s, 16) != u':')
        return std::nullopt;
    const auto date = parseDateText(prefix(s, 10));
    if (!date)
        return std::nullopt;
    bool ok = true;
    const int h = digits(s, 11, 2, &ok), mi = digits(s, 14, 2, &ok), sec = digits(s, 17, 2, &ok);
    if (!ok || h > 23 || mi > 59 || sec > 59)
        return std::nullopt;
    qsizetype pos = 19;
    int ms = 0;
    if (unitAt(s, pos) == u'.') {
        ++pos;
        int n = 0;
        while (pos < size && unitAt(s, pos) >= u'0' && unitAt(s, pos) <= u'9') {
            if (n < 3)
                ms = ms * 10 + (unitAt(s, pos) - u'0');
            ++n;
            ++pos;
        }
        if (n == 0)
            return std::nullopt;
        for (; n < 3; ++n)
            ms *= 10;
    }
    if (pos >= size)
        return std::nullopt; // no zone: refused, a local time would be ambiguous
    int offsetMinutes = 0;
    const char16_t z = unitAt(s, pos);
    if (z == u'Z' || z == u'z') {
        if (pos + 1 != size)
            return std::nullopt;
    } else if (z == u'+' || z == u'-') {
        if (pos + 6 != size || unitAt(s, pos + 3) != u':')
            return std::nullopt;
        const int oh = digits(s, pos + 1, 2, &ok), om = digits(s, pos + 4, 2, &ok);
        if (!ok || oh > 23 || om > 59)
            return std::nullopt;
        offsetMinutes = (oh * 60 + om) * (z == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const qint64 days = date->toJulianDay() - 2440588; // 1970-01-01
    const qint64 msecs =
        days * 86'400'000LL + h * 3'600'000LL + mi * 60'000LL + sec * 1000LL + ms - offsetMinutes * 60'000LL;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// Caps: an integer each, or null/absent for "unlimited".
template<typename J> UsageLimits readLimits(Reader<J> &r)
{
    UsageLimits l;
    l.monthlySpendCents = r.optionalInteger(L("monthly_spend_cents"));
    l.maxExtensions = r.optionalInteger(L("max_extensions"));
    l.maxDids = r.optionalInteger(L("max_dids"));
    l.maxMonthlyMinutes = r.optionalInteger(L("max_monthly_minutes"));
    l.alertThresholdPercent = int(r.integer(L("alert_threshold_percent"), Need::Optional, 80));
    l.autoSuspend = r.boolean(L("auto_suspend"), Need::Optional);
    return l;
}

// {used, limit, percent, alerted, exceeded}
template<typename J> UsageMeter readMeter(Reader<J> &r, QLatin1StringView field)
{
    UsageMeter m;
    const typename J::Value v = r.present(field, Need::Required);
    if (v.isUndefined())
        return m;
    if (!v.isObject()) {
        r.wrongType(field, QCoreApplication::translate("simuwave::cache::RecordDecoder", "an object"), v);
        return m;
    }
    const typename J::Object o = v.toObject();
    Reader<J> mr(o, QString());
    m.used = mr.integer(L("used"), Need::Required);
    m.limit = mr.optionalInteger(L("limit"));
    m.percent = mr.optionalInteger(L("percent"));
    m.alerted = mr.boolean(L("alerted"), Need::Optional);
    m.exceeded = mr.boolean(L("exceeded"), Need::Optional);
    if (!mr.ok())
        r.nested(field, mr);
    return m;
}

template<typename J> std::optional<Tombstone> decodeTombstone(const typename J::Object &o, QString *error)
{
    if (error)
        error->clear();
    const typename J::Value deleted = o.value(L("deleted"));
    if (deleted.isUndefined() || deleted.isNull() || (deleted.isBool() && !deleted.toBool()))
        return std::nullopt;
    Reader<J> r(o, QCoreApplication::translate("simuwave::cache::RecordDecoder", "deleted"));
    if (!deleted.isBool())
        r.wrongType(L("deleted"),
                    QCoreApplication::translate("simuwave::cache::RecordDecoder", "true or false"), deleted);
    Tombstone t;
    t.id = r.id();
    r.setRecordId(t.id);
    t.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(t), error);
}

} // namespace

std::optional<QDate> RecordDecoder::parseDate(QStringView s)
{
    return parseDateText(s);
}

std::optional<QDateTime> RecordDecoder::parseTimestamp(QStringView s)
{
    return parseTimestampText(s);
}

std::optional<Tombstone> RecordDecoder::tombstone(const QJsonObject &o, QString *error)
{
    return decodeTombstone<QtJson>(QtJson::Object(o), error);
}

namespace {

template<typename J> std::optional<Tenant> decodeTenant(const typename J::Object &o, QString *error)
{
    Reader<J> r(o, resourceName(Resource::Tenants));
    Tenant t;
    t.id = r.id();
    r.setRecordId(t.id);
    t.name = r.string(L("name"), Need::Required);
    t.sipPrefix = r.string(L("sip_prefix"), Need::Required);
    t.status = r.template status<TenantStatus>(L("status"), Need::Required);
    t.suspensionReason = r.string(L("suspension_reason"), Need::Optional);
    t.billingEmail = r.string(L("billing_email"), Need::Required);
    t.defaultCnam = r.string(L("default_cnam"), Need::Required);
    t.timezone = r.string(L("timezone"), Need::Required);
    t.e911Address = r.address(L("e911_address"));
    t.billingProfileId = r.string(L("billing_profile_id"), Need::Optional);
    const typename J::Value limits = r.present(L("limits"), Need::Optional);
    if (!limits.isUndefined()) {
        if (!limits.isObject()) {
            r.wrongType(L("limits"),
                        QCoreApplication::translate("simuwave::cache::RecordDecoder", "an object"), limits);
        } else {
            const typename J::Object lo = limits.toObject();
            Reader<J> lr(lo, resourceName(Resource::Tenants));
            lr.setRecordId(t.id);
            t.limits = readLimits(lr);
            if (!lr.ok())
                r.nested(L("limits"), lr);
        }
    }
    const typename J::Value counts = r.present(L("counts"), Need::Required);
    if (!counts.isUndefined()) {
        if (!counts.isObject()) {
            r.wrongType(L("counts"),
                        QCoreApplication::translate("simuwave::cache::RecordDecoder", "an object"), counts);
        } else {
            const typename J::Object c = counts.toObject();
            Reader<J> cr(c, resourceName(Resource::Tenants));
            cr.setRecordId(t.id);
            t.counts.users = cr.integer(L("users"), Need::Optional);
            t.counts.dids = cr.integer(L("dids"), Need::Optional);
            t.counts.extensions = cr.integer(L("extensions"), Need::Optional);
            if (!cr.ok())
                r.nested(L("counts"), cr);
        }
    }
    t.cancelledAt = r.timestamp(L("cancelled_at"), Need::Optional);
    t.createdAt = r.timestamp(L("created_at"), Need::Required);
    t.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(t), error);
}

template<typename J> std::optional<PhoneNumber> decodePhoneNumber(const typename J::Object &o, QString *error)
{
    Reader<J> r(o, resourceName(Resource::PhoneNumbers));
    PhoneNumber n;
    n.id = r.id();
    r.setRecordId(n.id);
    n.e164 = r.string(L("e164"), Need::Required);
    n.type = r.repeated(L("type"), Need::Required);
    n.tenantId = r.repeated(L("tenant_id"), Need::Optional);
    n.status = r.template status<NumberStatus>(L("status"), Need::Required);
    // call_flow: the flow's name, or an object {id, name} when the API expands it.
    const typename J::Value flow = r.present(L("call_flow"), Need::Optional);
    if (flow.isString()) {
        n.callFlow = flow.toRepeatedString();
    } else if (flow.isObject()) {
        const typename J::Object f = flow.toObject();
        const typename J::Value name = f.value(L("name")).isString() ? f.value(L("name")) : f.value(L("id"));
        if (!name.isString())
            r.fail(L("call_flow"), QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                               "must carry a string \"name\" or \"id\""));
        n.callFlow = name.toString();
    } else if (!flow.isUndefined()) {
        r.wrongType(L("call_flow"),
                    QCoreApplication::translate("simuwave::cache::RecordDecoder", "a string or an object"),
                    flow);
    }
    n.cnam = r.string(L("cnam"), Need::Optional);
    n.cnamStatus = r.template status<CnamStatus>(L("cnam_status"), Need::Required);
    n.e911Address = r.address(L("e911_address"));
    n.e911Status = r.template status<E911Status>(L("e911_status"), Need::Required);
    n.e911Error = r.string(L("e911_error"), Need::Optional);
    n.rateCenter = r.repeated(L("rate_center"), Need::Optional);
    n.region = r.repeated(L("region"), Need::Optional);
    n.monthly = r.cents(L("monthly_cents"), Need::Required, QStringLiteral("USD"));
    n.createdAt = r.timestamp(L("created_at"), Need::Required);
    n.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(n), error);
}

template<typename J> std::optional<Invoice> decodeInvoice(const typename J::Object &o, QString *error)
{
    Reader<J> r(o, resourceName(Resource::Invoices));
    Invoice inv;
    inv.id = r.id();
    r.setRecordId(inv.id);
    inv.number = r.string(L("number"), Need::Required);
    inv.tenantId = r.repeated(L("tenant_id"), Need::Required);
    inv.status = r.template status<InvoiceStatus>(L("status"), Need::Required);
    const QString currency = r.repeated(L("currency"), Need::Required);
    if (!currency.isEmpty())
        inv.currency = currency;
    inv.issueDate = r.date(L("issue_date"), Need::Required);
    inv.dueDate = r.date(L("due_date"), Need::Required);
    inv.periodStart = r.date(L("period_start"), Need::Required);
    inv.periodEnd = r.date(L("period_end"), Need::Required);
    inv.subtotal = r.cents(L("subtotal_cents"), Need::Required, inv.currency);
    inv.tax = r.cents(L("tax_cents"), Need::Required, inv.currency);
    inv.total = r.cents(L("total_cents"), Need::Required, inv.currency);
    inv.paid = r.cents(L("paid_cents"), Need::Required, inv.currency);
    inv.due = r.cents(L("due_cents"), Need::Required, inv.currency);
    inv.refunded = r.cents(L("refunded_cents"), Need::Optional, inv.currency);
    inv.taxRate = r.repeated(L("tax_rate"), Need::Optional);
    inv.payments = r.template objects<InvoicePayment>(L("payments"), Need::Optional, [&](Reader<J> &p) {
        InvoicePayment pay;
        pay.id = p.id();
        pay.amount = p.cents(L("amount_cents"), Need::Required, inv.currency);
        pay.method = p.repeated(L("method"), Need::Required);
        pay.note = p.string(L("note"), Need::Optional);
        pay.paidAt = p.timestamp(L("paid_at"), Need::Required);
        return pay;
    });
    inv.refunds = r.template objects<InvoiceRefund>(L("refunds"), Need::Optional, [&](Reader<J> &p) {
        InvoiceRefund refund;
        refund.id = p.id();
        refund.amount = p.cents(L("amount_cents"), Need::Required, inv.currency);
        refund.reason = p.string(L("reason"), Need::Optional);
        refund.createdAt = p.timestamp(L("created_at"), Need::Required);
        return refund;
    });
    inv.paidAt = r.timestamp(L("paid_at"), Need::Optional);
    inv.lastReminderAt = r.timestamp(L("last_reminder_at"), Need::Optional);
    bool hasItems = false;
    auto items = r.template objects<InvoiceLineItem>(
        L("line_items"), Need::Optional,
        [&](Reader<J> &ir) {
            InvoiceLineItem li;
            li.kind = ir.repeated(L("kind"), Need::Optional);
            li.description = ir.repeated(L("description"), Need::Optional);
            li.quantity = ir.integer(L("quantity"), Need::Optional, 1);
            const QString unit = ir.repeated(L("unit_price"), Need::Optional);
            if (!unit.isEmpty() && ir.ok()) {
                QString why;
                const auto rate = Rate::parse(unit, inv.currency, &why, QStringLiteral("unit_price"));
                if (!rate)
                    ir.fail(L("unit_price"), QCoreApplication::translate(
                                                 "simuwave::cache::RecordDecoder",
                                                 "must be a decimal string such as \"0.016\", got \"%1\"")
                                                 .arg(unit.left(40)));
                else
                    li.unitPrice = *rate;
            }
            li.amount = ir.cents(L("amount_cents"), Need::Required, inv.currency);
            return li;
        },
        &hasItems);
    if (hasItems)
        inv.lineItems = std::move(items);
    inv.createdAt = r.timestamp(L("created_at"), Need::Required);
    inv.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(inv), error);
}

template<typename J> std::optional<PortRequest> decodePortRequest(const typename J::Object &o, QString *error)
{
    Reader<J> r(o, resourceName(Resource::PortRequests));
    PortRequest p;
    p.id = r.id();
    r.setRecordId(p.id);
    p.status = r.template status<PortStatus>(L("status"), Need::Required);
    const typename J::Array numbers = r.array(L("numbers"), Need::Required);
    numbers.forEach([&](qsizetype, const typename J::Value &v) {
        // Each number is an E.164 string, or an object {"e164": ...} when the API expands it.
        if (v.isString()) {
            p.numbers.append(v.toString());
        } else if (v.isObject() && v.toObject().value(L("e164")).isString()) {
            p.numbers.append(v.toObject().value(L("e164")).toString());
        } else {
            r.fail(L("numbers"), QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                             "must hold E.164 strings, got %1")
                                     .arg(jsonTypeName(v)));
            return false;
        }
        return true;
    });
    p.tenantId = r.string(L("tenant_id"), Need::Required);
    p.currentCarrier = r.string(L("current_carrier"), Need::Required);
    p.accountHolderName = r.string(L("account_holder_name"), Need::Required);
    p.accountNumber = r.string(L("account_number"), Need::Optional);
    p.pinSet = r.boolean(L("pin_set"), Need::Optional);
    p.documents = r.jsonArray(L("documents"), Need::Optional);
    p.serviceAddress = r.address(L("service_address"));
    p.desiredDate = r.date(L("desired_date"), Need::Required);
    p.focDate = r.date(L("foc_date"), Need::Optional);
    // {code, message, fix} (Appendix B); a plain string is taken as the message.
    const typename J::Value reason = r.present(L("rejection_reason"), Need::Optional);
    if (reason.isString()) {
        p.rejectionReason = reason.toString();
    } else if (reason.isObject()) {
        const typename J::Object ro = reason.toObject();
        Reader<J> rr(ro, resourceName(Resource::PortRequests));
        rr.setRecordId(p.id);
        p.rejectionCode = rr.string(L("code"), Need::Required);
        p.rejectionReason = rr.string(L("message"), Need::Required);
        p.rejectionFix = rr.string(L("fix"), Need::Optional);
        if (!rr.ok())
            r.nested(L("rejection_reason"), rr);
    } else if (!reason.isUndefined()) {
        r.wrongType(L("rejection_reason"),
                    QCoreApplication::translate("simuwave::cache::RecordDecoder", "an object"), reason);
    }
    bool hasHistory = false;
    const typename J::Array history = r.array(L("status_history"), Need::Optional, &hasHistory);
    if (hasHistory) {
        QList<PortStatusChange> list;
        history.forEach([&](qsizetype i, const typename J::Value &hv) {
            if (!r.ok())
                return false;
            if (!hv.isObject()) {
                r.fail(L("status_history"), QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                                        "item %1 must be an object, got %2")
                                                .arg(i)
                                                .arg(jsonTypeName(hv)));
                return false;
            }
            const typename J::Object ho = hv.toObject();
            Reader<J> hr(ho, resourceName(Resource::PortRequests));
            hr.setRecordId(p.id);
            PortStatusChange c;
            c.status = hr.template status<PortStatus>(L("status"), Need::Required);
            c.at = hr.timestamp(L("at"), Need::Required);
            c.note = hr.string(L("note"), Need::Optional);
            c.actor = hr.string(L("actor"), Need::Optional);
            if (!hr.ok())
                r.fail(L("status_history"),
                       QCoreApplication::translate("simuwave::cache::RecordDecoder", "item %1 has a bad %2")
                           .arg(i)
                           .arg(hr.shortError()));
            list.append(std::move(c));
            return true;
        });
        p.statusHistory = std::move(list);
    }
    p.createdAt = r.timestamp(L("created_at"), Need::Required);
    p.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(p), error);
}

template<typename J> std::optional<User> decodeUser(const typename J::Object &o, QString *error)
{
    Reader<J> r(o, resourceName(Resource::Users));
    User u;
    u.id = r.id();
    r.setRecordId(u.id);
    u.email = r.string(L("email"), Need::Required);
    u.name = r.string(L("name"), Need::Required);
    u.role = r.template status<UserRole>(L("role"), Need::Required);
    u.status = r.string(L("status"), Need::Optional);
    u.emailVerified = r.boolean(L("email_verified"), Need::Optional);
    u.twoFactorEnabled = r.boolean(L("two_factor_enabled"), Need::Optional);
    u.lastLoginAt = r.timestamp(L("last_login_at"), Need::Optional);
    u.createdAt = r.timestamp(L("created_at"), Need::Required);
    u.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(u), error);
}

template<typename J>
std::optional<PartnerBranding> decodeBranding(const typename J::Object &o, QString *error)
{
    Reader<J> r(o, resourceName(Resource::PartnerBranding));
    PartnerBranding b;
    b.brandName = r.string(L("brand_name"), Need::Required);
    b.primaryColor = r.string(L("primary_color"), Need::Required);
    b.fromEmail = r.string(L("from_email"), Need::Required);
    b.supportEmail = r.string(L("support_email"), Need::Required);
    b.logoSet = r.boolean(L("logo_set"), Need::Required);
    b.logoContentType = r.string(L("logo_content_type"), Need::Optional);
    b.updatedAt = r.timestamp(L("updated_at"), Need::Required);
    return finish(r, std::move(b), error);
}

template<typename J> QString tenantIdOf(Reader<J> &r, const QString &fromUrl)
{
    const QString inBody = r.string(L("tenant_id"), fromUrl.isEmpty() ? Need::Required : Need::Optional);
    if (!fromUrl.isEmpty() && !inBody.isEmpty() && inBody != fromUrl)
        r.fail(L("tenant_id"), QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                           "is \"%1\" but the answer was for tenant \"%2\"")
                                   .arg(inBody, fromUrl));
    const QString id = fromUrl.isEmpty() ? inBody : fromUrl;
    r.setRecordId(id);
    return id;
}

template<typename J>
std::optional<TenantLimits> decodeTenantLimits(const typename J::Object &o, const QString &tenantId,
                                               QString *error)
{
    Reader<J> r(o, resourceName(Resource::TenantLimits));
    TenantLimits l;
    l.tenantId = tenantIdOf(r, tenantId);
    l.limits = readLimits(r);
    l.updatedAt = r.timestamp(L("updated_at"), Need::Optional);
    return finish(r, std::move(l), error);
}

template<typename J>
std::optional<TenantUsage> decodeTenantUsage(const typename J::Object &o, const QString &tenantId,
                                             QString *error)
{
    Reader<J> r(o, resourceName(Resource::TenantUsage));
    TenantUsage u;
    u.tenantId = tenantIdOf(r, tenantId);
    u.periodStart = r.date(L("period_start"), Need::Required);
    u.periodEnd = r.date(L("period_end"), Need::Required);
    u.spendCents = readMeter(r, L("spend_cents"));
    u.extensions = readMeter(r, L("extensions"));
    u.dids = readMeter(r, L("dids"));
    u.minutes = readMeter(r, L("minutes"));
    u.minutesLocal = r.integer(L("minutes_local"), Need::Optional);
    u.minutesTollFree = r.integer(L("minutes_toll_free"), Need::Optional);
    const typename J::Array alerts = r.array(L("alerts"), Need::Optional);
    alerts.forEach([&](qsizetype, const typename J::Value &v) {
        if (!v.isObject()) {
            r.wrongType(L("alerts"),
                        QCoreApplication::translate("simuwave::cache::RecordDecoder", "an array of objects"),
                        v);
            return false;
        }
        const typename J::Object ao = v.toObject(); // the Reader keeps a reference
        Reader<J> ar(ao, QString());
        UsageAlert a;
        a.meter = ar.string(L("meter"), Need::Required);
        a.level = ar.string(L("level"), Need::Required);
        a.used = ar.integer(L("used"), Need::Required);
        a.limit = ar.integer(L("limit"), Need::Optional);
        a.at = ar.timestamp(L("at"), Need::Required);
        if (!ar.ok()) {
            r.nested(L("alerts"), ar);
            return false;
        }
        u.alerts.append(std::move(a));
        return true;
    });
    u.updatedAt = r.timestamp(L("updated_at"), Need::Optional);
    return finish(r, std::move(u), error);
}

template<typename J>
bool decodeRecords(Resource resource, const typename J::Array &data, RecordPage *page, QString *error)
{
    RecordPage out;
    out.resource = resource;
    // A page holds up to a thousand records: grown one reallocation at a time, its list moved every record
    // decoded before again and again (1 % of an initial sync).
    if (resource == Resource::Invoices)
        out.invoices.reserve(data.size());
    else if (resource == Resource::PhoneNumbers)
        out.phoneNumbers.reserve(data.size());
    else if (resource == Resource::Tenants)
        out.tenants.reserve(data.size());
    QString why;
    qsizetype failedAt = -1;
    data.forEach([&](qsizetype i, const typename J::Value &v) {
        if (!v.isObject()) {
            failedAt = i;
            why = QCoreApplication::translate("simuwave::cache::RecordDecoder", "must be an object, got %1")
                      .arg(jsonTypeName(v));
            return false;
        }
        const typename J::Object o = v.toObject();
        if (auto t = decodeTombstone<J>(o, &why)) {
            out.tombstones.append(std::move(*t));
            return true;
        }
        if (!why.isEmpty()) {
            failedAt = i;
            return false;
        }
        bool ok = false;
        switch (resource) {
        case Resource::Tenants:
            if (auto rec = decodeTenant<J>(o, &why); (ok = rec.has_value()))
                out.tenants.append(std::move(*rec));
            break;
        case Resource::PhoneNumbers:
            if (auto rec = decodePhoneNumber<J>(o, &why); (ok = rec.has_value()))
                out.phoneNumbers.append(std::move(*rec));
            break;
        case Resource::Invoices:
            if (auto rec = decodeInvoice<J>(o, &why); (ok = rec.has_value()))
                out.invoices.append(std::move(*rec));
            break;
        case Resource::PortRequests:
            if (auto rec = decodePortRequest<J>(o, &why); (ok = rec.has_value()))
                out.portRequests.append(std::move(*rec));
            break;
        case Resource::Users:
            if (auto rec = decodeUser<J>(o, &why); (ok = rec.has_value()))
                out.users.append(std::move(*rec));
            break;
        case Resource::PartnerBranding:
            if (auto rec = decodeBranding<J>(o, &why); (ok = rec.has_value()))
                out.branding.append(std::move(*rec));
            break;
        case Resource::TenantLimits:
            if (auto rec = decodeTenantLimits<J>(o, QString(), &why); (ok = rec.has_value()))
                out.tenantLimits.append(std::move(*rec));
            break;
        case Resource::TenantUsage:
            if (auto rec = decodeTenantUsage<J>(o, QString(), &why); (ok = rec.has_value()))
                out.tenantUsage.append(std::move(*rec));
            break;
        }
        if (!ok)
            failedAt = i;
        return ok;
    });
    if (failedAt >= 0) {
        if (error)
            *error = QCoreApplication::translate("simuwave::cache::RecordDecoder",
                                                 "Rejected a page of %1: element %2: %3")
                         .arg(resourceName(resource))
                         .arg(failedAt)
                         .arg(why);
        *page = RecordPage{};
        page->resource = resource;
        return false;
    }
    *page = std::move(out);
    if (error)
        error->clear();
    return true;
}

// The list envelope (the rules PageDecoder had; its translation context is kept).
template<typename J>
bool decodeEnvelopeOf(const typename J::Object &envelope, PageEnvelope *out, typename J::Array *dataOut,
                      QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };

    const typename J::Value data = envelope.value(L("data"));
    if (!data.isArray())
        return fail(data.isUndefined()
                        ? QCoreApplication::translate("simuwave::PageDecoder", "the list has no \"data\"")
                        : QCoreApplication::translate("simuwave::PageDecoder", "\"data\" is not an array"));
    const typename J::Array items = data.toArray();
    qsizetype notObject = -1;
    typename J::Value first, last;
    items.forEach([&](qsizetype i, const typename J::Value &v) {
        if (!v.isObject()) {
            notObject = i;
            return false;
        }
        if (i == 0)
            first = v;
        last = v;
        return true;
    });
    if (notObject >= 0)
        return fail(
            QCoreApplication::translate("simuwave::PageDecoder", "\"data\" element %1 is not an object")
                .arg(notObject));

    const typename J::Value hasMore = envelope.value(L("has_more"));
    if (!hasMore.isBool())
        return fail(
            hasMore.isUndefined()
                ? QCoreApplication::translate("simuwave::PageDecoder", "the list has no \"has_more\"")
                : QCoreApplication::translate("simuwave::PageDecoder", "\"has_more\" is not a boolean"));

    const typename J::Value cursor = envelope.value(L("next_cursor"));
    if (!cursor.isString() && !cursor.isNull() && !cursor.isUndefined())
        return fail(QCoreApplication::translate("simuwave::PageDecoder",
                                                "\"next_cursor\" is neither a string nor null"));

    const typename J::Value resume = envelope.value(L("resume_cursor"));
    if (!resume.isString() && !resume.isNull() && !resume.isUndefined())
        return fail(QCoreApplication::translate("simuwave::PageDecoder",
                                                "\"resume_cursor\" is neither a string nor null"));

    if (hasMore.toBool()) {
        // More pages promised but nothing delivered would make the caller ask forever.
        if (items.isEmpty())
            return fail(QCoreApplication::translate("simuwave::PageDecoder",
                                                    "\"has_more\" is true but \"data\" is empty"));
        if (cursor.toString().isEmpty())
            return fail(QCoreApplication::translate("simuwave::PageDecoder",
                                                    "\"has_more\" is true but there is no \"next_cursor\""));
    }

    if (out) {
        out->nextCursor = cursor.toString();
        out->hasMore = hasMore.toBool();
        out->resumeCursor = hasMore.toBool() ? QString() : resume.toString();
        const auto updatedAt = [](const typename J::Value &v) {
            return v.isUndefined() ? QString() : v.toObject().value(L("updated_at")).toString();
        };
        out->firstUpdatedAt = updatedAt(first);
        out->lastUpdatedAt = updatedAt(last);
    }
    if (dataOut)
        *dataOut = items;
    if (why)
        why->clear();
    return true;
}

QString simdjsonErrorText(simdjson::error_code error)
{
    switch (error) {
    case simdjson::UTF8_ERROR:
        return QCoreApplication::translate("JsonGuard", "invalid UTF-8");
    case simdjson::UNESCAPED_CHARS:
        return QCoreApplication::translate("JsonGuard", "a control character inside a string");
    case simdjson::UNCLOSED_STRING:
    case simdjson::STRING_ERROR:
        return QCoreApplication::translate("JsonGuard", "a malformed string");
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        return QCoreApplication::translate("JsonGuard", "a malformed or out-of-range number");
    case simdjson::T_ATOM_ERROR:
    case simdjson::F_ATOM_ERROR:
    case simdjson::N_ATOM_ERROR:
        return QCoreApplication::translate("JsonGuard", "an unknown literal");
    case simdjson::MEMALLOC:
    case simdjson::CAPACITY:
        return QCoreApplication::translate("JsonGuard", "too large to parse");
    default:
        return QCoreApplication::translate("JsonGuard", "a syntax error");
    }
}

} // namespace

std::optional<Tenant> RecordDecoder::tenant(const QJsonObject &o, QString *error)
{
    return decodeTenant<QtJson>(QtJson::Object(o), error);
}

std::optional<PhoneNumber> RecordDecoder::phoneNumber(const QJsonObject &o, QString *error)
{
    return decodePhoneNumber<QtJson>(QtJson::Object(o), error);
}

std::optional<Invoice> RecordDecoder::invoice(const QJsonObject &o, QString *error)
{
    return decodeInvoice<QtJson>(QtJson::Object(o), error);
}

std::optional<PortRequest> RecordDecoder::portRequest(const QJsonObject &o, QString *error)
{
    return decodePortRequest<QtJson>(QtJson::Object(o), error);
}

std::optional<User> RecordDecoder::user(const QJsonObject &o, QString *error)
{
    return decodeUser<QtJson>(QtJson::Object(o), error);
}

std::optional<PartnerBranding> RecordDecoder::branding(const QJsonObject &o, QString *error)
{
    return decodeBranding<QtJson>(QtJson::Object(o), error);
}

std::optional<TenantLimits> RecordDecoder::tenantLimits(const QJsonObject &o, const QString &tenantId,
                                                        QString *error)
{
    return decodeTenantLimits<QtJson>(QtJson::Object(o), tenantId, error);
}

std::optional<TenantUsage> RecordDecoder::tenantUsage(const QJsonObject &o, const QString &tenantId,
                                                      QString *error)
{
    return decodeTenantUsage<QtJson>(QtJson::Object(o), tenantId, error);
}

bool RecordDecoder::decodePage(Resource resource, const QJsonArray &data, RecordPage *page, QString *error)
{
    return decodeRecords<QtJson>(resource, QtJson::Array(data), page, error);
}

bool RecordDecoder::decodeEnvelope(const QJsonObject &envelope, PageEnvelope *out, QJsonArray *data,
                                   QString *why)
{
    QtJson::Array items;
    if (!decodeEnvelopeOf<QtJson>(QtJson::Object(envelope), out, &items, why))
        return false;
    if (data)
        *data = envelope.value(L("data")).toArray();
    return true;
}

bool RecordDecoder::decodePageJson(Resource resource, QByteArrayView body, int maxDepth, RecordPage *page,
                                   PageEnvelope *envelope, QString *why, qsizetype paddingAfter)
{
    *page = RecordPage{};
    page->resource = resource;
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    // The body checks of JsonGuard::parseObject, with the same messages (JsonBodyCheck).
    const QByteArrayView trimmed = body.trimmed();
    if (const QString reason = JsonBodyCheck::beforeParsing(trimmed); !reason.isNull())
        return fail(reason);

    // One parser per pool thread: it keeps its buffers from page to page.
    thread_local simdjson::dom::parser parser;
    // simdjson refuses depth >= its max_depth, and does not count an empty [] or {} as a level (JsonGuard
    // does): the same limit except that one more level holding nothing passes.
    const size_t depth = size_t(qMax(maxDepth, 0)) + 1;
    if (parser.max_depth() != depth &&
        parser.allocate(qMax(parser.capacity(), size_t(trimmed.size())), depth) != simdjson::SUCCESS)
        return fail(QCoreApplication::translate("JsonGuard", "the answer is not valid JSON (%1)")
                        .arg(simdjsonErrorText(simdjson::MEMALLOC)));
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: in place when the caller says they are
    // there (the body's own spare capacity), else the parser copies the body into its padded buffer.
    const qsizetype readableAfter =
        paddingAfter + (body.data() + body.size()) - (trimmed.data() + trimmed.size());
    simdjson::dom::element root;
    const bool copy = readableAfter < qsizetype(simdjson::SIMDJSON_PADDING);
    const simdjson::error_code error = parser.parse(trimmed.data(), size_t(trimmed.size()), copy).get(root);
    if (error == simdjson::DEPTH_ERROR)
        return fail(JsonBodyCheck::nestedTooDeep(maxDepth));
    if (error != simdjson::SUCCESS)
        return fail(QCoreApplication::translate("JsonGuard", "the answer is not valid JSON (%1)")
                        .arg(simdjsonErrorText(error)));
    if (!root.is_object())
        return fail(JsonBodyCheck::notAnObject());

    const SimdJson::Object object(root.get_object().value_unsafe());
    SimdJson::Array data;
    PageEnvelope env;
    if (!decodeEnvelopeOf<SimdJson>(object, &env, &data, why))
        return false;
    if (!decodeRecords<SimdJson>(resource, data, page, why))
        return false;
    if (envelope)
        *envelope = std::move(env);
    return true;
}

} // namespace simuwave::cache
