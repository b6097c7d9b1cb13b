#pragma once
// The usage alerts the console has seen (local events of kind "limit-alert"), newest first, for the Usage
// Limits pane's alert list. Follows ConsoleContext::eventRecorded.
#include "cache/CacheTypes.h"

#include <QAbstractListModel>

namespace simuwave {

class ConsoleContext;

class UsageAlertListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit UsageAlertListModel(ConsoleContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void reload();
    int unseenCount() const;

private:
    ConsoleContext &m_context;
    QList<cache::LocalEvent> m_events;
};

} // namespace simuwave
