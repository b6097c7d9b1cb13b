#include "cache/CompactJson.h"

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

void CompactJson::separate()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

CompactJson &CompactJson::beginArray()
{
    separate();
    m_out.append('[');
    m_first = true;
    return *this;
}

CompactJson &CompactJson::endArray()
{
    m_out.append(']');
    m_first = false;
    return *this;
}

CompactJson &CompactJson::beginObject()
{
    separate();
    m_out.append('{');
    m_first = true;
    return *this;
}

CompactJson &CompactJson::endObject()
{
    m_out.append('}');
    m_first = false;
    return *this;
}

CompactJson &CompactJson::key(QLatin1StringView k)
{
    separate();
    m_out.append('"').append(k.data(), k.size()).append("\":");
    m_first = true; // the value that follows takes no comma
    return *this;
}

CompactJson &CompactJson::integer(qint64 v)
{
    separate();
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    m_out.append(buf, end - buf);
    return *this;
}

CompactJson &CompactJson::latin1String(QLatin1StringView s)
{
    separate();
    m_out.append('"').append(s.data(), s.size()).append('"');
    return *this;
}

CompactJson &CompactJson::string(QStringView s)
{
    separate();
    m_out.append('"');
    // ASCII that needs no escaping (nearly every text) is narrowed straight into the output, without a
    // QByteArray per string; the rest goes the general way from its first other character.
    const qsizetype at = m_out.size();
    if (m_out.capacity() < at + s.size() + 1)
        m_out.reserve(qMax(at + s.size() + 1, 2 * m_out.capacity()));
    m_out.resize(at + s.size());
    char *out = m_out.data() + at;
    const char16_t *in = s.utf16();
    qsizetype ascii = 0;
    for (; ascii < s.size(); ++ascii) {
        const char16_t c = in[ascii];
        if (c < 0x20 || c >= 0x80 || c == u'"' || c == u'\\')
            break;
        out[ascii] = char(c);
    }
    m_out.resize(at + ascii);
    // Runs of characters that need no escaping are converted in one go.
    qsizetype start = ascii;
    const auto flush = [&](qsizetype end) {
        if (end > start)
            m_out.append(s.mid(start, end - start).toUtf8());
    };
    for (qsizetype i = ascii; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        start = i + 1;
        switch (c) {
        case u'"':
            m_out.append("\\\"");
            break;
        case u'\\':
            m_out.append("\\\\");
            break;
        case u'\n':
            m_out.append("\\n");
            break;
        case u'\r':
            m_out.append("\\r");
            break;
        case u'\t':
            m_out.append("\\t");
            break;
        case u'\b':
            m_out.append("\\b");
            break;
        case u'\f':
            m_out.append("\\f");
            break;
        default: {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            m_out.append(buf, 6);
        }
        }
    }
    flush(s.size());
    m_out.append('"');
    return *this;
}

CompactJson &CompactJson::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        separate();
        m_out.append("null");
        break;
    case QJsonValue::Bool:
        separate();
        m_out.append(v.toBool() ? "true" : "false");
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
            m_out.append(std::isfinite(d) ? QByteArray::number(d, 'g', QLocale::FloatingPointShortest)
                                          : QByteArray("null"));
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
            m_out.append(':');
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
