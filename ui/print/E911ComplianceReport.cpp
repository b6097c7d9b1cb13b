#include "print/E911ComplianceReport.h"

#include "items/PhoneNumberTableModel.h"

#include "cache/SqlCache.h"
#include "domain/Statuses.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

namespace simuwave {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::E911ComplianceReport", text);
}

constexpr int kDpi = 300;
constexpr qreal mm(qreal v)
{
    return v * kDpi / 25.4;
}

QFont pdfFont(const QString &family, qreal points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping); // extractable text, no ligatures
    return f;
}

QString csvCell(const QString &v)
{
    // Quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it as a formula.
    // (A number in E.164, "+" and digits only, is no formula and stays as it is.)
    static const QRegularExpression e164(QStringLiteral("^\\+[0-9]{2,15}$"));
    QString s = v;
    if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()) && !e164.match(s).hasMatch())
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s;
}

} // namespace

QString E911ComplianceReport::statusText(const QString &apiStatus)
{
    return displayName(e911StatusFromApi(apiStatus));
}

QList<E911ReportRow> E911ComplianceReport::collect(cache::SqlCache &cache)
{
    QList<E911ReportRow> rows;
    QSqlQuery q(cache.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT t.name, t.sip_prefix, n.e164, n.e911_street, n.e911_city, n.e911_state, n.e911_zip, "
            "n.e911_status, n.e911_error FROM phone_numbers n LEFT JOIN tenants t ON t.id = n.tenant_id "
            "WHERE n.status <> 'RELEASED' ORDER BY t.name IS NULL, t.name COLLATE NOCASE, n.tenant_id, "
            "n.e911_street, n.e911_city, n.e164")))
        return rows;
    while (q.next()) {
        E911ReportRow r;
        r.tenantName = q.value(0).isNull() ? tr("Unassigned") : q.value(0).toString();
        r.sipPrefix = q.value(1).toString();
        r.e164 = q.value(2).toString();
        if (!q.value(3).toString().isEmpty())
            r.address = QStringLiteral("%1, %2, %3 %4")
                            .arg(q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                 q.value(6).toString());
        r.status = q.value(7).toString().isEmpty() ? QStringLiteral("not_set") : q.value(7).toString();
        r.error = q.value(8).toString();
        rows.append(r);
    }
    return rows;
}

QString E911ComplianceReport::writeCsv(const QList<E911ReportRow> &rows, const QString &path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    QByteArray text = "tenant,sip_prefix,number,e911_address,e911_status,e911_error\r\n";
    for (const E911ReportRow &r : rows) {
        text += QStringList{csvCell(r.tenantName), csvCell(r.sipPrefix), csvCell(r.e164),
                            csvCell(r.address),    csvCell(r.status),    csvCell(r.error)}
                    .join(QLatin1Char(','))
                    .toUtf8() +
                "\r\n";
    }
    out.write(text);
    return out.commit() ? QString() : out.errorString();
}

QString E911ComplianceReport::writePdf(const QList<E911ReportRow> &rows, const PdfBranding &branding,
                                       const QString &path, const QDateTime &generatedAt,
                                       QPageSize::PageSizeId pageSize, const QString &fontFamily)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return out.errorString();
    {
        QPdfWriter pdf(&out);
        pdf.setResolution(kDpi);
        pdf.setTitle(tr("E911 Compliance Report"));
        pdf.setCreator(branding.brandName.isEmpty() ? QStringLiteral("SimuWave Partner Console")
                                                    : branding.brandName);
        pdf.setPageSize(QPageSize(pageSize));
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        QPainter p;
        if (!p.begin(&pdf))
            return tr("The document could not be started.");
        const QRectF page(QPointF(0, 0), pdf.pageLayout().paintRectPixels(kDpi).size());
        const QFont body = pdfFont(fontFamily, 9), bold = pdfFont(fontFamily, 9, true);
        const QFont heading = pdfFont(fontFamily, 11, true), small = pdfFont(fontFamily, 8);
        const QFont title = pdfFont(fontFamily, 16, true), brand = pdfFont(fontFamily, 13, true);
        const qreal rowH = mm(5.5), headerH = mm(30), footerH = mm(10);

        // Lay out first (fixed heights), so that every page can say "Page n of N".
        enum Kind
        {
            Summary,
            Tenant,
            Address,
            Number
        };
        struct Line
        {
            Kind kind;
            const E911ReportRow *row;
            QString text;
        };
        QList<Line> lines;
        QMap<QString, int> byStatus;
        for (const E911ReportRow &r : rows)
            byStatus[r.status] += 1;
        QStringList counts;
        for (const char *s : {"registered", "pending", "failed", "not_set"})
            counts << QStringLiteral("%1: %2")
                          .arg(statusText(QLatin1String(s)))
                          .arg(byStatus.value(QLatin1String(s)));
        lines.append(
            {Summary, nullptr,
             tr("%1 numbers in service. %2. Non-compliant (Not Set or Failed): %3.")
                 .arg(rows.size())
                 .arg(counts.join(QStringLiteral(", ")))
                 .arg(byStatus.value(QStringLiteral("failed")) + byStatus.value(QStringLiteral("not_set")))});
        QString tenant, address;
        bool first = true;
        for (const E911ReportRow &r : rows) {
            const QString tenantKey = r.tenantName + QLatin1Char('\x1f') + r.sipPrefix;
            if (first || tenantKey != tenant) {
                lines.append({Tenant, &r,
                              r.sipPrefix.isEmpty()
                                  ? r.tenantName
                                  : QStringLiteral("%1 (%2)").arg(r.tenantName, r.sipPrefix)});
                tenant = tenantKey;
                address = QStringLiteral("\x01"); // force an address line
                first = false;
            }
            if (r.address != address) {
                lines.append({Address, &r, r.address.isEmpty() ? tr("No E911 address") : r.address});
                address = r.address;
            }
            lines.append({Number, &r, QString()});
        }
        const auto height = [&](Kind k) {
            return k == Tenant ? rowH * 1.8 : k == Summary ? rowH * 2.5 : rowH;
        };
        QList<QList<Line>> pages(1);
        qreal y = headerH;
        for (const Line &l : std::as_const(lines)) {
            if (y + height(l.kind) > page.height() - footerH) {
                pages.append(QList<Line>());
                y = headerH;
            }
            pages.last().append(l);
            y += height(l.kind);
        }
        const QColor accent = branding.accent();
        const QLocale us(QLocale::English, QLocale::UnitedStates);
        for (qsizetype n = 0; n < pages.size(); ++n) {
            if (n > 0)
                pdf.newPage();
            // Header band: logo, brand, title, date.
            p.fillRect(QRectF(0, 0, page.width(), mm(3)), accent);
            qreal x = 0;
            if (!branding.logo.isNull()) {
                const QImage logo = branding.logo.scaled(int(mm(30)), int(mm(12)), Qt::KeepAspectRatio,
                                                         Qt::SmoothTransformation);
                p.drawImage(QPointF(0, mm(6)), logo);
                x = logo.width() + mm(4);
            }
            p.setPen(accent);
            p.setFont(brand);
            p.drawText(QRectF(x, mm(6), page.width() / 2 - x, mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
                       branding.brandName);
            p.setPen(Qt::black);
            p.setFont(title);
            p.drawText(QRectF(page.width() / 2, mm(5), page.width() / 2, mm(9)), Qt::AlignRight,
                       tr("E911 Compliance Report"));
            p.setFont(small);
            p.drawText(QRectF(page.width() / 2, mm(15), page.width() / 2, mm(5)), Qt::AlignRight,
                       tr("Generated %1").arg(us.toString(generatedAt, QLocale::LongFormat)));
            p.setPen(QPen(accent, mm(0.3)));
            p.drawLine(QPointF(0, headerH - mm(4)), QPointF(page.width(), headerH - mm(4)));
            p.setPen(Qt::black);
            y = headerH;
            for (const Line &l : std::as_const(pages.at(n))) {
                switch (l.kind) {
                case Summary:
                    p.setFont(body);
                    p.drawText(QRectF(0, y, page.width(), height(l.kind)), Qt::TextWordWrap | Qt::AlignLeft,
                               l.text);
                    break;
                case Tenant:
                    p.setFont(heading);
                    p.setPen(accent);
                    p.drawText(QRectF(0, y + rowH * 0.5, page.width(), rowH * 1.3), Qt::AlignLeft, l.text);
                    p.setPen(Qt::black);
                    break;
                case Address:
                    p.setFont(bold);
                    p.drawText(QRectF(mm(4), y, page.width() - mm(4), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                               l.text);
                    break;
                case Number: {
                    const bool bad =
                        l.row->status == QLatin1String("failed") || l.row->status == QLatin1String("not_set");
                    p.setFont(bad ? bold : body);
                    p.drawText(QRectF(mm(10), y, mm(40), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                               items::PhoneNumberTableModel::formatNumber(l.row->e164));
                    p.drawText(QRectF(mm(52), y, mm(30), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                               statusText(l.row->status));
                    p.setFont(small);
                    const QRectF errorBox(mm(84), y, page.width() - mm(84), rowH);
                    p.drawText(errorBox, Qt::AlignLeft | Qt::AlignVCenter,
                               QFontMetricsF(small, p.device())
                                   .elidedText(l.row->error, Qt::ElideRight, errorBox.width()));
                    break;
                }
                }
                y += height(l.kind);
            }
            p.setFont(small);
            p.setPen(Qt::darkGray);
            p.drawText(QRectF(0, page.height() - footerH + mm(3), page.width(), mm(5)), Qt::AlignRight,
                       tr("Page %1 of %2").arg(n + 1).arg(pages.size()));
            p.setPen(Qt::black);
        }
        p.end();
    }
    return out.commit() ? QString() : out.errorString();
}

} // namespace simuwave
