#include "limits/UsageAlertListModel.h"

#include "cache/SqlCache.h"
#include "items/ItemRoles.h"
#include "limits/UsageAlertWatcher.h"
#include "main/ConsoleContext.h"

#include <QLocale>

namespace simuwave {

UsageAlertListModel::UsageAlertListModel(ConsoleContext &context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{
    connect(&context, &ConsoleContext::cacheReady, this, &UsageAlertListModel::reload);
    connect(&context, &ConsoleContext::cacheClosing, this, [this] {
        beginResetModel();
        m_events.clear();
        endResetModel();
    });
    connect(&context, &ConsoleContext::eventRecorded, this, [this](const cache::LocalEvent &e) {
        if (e.kind != UsageAlertWatcher::eventKind())
            return;
        // Newest first; alerts of one scan arrive oldest first, so each goes where its time puts it.
        qsizetype at = 0;
        while (at < m_events.size() && m_events.at(at).createdAt > e.createdAt)
            ++at;
        beginInsertRows({}, int(at), int(at));
        m_events.insert(at, e);
        endInsertRows();
    });
    reload();
}

void UsageAlertListModel::reload()
{
    beginResetModel();
    m_events.clear();
    if (cache::SqlCache *cache = m_context.cache()) {
        m_events = cache->events(UsageAlertWatcher::eventKind());
        std::stable_sort(
            m_events.begin(), m_events.end(),
            [](const cache::LocalEvent &a, const cache::LocalEvent &b) { return a.createdAt > b.createdAt; });
    }
    endResetModel();
}

int UsageAlertListModel::unseenCount() const
{
    return int(std::count_if(m_events.cbegin(), m_events.cend(),
                             [](const cache::LocalEvent &e) { return !e.seen; }));
}

int UsageAlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant UsageAlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const cache::LocalEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 — %2 %3")
            .arg(QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat), e.title, e.detail);
    case Qt::ToolTipRole:
        return e.detail;
    case items::TenantIdRole:
        return e.subjectId;
    case items::DateRole:
        return e.createdAt;
    case items::NeedsAttentionRole:
        return !e.seen;
    }
    return {};
}

} // namespace simuwave
