#pragma once
// Turns the platform's usage alerts (a tenant reaching its alert threshold or a cap, carried by every
// tenant's usage record) into one desktop notification each and an entry in the alert list (the cache's
// local_events, kind "limit-alert", so "once" survives restarts). Looks after every committed change of
// tenant usage. The alerts already there at the first complete sync of a cache are recorded without a
// notification: they were not crossed while the console was watching.
#include "widgets/LocalEventWatcher.h"

namespace simuwave {

class UsageAlertWatcher : public LocalEventWatcher
{
    Q_OBJECT
public:
    static QString eventKind(); // "limit-alert"

    explicit UsageAlertWatcher(ConsoleContext &context, QObject *parent = nullptr);

protected:
    QList<cache::LocalEvent> collect(cache::SqlCache &cache) override;
};

} // namespace simuwave
