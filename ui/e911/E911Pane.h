#pragma once
#include "widgets/RecordListPane.h"

class QLabel;
class QTimer;

namespace simuwave {

class ConsoleContext;

// The list from the cache (lazy, sorted and searched in SQL) with its filters. openWith() keys: "id",
// "search", "e911_status" (API values, e.g. "not_set").
class E911Pane : public RecordListPane
{
    Q_OBJECT
public:
    explicit E911Pane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    bool openWith(const QVariantMap &params) override;

    // Numbers that need the partner's action (E911 Not Set or Failed), as shown above the list.
    qint64 nonCompliantCount() const { return m_nonCompliant; }

protected:
    items::LazySqlTableModel *createModel(cache::SqlCache *cache) override;

private:
    void updateCount();
    QLabel *m_countLabel = nullptr;
    QTimer *m_countTimer = nullptr;
    qint64 m_nonCompliant = 0;
};

} // namespace simuwave
