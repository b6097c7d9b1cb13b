#pragma once
// Compact JSON text for the cache's JSON columns (line items, payments, refunds, numbers lists) and the
// sandbox's list pages, written straight into a byte array. The initial sync stores hundreds of thousands of
// these: building a QJsonObject per line item and serialising it through QJsonDocument cost about 8 % of that
// sync, this writer a fraction of it. The output is plain RFC 8259 JSON (UTF-8, no spaces) that QJsonDocument
// and SQLite's json functions read back.
//
// The text goes through a plain pointer into the array's spare capacity (put/room), not QByteArray::append:
// each append checks sharing and capacity again and goes through insert(), which made writing an invoice's
// line items (20 small pieces each, 300,000 invoices) cost more than decoding them.
#include <cstring>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringView>

namespace simuwave::cache {

class CompactJson
{
public:
    explicit CompactJson(qsizetype reserve = 256) { m_out.resize(reserve); }

    static QByteArray of(const QJsonArray &array);

    CompactJson &value(const QJsonValue &v);
    CompactJson &string(QStringView s);
    CompactJson &latin1String(QLatin1StringView s); // ASCII without characters to escape
    CompactJson &utf8String(QByteArrayView utf8);   // UTF-8 text as SQLite holds it, escaped
    CompactJson &raw(QByteArrayView json);          // a value that is JSON text already
    CompactJson &null();
    CompactJson &boolean(bool b);
    CompactJson &integer(qint64 v);
    CompactJson &scaled(qint64 value, int scale, int minDecimals); // a decimal string: "0.016", "2.50"
    CompactJson &beginArray();
    CompactJson &endArray();
    CompactJson &beginObject();
    CompactJson &endObject();
    CompactJson &key(QLatin1StringView k); // ASCII keys, as every key of the API is

    // Several values back to back (no separator between them): where the next one starts.
    qsizetype beginValue()
    {
        m_first = true;
        return m_size;
    }
    qsizetype size() const { return m_size; }

    QByteArray take()
    {
        m_out.truncate(m_size);
        m_size = 0;
        return std::move(m_out);
    }

private:
    void separate()
    {
        if (!m_first)
            put(',');
        m_first = false;
    }
    // Room for `n` more bytes at the end; returns where they go.
    char *room(qsizetype n)
    {
        if (m_size + n > m_out.size())
            grow(n);
        return m_out.data() + m_size;
    }
    void grow(qsizetype n);
    void put(char c) { *room(1) = c, ++m_size; }
    void putQuoted(QLatin1StringView s); // "s", no escaping
    void putEscaped(char16_t c);         // a quote, a backslash or a control character
    void put(const char *s, qsizetype n)
    {
        std::memcpy(room(n), s, size_t(n));
        m_size += n;
    }

    QByteArray m_out; // sized to its capacity; the text is its first m_size bytes
    qsizetype m_size = 0;
    bool m_first = true; // no comma before the next element of the open container
};

} // namespace simuwave::cache
