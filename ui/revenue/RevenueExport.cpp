#include "revenue/RevenueExport.h"

#include "domain/Money.h"
#include "items/ItemRoles.h"

#include <algorithm>
#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QWidget>

namespace simuwave::revenue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("simuwave::RevenueExport", text);
}

QString csvField(QString text, bool isText)
{
    if (isText && !text.isEmpty() &&
        (text.front() == QLatin1Char('=') || text.front() == QLatin1Char('+') ||
         text.front() == QLatin1Char('-') || text.front() == QLatin1Char('@')))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

bool commit(QSaveFile &file, const QString &path, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
    return false;
}

} // namespace

QByteArray csvText(const QAbstractItemModel &model, const QList<int> &columns)
{
    QList<int> cols = columns;
    if (cols.isEmpty())
        for (int c = 0; c < model.columnCount(); ++c)
            cols.append(c);
    QStringList lines;
    QStringList header;
    for (int c : std::as_const(cols))
        header.append(csvField(model.headerData(c, Qt::Horizontal).toString(), true));
    lines.append(header.join(QLatin1Char(',')));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList fields;
        for (int c : std::as_const(cols)) {
            const QModelIndex index = model.index(r, c);
            const QVariant cents = index.data(items::MoneyCentsRole);
            const QVariant date = index.data(items::DateRole);
            if (cents.isValid()) {
                fields.append(Money::fromCents(cents.toLongLong()).toDecimalString());
            } else if (date.typeId() == QMetaType::QDate) {
                fields.append(date.toDate().toString(Qt::ISODate));
            } else if (date.typeId() == QMetaType::QDateTime) {
                fields.append(date.toDateTime().toUTC().toString(Qt::ISODate));
            } else {
                fields.append(csvField(index.data(Qt::DisplayRole).toString(), true));
            }
        }
        lines.append(fields.join(QLatin1Char(',')));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

bool writeCsv(const QAbstractItemModel &model, const QString &path, const QList<int> &columns, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(csvText(model, columns));
    return commit(file, path, error);
}

bool writePng(QWidget *widget, const QString &path, QString *error)
{
    if (!widget)
        return false;
    // A hidden widget (another tab) has no useful size yet: lay it out at a sensible one first.
    if (!widget->isVisible() && (widget->width() < 800 || widget->height() < 500))
        widget->resize(std::max(widget->width(), 800), std::max(widget->height(), 500));
    const QPixmap pixmap = widget->grab();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (pixmap.isNull() || !pixmap.save(&file, "PNG")) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not render the chart as PNG.");
        return false;
    }
    return commit(file, path, error);
}

} // namespace simuwave::revenue
