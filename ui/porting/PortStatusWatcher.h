#pragma once
// Port requests change status on the carrier's schedule: every status change a sync brings (the request's
// status history) becomes one desktop notification and a local event (kind "port-status"), once each, also
// across restarts. The history already there at the first complete sync of a cache is noted silently.
#include "widgets/LocalEventWatcher.h"

namespace simuwave {

class PortStatusWatcher : public LocalEventWatcher
{
    Q_OBJECT
public:
    static QString eventKind(); // "port-status"

    explicit PortStatusWatcher(ConsoleContext &context, QObject *parent = nullptr);

protected:
    QList<cache::LocalEvent> collect(cache::SqlCache &cache) override;
};

} // namespace simuwave
