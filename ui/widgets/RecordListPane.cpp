#include "widgets/RecordListPane.h"

#include "cache/SqlCache.h"
#include "items/LazySqlTableModel.h"
#include "main/ConsoleContext.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSqlQuery>
#include <QTimer>
#include <QVBoxLayout>

namespace simuwave {

RecordListPane::RecordListPane(ConsoleContext &context, std::function<QString(int)> countText,
                               QWidget *parent)
    : Pane(parent)
    , m_context(context)
    , m_view(new RecordTableView(std::move(countText), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    connect(&m_context, &ConsoleContext::cacheReady, this, [this] {
        if (m_shown)
            rebuild();
    });
    connect(&m_context, &ConsoleContext::cacheClosing, this, &RecordListPane::drop);
    connect(m_view, &RecordTableView::recordActivated, this, [this](const QString &id) {
        openWith({{QStringLiteral("id"), id}});
    });
}

QLayout *RecordListPane::paneLayout() const
{
    return layout();
}

bool RecordListPane::focusFilter()
{
    m_view->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_view->searchField()->selectAll();
    return true;
}

void RecordListPane::saveState(QSettings &settings) const
{
    m_view->saveState(settings);
}

void RecordListPane::restoreState(QSettings &settings)
{
    m_view->restoreState(settings);
}

void RecordListPane::activated()
{
    m_shown = true;
    if (!m_model && m_context.cache())
        rebuild();
}

bool RecordListPane::openWith(const QVariantMap &params)
{
    activated();
    bool applied = false;
    if (params.contains(QStringLiteral("search"))) {
        m_view->searchField()->setText(params.value(QStringLiteral("search")).toString());
        applied = true;
    }
    if (m_tenantFilter && params.contains(QStringLiteral("tenant")))
        applied |=
            m_view->setFilterValue(m_tenantFilter->objectName(), params.value(QStringLiteral("tenant")));
    const QString id = params.value(QStringLiteral("id")).toString();
    if (!id.isEmpty()) {
        if (!m_view->selectRecord(id))
            m_pendingSelection = id; // selected when its block arrives
        applied = true;
    }
    return applied;
}

void RecordListPane::addTenantFilter(std::function<void(const QString &tenantId)> apply)
{
    m_tenantFilter =
        m_view->addFilter(QStringLiteral("tenantFilter"), tr("Tenant"), {{tr("All"), QVariant()}},
                          [apply](const QVariant &v) { apply(v.toString()); });
    QComboBox *combo = m_tenantFilter;
    const auto refill = [this, combo, apply] {
        const QVariant current = combo->currentData();
        {
            const QSignalBlocker block(combo);
            while (combo->count() > 1)
                combo->removeItem(1);
            if (cache::SqlCache *cache = m_context.cache()) {
                QSqlQuery q(cache->database());
                q.setForwardOnly(true);
                if (q.exec(QStringLiteral("SELECT id, name FROM tenants ORDER BY name COLLATE NOCASE, id")))
                    while (q.next())
                        combo->addItem(q.value(1).toString(), q.value(0).toString());
            }
            const int index = current.isValid() ? combo->findData(current) : 0;
            combo->setCurrentIndex(qMax(0, index));
        }
        if (current.isValid() && combo->currentIndex() == 0 && m_model)
            apply(QString()); // the chosen tenant is gone
    };
    // Tenants are few next to numbers: re-read the names when they change, a moment after a sync's burst.
    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(500);
    connect(delay, &QTimer::timeout, this, refill);
    connect(&m_context, &ConsoleContext::cacheReady, this, refill);
    connect(&m_context, &ConsoleContext::cacheChanged, this, [delay](const cache::CacheChange &change) {
        if (change.resource == cache::Resource::Tenants)
            delay->start();
    });
    refill();
}

void RecordListPane::rebuild()
{
    drop();
    cache::SqlCache *cache = m_context.cache();
    if (!cache)
        return;
    m_model = createModel(cache);
    m_model->setParent(this);
    m_context.attachModel(m_model);
    connect(m_model, &items::LazySqlTableModel::rowsLoaded, this, [this] {
        if (!m_pendingSelection.isEmpty() && m_view->selectRecord(m_pendingSelection))
            m_pendingSelection.clear();
    });
    m_view->setModel(m_model);
}

void RecordListPane::drop()
{
    m_view->setModel(nullptr);
    delete m_model.data();
}

} // namespace simuwave
