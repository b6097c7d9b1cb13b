#pragma once
// Compact JSON text for the cache's JSON columns (line items, payments, refunds, numbers lists), written
// straight into a byte array. The initial sync stores hundreds of thousands of these: building a
// QJsonObject per line item and serialising it through QJsonDocument cost about 8 % of that sync, this
// writer a fraction of it. The output is plain RFC 8259 JSON (UTF-8, no spaces) that QJsonDocument and
// SQLite's json functions read back.
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringView>

namespace simuwave::cache {

class CompactJson
{
public:
    explicit CompactJson(qsizetype reserve = 256) { m_out.reserve(reserve); }

    static QByteArray of(const QJsonArray &array);

    CompactJson &value(const QJsonValue &v);
    CompactJson &string(QStringView s);
    CompactJson &latin1String(QLatin1StringView s); // ASCII without characters to escape
    CompactJson &integer(qint64 v);
    CompactJson &beginArray();
    CompactJson &endArray();
    CompactJson &beginObject();
    CompactJson &endObject();
    CompactJson &key(QLatin1StringView k); // ASCII keys, as every key of the API is

    QByteArray take() { return std::move(m_out); }

private:
    void separate();

    QByteArray m_out;
    bool m_first = true; // no comma before the next element of the open container
};

} // namespace simuwave::cache
