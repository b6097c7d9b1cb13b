#include "cache/CompactJson.h"

#include "domain/Decimal.h"

#include <charconv>
#include <cmath>
#include <QLocale>

namespace simuwave::cache {

QByteArray CompactJson::of(const QJsonArray &array)
{
    CompactJson w(64 + array.size() * 96);
    w.value(array);
    return w.take();
}

void CompactJson::grow(qsizetype n)
{
    m_out.resize(qMax(m_size + n, 2 * m_out.size() + 64));
}

void CompactJson::putQuoted(QLatin1StringView s)
{
    char *out = room(s.size() + 2);
    out[0] = '"';
    std::memcpy(out + 1, s.data(), size_t(s.size()));
    out[s.size() + 1] = '"';
    m_size += s.size() + 2;
}

CompactJson &CompactJson::beginArray()
{
    separate();
    put('[');
    m_first = true;
    return *this;
}

CompactJson &CompactJson::endArray()
{
    put(']');
    m_first = false;
    return *this;
}

CompactJson &CompactJson::beginObject()
{
    separate();
    put('{');
    m_first = true;
    return *this;
}

CompactJson &CompactJson::endObject()
{
    put('}');
    m_first = false;
    return *this;
}

CompactJson &CompactJson::key(QLatin1StringView k)
{
    separate();
    putQuoted(k);
    put(':');
    m_first = true; // the value that follows takes no comma
    return *this;
}

CompactJson &CompactJson::integer(qint64 v)
{
    separate();
    char *out = room(24);
    m_size += std::to_chars(out, out + 24, v).ptr - out;
    return *this;
}

CompactJson &CompactJson::scaled(qint64 value, int scale, int minDecimals)
{
    separate();
    char *out = room(decimal::kScaledTextMax + 2);
    *out = '"';
    const int n = decimal::writeScaled(out + 1, value, scale, minDecimals);
    out[n + 1] = '"';
    m_size += n + 2;
    return *this;
}

CompactJson &CompactJson::latin1String(QLatin1StringView s)
{
    separate();
    putQuoted(s);
    return *this;
}

CompactJson &CompactJson::string(QStringView s)
{
    separate();
    put('"');
    // ASCII that needs no escaping (nearly every text) is narrowed straight into the output; the rest goes
    // the general way from its first other character.
    char *out = room(s.size() + 1);
    const char16_t *in = s.utf16();
    qsizetype ascii = 0;
    for (; ascii < s.size(); ++ascii) {
        const char16_t c = in[ascii];
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        out[ascii] = char(c);
    }
    m_size += ascii;
    // Runs of characters that need no escaping are converted in one go.
    qsizetype start = ascii;
    const auto flush = [&](qsizetype end) {
        if (end > start) {
            const QByteArray utf8 = s.mid(start, end - start).toUtf8();
            put(utf8.constData(), utf8.size());
        }
    };
    for (qsizetype i = ascii; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        start = i + 1;
        putEscaped(c);
    }
    flush(s.size());
    put('"');
    return *this;
}

void CompactJson::putEscaped(char16_t c)
{
    switch (c) {
    case u'"':
        put("\\\"", 2);
        break;
    case u'\\':
        put("\\\\", 2);
        break;
    case u'\n':
        put("\\n", 2);
        break;
    case u'\r':
        put("\\r", 2);
        break;
    case u'\t':
        put("\\t", 2);
        break;
    case u'\b':
        put("\\b", 2);
        break;
    case u'\f':
        put("\\f", 2);
        break;
    default: {
        static const char hex[] = "0123456789abcdef";
        const char esc[] = {'\\', 'u', '0', '0', hex[(c >> 4) & 15], hex[c & 15]};
        put(esc, 6);
    }
    }
}

CompactJson &CompactJson::utf8String(QByteArrayView utf8)
{
    separate();
    put('"');
    // Bytes from 0x80 up are UTF-8 sequences, copied as they are; only quotes, backslashes and control
    // characters are escaped.
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        put(utf8.data() + start, i - start);
        start = i + 1;
        putEscaped(c);
    }
    put(utf8.data() + start, utf8.size() - start);
    put('"');
    return *this;
}

CompactJson &CompactJson::raw(QByteArrayView json)
{
    separate();
    put(json.data(), json.size());
    return *this;
}

CompactJson &CompactJson::null()
{
    separate();
    put("null", 4);
    return *this;
}

CompactJson &CompactJson::boolean(bool b)
{
    separate();
    if (b)
        put("true", 4);
    else
        put("false", 5);
    return *this;
}

CompactJson &CompactJson::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        // Integers (also beyond 2^53, which the parser keeps exact) as integers; toInteger() answers the
        // default 0 for a fraction, which then differs from the double.
        const qint64 i = v.toInteger(0);
        if (double(i) == d) {
            integer(i);
        } else {
            separate();
            // JSON has no NaN or infinity (QJsonDocument writes null for them too).
            const QByteArray text = std::isfinite(d)
                                        ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                        : QByteArray("null");
            put(text.constData(), text.size());
        }
        break;
    }
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray a = v.toArray();
        for (const QJsonValue &e : a)
            value(e);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            separate();
            m_first = true;
            string(it.key());
            put(':');
            m_first = true;
            value(it.value());
        }
        endObject();
        break;
    }
    }
    return *this;
}

} // namespace simuwave::cache
