#include "widgets/RecordListPane.h"

#include "cache/SqlCache.h"
#include "items/LazySqlTableModel.h"
#include "main/ConsoleContext.h"

#include <QLineEdit>
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
    const QString id = params.value(QStringLiteral("id")).toString();
    if (!id.isEmpty()) {
        if (!m_view->selectRecord(id))
            m_pendingSelection = id; // selected when its block arrives
        applied = true;
    }
    return applied;
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
