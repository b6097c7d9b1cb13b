#pragma once
// The rows of a bulk operation (BulkCommandRunner): one per item with its outcome and the server's or the
// validation's message. Follows the runner live (rows change as items are sent). No colours: the dialog's
// view decides how an outcome looks.
#include "widgets/BulkCommandRunner.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace simuwave {

class BulkResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ItemColumn,
        OutcomeColumn,
        MessageColumn,
        ColumnCount
    };

    explicit BulkResultModel(BulkCommandRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reloads every row from the runner (after setItems()).
    void reload();
    // Tab-separated text of the rows (header first), for the clipboard.
    QString toText(bool problemsOnly = false) const;

    static bool isProblem(BulkCommandRunner::Outcome outcome);
    static QString messageOf(const BulkCommandRunner::Result &result);

private:
    QPointer<BulkCommandRunner> m_runner;
    QList<BulkCommandRunner::Result> m_rows;
};

} // namespace simuwave
