#include "print/LoaPdfRenderer.h"

#include "items/PhoneNumberTableModel.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace simuwave {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::LoaPdfRenderer", text);
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
    f.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the text extracts as written
    return f;
}

} // namespace

QString LoaPdfRenderer::fileNameFor(const LoaPdfInput &input)
{
    QString first = input.numbers.value(0);
    first.remove(QLatin1Char('+'));
    return first.isEmpty() ? QStringLiteral("LOA.pdf") : QStringLiteral("LOA_%1.pdf").arg(first);
}

QString LoaPdfRenderer::render(const LoaPdfInput &in, QIODevice *out)
{
    if (in.numbers.isEmpty())
        return tr("A letter of authorization needs at least one number.");
    QPdfWriter pdf(out);
    pdf.setResolution(kDpi);
    pdf.setTitle(tr("Letter of Authorization"));
    pdf.setCreator(in.branding.brandName.isEmpty() ? QStringLiteral("SimuWave Partner Console")
                                                   : in.branding.brandName);
    pdf.setPageSize(QPageSize(in.pageSize));
    pdf.setPageMargins(QMarginsF(20, 15, 20, 15), QPageLayout::Millimeter);
    QPainter p;
    if (!p.begin(&pdf))
        return tr("The document could not be started.");
    const QRectF page(QPointF(0, 0), pdf.pageLayout().paintRectPixels(kDpi).size());
    const QColor accent = in.branding.accent();
    const QFont body = pdfFont(in.fontFamily, 11), bold = pdfFont(in.fontFamily, 11, true);
    const QFont title = pdfFont(in.fontFamily, 15, true), brand = pdfFont(in.fontFamily, 14, true);
    const QFont small = pdfFont(in.fontFamily, 8);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const qreal line = QFontMetricsF(body, p.device()).lineSpacing();
    const auto blank = [](const QString &v) {
        return v.trimmed().isEmpty() ? QStringLiteral("________________") : v;
    };

    int pageNo = 1;
    qreal y = 0;
    const auto header = [&] {
        p.fillRect(QRectF(0, 0, page.width(), mm(3)), accent);
        qreal x = 0;
        if (!in.branding.logo.isNull()) {
            const QImage logo = in.branding.logo.scaled(int(mm(35)), int(mm(15)), Qt::KeepAspectRatio,
                                                        Qt::SmoothTransformation);
            p.drawImage(QPointF(0, mm(6)), logo);
            x = logo.width() + mm(5);
        }
        p.setPen(accent);
        p.setFont(brand);
        p.drawText(QRectF(x, mm(6), page.width() - x, mm(9)), Qt::AlignLeft | Qt::AlignVCenter,
                   in.branding.brandName);
        if (!in.branding.supportEmail.isEmpty()) {
            p.setPen(Qt::darkGray);
            p.setFont(small);
            p.drawText(QRectF(x, mm(15), page.width() - x, mm(5)), Qt::AlignLeft,
                       tr("Support: %1").arg(in.branding.supportEmail));
        }
        p.setPen(Qt::black);
        y = mm(28);
    };
    const auto newPageIfNeeded = [&](qreal needed) {
        if (y + needed <= page.height() - mm(12))
            return;
        p.setFont(small);
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(0, page.height() - mm(6), page.width(), mm(5)), Qt::AlignRight,
                   tr("Continued on page %1").arg(pageNo + 1));
        p.setPen(Qt::black);
        pdf.newPage();
        ++pageNo;
        header();
    };
    const auto paragraph = [&](const QString &text, const QFont &font) {
        p.setFont(font);
        const QRectF bounds =
            p.boundingRect(QRectF(0, 0, page.width(), page.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
        newPageIfNeeded(bounds.height());
        p.drawText(QRectF(0, y, page.width(), bounds.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
        y += bounds.height() + line * 0.6;
    };

    header();
    p.setFont(title);
    p.drawText(QRectF(0, y, page.width(), mm(8)), Qt::AlignHCenter, tr("LETTER OF AUTHORIZATION (LOA)"));
    y += mm(8);
    p.drawText(QRectF(0, y, page.width(), mm(8)), Qt::AlignHCenter, tr("FOR PORTING TELEPHONE NUMBERS"));
    y += mm(14);
    paragraph(tr("Date: %1")
                  .arg(us.toString(in.date.isValid() ? in.date : QDate::currentDate(), QLocale::LongFormat)),
              body);
    paragraph(tr("I, %1, authorized representative of %2, hereby authorize %3 and its underlying "
                 "telecommunications partner to act as my agent in transferring the following telephone "
                 "number(s) from %4 to their service:")
                  .arg(blank(in.accountHolderName), blank(in.businessName), blank(in.branding.brandName),
                       blank(in.currentCarrier)),
              body);
    // Numbers in three columns, flowing onto further pages.
    p.setFont(bold);
    const int columns = 3;
    const qreal colW = page.width() / columns;
    for (qsizetype i = 0; i < in.numbers.size(); i += columns) {
        newPageIfNeeded(line);
        for (int c = 0; c < columns && i + c < in.numbers.size(); ++c)
            p.drawText(QRectF(c * colW + mm(5), y, colW - mm(5), line), Qt::AlignLeft,
                       items::PhoneNumberTableModel::formatNumber(in.numbers.at(i + c)));
        y += line;
    }
    y += line * 0.6;
    paragraph(tr("The service address for these numbers is:"), body);
    const Address &a = in.serviceAddress;
    paragraph(blank(a.street), bold);
    y -= line * 0.5;
    paragraph(a.city.isEmpty() ? blank(QString())
                               : QStringLiteral("%1, %2 %3").arg(a.city, a.state, a.zip).trimmed(),
              bold);
    paragraph(tr("The current carrier account number is: %1").arg(blank(in.accountNumber)), body);
    paragraph(tr("I confirm I am authorized to make this change."), body);
    newPageIfNeeded(mm(50));
    y += mm(8);
    p.setFont(body);
    for (const QString &label : {tr("Signature:"), tr("Name (printed):"), tr("Title:"), tr("Date:")}) {
        p.drawText(QRectF(0, y, mm(40), line), Qt::AlignLeft, label);
        p.drawLine(QPointF(mm(42), y + line), QPointF(page.width() * 0.75, y + line));
        y += line * 2.2;
    }
    p.setFont(small);
    p.setPen(Qt::darkGray);
    p.drawText(QRectF(0, page.height() - mm(6), page.width(), mm(5)), Qt::AlignLeft,
               tr("The signature must be the account holder's own. A PDF or a scanned image of the signed "
                  "letter is fine."));
    p.end();
    return {};
}

} // namespace simuwave
