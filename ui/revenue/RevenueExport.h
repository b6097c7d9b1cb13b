#pragma once
// Writing what the revenue pane shows to files, atomically (QSaveFile: a failed or cancelled export never
// leaves half a file): a table model as CSV, a widget (a chart) as PNG.
#include <QByteArray>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QWidget;

namespace simuwave::revenue {

// RFC 4180 CSV (UTF-8, CRLF, header first) of `columns` of `model` (every column when empty). Amounts are
// written as plain decimals from MoneyCentsRole ("1234.50"), dates as ISO 8601 from DateRole, the rest as
// displayed. A text cell starting with = + - @ is prefixed with ' so that a spreadsheet does not run it.
bool writeCsv(const QAbstractItemModel &model, const QString &path, const QList<int> &columns = {},
              QString *error = nullptr);
// The CSV text itself (what writeCsv writes).
QByteArray csvText(const QAbstractItemModel &model, const QList<int> &columns = {});

// `widget` rendered at its current size as a PNG (a hidden one, e.g. on another tab, at least 800x500).
bool writePng(QWidget *widget, const QString &path, QString *error = nullptr);

} // namespace simuwave::revenue
