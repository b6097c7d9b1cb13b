#include "core/JsonRow.h"

#include "cache/CompactJson.h"
#include "core/SqlStatement.h"
#include "core/Wire.h"
#include "domain/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace simuwave::sandbox {

JsonRow::JsonRow(cache::CompactJson *out)
    : m_out(out)
{
    m_out->beginObject();
}

JsonRow::~JsonRow()
{
    finish();
}

void JsonRow::finish()
{
    if (m_out && !m_finished)
        m_out->endObject();
    m_finished = true;
}

void JsonRow::key(const char *key)
{
    m_out->key(QLatin1StringView(key));
}

void JsonRow::string(const char *k, const QString &v)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), v);
        return;
    }
    key(k);
    m_out->string(v);
}

void JsonRow::utf8(const char *k, QByteArrayView v)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), QString::fromUtf8(v));
        return;
    }
    key(k);
    m_out->utf8String(v);
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
    char id[wire::kPublicIdMax];
    m_out->latin1String(QLatin1StringView(id, wire::writePublicId(id, prefix, rowId))); // [a-z0-9_]
}

void JsonRow::integer(const char *k, qint64 v)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), v);
        return;
    }
    key(k);
    m_out->integer(v);
}

void JsonRow::boolean(const char *k, bool v)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), v);
        return;
    }
    key(k);
    m_out->boolean(v);
}

void JsonRow::null(const char *k)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), QJsonValue(QJsonValue::Null));
        return;
    }
    key(k);
    m_out->null();
}

void JsonRow::time(const char *k, qint64 ms)
{
    if (!m_out) {
        m_object.insert(QLatin1String(k), wire::isoTime(ms));
        return;
    }
    key(k);
    char text[24];
    if (isotime::writeMSecs(text, ms))
        m_out->latin1String(QLatin1StringView(text, 24));
    else
        m_out->latin1String(QLatin1StringView(wire::isoTimeLatin1(ms)));
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
    m_out->raw(json.isEmpty() ? QByteArrayView(fallback) : json);
}

JsonRow::TextWriter JsonRow::rawWriter(Fields fields)
{
    return [fields](const SqlStatement &q, cache::CompactJson &out) {
        JsonRow row(&out);
        fields(q, row);
    };
}

} // namespace simuwave::sandbox
