#pragma once
// The list part of a pane over one of the cache's big tables: a search field (debounced; the model's FTS
// search), filter combo boxes, a QTableView on a lazy SQL model (sorting in SQL), a count, and an honest
// empty state while no profile's cache is open. The pane owns its model and rebuilds it on cacheReady();
// this view never holds rows itself. Column widths, order, sort and filters are saved per pane.
#include "items/LazySqlTableModel.h"

#include <functional>
#include <QPointer>
#include <QVariant>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;
class QTableView;
class QTimer;

namespace simuwave {

class RecordTableView : public QWidget
{
    Q_OBJECT
public:
    // noun: how the count reads ("%n tenant(s)"), translated by the pane.
    explicit RecordTableView(std::function<QString(int)> countText, QWidget *parent = nullptr);

    // Not owned; null shows the "no data" state. Search, filters and sort are applied to a new model.
    void setModel(items::LazySqlTableModel *model);
    items::LazySqlTableModel *model() const { return m_model; }
    void setEmptyText(const QString &text);

    // A filter combo box; `apply` is called with the chosen data (the first choice should mean "all").
    QComboBox *addFilter(const QString &objectName, const QString &accessibleName,
                         const QList<QPair<QString, QVariant>> &choices,
                         std::function<void(const QVariant &)> apply);
    // Selects the choice whose data equals `value`; false when there is none.
    bool setFilterValue(const QString &objectName, const QVariant &value);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QString currentRecordId() const;
    // Selects the row of this record when it is loaded (the pane searches for it first if needed).
    bool selectRecord(const QString &recordId);

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Enter or double click on a row.
    void recordActivated(const QString &recordId);
    void currentRecordChanged(const QString &recordId);

private:
    void applySearch();
    void applyFilters();
    void updateCount();

    std::function<QString(int)> m_countText;
    QPointer<items::LazySqlTableModel> m_model;
    QLineEdit *m_search;
    QWidget *m_filterBar;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QTimer *m_searchDelay;
    QByteArray m_headerState;
    struct Filter
    {
        QComboBox *combo;
        std::function<void(const QVariant &)> apply;
    };
    QList<Filter> m_filters;
};

} // namespace simuwave
