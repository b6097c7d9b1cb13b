#pragma once
// Port requests from a CSV file (batch import): one request per row, checked row by row with the same rules
// as the New Port Request wizard before anything is sent; the valid rows become one POST each (run by
// BulkCommandRunner, which reports a result per row). Columns (header row required, any order, names as
// below; README "Batch port import"):
//   numbers            one or more numbers separated by semicolons, in any common format
//   current_carrier    account_holder_name    account_number    pin (optional)
//   service_street     service_city           service_state     service_zip
//   tenant             the target tenant: its id (tnt_...), SIP prefix or exact name
//   desired_date       YYYY-MM-DD
#include "widgets/BulkCommandRunner.h"

#include <QDate>
#include <QStringList>

namespace simuwave::cache {
class SqlCache;
}

namespace simuwave {

class PortCsvImport
{
public:
    struct Row
    {
        int line = 0;       // line number in the file (the header is line 1)
        QJsonObject body;   // the request to send (when valid)
        QStringList errors; // empty: valid
        QString label;      // "Line 3: (501) 555-0100 …"
    };

    static QStringList columns();
    // RFC 4180: commas, double quotes (doubled inside), CRLF or LF; a UTF-8 BOM is skipped.
    static QList<QStringList> parseCsv(const QByteArray &data);

    // Reads and checks every row against the cache (tenants, owned numbers, open ports, duplicates across
    // rows). `fileError` is set when the file itself cannot be used (no header, missing columns).
    static QList<Row> read(const QByteArray &data, cache::SqlCache *cache, const QDate &today,
                           QString *fileError);
    static QList<BulkCommandRunner::Item> commands(const QList<Row> &rows); // the valid rows only
};

} // namespace simuwave
