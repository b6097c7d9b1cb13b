#include "core/JsonRow.h"

#include "core/SqlStatement.h"
#include "core/Wire.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace simuwave::sandbox {

JsonRow::JsonRow(QByteArray *out)
    : m_out(out)
{
    m_out->append('{');
}

JsonRow::~JsonRow()
{
    finish();
}

void JsonRow::finish()
{
    if (m_out && !m_finished)
        m_out->append('}');
    m_finished = true;
}

void JsonRow::key(const char *key)
{
    if (!m_first)
        m_out->append(',');
    m_first = false;
    m_out->append('"').append(key).append("\":");
}

void JsonRow::appendQuoted(QByteArray &out, QStringView text)
{
    appendQuoted(out, QByteArrayView(text.toUtf8()));
}

void JsonRow::appendQuoted(QByteArray &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + start, i - start);
        start = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default: {
            const char esc[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(esc, 6);
        }
        }
    }
    out.append(utf8.data() + start, utf8.size() - start);
    out.append('"');
}

void JsonRow::string(const char *k, const QString &v)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), v);
        return;
    }
    key(k);
    appendQuoted(*m_out, v);
}

void JsonRow::utf8(const char *k, QByteArrayView v)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), QString::fromUtf8(v));
        return;
    }
    key(k);
    appendQuoted(*m_out, v);
}

void JsonRow::utf8OrNull(const char *k, QByteArrayView v)
{
    if (v.isEmpty())
        null(k);
    else
        utf8(k, v);
}

void JsonRow::publicId(const char *k, const char *prefix, qint64 rowId)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), wire::publicId(QString::fromLatin1(prefix), rowId));
        return;
    }
    key(k);
    m_out->append('"').append(wire::publicIdLatin1(prefix, rowId)).append('"'); // [a-z0-9_]: no escapes
}

void JsonRow::integer(const char *k, qint64 v)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), v);
        return;
    }
    key(k);
    m_out->append(QByteArray::number(v));
}

void JsonRow::null(const char *k)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), QJsonValue(QJsonValue::Null));
        return;
    }
    key(k);
    m_out->append("null");
}

void JsonRow::time(const char *k, qint64 ms)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), wire::isoTime(ms));
        return;
    }
    key(k);
    m_out->append('"').append(wire::isoTimeLatin1(ms)).append('"');
}

void JsonRow::timeOrNull(const char *k, qint64 ms)
{
    if (ms > 0)
        time(k, ms);
    else
        null(k);
}

void JsonRow::storedJson(const char *k, QByteArrayView json, const char *fallback)
{
    if (!m_out) {
        const QByteArray text = json.isEmpty() ? QByteArray(fallback) : json.toByteArray();
        // Wrapped in an array so that any JSON value parses (fromJson wants an object or array).
        const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
        m_object.insert(QLatin1String(k),
                        doc.array().isEmpty() ? QJsonValue(QJsonValue::Null) : doc.array().at(0));
        return;
    }
    key(k);
    if (json.isEmpty())
        m_out->append(fallback);
    else
        m_out->append(json);
}

std::function<void(const SqlStatement &, QByteArray &)> JsonRow::rawWriter(Fields fields)
{
    return [fields](const SqlStatement &q, QByteArray &out) {
        JsonRow row(&out);
        fields(q, row);
    };
}

} // namespace simuwave::sandbox
