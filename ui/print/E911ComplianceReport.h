#pragma once
// The E911 compliance report (Numbers → E911): per tenant and per address, every number in service with its
// E911 status and the provider's error, exported as CSV (for spreadsheets) and as a branded PDF (to hand to
// an auditor). Read from the cache only, so it works offline and for the read-only role.
#include "print/PdfBranding.h"

#include <QDateTime>
#include <QList>
#include <QPageSize>
#include <QString>

namespace simuwave::cache {
class SqlCache;
}

namespace simuwave {

struct E911ReportRow
{
    QString tenantName; // "Unassigned" for numbers of no tenant
    QString sipPrefix;
    QString e164;
    QString address; // one line; empty when not set
    QString status;  // API value: registered, pending, failed, not_set
    QString error;   // the provider's reason when failed
};

class E911ComplianceReport
{
public:
    // Every number not released, ordered by tenant, address and number.
    static QList<E911ReportRow> collect(cache::SqlCache &cache);
    // Both return an empty string, or why the file was not written (written atomically with QSaveFile).
    static QString writeCsv(const QList<E911ReportRow> &rows, const QString &path);
    static QString writePdf(const QList<E911ReportRow> &rows, const PdfBranding &branding,
                            const QString &path, const QDateTime &generatedAt = QDateTime::currentDateTime(),
                            QPageSize::PageSizeId pageSize = QPageSize::A4,
                            const QString &fontFamily = QStringLiteral("DejaVu Sans"));
    static QString statusText(const QString &apiStatus);
};

} // namespace simuwave
