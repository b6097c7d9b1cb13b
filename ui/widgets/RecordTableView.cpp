#include "widgets/RecordTableView.h"

#include "items/ItemRoles.h"
#include "items/LazySqlTableModel.h"
#include "main/Accessibility.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace simuwave {

RecordTableView::RecordTableView(std::function<QString(int)> countText, QWidget *parent)
    : QWidget(parent)
    , m_countText(std::move(countText))
    , m_search(new QLineEdit(this))
    , m_filterBar(new QWidget(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(m_stack))
    , m_empty(new QLabel(m_stack))
    , m_searchDelay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("recordSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    nameLineEditButtons(m_search);
    m_count->setObjectName(QStringLiteral("recordCount"));
    m_table->setObjectName(QStringLiteral("recordTable"));
    m_table->setAccessibleName(tr("Records"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true); // sorting happens in SQL
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The corner button Qt adds (select all) has no text for a screen reader.
    for (QAbstractButton *button : m_table->findChildren<QAbstractButton *>()) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(tr("Select all rows"));
    }
    m_empty->setObjectName(QStringLiteral("recordEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Sign in or open the demo workspace: the records appear here once they are synced."));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    auto *filterLayout = new QHBoxLayout(m_filterBar);
    filterLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_filterBar, 3);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    // Typing is not a query per key: wait for a pause.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RecordTableView::applySearch);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(items::RecordIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT recordActivated(id);
    });
    m_table->installEventFilter(this);
}

bool RecordTableView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_table->currentIndex().isValid()) {
            const QString id = m_table->currentIndex().data(items::RecordIdRole).toString();
            if (!id.isEmpty()) {
                Q_EMIT recordActivated(id);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RecordTableView::setModel(items::LazySqlTableModel *model)
{
    if (m_model) {
        m_headerState = m_table->horizontalHeader()->saveState();
        m_model->disconnect(this);
    }
    m_model = model;
    m_table->setModel(model);
    m_stack->setCurrentWidget(model ? static_cast<QWidget *>(m_table) : m_empty);
    if (!model) {
        m_count->clear();
        return;
    }
    if (!m_headerState.isEmpty()) {
        m_table->horizontalHeader()->restoreState(m_headerState);
    } else {
        // No remembered layout: size the columns to the first rows that arrive, once.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(model, &items::LazySqlTableModel::rowsLoaded, this, [this, once] {
            disconnect(*once);
            m_table->resizeColumnsToContents();
        });
    }
    connect(model, &items::LazySqlTableModel::rowCountKnown, this, &RecordTableView::updateCount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordTableView::updateCount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordTableView::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordTableView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT currentRecordChanged(current.data(items::RecordIdRole).toString());
            });
    applyFilters();
    applySearch();
    updateCount();
}

void RecordTableView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
}

QComboBox *RecordTableView::addFilter(const QString &objectName, const QString &accessibleName,
                                      const QList<QPair<QString, QVariant>> &choices,
                                      std::function<void(const QVariant &)> apply)
{
    auto *combo = new QComboBox(m_filterBar);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    for (const auto &[text, value] : choices) // "Number status: All" says what the "All" is about
        combo->addItem(value.isValid() ? text : tr("%1: %2").arg(accessibleName, text), value);
    m_filterBar->layout()->addWidget(combo);
    m_filters.append({combo, std::move(apply)});
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        for (const Filter &f : std::as_const(m_filters)) {
            if (f.combo == combo && m_model)
                f.apply(combo->currentData());
        }
    });
    return combo;
}

bool RecordTableView::setFilterValue(const QString &objectName, const QVariant &value)
{
    for (const Filter &f : std::as_const(m_filters)) {
        if (f.combo->objectName() != objectName)
            continue;
        const int index = f.combo->findData(value);
        if (index < 0)
            return false;
        f.combo->setCurrentIndex(index);
        return true;
    }
    return false;
}

QString RecordTableView::currentRecordId() const
{
    return m_table->currentIndex().data(items::RecordIdRole).toString();
}

bool RecordTableView::selectRecord(const QString &recordId)
{
    if (!m_model)
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isRowLoaded(row))
            continue;
        if (m_model->recordId(row) == recordId) {
            const QModelIndex index = m_model->index(row, 0);
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

void RecordTableView::applySearch()
{
    if (m_model && m_model->searchText() != m_search->text().trimmed())
        m_model->setSearchText(m_search->text().trimmed());
}

void RecordTableView::applyFilters()
{
    for (const Filter &f : std::as_const(m_filters))
        f.apply(f.combo->currentData());
}

void RecordTableView::updateCount()
{
    if (!m_model)
        return;
    m_count->setText(m_model->isRowCountKnown() ? m_countText(m_model->rowCount()) : tr("Counting…"));
}

void RecordTableView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("header"),
                      m_model ? m_table->horizontalHeader()->saveState() : m_headerState);
    settings.setValue(QStringLiteral("search"), m_search->text());
    for (const Filter &f : m_filters)
        settings.setValue(QStringLiteral("filter/") + f.combo->objectName(), f.combo->currentIndex());
}

void RecordTableView::restoreState(QSettings &settings)
{
    m_headerState = settings.value(QStringLiteral("header")).toByteArray();
    if (m_model && !m_headerState.isEmpty())
        m_table->horizontalHeader()->restoreState(m_headerState);
    for (const Filter &f : std::as_const(m_filters)) {
        const int index = settings.value(QStringLiteral("filter/") + f.combo->objectName(), 0).toInt();
        if (index >= 0 && index < f.combo->count())
            f.combo->setCurrentIndex(index);
    }
    m_search->setText(settings.value(QStringLiteral("search")).toString());
    applySearch();
}

} // namespace simuwave
