#pragma once
#include "widgets/RecordListPane.h"

namespace simuwave {

class ConsoleContext;

// The list from the cache (lazy, sorted and searched in SQL) with its filters. openWith() keys: "id",
// "search", "status" (API values, e.g. "not_set").
class PortingPane : public RecordListPane
{
    Q_OBJECT
public:
    explicit PortingPane(ConsoleContext &context, QWidget *parent = nullptr);

    QString id() const override;
    QString title() const override;
    bool openWith(const QVariantMap &params) override;

protected:
    items::LazySqlTableModel *createModel(cache::SqlCache *cache) override;
};

} // namespace simuwave
